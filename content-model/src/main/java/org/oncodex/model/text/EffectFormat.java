package org.oncodex.model.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.PooledEstimate;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.Sidedness;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

/**
 * Writes estimates and P values the way journals print them.
 *
 * <ul>
 *   <li>{@link #AMA}: {@code HR, 0.62; 95% CI, 0.44-0.87; P = .006} (JAMA; no leading zero on P).
 *   <li>{@link #NEJM}: {@code hazard ratio, 0.62; 95% CI, 0.44 to 0.87; P=0.006}.
 *   <li>{@link #LANCET}: {@code HR 0·62, 95% CI 0·44–0·87; p=0·006} (mid-dot decimals, en dash).
 *   <li>{@link #VANCOUVER}: {@code HR 0.62 (95% CI 0.44–0.87; P = 0.006)}.
 *   <li>{@link #PATIENT}: {@code hazard ratio 0.62 (likely range 0.44 to 0.87)}; for explanations in
 *       words, see {@link PlainLanguage}.
 * </ul>
 *
 * <p>Labels: {@code HR}, {@code OR}, {@code RR} and {@code RaR} (rate ratio) where the style
 * abbreviates, in words otherwise ("hazard ratio", "odds ratio", "relative risk", "rate ratio"; the
 * Lancet writes "rate ratio" out); "ratio of hazard ratios" (of odds ratios, of relative risks, of
 * rate ratios) and "mean difference" in every style. A quantity is its number and unit, with its
 * interval in parentheses as a median's is. An interval is named by its level, sidedness and kind:
 * {@code 95% CI}, {@code one-sided 97.5% CI}, {@code 95% UI}, {@code 95% CrI}; {@link #PATIENT}
 * calls any interval "likely range".
 *
 * <p>Precision: ratios to 2 decimals (2 significant digits below 0.1), medians to 1 decimal,
 * percentages to 1 decimal without a trailing {@code .0}; differences and quantities with the
 * decimals they carry (at most 3), the same for the value and its bounds. When an interval's bounds
 * would print the same, one more decimal is used until they differ. Negative numbers take a
 * hyphen-minus, and an interval with a negative bound is written "to" in every style, so that the
 * minus sign is not read as the range's dash. P values follow each style's rule. Every style but
 * {@link #PATIENT} is read back by {@link EffectStatements#parse(String)} to the printed precision.
 */
public enum EffectFormat {
    /** AMA Manual of Style, as JAMA prints: labels abbreviated, hyphen between bounds, P without leading zero. */
    AMA(Style.AMA),
    /** NEJM: labels in words, "to" between bounds, {@code P=0.03} without spaces. */
    NEJM(Style.NEJM),
    /** The Lancet: mid-dot decimal point, en dash between bounds, lower-case {@code p}. */
    LANCET(Style.LANCET),
    /** Vancouver, compact: the interval and P in parentheses after the estimate. */
    VANCOUVER(Style.VANCOUVER),
    /** For patients: words instead of abbreviations, "likely range" instead of "95% CI". */
    PATIENT(Style.PATIENT);

    private enum Style {
        AMA,
        NEJM,
        LANCET,
        VANCOUVER,
        PATIENT
    }

    private static final int MAX_CARRIED_DECIMALS = 3;

    private final Style style;

    EffectFormat(Style style) {
        this.style = style;
    }

    /** The estimate in this style, with its interval when it has one. */
    public String format(EffectEstimate estimate) {
        return format(estimate, Optional.empty());
    }

    /** The estimate in this style followed by its P value. */
    public String format(EffectEstimate estimate, PValue p) {
        return format(estimate, Optional.of(p));
    }

    private String format(EffectEstimate estimate, Optional<PValue> p) {
        return switch (estimate.kind()) {
            case HAZARD_RATIO, ODDS_RATIO, RISK_RATIO, RATE_RATIO, RATIO_OF_RATIOS ->
                ratio((RatioEstimate) estimate, p);
            case MEDIAN_TIME -> withP(median((MedianTime) estimate), p);
            case PROPORTION -> withP(proportion((Proportion) estimate), p);
            case VALUE_RANGE -> withP(range((ValueRange) estimate), p);
            case MEAN_DIFFERENCE -> difference((MeanDifference) estimate, p);
            case QUANTITY -> withP(quantity((Quantity) estimate), p);
        };
    }

