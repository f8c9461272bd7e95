/** Machinery of the disclaimers module; not part of the API. */
@NullMarked
package org.oncodex.disclaimers.internal;

import org.jspecify.annotations.NullMarked;
