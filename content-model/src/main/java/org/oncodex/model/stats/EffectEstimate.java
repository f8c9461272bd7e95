package org.oncodex.model.stats;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A reported effect or outcome: a ratio with its interval, a ratio of two ratios, a mean
 * difference, a median time, a proportion, a range, or a plain quantity.
 *
 * <p>The set of kinds is closed; {@link #kind()} tells them apart in a {@code switch}. In JSON an
 * estimate carries its kind as {@code "type"}, one of the names listed in {@link Kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = HazardRatio.class, name = "hazardRatio"),
    @JsonSubTypes.Type(value = OddsRatio.class, name = "oddsRatio"),
    @JsonSubTypes.Type(value = RiskRatio.class, name = "riskRatio"),
    @JsonSubTypes.Type(value = RateRatio.class, name = "rateRatio"),
    @JsonSubTypes.Type(value = RatioOfRatios.class, name = "ratioOfRatios"),
    @JsonSubTypes.Type(value = MedianTime.class, name = "medianTime"),
    @JsonSubTypes.Type(value = Proportion.class, name = "proportion"),
    @JsonSubTypes.Type(value = ValueRange.class, name = "valueRange"),
    @JsonSubTypes.Type(value = MeanDifference.class, name = "meanDifference"),
    @JsonSubTypes.Type(value = Quantity.class, name = "quantity")
})
public sealed interface EffectEstimate
        permits RatioEstimate, MedianTime, Proportion, ValueRange, MeanDifference, Quantity {

    /** The kinds of estimate. */
    enum Kind {
        /** {@link HazardRatio}, JSON type {@code hazardRatio}. */
        HAZARD_RATIO("hazard ratio"),
        /** {@link OddsRatio}, JSON type {@code oddsRatio}. */
        ODDS_RATIO("odds ratio"),
        /** {@link RiskRatio}, JSON type {@code riskRatio}. */
        RISK_RATIO("risk ratio"),
        /** {@link RateRatio}, JSON type {@code rateRatio}. */
        RATE_RATIO("rate ratio"),
        /** {@link RatioOfRatios}, JSON type {@code ratioOfRatios}. */
        RATIO_OF_RATIOS("ratio of ratios"),
        /** {@link MedianTime}, JSON type {@code medianTime}. */
        MEDIAN_TIME("median time"),
        /** {@link Proportion}, JSON type {@code proportion}. */
        PROPORTION("proportion"),
        /** {@link ValueRange}, JSON type {@code valueRange}. */
        VALUE_RANGE("range"),
        /** {@link MeanDifference}, JSON type {@code meanDifference}. */
        MEAN_DIFFERENCE("mean difference"),
        /** {@link Quantity}, JSON type {@code quantity}. */
        QUANTITY("quantity");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind in plain words, such as "hazard ratio". */
        public String label() {
            return label;
        }

        /** Whether estimates of this kind are ratios ({@link RatioEstimate}), a ratio of ratios included. */
        public boolean isRatio() {
            return switch (this) {
                case HAZARD_RATIO, ODDS_RATIO, RISK_RATIO, RATE_RATIO, RATIO_OF_RATIOS -> true;
                case MEDIAN_TIME, PROPORTION, VALUE_RANGE, MEAN_DIFFERENCE, QUANTITY -> false;
            };
        }
    }

    /** Which kind of estimate this is. */
    Kind kind();
}
