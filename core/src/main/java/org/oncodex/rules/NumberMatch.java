package org.oncodex.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.RelativeChange;

/** Whether a statement in the text states a trial result's numbers, to the precision it prints them. */
final class NumberMatch {
    private NumberMatch() {}

    /** The estimates of {@code r} the statement states: its own, its comparator's, its overall one. */
    static Set<Attribution.Role> roles(EffectStatement st, TrialResult r, boolean wordedAsChange) {
        Set<Attribution.Role> roles = EnumSet.noneOf(Attribution.Role.class);
        if (st.pValue().isPresent()
                && r.pValue().isPresent()
                && contradicts(st.pValue().get(), r.pValue().get())) {
            return roles; // "HR 0.71 (0.53-0.95), P = .002" is not the result that printed P = 0.02
        }
        if (st.comparatorEstimate().isPresent() && st.estimate().isPresent()) {
            // "18% vs 11%": both numbers must be the result's, in either order
            EffectEstimate first = st.estimate().get();
            EffectEstimate second = st.comparatorEstimate().get();
            Optional<EffectEstimate> comparator = r.comparatorEstimate();
            if (comparator.isPresent()
                    && same(first, r.estimate(), st.printedValue())
                    && same(second, comparator.get(), Optional.empty())) {
                roles.add(Attribution.Role.INTERVENTION);
            } else if (comparator.isPresent()
                    && same(first, comparator.get(), st.printedValue())
                    && same(second, r.estimate(), Optional.empty())) {
                roles.add(Attribution.Role.COMPARATOR);
            } else if (matches(st, r, wordedAsChange)) {
                roles.add(Attribution.Role.INTERVENTION);
            }
            return roles;
        }
        if (wordedAsChange
                && st.estimate().orElse(null) instanceof MedianTime
                && st.comparatorEstimate().isEmpty()) {
            // "roughly three months more" is a gap, not an arm's median that happens to round alike
            if (gapOfMedians(st, r)) {
                roles.add(Attribution.Role.INTERVENTION);
            }
            return roles;
        }
        if (matchesOne(st, r.estimate(), wordedAsChange) || differenceOfRates(st, r)) {
            roles.add(Attribution.Role.INTERVENTION);
        }
        r.comparatorEstimate()
                .filter(e -> matchesOne(st, e, wordedAsChange))
                .ifPresent(e -> roles.add(Attribution.Role.COMPARATOR));
        r.overallEstimate()
                .filter(e -> matchesOne(st, e, wordedAsChange))
                .ifPresent(e -> roles.add(Attribution.Role.OVERALL));
        return roles;
    }

    /** How far apart two P values must be to be different ones rather than one rounded: 0.02 against 0.03. */
    private static final double P_APART = 1.5;

    /**
     * Whether a P value the text prints cannot be the result's: exact values {@link #P_APART} or more apart (a
     * decimal place shifted), an exact value at or above a bound the result is below, or a bound the text sets
     * below the result's exact value. Bounds against bounds, and "P > x", are not judged.
     */
    static boolean contradicts(PValue stated, PValue result) {
        boolean statedExact = stated.relation() == PValue.Relation.EQUAL;
        boolean resultExact = result.relation() == PValue.Relation.EQUAL;
        boolean statedBelow = stated.relation() == PValue.Relation.LESS_THAN
                || stated.relation() == PValue.Relation.LESS_THAN_OR_EQUAL;
        boolean resultBelow = result.relation() == PValue.Relation.LESS_THAN
                || result.relation() == PValue.Relation.LESS_THAN_OR_EQUAL;
        double s = stated.value();
        double r = result.value();
        if (statedExact && resultExact) {
            if (s <= 0 || r <= 0) {
                return s != r;
            }
            // a P value rounded to fewer decimals is the same one: 0.0006 written as 0.001, 0.006 as 0.01
            return Math.max(s, r) / Math.min(s, r) >= P_APART && !roundsTo(r, s) && !roundsTo(s, r);
        }
        if (statedExact && resultBelow) {
            return s >= r * P_APART;
        }
        if (statedBelow && resultExact) {
            return r >= s * P_APART;
        }
        return false;
    }

    /** Whether {@code precise}, rounded to the decimals {@code rounded} is printed with, gives {@code rounded}. */
    private static boolean roundsTo(double precise, double rounded) {
        int decimals =
                Math.max(0, BigDecimal.valueOf(rounded).stripTrailingZeros().scale());
        return BigDecimal.valueOf(precise)
                        .setScale(decimals, RoundingMode.HALF_UP)
                        .compareTo(BigDecimal.valueOf(rounded))
                == 0;
    }

