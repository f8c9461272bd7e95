/** Runnable examples of Oncodex: short classes a developer can copy from. */
@NullMarked
package org.oncodex.examples;

import org.jspecify.annotations.NullMarked;
