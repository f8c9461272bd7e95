package org.oncodex.model.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oncodex.model.Endpoint;
import org.oncodex.model.certainty.Certainty;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.PooledEstimate;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.Sidedness;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

/**
 * Explains an estimate to a patient in plain words: its direction and size, the endpoint in lay
 * terms, the comparison, and how certain it is.
 *
 * <pre>{@code
 * PlainLanguage.describe(HazardRatio.of(0.62, 0.44, 0.87), Endpoint.PFS, "chemotherapy");
 * // "About 38% lower risk of the cancer growing or spreading, or death at any given time, compared
 * //  with chemotherapy. The true effect could be between 13% and 56% lower. ..."
 * }</pre>
 *
 * <p>The rules it keeps: a ratio whose interval includes 1, or a difference whose interval includes
 * 0, is described as no clear difference that may be due to chance, never as a benefit; a ratio is
 * worded as a relative difference and says so, never as a number of people; the comparison is
 * always named ("compared with chemotherapy", or "compared with the comparison group" when none is
 * given); the word "cure" is never used. The reading of a hazard ratio as "lower risk at any given
 * time" follows the usual patient wording; it is not a risk ratio, and the text does not turn it
 * into "longer survival". A rate ratio reads as a lower or higher rate of the event; a ratio of two
 * ratios as a difference in the effect between two groups; a mean difference as "on average 1.2
 * points lower"; a quantity as its number with its range. The range of a one-sided interval that
 * excludes no difference reads "likely at least 8% lower, and could be up to 30% lower".
 */
public final class PlainLanguage {
    private static final String NO_COMPARATOR = "the comparison group";
    private static final Map<Endpoint, String> STILL = new EnumMap<>(Endpoint.class);
    private static final Map<Endpoint, String> HAD = new EnumMap<>(Endpoint.class);
    private static final Map<Endpoint, String> OUTCOME = new EnumMap<>(Endpoint.class);

    static {
        STILL.put(Endpoint.OS, "were still alive");
        STILL.put(Endpoint.PFS, "were alive without the cancer growing or spreading");
        STILL.put(Endpoint.RFS, "were alive without the cancer coming back");
        STILL.put(Endpoint.DFS, "were alive without the cancer coming back");
        STILL.put(Endpoint.EFS, "were alive without the cancer growing or coming back");
        STILL.put(Endpoint.TTP, "had not had the cancer grow or spread");
        STILL.put(Endpoint.DOR, "still had their response");
        HAD.put(Endpoint.ORR, "had their tumour shrink");
        HAD.put(Endpoint.CR, "had no sign of the cancer left on scans");
        HAD.put(Endpoint.PCR, "had no cancer left in the tissue removed at surgery");
        HAD.put(Endpoint.DCR, "had their cancer shrink or stay the same");
        HAD.put(Endpoint.LOCAL_CONTROL, "had no regrowth of the treated tumour");
        HAD.put(Endpoint.GRADE_3_PLUS_ADVERSE_EVENTS, "had serious side effects");
        OUTCOME.put(Endpoint.ORR, "the tumour shrinking");
        OUTCOME.put(Endpoint.CR, "no sign of the cancer left on scans");
        OUTCOME.put(Endpoint.PCR, "no cancer left in the tissue removed at surgery");
        OUTCOME.put(Endpoint.DCR, "the cancer shrinking or staying the same");
        OUTCOME.put(Endpoint.LOCAL_CONTROL, "the treated tumour not growing back");
        OUTCOME.put(Endpoint.GRADE_3_PLUS_ADVERSE_EVENTS, "serious side effects");
    }

    private PlainLanguage() {}

    /** The estimate for {@code endpoint}, compared with "the comparison group". */
    public static String describe(EffectEstimate estimate, Endpoint endpoint) {
        return describe(estimate, endpoint, NO_COMPARATOR);
    }