    private static boolean matchesOne(EffectStatement st, EffectEstimate e, boolean wordedAsChange) {
        return matches(st, List.of(e), wordedAsChange);
    }

    /** Whether the statement states this result, or its comparator or overall value. */
    static boolean matches(EffectStatement st, TrialResult r, boolean wordedAsChange) {
        List<EffectEstimate> candidates = new ArrayList<>();
        candidates.add(r.estimate());
        r.comparatorEstimate().ifPresent(candidates::add);
        r.overallEstimate().ifPresent(candidates::add);
        return matches(st, candidates, wordedAsChange);
    }

    private static boolean matches(EffectStatement st, List<EffectEstimate> candidates, boolean wordedAsChange) {
        if (st.kind() == EffectStatement.Kind.RELATIVE_CHANGE) {
            RelativeChange change = st.relativeChange().orElseThrow();
            return ratioValues(candidates, false)
                    .anyMatch(v -> Math.abs(Math.round(Math.abs(1 - v) * 100) - change.percent()) <= 0.5
                            && (v < 1) == (change.direction() == RelativeChange.Direction.LOWER));
        }
        if (st.kind() == EffectStatement.Kind.INTERVAL) {
            Optional<ConfidenceInterval> printed = st.ci();
            return printed.isPresent()
                    && candidates.stream()
                            .anyMatch(e -> intervalOf(e)
                                    .map(ci -> sameInterval(printed.get(), ci))
                                    .orElse(false));
        }
        Optional<EffectEstimate> stated = st.estimate();
        if (stated.isEmpty()) {
            return true; // nothing numeric to ground (already reported by the parser)
        }
        boolean estimate = candidates.stream().anyMatch(e -> same(stated.get(), e, st.printedValue()));
        if (!estimate
                && wordedAsChange
                && stated.get() instanceof Proportion p
                && p.count().isEmpty()
                && st.comparatorEstimate().isEmpty()) {
            // "between 59% and 108% higher": the percentages of a ratio's relative change, value or bound
            double percent = p.fraction() * 100;
            estimate = ratioValues(candidates, true)
                    .anyMatch(v -> Math.abs(Math.round(Math.abs(1 - v) * 100) - percent) <= 0.5);
        }
        boolean comparator = st.comparatorEstimate()
                .map(c -> candidates.stream().anyMatch(e -> same(c, e, Optional.empty())))
                .orElse(true);
        return estimate && comparator;
    }

    /**
     * The ratios a relative change in words may come from: their point estimates, and the bounds of
     * their intervals when the words give a range ("between 59% and 108% higher").
     */
    private static Stream<Double> ratioValues(List<EffectEstimate> candidates, boolean bounds) {
        return candidates.stream()
                .filter(e -> e instanceof RatioEstimate)
                .map(e -> (RatioEstimate) e)
                .flatMap(r -> bounds
                        ? Stream.concat(
                                Stream.of(r.value()), r.ci().stream().flatMap(ci -> Stream.of(ci.lower(), ci.upper())))
                        : Stream.of(r.value()));
    }

    private static Optional<ConfidenceInterval> intervalOf(EffectEstimate e) {
        if (e instanceof RatioEstimate r) {
            return r.ci();
        }
        if (e instanceof MedianTime m) {
            return m.ci();
        }
        if (e instanceof Proportion p) {
            return p.ci();
        }
        if (e instanceof MeanDifference d) {
            return d.ci();
        }
        if (e instanceof Quantity q) {
            return q.ci();
        }
        return Optional.empty();
    }

