package org.oncodex.evidence;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.oncodex.evidence.JsonCursor.Unexpected;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.OddsRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.RiskRatio;
import org.oncodex.model.stats.Sidedness;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

/**
 * The statistics of a result as {@link StreamedBase} reads them: the estimates of the common kinds
 * (hazard, odds and risk ratios, median times, proportions, ranges), intervals, P values and time
 * points. Any other kind, or a member the kind does not have, is {@link Unexpected}: the validated
 * reader binds it.
 */
final class StreamedStatistics {
    private StreamedStatistics() {}

    static TimePoint timePoint(JsonCursor in) throws IOException {
        Map.Entry<Double, Unit> v = valueWith(in, "unit", Unit.class);
        return TimePoint.of(v.getKey(), v.getValue());
    }

    static PValue pValue(JsonCursor in) throws IOException {
        Map.Entry<Double, PValue.Relation> v = valueWith(in, "relation", PValue.Relation.class);
        return PValue.of(v.getKey(), v.getValue());
    }

    /** An object of exactly a {@code "value"} and a constant named {@code field}, both required. */
    private static <E extends Enum<E>> Map.Entry<Double, E> valueWith(JsonCursor in, String field, Class<E> type)
            throws IOException {
        in.startObject();
        double value = Double.NaN;
        E constant = null;
        for (String name = in.field(); name != null; name = in.field()) {
            if (name.equals("value")) {
                value = in.number();
            } else if (name.equals(field)) {
                constant = in.constant(type);
            } else {
                throw new Unexpected();
            }
        }
        if (Double.isNaN(value) || constant == null) {
            throw new Unexpected();
        }
        return Map.entry(value, constant);
    }

    static ConfidenceInterval interval(JsonCursor in) throws IOException {
        in.startObject();
        ConfidenceInterval.Builder b = ConfidenceInterval.builder();
        for (String name = in.field(); name != null; name = in.field()) {
            switch (name) {
                case "lower" -> b.lower(in.number());
                case "upper" -> b.upper(in.number());
                case "level" -> b.level(in.number());
                case "sidedness" -> b.sidedness(in.constant(Sidedness.class));
                case "kind" -> b.kind(in.constant(IntervalKind.class));
                default -> throw new Unexpected();
            }
        }
        return b.build();
    }

    /** The members of an estimate, gathered before its type decides what they make (the type need not come first). */
    private static final class Members {
        @Nullable
        String type;

        OptionalDouble value = OptionalDouble.empty();
        Optional<ConfidenceInterval> ci = Optional.empty();

        @Nullable
        Unit unit;

        OptionalDouble ciLevel = OptionalDouble.empty();
        OptionalDouble ciLower = OptionalDouble.empty();
        OptionalDouble ciUpper = OptionalDouble.empty();
        OptionalDouble percent = OptionalDouble.empty();
        OptionalInt count = OptionalInt.empty();
        OptionalInt total = OptionalInt.empty();
        OptionalDouble lower = OptionalDouble.empty();
        OptionalDouble upper = OptionalDouble.empty();
        boolean lowerInclusive = true; // the defaults of ValueRange
        boolean upperInclusive = true;
        /** One bit per member present. */
        int present;

        Unit unit() {
            if (unit == null) {
                throw new Unexpected();
            }
            return unit;
        }

        /** Stops unless every member present is among {@code allowed}. */
        Members only(int allowed) {
            if ((present & ~allowed) != 0) {
                throw new Unexpected();
            }
            return this;
        }
    }

    private static final int VALUE = 1;
    private static final int CI = 1 << 1;
    private static final int UNIT = 1 << 2;
    private static final int CI_LEVEL = 1 << 3;
    private static final int CI_LOWER = 1 << 4;
    private static final int CI_UPPER = 1 << 5;
    private static final int PERCENT = 1 << 6;
    private static final int COUNT = 1 << 7;
    private static final int TOTAL = 1 << 8;
    private static final int LOWER = 1 << 9;
    private static final int UPPER = 1 << 10;
    private static final int LOWER_INCLUSIVE = 1 << 11;
    private static final int UPPER_INCLUSIVE = 1 << 12;

