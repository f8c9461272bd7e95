/** Machinery shared by this module's packages; not part of the API. */
@NullMarked
package org.oncodex.model.internal;

import org.jspecify.annotations.NullMarked;