    /**
     * A pooled estimate in this style: the combined estimate with its interval, then, for two studies
     * or more, I² as this style prints it ({@code ; I² = 92%}, Lancet {@code ; I²=92%}); in {@link
     * #PATIENT}, "from 13 studies" instead.
     */
    public String format(PooledEstimate pooled) {
        String estimate = format(pooled.effect());
        int k = pooled.studyCount();
        if (style == Style.PATIENT) {
            return estimate + (k == 1 ? ", from 1 study" : ", from " + k + " studies");
        }
        if (k < 2) {
            return estimate;
        }
        String i2 = trimmed(pooled.heterogeneity().i2(), 0) + "%";
        return estimate + (style == Style.LANCET ? "; I²=" + i2 : "; I² = " + i2);
    }

    /**
     * A P value in this style: AMA {@code P = .03}, {@code P < .001}; NEJM {@code P=0.03}, {@code
     * P<0.001}; Lancet {@code p=0·03}, {@code p<0·0001}; Vancouver and patient {@code P = 0.03}.
     */
    public String format(PValue p) {
        double v = p.value();
        String op = p.relation().symbol();
        return switch (style) {
            case AMA -> {
                if (p.isExact() && v < 0.001) {
                    yield "P < .001";
                }
                if (p.isExact() && v > 0.99) {
                    yield "P > .99";
                }
                yield "P " + op + " " + withoutLeadingZero(pDigits(v, 0.001));
            }
            case NEJM -> {
                if (p.isExact() && v < 0.001) {
                    yield "P<0.001";
                }
                yield "P" + op + pDigits(v, 0.001);
            }
            case LANCET -> {
                if (p.isExact() && v < 0.0001) {
                    yield "p<0·0001";
                }
                yield "p" + op + midDot(lancetP(v));
            }
            case VANCOUVER, PATIENT -> {
                if (p.isExact() && v < 0.001) {
                    yield "P < 0.001";
                }
                yield "P " + op + " " + pDigits(v, 0.001);
            }
        };
    }

    // ---------------------------------------------------------------------------------------------

    private String ratio(RatioEstimate r, Optional<PValue> p) {
        Optional<ConfidenceInterval> ci = r.ci();
        int decimals = ci.map(c -> ratioDecimals(r.value(), c)).orElse(ratioDecimals(r.value(), null));
        return comparative(label(r), ratioNumber(r.value(), decimals), ci, decimals, p);
    }

    private String difference(MeanDifference d, Optional<PValue> p) {
        int decimals = linearDecimals(d.value(), d.ci());
        String value = number(d.value(), decimals) + unitAfter(d.unit(), d.value(), decimals);
        return comparative(label(d), value, d.ci(), decimals, p);
    }

    /** An estimate that compares two groups: label, value, interval and P in this style's order. */
    private String comparative(
            String label, String value, Optional<ConfidenceInterval> ci, int decimals, Optional<PValue> p) {
        String pText = p.map(this::format).orElse("");
        if (ci.isEmpty()) {
            return switch (style) {
                case AMA, NEJM -> label + ", " + value + (pText.isEmpty() ? "" : "; " + pText);
                case LANCET -> label + " " + value + (pText.isEmpty() ? "" : "; " + pText);
                case VANCOUVER -> label + " " + value + (pText.isEmpty() ? "" : " (" + pText + ")");
                case PATIENT -> label + " " + value + (pText.isEmpty() ? "" : " (" + pText + ")");
            };
        }
        ConfidenceInterval c = ci.get();
        String lower = number(c.lower(), decimals);
        String upper = number(c.upper(), decimals);
        String interval = intervalName(c);
        String sep = separator(c.lower(), c.upper());
        return switch (style) {
            case AMA, NEJM ->
                label + ", " + value + "; " + interval + ", " + lower + sep + upper
                        + (pText.isEmpty() ? "" : "; " + pText);
            case LANCET ->
                label + " " + value + ", " + interval + " " + lower + sep + upper
                        + (pText.isEmpty() ? "" : "; " + pText);
            case VANCOUVER ->
                label + " " + value + " (" + interval + " " + lower + sep + upper
                        + (pText.isEmpty() ? "" : "; " + pText) + ")";
            case PATIENT ->
                label + " " + value + " (likely range " + lower + " to " + upper + ")"
                        + (pText.isEmpty() ? "" : ", " + pText);
        };
    }