    static EffectEstimate estimate(JsonCursor in) throws IOException {
        in.startObject();
        Members f = new Members();
        for (String name = in.field(); name != null; name = in.field()) {
            int bit = switch (name) {
                case "type" -> {
                    f.type = in.text();
                    yield 0;
                }
                case "value" -> {
                    f.value = OptionalDouble.of(in.number());
                    yield VALUE;
                }
                case "ci" -> {
                    f.ci = Optional.of(interval(in));
                    yield CI;
                }
                case "unit" -> {
                    f.unit = in.constant(Unit.class);
                    yield UNIT;
                }
                case "ciLevel" -> {
                    f.ciLevel = OptionalDouble.of(in.number());
                    yield CI_LEVEL;
                }
                case "ciLower" -> {
                    f.ciLower = OptionalDouble.of(in.number());
                    yield CI_LOWER;
                }
                case "ciUpper" -> {
                    f.ciUpper = OptionalDouble.of(in.number());
                    yield CI_UPPER;
                }
                case "percent" -> {
                    f.percent = OptionalDouble.of(in.number());
                    yield PERCENT;
                }
                case "count" -> {
                    f.count = OptionalInt.of(in.integer());
                    yield COUNT;
                }
                case "total" -> {
                    f.total = OptionalInt.of(in.integer());
                    yield TOTAL;
                }
                case "lower" -> {
                    f.lower = OptionalDouble.of(in.number());
                    yield LOWER;
                }
                case "upper" -> {
                    f.upper = OptionalDouble.of(in.number());
                    yield UPPER;
                }
                case "lowerInclusive" -> {
                    f.lowerInclusive = in.bool();
                    yield LOWER_INCLUSIVE;
                }
                case "upperInclusive" -> {
                    f.upperInclusive = in.bool();
                    yield UPPER_INCLUSIVE;
                }
                default -> throw new Unexpected();
            };
            f.present |= bit;
        }
        String type = f.type;
        if (type == null) {
            throw new Unexpected();
        }
        return switch (type) {
            case "hazardRatio", "oddsRatio", "riskRatio" -> ratio(type, f.only(VALUE | CI));
            case "medianTime" ->
                MedianTime.builder()
                        .value(f.only(VALUE | UNIT | CI_LEVEL | CI_LOWER | CI_UPPER).value)
                        .unit(f.unit())
                        .ciLevel(f.ciLevel)
                        .ciLower(f.ciLower)
                        .ciUpper(f.ciUpper)
                        .build();
            case "proportion" ->
                Proportion.builder()
                        .percent(f.only(PERCENT | COUNT | TOTAL | CI).percent)
                        .count(f.count)
                        .total(f.total)
                        .ci(f.ci)
                        .build();
            case "valueRange" ->
                ValueRange.builder()
                        .lower(f.only(LOWER | UPPER | LOWER_INCLUSIVE | UPPER_INCLUSIVE | UNIT).lower)
                        .lowerInclusive(f.lowerInclusive)
                        .upper(f.upper)
                        .upperInclusive(f.upperInclusive)
                        .unit(f.unit())
                        .build();
            default -> throw new Unexpected(); // the rarer kinds: the validated reader binds them
        };
    }

    private static EffectEstimate ratio(String type, Members f) {
        double value = f.value.orElseThrow(Unexpected::new);
        Optional<ConfidenceInterval> ci = f.ci;
        return switch (type) {
            case "hazardRatio" -> ci.isEmpty() ? HazardRatio.of(value) : HazardRatio.of(value, ci.get());
            case "oddsRatio" -> ci.isEmpty() ? OddsRatio.of(value) : OddsRatio.of(value, ci.get());
            default -> ci.isEmpty() ? RiskRatio.of(value) : RiskRatio.of(value, ci.get());
        };
    }
}
