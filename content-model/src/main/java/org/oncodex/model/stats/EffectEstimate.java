package org.oncodex.model.stats;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A reported effect or outcome: a ratio with its interval, a median time, a proportion or a range.
 *
 * <p>The set of kinds is closed; {@link #kind()} tells them apart in a {@code switch}. In JSON an
 * estimate carries its kind as {@code "type"}, one of the names listed in {@link Kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = HazardRatio.class, name = "hazardRatio"),
    @JsonSubTypes.Type(value = OddsRatio.class, name = "oddsRatio"),
    @JsonSubTypes.Type(value = RiskRatio.class, name = "riskRatio"),
    @JsonSubTypes.Type(value = MedianTime.class, name = "medianTime"),
    @JsonSubTypes.Type(value = Proportion.class, name = "proportion"),
    @JsonSubTypes.Type(value = ValueRange.class, name = "valueRange")
})
public sealed interface EffectEstimate permits RatioEstimate, MedianTime, Proportion, ValueRange {

    /** The kinds of estimate. */
    enum Kind {
        /** {@link HazardRatio}, JSON type {@code hazardRatio}. */
        HAZARD_RATIO("hazard ratio"),
        /** {@link OddsRatio}, JSON type {@code oddsRatio}. */
        ODDS_RATIO("odds ratio"),
        /** {@link RiskRatio}, JSON type {@code riskRatio}. */
        RISK_RATIO("risk ratio"),
        /** {@link MedianTime}, JSON type {@code medianTime}. */
        MEDIAN_TIME("median time"),
        /** {@link Proportion}, JSON type {@code proportion}. */
        PROPORTION("proportion"),
        /** {@link ValueRange}, JSON type {@code valueRange}. */
        VALUE_RANGE("range");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind in plain words, such as "hazard ratio". */
        public String label() {
            return label;
        }
    }

    /** Which kind of estimate this is. */
    Kind kind();
}