    private String label(EffectEstimate estimate) {
        if (estimate instanceof RatioOfRatios r) {
            return "ratio of " + ratioLabelInWords(r.ofKind()) + "s";
        }
        boolean words = style == Style.NEJM || style == Style.PATIENT;
        return switch (estimate.kind()) {
            case HAZARD_RATIO -> words ? "hazard ratio" : "HR";
            case ODDS_RATIO -> words ? "odds ratio" : "OR";
            case RISK_RATIO -> words ? "relative risk" : "RR";
            case RATE_RATIO -> words || style == Style.LANCET ? "rate ratio" : "RaR";
            case MEAN_DIFFERENCE -> "mean difference";
            case RATIO_OF_RATIOS, MEDIAN_TIME, PROPORTION, VALUE_RANGE, QUANTITY ->
                estimate.kind().label();
        };
    }

    private static String ratioLabelInWords(EffectEstimate.Kind kind) {
        return kind == EffectEstimate.Kind.RISK_RATIO ? "relative risk" : kind.label();
    }

    /** {@code 95% CI}, {@code one-sided 97.5% CI}, {@code 95% UI}, {@code 90% CrI}. */
    private String intervalName(ConfidenceInterval c) {
        String sided = c.sidedness() == Sidedness.ONE_SIDED ? c.sidedness().label() + " " : "";
        return sided + level(c.level()) + " " + c.kind().abbreviation();
    }

    /** The unit as it follows a number: {@code %} attached, words after a space, nothing for none. */
    private static String unitAfter(Unit unit, double value, int decimals) {
        if (unit == Unit.PERCENT || unit == Unit.NONE) {
            return unit.plural();
        }
        return " " + (Math.abs(round(value, decimals)) == 1 ? unit.singular() : unit.plural());
    }

    private String median(MedianTime m) {
        String unit = m.unit().plural();
        String value = m.value().isPresent() ? number(m.value().getAsDouble(), 1) + " " + unit : "not reached";
        if (m.ciLevel().isEmpty()) {
            return style == Style.PATIENT ? "middle value " + value : "median " + value;
        }
        int decimals = 1;
        String lower = bound(m.ciLower(), decimals);
        String upper = bound(m.ciUpper(), decimals);
        boolean notReached = m.ciLower().isEmpty() || m.ciUpper().isEmpty();
        if (!notReached) {
            decimals = distinctDecimals(m.ciLower().getAsDouble(), m.ciUpper().getAsDouble(), 1);
            lower = number(m.ciLower().getAsDouble(), decimals);
            upper = number(m.ciUpper().getAsDouble(), decimals);
        } else if (m.value().isEmpty()) {
            // a median not reached prints no unit: the bounds carry it
            if (m.ciLower().isPresent()) {
                lower = lower + " " + unit;
            }
            if (m.ciUpper().isPresent()) {
                upper = upper + " " + unit;
            }
        }
        String level = level(m.ciLevel().getAsDouble());
        String sep = notReached
                ? " to "
                : separator(m.ciLower().getAsDouble(), m.ciUpper().getAsDouble());
        return switch (style) {
            case AMA, NEJM -> "median " + value + " (" + level + " CI, " + lower + sep + upper + ")";
            case LANCET, VANCOUVER -> "median " + value + " (" + level + " CI " + lower + sep + upper + ")";
            case PATIENT -> "middle value " + value + " (likely range " + lower + " to " + upper + ")";
        };
    }

    private String bound(OptionalDouble bound, int decimals) {
        return bound.isPresent() ? number(bound.getAsDouble(), decimals) : "not reached";
    }