    /**
     * The estimate for {@code endpoint}, compared with {@code comparator} (such as
     * "chemotherapy"); for an arm's own value (a median, a rate) the comparator is not used.
     */
    public static String describe(EffectEstimate estimate, Endpoint endpoint, String comparator) {
        return describe(estimate, endpoint, comparator, Optional.empty(), Optional.empty());
    }

    /**
     * The estimate with what its certainty rating says: GRADE ratings lead the sentence
     * ("Moderate-certainty evidence suggests about 38% lower risk ..."); PDQ and OncoKB levels are
     * named as printed, after it.
     */
    public static String describe(EffectEstimate estimate, Endpoint endpoint, String comparator, Certainty certainty) {
        return PooledWording.withCertainty(describe(estimate, endpoint, comparator), Optional.of(certainty));
    }

    /** A pooled estimate for {@code endpoint}, compared with "the comparison group". */
    public static String describe(PooledEstimate pooled, Endpoint endpoint) {
        return describe(pooled, endpoint, NO_COMPARATOR);
    }

    /**
     * A pooled estimate in words: how many studies, the combined effect (led by its GRADE certainty
     * when it has one), whether the studies agreed ("The results were consistent between studies." or
     * "varied a lot"), and, for three studies or more, the range a new study's effect could fall in.
     */
    public static String describe(PooledEstimate pooled, Endpoint endpoint, String comparator) {
        return PooledWording.describe(pooled, endpoint, comparator);
    }

    /** A trial result in words, with its comparison, time point and comparator arm. */
    public static String describe(TrialResult result) {
        String comparator = result.comparison().comparator().orElse(NO_COMPARATOR);
        return describe(
                result.estimate(), result.endpoint(), comparator, result.timePoint(), result.comparatorEstimate());
    }

    private static String describe(
            EffectEstimate estimate,
            Endpoint endpoint,
            String comparator,
            Optional<TimePoint> timePoint,
            Optional<EffectEstimate> comparatorEstimate) {
        String armComparison = comparatorEstimate
                .map(c -> armValue(c)
                        + (isGroup(comparator) ? " in people " : comparator.equals(NO_COMPARATOR) ? " in " : " with ")
                        + comparator)
                .orElse("");
        return switch (estimate.kind()) {
            case HAZARD_RATIO, ODDS_RATIO, RISK_RATIO, RATE_RATIO ->
                ratio((RatioEstimate) estimate, endpoint, comparator);
            case RATIO_OF_RATIOS -> ratioOfRatios((RatioOfRatios) estimate, endpoint, comparator);
            case MEDIAN_TIME -> median((MedianTime) estimate, endpoint, armComparison);
            case PROPORTION -> proportion((Proportion) estimate, endpoint, timePoint, armComparison);
            case VALUE_RANGE -> range((ValueRange) estimate, endpoint);
            case MEAN_DIFFERENCE -> difference((MeanDifference) estimate, endpoint, comparator);
            case QUANTITY -> quantity((Quantity) estimate, endpoint, armComparison);
        };
    }

    // ---------------------------------------------------------------------------------------------

