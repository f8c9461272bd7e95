package org.oncodex.model.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.OddsRatio;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RateRatio;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.RiskRatio;
import org.oncodex.model.stats.Unit;

/** Builds the model's estimate for a statement kind from what the recognizers read. */
final class Estimates {
    private Estimates() {}

    /** The interval a group describes: its level, sidedness and kind (confidence, uncertainty, credible, prediction). */
    static ConfidenceInterval interval(Intervals.Group g) {
        ConfidenceInterval ci = g.oneSided() && g.level() > 0.5
                ? ConfidenceInterval.oneSided(g.lower().value(), g.upper().value(), g.level())
                : ConfidenceInterval.of(g.lower().value(), g.upper().value(), g.level());
        return switch (g.what()) {
            case UNCERTAINTY -> ci.withKind(IntervalKind.UNCERTAINTY);
            case CREDIBLE -> ci.withKind(IntervalKind.CREDIBLE);
            case PREDICTION -> ci.withKind(IntervalKind.PREDICTION);
            default -> ci;
        };
    }

    /**
     * The estimate of {@code kind} for {@code value} with its interval; throws {@link
     * IllegalArgumentException} when the model rejects the value, null for kinds without an estimate.
     */
    static @Nullable EffectEstimate of(
            EffectStatement.Kind kind,
            double value,
            @Nullable ConfidenceInterval ci,
            @Nullable Unit unit,
            @Nullable String unitLabel,
            String label) {
        return switch (kind) {
            case HAZARD_RATIO -> ci == null ? HazardRatio.of(value) : HazardRatio.of(value, ci);
            case ODDS_RATIO -> ci == null ? OddsRatio.of(value) : OddsRatio.of(value, ci);
            case RISK_RATIO -> ci == null ? RiskRatio.of(value) : RiskRatio.of(value, ci);
            case RATE_RATIO -> ci == null ? RateRatio.of(value) : RateRatio.of(value, ci);
            case RATIO_OF_RATIOS -> {
                EffectEstimate.Kind of = ratioKindOf(label);
                yield ci == null ? RatioOfRatios.of(of, value) : RatioOfRatios.of(of, value, ci);
            }
            case MEAN_DIFFERENCE, RISK_DIFFERENCE -> {
                Unit u = kind == EffectStatement.Kind.RISK_DIFFERENCE
                        ? Unit.PERCENTAGE_POINTS
                        : unit == null ? Unit.NONE : unit;
                yield ci == null ? MeanDifference.of(value, u) : MeanDifference.of(value, u, ci);
            }
            case QUANTITY, MEDIAN, UNLABELED_ESTIMATE -> {
                // "mean overall survival 98 months": a time keeps its unit
                String u = unitLabel != null ? unitLabel : unit != null && unit.isTime() ? unit.plural() : "";
                yield ci == null ? Quantity.of(value, u) : Quantity.of(value, u, ci);
            }
            case MEDIAN_TIME ->
                ci == null
                        ? MedianTime.of(value, unit == null ? Unit.MONTHS : unit)
                        : MedianTime.of(value, unit == null ? Unit.MONTHS : unit, ci);
            case PROPORTION -> {
                Proportion.Builder b = Proportion.builder().percent(value);
                if (ci != null) {
                    b.ci(ci);
                }
                yield b.build();
            }
            default -> null;
        };
    }

    /** Which ratios a ratio of ratios compares, from its label: "ratio of odds ratios", "RRR", "ratio of OS-HRs". */
    private static EffectEstimate.Kind ratioKindOf(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("odds") || l.equals("ror") || l.contains("-ors")) {
            return EffectEstimate.Kind.ODDS_RATIO;
        }
        if (l.contains("rate")) {
            return EffectEstimate.Kind.RATE_RATIO;
        }
        if (l.contains("risk") || l.equals("rrr")) {
            return EffectEstimate.Kind.RISK_RATIO;
        }
        return EffectEstimate.Kind.HAZARD_RATIO;
    }
}