    private String proportion(Proportion p) {
        String counts = p.count().isPresent() && p.total().isPresent()
                ? p.count().getAsInt()
                        + (style == Style.PATIENT ? " out of " : " of ")
                        + p.total().getAsInt()
                : "";
        String value;
        if (p.percent().isPresent()) {
            int decimals =
                    p.ci().map(c -> distinctDecimals(c.lower(), c.upper(), 1)).orElse(1);
            value = percent(p.percent().getAsDouble(), decimals);
        } else {
            value = counts;
            counts = "";
        }
        if (style == Style.PATIENT && !counts.isEmpty()) {
            counts += " people";
        }
        Optional<ConfidenceInterval> ci = p.ci();
        if (ci.isEmpty()) {
            return counts.isEmpty() ? value : value + " (" + counts + ")";
        }
        ConfidenceInterval c = ci.get();
        int decimals = distinctDecimals(c.lower(), c.upper(), 1);
        String interval = style == Style.PATIENT
                ? "likely range " + percent(c.lower(), decimals) + " to " + percent(c.upper(), decimals)
                : intervalName(c)
                        + (style == Style.AMA || style == Style.NEJM ? ", " : " ")
                        + trimmed(c.lower(), decimals)
                        + separator(c.lower(), c.upper())
                        + trimmed(c.upper(), decimals);
        return value + " (" + (counts.isEmpty() ? "" : counts + "; ") + interval + ")";
    }

    private String range(ValueRange r) {
        String unit = r.unit() == Unit.PERCENT
                ? "%"
                : r.unit() == Unit.NONE ? "" : " " + r.unit().plural();
        int decimals = r.lower().isPresent() && r.upper().isPresent()
                ? distinctDecimals(r.lower().getAsDouble(), r.upper().getAsDouble(), 1)
                : 1;
        if (r.lower().isPresent() && r.upper().isPresent()) {
            String lo = trimmed(r.lower().getAsDouble(), decimals);
            String hi = trimmed(r.upper().getAsDouble(), decimals);
            // a percentage repeats its sign on both bounds (80%-95%); a time names its unit once (6-12 months)
            String first = r.unit() == Unit.PERCENT ? lo + unit : lo;
            if (style == Style.PATIENT) {
                return "between " + first + " and " + hi + unit;
            }
            return first + separator(r.lower().getAsDouble(), r.upper().getAsDouble()) + hi + unit;
        }
        boolean lower = r.lower().isPresent();
        double v = lower ? r.lower().getAsDouble() : r.upper().orElseThrow();
        String number = trimmed(v, decimals) + unit;
        if (style == Style.PATIENT) {
            if (lower) {
                return (r.lowerInclusive() ? "at least " : "more than ") + number;
            }
            return (r.upperInclusive() ? "up to " : "less than ") + number;
        }
        if (lower) {
            return (r.lowerInclusive() ? "≥ " : "> ") + number;
        }
        return (r.upperInclusive() ? "≤ " : "< ") + number;
    }

    private String quantity(Quantity q) {
        int decimals = linearDecimals(q.value(), q.ci());
        String unit = q.unit().map(u -> u.startsWith("%") ? u : " " + u).orElse("");
        String value = number(q.value(), decimals) + unit;
        if (q.ci().isEmpty()) {
            return value;
        }
        ConfidenceInterval c = q.ci().get();
        String lower = number(c.lower(), decimals);
        String upper = number(c.upper(), decimals);
        String sep = separator(c.lower(), c.upper());
        return switch (style) {
            case AMA, NEJM -> value + " (" + intervalName(c) + ", " + lower + sep + upper + ")";
            case LANCET, VANCOUVER -> value + " (" + intervalName(c) + " " + lower + sep + upper + ")";
            case PATIENT -> value + " (likely range " + lower + " to " + upper + ")";
        };
    }

    private String withP(String text, Optional<PValue> p) {
        if (p.isEmpty()) {
            return text;
        }
        return switch (style) {
            case AMA, NEJM, LANCET -> text + "; " + format(p.get());
            case VANCOUVER, PATIENT -> text + ", " + format(p.get());
        };
    }

    /** Between two bounds: this style's dash, or "to" when a bound is negative. */
    private String separator(double lower, double upper) {
        if (lower < 0 || upper < 0) {
            return " to ";
        }
        return switch (style) {
            case AMA -> "-";
            case NEJM, PATIENT -> " to ";
            case LANCET, VANCOUVER -> "–";
        };
    }