    // Short sentences on purpose: patient text is held to reading grade 8, and each clause that
    // carries a number (the estimate, its range, the caveat) stands on its own.
    private static String ratio(RatioEstimate r, Endpoint endpoint, String comparator) {
        String measure = measure(r.kind(), endpoint);
        String when = r.kind() == EffectEstimate.Kind.HAZARD_RATIO ? " at any given time" : "";
        String against = comparedWith(comparator);
        double v = r.value();
        int change = (int) Math.round(Math.abs(1 - v) * 100);
        String direction = v < 1 ? "lower" : "higher";
        Optional<ConfidenceInterval> ci = r.ci();
        if (ci.isEmpty()) {
            if (change == 0) {
                return "About the same " + measure + ", " + against
                        + ". The report gives no range for this, so we cannot tell how sure it is.";
            }
            return "About " + change + "% " + direction + " " + measure + when + ", " + against
                    + ". The report gives no range for this. So we cannot tell if the difference could be due to "
                    + "chance. " + relativeNote(change);
        }
        ConfidenceInterval c = ci.get();
        if (c.contains(1.0)) {
            return "No clear difference in the " + measure + ", " + against + ". The estimate was "
                    + (change == 0 ? "about the same" : "about " + change + "% " + direction)
                    + ". But the true effect could be anywhere from " + boundPhrase(c.lower()) + " to "
                    + boundPhrase(c.upper()) + ". So the difference may be due to chance.";
        }
        int near = (int) Math.round(Math.abs(1 - (v < 1 ? c.upper() : c.lower())) * 100);
        int far = (int) Math.round(Math.abs(1 - (v < 1 ? c.lower() : c.upper())) * 100);
        return "About " + change + "% " + direction + " " + measure + when + ", " + against + ". "
                + likelyBetween("effect", near + "%", far + "%", direction, c) + " " + relativeNote(change);
    }

    /**
     * "The true effect could be between 13% and 56% lower." or, for a one-sided interval, "The true
     * effect is likely at least 13% lower, and could be up to 56% lower."
     */
    private static String likelyBetween(String what, String near, String far, String direction, ConfidenceInterval c) {
        if (c.sidedness() == Sidedness.ONE_SIDED) {
            return "The true " + what + " is likely at least " + near + " " + direction + ", and could be up to " + far
                    + " " + direction + ".";
        }
        return "The true " + what + " could be between " + near + " and " + far + " " + direction + ".";
    }

    // A ratio of two ratios compares the effect in two groups (a test of interaction); it is worded
    // as a difference between effects, never as a benefit or a risk of its own.
    private static String ratioOfRatios(RatioOfRatios r, Endpoint endpoint, String comparator) {
        String effect = "the effect on the " + measure(r.ofKind(), endpoint);
        String ratio = "the " + r.ofKind().label();
        String against = comparedWith(comparator);
        double v = r.value();
        int change = (int) Math.round(Math.abs(1 - v) * 100);
        String direction = v < 1 ? "lower" : "higher";
        String size = change == 0 ? "about the same" : "about " + change + "% " + direction;
        String note = "This compares the effect in two groups. It does not mean " + change + " out of 100 people.";
        Optional<ConfidenceInterval> ci = r.ci();
        if (ci.isEmpty()) {
            return capitalize(effect) + ", " + against + ": " + ratio + " was " + size
                    + ". The report gives no range for this. So we cannot tell if the difference could be due to "
                    + "chance. " + note;
        }
        ConfidenceInterval c = ci.get();
        if (c.contains(1.0)) {
            return "No clear difference in " + effect + ", " + against + ". " + capitalize(ratio) + " was " + size
                    + ". But the true difference could be anywhere from " + boundPhrase(c.lower()) + " to "
                    + boundPhrase(c.upper()) + ". So the difference may be due to chance.";
        }
        int near = (int) Math.round(Math.abs(1 - (v < 1 ? c.upper() : c.lower())) * 100);
        int far = (int) Math.round(Math.abs(1 - (v < 1 ? c.lower() : c.upper())) * 100);
        return capitalize(effect) + " was different, " + against + ": " + ratio + " was " + size + ". "
                + likelyBetween("difference", near + "%", far + "%", direction, c) + " " + note;
    }