    /** Same kind and the same numbers to the precision the statement prints them. */
    private static boolean same(EffectEstimate stated, EffectEstimate known, Optional<String> printed) {
        if (stated instanceof Quantity s
                && s.unit().isEmpty()
                && s.ci().isPresent()
                && known instanceof RatioEstimate k
                && k.ci().isPresent()) {
            // "0.63 for regorafenib (95% CI 0.50–0.79)" in a list item under "the hazard ratios were:": a bare
            // number with its interval is the ratio whose point and interval it prints, both of them
            return close(s.value(), k.value(), printed) && sameInterval(s.ci().get(), k.ci().get());
        }
        if (stated.kind() != known.kind()) {
            return false;
        }
        if (stated instanceof RatioOfRatios s && known instanceof RatioOfRatios k && s.ofKind() != k.ofKind()) {
            return false;
        }
        if (stated instanceof RatioEstimate s && known instanceof RatioEstimate k) {
            return close(s.value(), k.value(), printed) && sameIntervalIfStated(s.ci(), k.ci());
        }
        if (stated instanceof MeanDifference s && known instanceof MeanDifference k) {
            return s.unit() == k.unit() && close(s.value(), k.value(), printed) && sameIntervalIfStated(s.ci(), k.ci());
        }
        if (stated instanceof Quantity s && known instanceof Quantity k) {
            return s.unit().equals(k.unit())
                    && close(s.value(), k.value(), printed)
                    && sameIntervalIfStated(s.ci(), k.ci());
        }
        if (stated instanceof MedianTime s && known instanceof MedianTime k) {
            if (s.value().isEmpty() || k.value().isEmpty()) {
                return s.value().isEmpty() && k.value().isEmpty();
            }
            if (s.unit() != k.unit()) {
                // "about 44 weeks" or "about two years" for a median the source gives in months: the known
                // value in the stated unit, to the precision printed; an interval is compared only in the
                // source's own unit
                OptionalDouble converted = inUnit(k.value().getAsDouble(), k.unit(), s.unit());
                return s.ci().isEmpty()
                        && converted.isPresent()
                        && close(s.value().getAsDouble(), converted.getAsDouble(), printed);
            }
            return close(s.value().getAsDouble(), k.value().getAsDouble(), printed)
                    && s.ci().map(ci -> k.ci().map(kci -> sameInterval(ci, kci)).orElse(false))
                            .orElse(true);
        }
        if (stated instanceof Proportion s && known instanceof Proportion k && nearestSmallFrequency(s, k)) {
            return true;
        }
        if (stated instanceof Proportion s && known instanceof Proportion k) {
            // an interval stated with the rate must be the result's, when the result gives one
            return close(percent(s), k.fraction() * 100, printed)
                    && (s.ci().isEmpty() || k.ci().isEmpty() || sameInterval(s.ci().get(), k.ci().get()))
                    && (naturalFrequency(s) || s.count().isEmpty() || s.count().equals(k.count()))
                    && (naturalFrequency(s) || s.total().isEmpty() || s.total().equals(k.total()));
        }
        if (stated instanceof ValueRange s && known instanceof ValueRange k) {
            return s.unit() == k.unit()
                    && s.lower().isPresent() == k.lower().isPresent()
                    && s.upper().isPresent() == k.upper().isPresent()
                    && (s.lower().isEmpty()
                            || close(s.lower().getAsDouble(), k.lower().getAsDouble(), Optional.empty()))
                    && (s.upper().isEmpty()
                            || close(s.upper().getAsDouble(), k.upper().getAsDouble(), Optional.empty()));
        }
        return false;
    }

    /** Days in each unit of time; empty for a unit that is not one of time. */
    private static OptionalDouble days(Unit unit) {
        return switch (unit) {
            case DAYS -> OptionalDouble.of(1);
            case WEEKS -> OptionalDouble.of(7);
            case MONTHS -> OptionalDouble.of(365.25 / 12);
            case YEARS -> OptionalDouble.of(365.25);
            default -> OptionalDouble.empty();
        };
    }

    /** A time in one unit told in another (10.2 months in weeks is 44.4); empty unless both are of time. */
    static OptionalDouble inUnit(double value, Unit from, Unit to) {
        OptionalDouble f = days(from);
        OptionalDouble t = days(to);
        return f.isPresent() && t.isPresent()
                ? OptionalDouble.of(value * f.getAsDouble() / t.getAsDouble())
                : OptionalDouble.empty();
    }

    /**
     * "Roughly 1 in 4 people" for 24.1%, "3 in 10" for 30.4%: a rate told as a frequency over a handful
     * of people (at most 10) is the frequency with that many people nearest to the rate ("1 in N": N
     * is 1 over the rate, rounded), not the rate to the precision of a percentage. Not for a trial so
     * small that the frequency could be its own counts.
     */
    static boolean nearestSmallFrequency(Proportion stated, Proportion known) {
        if (stated.count().isEmpty() || stated.total().isEmpty()) {
            return false;
        }
        int count = stated.count().getAsInt();
        int total = stated.total().getAsInt();
        if (total < 2 || total > 10 || count < 1 || count >= total) {
            return false;
        }
        if (known.total().isPresent() && known.total().getAsInt() <= 2 * total) {
            return false;
        }
        double f = known.fraction();
        if (!(f > 0 && f < 1)) {
            return false;
        }
        return count == 1 ? Math.round(1 / f) == total : Math.round(f * total) == count;
    }

    /**
     * The rate as a percentage, from its counts when it has them: 55 of 100 is 55, where the fraction times
     * 100 is 55.00000000000001 and would be read as printed to fourteen decimals.
     */
    private static double percent(Proportion p) {
        return p.count().isPresent() && p.total().isPresent() && p.total().getAsInt() > 0
                ? p.count().getAsInt() * 100.0 / p.total().getAsInt()
                : p.fraction() * 100;
    }