    private String level(double level) {
        // a level is printed to a tenth of a percent at most: 95%, 99.9%
        BigDecimal percent = BigDecimal.valueOf(level)
                .movePointRight(2)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0, RoundingMode.UNNECESSARY) : percent).toPlainString() + "%";
    }

    private String percent(double value, int maxDecimals) {
        return trimmed(value, maxDecimals) + "%";
    }

    /** Rounded to {@code maxDecimals}, trailing zeros dropped, in this style's decimal mark. */
    private String trimmed(double value, int maxDecimals) {
        BigDecimal d = BigDecimal.valueOf(value)
                .setScale(maxDecimals, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return mark(d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString());
    }

    private String number(double value, int decimals) {
        return mark(BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString());
    }

    private String ratioNumber(double value, int decimals) {
        return number(value, decimals);
    }

    /**
     * The decimals a difference or a quantity prints with: as many as the value and its bounds carry
     * (each rounded to 3 decimals first, trailing zeros dropped), the same for all three, and more
     * when the bounds would otherwise print the same.
     */
    private static int linearDecimals(double value, Optional<ConfidenceInterval> ci) {
        int decimals = carried(value);
        if (ci.isEmpty()) {
            return decimals;
        }
        ConfidenceInterval c = ci.get();
        decimals = Math.max(decimals, Math.max(carried(c.lower()), carried(c.upper())));
        return distinctDecimals(c.lower(), c.upper(), decimals);
    }

    private static int carried(double value) {
        BigDecimal d = BigDecimal.valueOf(value)
                .setScale(MAX_CARRIED_DECIMALS, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return Math.max(0, d.scale());
    }

    /**
     * The decimals a ratio prints with: 2, or 2 significant digits below 0.1; the same for the value
     * and both bounds, and more when the bounds would otherwise print the same.
     */
    private static int ratioDecimals(double value, @Nullable ConfidenceInterval ci) {
        int decimals = significantDecimals(value);
        if (ci == null) {
            return decimals;
        }
        decimals = Math.max(decimals, Math.max(significantDecimals(ci.lower()), significantDecimals(ci.upper())));
        return distinctDecimals(ci.lower(), ci.upper(), decimals);
    }

    /** 2 decimals from 0.1 up, else enough for 2 significant digits, judged after rounding. */
    private static int significantDecimals(double value) {
        if (value >= 0.1 || value <= 0) {
            return 2;
        }
        int decimals = Math.max(2, 1 - (int) Math.floor(Math.log10(value)));
        double rounded = round(value, decimals);
        return rounded >= 0.1 ? 2 : Math.max(2, 1 - (int) Math.floor(Math.log10(rounded)));
    }

    /**
     * The fewest decimals from {@code start} at which the two bounds print differently, chosen so
     * that reading the printed bounds back gives the same choice (no double-rounding surprises).
     */
    private static int distinctDecimals(double lower, double upper, int start) {
        for (int decimals = start; decimals < 10; decimals++) {
            double a = round(lower, decimals);
            double b = round(upper, decimals);
            if (a == b) {
                continue;
            }
            boolean stable = true;
            for (int fewer = start; fewer < decimals && stable; fewer++) {
                stable = round(a, fewer) == round(b, fewer);
            }
            if (stable) {
                return decimals;
            }
        }
        return 10;
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** 2 decimals from 0.01 up, 3 from 0.001, else 4; judged after rounding. */
    private static String pDigits(double p, double threshold) {
        int decimals = p >= 0.01 ? 2 : p >= threshold ? 3 : 4;
        BigDecimal rounded = BigDecimal.valueOf(p).setScale(decimals, RoundingMode.HALF_UP);
        if (decimals > 2 && rounded.doubleValue() >= 0.01) {
            rounded = BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP);
        } else if (decimals > 3 && rounded.doubleValue() >= threshold) {
            rounded = BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_UP);
        }
        return rounded.toPlainString();
    }

    /** 2 decimals from 0.01 up, else 2 significant digits; judged after rounding. */
    private static String lancetP(double p) {
        if (p >= 0.01) {
            return BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        BigDecimal rounded = BigDecimal.valueOf(p).round(new MathContext(2, RoundingMode.HALF_UP));
        if (rounded.doubleValue() >= 0.01) {
            return BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    private static String withoutLeadingZero(String number) {
        return number.startsWith("0.") ? number.substring(1) : number;
    }

    private String mark(String number) {
        return style == Style.LANCET ? midDot(number) : number;
    }

    private static String midDot(String number) {
        return number.replace('.', '·');
    }
}
