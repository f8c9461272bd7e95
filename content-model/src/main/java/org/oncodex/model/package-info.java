/**
 * Oncology concepts: cancer types, drugs, therapies, regimens and biomarkers, and the enumerations
 * that classify them (modality, disease setting, endpoint, study design).
 */
@NullMarked
@ValueStyle
package org.oncodex.model;

import org.jspecify.annotations.NullMarked;
import org.oncodex.model.internal.ValueStyle;
