package org.oncodex.answer;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.text.EffectFormat;

/** How a {@link Statistic} is written out: in plain words for patients, or in a journal's style. */
public enum StatisticStyle {
    /** Plain language for patients, with the comparison and the uncertainty said in words. */
    PLAIN_LANGUAGE(null),
    /** AMA / JAMA. */
    AMA(EffectFormat.AMA),
    /** NEJM. */
    NEJM(EffectFormat.NEJM),
    /** The Lancet. */
    LANCET(EffectFormat.LANCET),
    /** Vancouver, compact. */
    VANCOUVER(EffectFormat.VANCOUVER),
    /** Numbers with "likely range" instead of "95% CI". */
    PATIENT_NUMBERS(EffectFormat.PATIENT);

    private final @Nullable EffectFormat format;

    StatisticStyle(@Nullable EffectFormat format) {
        this.format = format;
    }

    /** The journal format, absent for {@link #PLAIN_LANGUAGE}. */
    public Optional<EffectFormat> format() {
        return Optional.ofNullable(format);
    }
}