    /** "28 out of 100 people": a rate told as people per hundred, not the trial's own counts. */
    private static boolean naturalFrequency(Proportion p) {
        return p.total().isPresent()
                && (p.total().getAsInt() == 100 || p.total().getAsInt() == 1000);
    }

    /**
     * "12.6 percentage points": the difference between a result's two rates (67.2% vs 54.6%), or a
     * gain in time between its two medians ("3.3 months longer"), to the precision printed.
     */
    static boolean differenceOfRates(EffectStatement st, TrialResult r) {
        if (!(st.estimate().orElse(null) instanceof MeanDifference d)) {
            return false;
        }
        if (d.unit() == Unit.PERCENTAGE_POINTS
                && r.estimate() instanceof Proportion a
                && r.comparatorEstimate().orElse(null) instanceof Proportion b) {
            double diff = Math.abs(a.fraction() - b.fraction()) * 100;
            return close(Math.abs(d.value()), diff, st.printedValue());
        }
        // "added 3.3 months", "extended survival by about 3 months": the gap between two arms' medians
        if (r.estimate() instanceof MedianTime a
                && r.comparatorEstimate().orElse(null) instanceof MedianTime b
                && a.unit() == d.unit()
                && b.unit() == d.unit()
                && a.value().isPresent()
                && b.value().isPresent()) {
            double diff = a.value().getAsDouble() - b.value().getAsDouble();
            return close(Math.abs(d.value()), Math.abs(diff), st.printedValue())
                    || toTheHalf(st, Math.abs(d.value()), Math.abs(diff));
        }
        return false;
    }

    /**
     * "Roughly three months more": a time worded as a change is the gap between the result's two medians, to
     * the precision printed.
     */
    static boolean gapOfMedians(EffectStatement st, TrialResult r) {
        return st.estimate().orElse(null) instanceof MedianTime s
                && st.comparatorEstimate().isEmpty()
                && s.value().isPresent()
                && r.estimate() instanceof MedianTime a
                && r.comparatorEstimate().orElse(null) instanceof MedianTime b
                && a.unit() == s.unit()
                && b.unit() == s.unit()
                && a.value().isPresent()
                && b.value().isPresent()
                && (close(
                                s.value().getAsDouble(),
                                Math.abs(a.value().getAsDouble() - b.value().getAsDouble()),
                                st.printedValue())
                        || toTheHalf(
                                st,
                                s.value().getAsDouble(),
                                Math.abs(a.value().getAsDouble() - b.value().getAsDouble())));
    }

    /** "and a half" in words, or "½": a number rounded to the nearest half. */
    private static final Pattern HALF_WORDS =
            Pattern.compile("(?i)\\band\\s+a\\s+half\\b|\\d\\s?½|\\b(?:a\\s+)?half\\s+(?:a|an)\\b");

    /**
     * "About two and a half months longer" for a gap of 2.6 months: a number told in halves is the known one rounded
     * to the nearest half, as "three months" is rounded to the nearest whole.
     */
    private static boolean toTheHalf(EffectStatement st, double stated, double known) {
        return HALF_WORDS.matcher(st.text()).find() && Math.abs(stated - known) <= 0.25 + 1e-9;
    }

    /** No interval stated, or the stated one is the known one. */
    private static boolean sameIntervalIfStated(
            Optional<ConfidenceInterval> stated, Optional<ConfidenceInterval> known) {
        return stated.map(ci -> known.map(kci -> sameInterval(ci, kci)).orElse(false))
                .orElse(true);
    }

    private static boolean sameInterval(ConfidenceInterval stated, ConfidenceInterval known) {
        return close(stated.lower(), known.lower(), Optional.empty())
                && close(stated.upper(), known.upper(), Optional.empty())
                && Math.abs(stated.level() - known.level()) < 1e-9
                && stated.sidedness() == known.sidedness()
                && stated.kind() == known.kind();
    }

    /**
     * Whether {@code known}, rounded to the decimals {@code stated} is printed with, equals it: "0.6"
     * matches 0.62 only if the text printed one decimal.
     */
    private static boolean close(double stated, double known, Optional<String> printed) {
        int decimals = printed.map(NumberMatch::decimals)
                .orElseGet(() -> Math.max(
                        0, BigDecimal.valueOf(stated).stripTrailingZeros().scale()));
        double unit = Math.pow(10, -decimals);
        return Math.abs(stated - known) <= unit / 2 + 1e-9;
    }

    static int decimals(String printed) {
        String p = printed.replace('·', '.');
        int dot = p.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < p.length() && Character.isDigit(p.charAt(i)); i++) {
            n++;
        }
        return n;
    }
}