    private static String difference(MeanDifference d, Endpoint endpoint, String comparator) {
        String what = endpoint.label();
        String against = comparedWith(comparator);
        Unit unit = d.unit();
        double v = d.value();
        // a difference of two rates is not an average; one of scores or times is
        boolean rates = unit == Unit.PERCENTAGE_POINTS;
        String lead = rates ? capitalize("the " + what) + " was " : "On average, " + what + " was ";
        String direction = direction(v, unit);
        boolean same = amount(v, unit).equals(amount(0, unit));
        String size = same ? "about the same" : amount(v, unit) + " " + direction;
        Optional<ConfidenceInterval> ci = d.ci();
        if (ci.isEmpty()) {
            if (same) {
                return lead + size + ", " + against
                        + ". The report gives no range for this, so we cannot tell how sure it is.";
            }
            return lead + size + ", " + against
                    + ". The report gives no range for this. So we cannot tell if the difference could be due to "
                    + "chance.";
        }
        ConfidenceInterval c = ci.get();
        if (c.contains(0.0)) {
            return "No clear difference in " + what + ", " + against + ". " + (rates ? "It" : "On average it")
                    + " was " + size + ". But the true difference could be anywhere from "
                    + differencePhrase(c.lower(), unit) + " to " + differencePhrase(c.upper(), unit)
                    + ". So the difference may be due to chance.";
        }
        // the interval lies on one side of 0; the range is worded on that side
        boolean below = c.upper() < 0;
        String near = amount(below ? c.upper() : c.lower(), unit);
        String far = amount(below ? c.lower() : c.upper(), unit);
        return lead + size + ", " + against + ". "
                + likelyBetween("difference", near, far, direction(below ? -1 : 1, unit), c);
    }

    /** "longer" or "shorter" for times, "higher" or "lower" for the rest. */
    private static String direction(double difference, Unit unit) {
        if (unit.isTime()) {
            return difference < 0 ? "shorter" : "longer";
        }
        return difference < 0 ? "lower" : "higher";
    }

    /** "1.2 points", "12.5 percentage points", "1 month", "3%": the size of a difference in its unit. */
    private static String amount(double difference, Unit unit) {
        String number = carried(Math.abs(difference));
        boolean one = number.equals("1");
        return switch (unit) {
            case PERCENT -> number + "%";
            case NONE -> number + (one ? " point" : " points");
            case PERCENTAGE_POINTS, DAYS, WEEKS, MONTHS, YEARS ->
                number + " " + (one ? unit.singular() : unit.plural());
        };
    }

    static String differencePhrase(double bound, Unit unit) {
        if (amount(bound, unit).equals(amount(0, unit))) {
            return "no difference";
        }
        return amount(bound, unit) + " " + direction(bound, unit);
    }

    private static String quantity(Quantity q, Endpoint endpoint, String armComparison) {
        String unit = q.unit().map(u -> u.startsWith("%") ? u : " " + u).orElse("");
        String compared = armComparison.isEmpty() ? "" : ", compared with " + armComparison;
        String range = q.ci().map(c -> c.sidedness() == Sidedness.ONE_SIDED
                        ? " The true value is likely at least " + carried(c.lower()) + unit + ", and at most "
                                + carried(c.upper()) + unit + "."
                        : " The true value could be between " + carried(c.lower()) + unit + " and " + carried(c.upper())
                                + unit + ".")
                .orElse("");
        return "The reported value for " + endpoint.label() + " was " + carried(q.value()) + unit + compared + "."
                + range;
    }

    /** "compared with chemotherapy"; a group of people ("without liver metastases") reads "compared with people without ...". */
    private static String comparedWith(String comparator) {
        return "compared with " + (isGroup(comparator) ? "people " : "") + comparator;
    }

    private static boolean isGroup(String comparator) {
        String c = comparator.strip().toLowerCase(Locale.ROOT);
        return c.startsWith("with ") || c.startsWith("without ") || c.startsWith("no ");
    }

    private static String relativeNote(int change) {
        return "This compares the two groups. It does not mean " + change + " out of 100 people.";
    }

    static String boundPhrase(double ratioBound) {
        int percent = (int) Math.round(Math.abs(1 - ratioBound) * 100);
        if (percent == 0) {
            return "no difference";
        }
        return percent + "% " + (ratioBound < 1 ? "lower" : "higher");
    }

