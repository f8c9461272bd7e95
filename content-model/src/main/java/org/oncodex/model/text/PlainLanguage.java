package org.oncodex.model.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.RatioEstimate;
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
 * <p>The rules it keeps: a ratio whose interval includes 1 is described as no clear difference that
 * may be due to chance, never as a benefit; a ratio is worded as a relative difference and says so,
 * never as a number of people; the comparison is always named ("compared with chemotherapy", or
 * "compared with the comparison group" when none is given); the word "cure" is never used. The
 * reading of a hazard ratio as "lower risk at any given time" follows the usual patient wording;
 * it is not a risk ratio, and the text does not turn it into "longer survival".
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
            case HAZARD_RATIO, ODDS_RATIO, RISK_RATIO -> ratio((RatioEstimate) estimate, endpoint, comparator);
            case MEDIAN_TIME -> median((MedianTime) estimate, endpoint, armComparison);
            case PROPORTION -> proportion((Proportion) estimate, endpoint, timePoint, armComparison);
            case VALUE_RANGE -> range((ValueRange) estimate, endpoint);
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
        return "About " + change + "% " + direction + " " + measure + when + ", " + against
                + ". The true effect could be between " + near + "% and " + far + "% " + direction + ". "
                + relativeNote(change);
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

    private static String boundPhrase(double ratioBound) {
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

    private static String trim(double value) {
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
