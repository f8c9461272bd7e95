/** Machinery shared by the core module's packages; not part of the API. */
@NullMarked
package org.oncodex.answer.internal;

import org.jspecify.annotations.NullMarked;