    private static String measure(EffectEstimate.Kind kind, Endpoint endpoint) {
        String outcome = endpoint.event().orElseGet(() -> OUTCOME.getOrDefault(endpoint, endpoint.label()));
        return switch (kind) {
            case ODDS_RATIO -> "odds of " + outcome;
            case RISK_RATIO -> "chance of " + outcome;
            case RATE_RATIO -> "rate of " + outcome;
            default -> "risk of " + outcome;
        };
    }

    private static String median(MedianTime m, Endpoint endpoint, String armComparison) {
        String still = STILL.getOrDefault(endpoint, "had not yet had the event measured");
        String label = endpoint.label();
        String compared = armComparison.isEmpty() ? "" : ", compared with " + armComparison;
        if (m.value().isEmpty()) {
            return "The median " + label + " was not reached" + compared + ". More than half of the people " + still
                    + " when the results were checked.";
        }
        String value = number(m.value().getAsDouble(), 1) + " " + m.unit().plural();
        String range = m.ci().map(c -> " The true value could be between " + number(c.lower(), 1) + " and "
                        + number(c.upper(), 1) + " " + m.unit().plural() + ".")
                .orElse("");
        return "The median " + label + " was " + value + compared + "." + range + " About half of the people " + still
                + " at " + value + ", and about half were not.";
    }

    private static String proportion(
            Proportion p, Endpoint endpoint, Optional<TimePoint> timePoint, String armComparison) {
        double percent = p.fraction() * 100;
        String share = "about " + Math.round(percent) + " in 100 people ("
                + trim(percent)
                + "%"
                + p.count().stream()
                        .mapToObj(n -> ", " + n + " of " + p.total().orElseThrow())
                        .findFirst()
                        .orElse("")
                + ")";
        String range = p.ci().map(
                        c -> " The true value could be between " + trim(c.lower()) + "% and " + trim(c.upper()) + "%.")
                .orElse("");
        String compared = armComparison.isEmpty() ? "" : ", compared with " + armComparison;
        String what;
        if (endpoint.isTimeToEvent()) {
            String when = timePoint
                    .map(t -> "At " + trim(t.value()) + " "
                            + (t.value() == 1 ? t.unit().singular() : t.unit().plural()) + ", ")
                    .orElse("At the time measured, ");
            what = when + share + " " + STILL.getOrDefault(endpoint, "had not had the event measured");
        } else {
            what = capitalize(share) + " "
                    + HAD.getOrDefault(endpoint, "had the outcome measured (" + endpoint.label() + ")");
        }
        return what + compared + "." + range;
    }

    private static String range(ValueRange r, Endpoint endpoint) {
        String unit = r.unit() == Unit.PERCENT
                ? "%"
                : r.unit() == Unit.NONE ? "" : " " + r.unit().plural();
        String values;
        if (r.lower().isPresent() && r.upper().isPresent()) {
            values = "between " + trim(r.lower().getAsDouble()) + unit + " and "
                    + trim(r.upper().getAsDouble()) + unit;
        } else if (r.lower().isPresent()) {
            values = (r.lowerInclusive() ? "at least " : "more than ")
                    + trim(r.lower().getAsDouble())
                    + unit;
        } else {
            values = (r.upperInclusive() ? "up to " : "less than ")
                    + trim(r.upper().orElseThrow())
                    + unit;
        }
        return "Studies reported " + endpoint.label() + " of " + values + ".";
    }

    private static String armValue(EffectEstimate e) {
        return switch (e.kind()) {
            case MEDIAN_TIME -> {
                MedianTime m = (MedianTime) e;
                yield m.value().isPresent()
                        ? number(m.value().getAsDouble(), 1) + " " + m.unit().plural()
                        : "a median not reached";
            }
            case PROPORTION -> trim(((Proportion) e).fraction() * 100) + "%";
            default -> EffectFormat.PATIENT.format(e);
        };
    }

    private static String number(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** The number as printed, to at most 3 decimals, trailing zeros dropped. */
    private static String carried(double value) {
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }

    private static String trim(double value) {
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
