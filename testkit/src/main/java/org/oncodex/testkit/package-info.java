/**
 * Assertions and generators of valid Oncodex values for users' own tests.
 */
@NullMarked
package org.oncodex.testkit;

import org.jspecify.annotations.NullMarked;
