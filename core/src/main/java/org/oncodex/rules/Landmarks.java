package org.oncodex.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.stats.Unit;

/*
 * The moment a sentence gives a rate at ("at 12 months", "two years after surgery", "five-year
 * survival", "a year after treatment"), in months, so that a rate a result gives at one moment is not
 * credited to another. Only times worded as moments count: "a median of 16.4 months" is no landmark.
 */
final class Landmarks {
    private Landmarks() {}

    private static final String AMOUNT = "(\\d{1,2}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|eighteen|twenty-four|a|an)";
    private static final String UNIT = "(months?|years?|mo|yrs?)";
    /** "at 12 months", "after two years", "within a year". */
    private static final Pattern AT = Pattern.compile(
            "(?i)\\b(?:at|after|by|within|beyond)\\s+(?:about\\s+|around\\s+)?" + AMOUNT + "[\\s-]+" + UNIT + "\\b");
    /** "two years after surgery", "12 months later", "5-year survival", "one-year rate". */
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b" + AMOUNT + "[\\s-]+" + UNIT
            + "(?:\\s+(?:after|later|on|into|from)\\b|[\\s-]+(?:overall\\s+)?(?:survival|rate|os|rfs|pfs|recurrence-free"
            + "|progression-free|event-free|disease-free|landmark)\\b)");

    /** A moment a sentence names: in months, and in its words. */
    record Landmark(double months, String words) {}

    /** The landmark nearest to {@code [at, atEnd)} in the sentence; empty when it names none. */
    static Optional<Landmark> near(String sentence, int at, int atEnd) {
        Landmark best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {AT, BEFORE}) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                if (m.start() < atEnd && m.end() > at) {
                    continue; // the number itself
                }
                int d = m.end() <= at ? at - m.end() : m.start() - atEnd;
                double months = months(m.group(1), m.group(2));
                if (d < bestDistance && !Double.isNaN(months)) {
                    bestDistance = d;
                    best = new Landmark(months, m.group().strip());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A result's time point in months; empty for units other than months, years and weeks. */
    static OptionalDouble months(TimePoint t) {
        if (t.unit() == Unit.MONTHS) {
            return OptionalDouble.of(t.value());
        }
        if (t.unit() == Unit.YEARS) {
            return OptionalDouble.of(t.value() * 12);
        }
        return t.unit() == Unit.WEEKS ? OptionalDouble.of(t.value() * 12 / 52) : OptionalDouble.empty();
    }

    private static double months(String amount, String unit) {
        String a = amount.toLowerCase(Locale.ROOT);
        double n = a.equals("a") || a.equals("an") ? 1 : AbsoluteWordings.number(a);
        return unit.toLowerCase(Locale.ROOT).startsWith("y") ? n * 12 : n;
    }
}
