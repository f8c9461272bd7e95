package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.text.PlainLanguage;

/**
 * A statistic in an answer: a reference to a {@link TrialResult}, written out from its typed
 * estimate in a {@link StatisticStyle}, never retyped by hand. Its citation becomes one of the
 * answer's sources.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableStatistic.class)
@JsonDeserialize(as = ImmutableStatistic.class)
@ValueJson
@JsonTypeName("statistic")
public abstract non-sealed class Statistic implements Inline {
    Statistic() {}

    /** The result the statistic states. */
    @Value.Parameter
    public abstract TrialResult result();

    /** How it is written out. */
    @Value.Parameter
    public abstract StatisticStyle style();

    /** The result in plain language. */
    public static Statistic of(TrialResult result) {
        return ImmutableStatistic.of(result, StatisticStyle.PLAIN_LANGUAGE);
    }

    /** The result in the given style. */
    public static Statistic of(TrialResult result, StatisticStyle style) {
        return ImmutableStatistic.of(result, style);
    }

    /**
     * The statistic's text: the plain-language explanation, or the estimate (with its P value) in
     * the journal format.
     */
    public String text() {
        TrialResult r = result();
        return style().format()
                .map(f -> r.pValue().map(p -> f.format(r.estimate(), p)).orElseGet(() -> f.format(r.estimate())))
                .orElseGet(() -> PlainLanguage.describe(r));
    }

    @Override
    public String plainText() {
        return text();
    }
}
