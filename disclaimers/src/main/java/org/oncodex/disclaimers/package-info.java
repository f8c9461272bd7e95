/**
 * The disclaimer catalogue and the policies that say which disclaimers a patient-facing answer requires.
 */
@NullMarked
package org.oncodex.disclaimers;

import org.jspecify.annotations.NullMarked;
