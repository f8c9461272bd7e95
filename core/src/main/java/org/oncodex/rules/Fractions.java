package org.oncodex.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.NumberWords;
import org.oncodex.model.text.RelativeChange;

/*
 * Rates of people told as fractions in words: "about two-thirds of people", "a third of patients",
 * "four in ten people", "half of those". A fraction is a rounding, so it stands for the rates near it:
 * within 4 points, or a tenth of the rate for larger ones (two-thirds is 67.2% as well as 66.7%;
 * "half" is 54.6%); "more than half" for any rate from half up to 25 points above, "under a
 * quarter" down to 25 points below, "almost a third" for a little less. A fraction followed by the people it
 * counts is a rate; one after "by" that counts no people ("lowered the risk of death by nearly half", "by more
 * than two-thirds") is a relative change, held against the ratio's own change (1 - HR for a lower risk) with a
 * little more slack, as people round a change more loosely than a rate ("about half" for 56%, "nearly half" for
 * 42%, not for 37%).
 *
 * The rules read statements through the effect-statement parser, so a fraction is handed to it as
 * the percentage it stands for, written over the fraction's own characters (the same length, so
 * every offset stays the text's): "a third" becomes "33.333%".
 */
/** Rates of people written as fractions in words. */
final class Fractions {
    /**
     * One fraction: where it stands, the percentage it says and the rates it may stand for, rounded
     * as people round ("about a third") or bounded by the words before it ("more than half").
     */
    record Phrase(int start, int end, double percent, double least, double most, boolean change) {
        /** Whether {@code rate} (a percentage) is one the fraction may stand for. */
        boolean standsFor(double rate) {
            return rate >= least - 1e-9 && rate <= most + 1e-9;
        }
    }

    /** Words before a fraction that bound it: "more than half", "almost a third", "under a quarter". */
    /** Shared with the other readers of rounded amounts ({@link MultipleWordings}, {@link HalvedWordings}). */
    static final Pattern ABOVE =
            Pattern.compile("(?i)\\b(?:more\\s+than|over|above|at\\s+least|upwards\\s+of|well\\s+over)\\s+$");

    /** Words that put a fraction a little above its value: "just over half", "slightly more than a third". */
    private static final Pattern JUST_ABOVE = Pattern.compile(
            "(?i)\\b(?:just|slightly|a\\s+little|a\\s+bit|barely)\\s+" + "(?:over|above|more\\s+than)\\s+$");

    static final Pattern NEARLY =
            Pattern.compile("(?i)\\b(?:nearly|almost|just\\s+(?:under|below)|close\\s+to|not\\s+quite)\\s+$");
    private static final Pattern BELOW =
            Pattern.compile("(?i)\\b(?:less\\s+than|fewer\\s+than|under|below|at\\s+most)\\s+$");

    private static final Pattern FRACTION = Pattern.compile("(?i)\\b(?:(half(?:\\sof)?)"
            + "|(a|one|two|three|four)[\\s-](thirds?|quarters?|fifths?|tenths?)"
            + "|(one|two|three|four|five|six|seven|eight|nine|[1-9])\\s(?:in|out\\sof)\\s(?:every\\s)?"
            + "(three|four|five|ten|3|4|5|10))\\b"
            + "(?=\\s(?:of\\s)?(?:the\\s|all\\s|those\\s)?(?:people|patients|participants|those|them|adults|men|women"
            + "|children|tumou?rs|lesions)\\b)");

    /**
     * A share with the people it counts between its two numbers: "one person in four", "two patients out of every
     * five" (held-out batch 14).
     */
    private static final Pattern PEOPLE_INSIDE = Pattern.compile(
            "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|[1-9])\\s(?:person|people|patients?|participants?"
                    + "|adults?|men|women|man|woman)\\s(?:in|out\\sof)\\s(?:every\\s)?(three|four|five|ten|3|4|5|10)\\b");

    /** A relative change told as a fraction: "by nearly half", "by more than two-thirds", "by about a quarter". */
    private static final Pattern CHANGE = Pattern.compile("(?i)\\bby\\s(?:[\\p{L}]+\\s){0,2}?"
            + "((?:a\\s)?half|(?:a|one|two|three)[\\s-](?:thirds?|quarters?|fifths?))\\b"
            + "(?!\\s(?:of\\s)?(?:the\\s|all\\s|those\\s)?(?:people|patients|participants|those|them|adults|men|women"
            + "|children|tumou?rs|lesions)\\b)");

    /** A relative change told as a fraction before the risk it changes: "a fifth lower risk", "a third higher risk". */
    private static final Pattern CHANGE_BEFORE =
            Pattern.compile("(?i)\\b((?:a|one|two)[\\s-](?:thirds?|quarters?|fifths?))"
                    + "(?=\\s(?:lower|higher|smaller|greater|reduced|increased)\\s(?:risk|hazard|chance|odds)\\b)");

    private Fractions() {}

    /** The fractions of people {@code text} states, in order. */
    static List<Phrase> of(String text) {
        List<Phrase> out = new ArrayList<>();
        Matcher m = FRACTION.matcher(text);
        while (m.find()) {
            // the words of the fraction alone, read by NumberWords: "half", "two thirds", "one in five"
            String words = m.group(1) != null
                    ? "half"
                    : m.group(2) != null ? text.substring(m.start(2), m.end(3)) : text.substring(m.start(4), m.end(5));
            add(
                    out,
                    text,
                    m.start(),
                    m.end(),
                    NumberWords.parse(words).map(r -> 100 * r.share()).orElse(0.0));
        }
        Matcher inside = PEOPLE_INSIDE.matcher(text);
        while (inside.find()) {
            add(
                    out,
                    text,
                    inside.start(),
                    inside.end(),
                    NumberWords.parse(inside.group(1) + " in " + inside.group(2))
                            .map(r -> 100 * r.share())
                            .orElse(0.0));
        }
        out.sort(java.util.Comparator.comparingInt(Phrase::start));
        return out;
    }

    /** Adds the fraction at {@code [start, end)} of {@code percent}, bounded by the words before it. */
    private static void add(List<Phrase> out, String text, int start, int end, double percent) {
        if (percent <= 0 || percent > 100) {
            return;
        }
        String before = text.substring(Math.max(0, start - 24), start);
        double slack = Math.max(4, percent / 10);
        if (JUST_ABOVE.matcher(before).find()) {
            out.add(new Phrase(start, end, percent, percent - 0.5, percent + Math.max(6, percent / 8), false));
        } else if (ABOVE.matcher(before).find()) {
            out.add(new Phrase(start, end, percent, percent, Math.min(100, percent + 25), false));
        } else if (NEARLY.matcher(before).find()) {
            out.add(new Phrase(start, end, percent, percent - Math.max(6, percent / 8), percent + 0.5, false));
        } else if (BELOW.matcher(before).find()) {
            out.add(new Phrase(start, end, percent, Math.max(0, percent - 25), percent, false));
        } else {
            out.add(new Phrase(start, end, percent, percent - slack, percent + slack, false));
        }
    }

    /**
     * The relative changes {@code text} tells as fractions after "by" ("by nearly half"), in order, each spanning
     * the words that bound it ("more than two-thirds"), so that what the parser reads is the plain "by 66.7%".
     */
    static List<Phrase> changes(String text) {
        List<Phrase> out = new ArrayList<>();
        Matcher ahead = CHANGE_BEFORE.matcher(text);
        while (ahead.find()) {
            double percent = NumberWords.parse(ahead.group(1).replace('-', ' '))
                    .map(r -> 100 * r.share())
                    .orElse(0.0);
            if (percent > 0 && percent < 100) {
                double slack = Math.max(6, percent / 8);
                out.add(new Phrase(ahead.start(1), ahead.end(1), percent, percent - slack, percent + slack, true));
            }
        }
        Matcher c = CHANGE.matcher(text);
        while (c.find()) {
            String words = c.group(1).endsWith("half") ? "half" : c.group(1).replace('-', ' ');
            double percent = NumberWords.parse(words).map(r -> 100 * r.share()).orElse(0.0);
            if (percent <= 0 || percent >= 100) {
                continue;
            }
            int end = c.end(1);
            int from = Math.max(c.start(), c.start(1) - 16);
            String before = text.substring(from, c.start(1));
            Matcher above = ABOVE.matcher(before);
            Matcher nearly = NEARLY.matcher(before);
            Matcher below = BELOW.matcher(before);
            if (above.find()) {
                out.add(new Phrase(from + above.start(), end, percent, percent, Math.min(100, percent + 25), true));
            } else if (nearly.find()) {
                out.add(new Phrase(
                        from + nearly.start(), end, percent, percent - Math.max(10, percent / 5), percent + 0.5, true));
            } else if (below.find()) {
                out.add(new Phrase(from + below.start(), end, percent, Math.max(0, percent - 25), percent, true));
            } else {
                double slack = Math.max(6, percent / 8);
                out.add(new Phrase(c.start(1), end, percent, percent - slack, percent + slack, true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Phrase::start));
        return out;
    }

    /**
     * {@code text} with each fraction written over as its percentage, to the fraction's length ("a
     * third" → "33.333%", "half" → "50% "), for the parser to read.
     */
    static String asPercentages(String text, List<Phrase> phrases) {
        StringBuilder out = new StringBuilder(text);
        for (Phrase p : phrases) {
            // "one person in four" names its people inside: written over as "25.0000% of people"
            String people = p.end() - p.start() >= 15
                            && PEOPLE_INSIDE
                                    .matcher(text.substring(p.start(), p.end()))
                                    .matches()
                    ? " of people"
                    : "";
            int length = p.end() - p.start() - people.length();
            int whole = String.valueOf(Math.round(Math.floor(p.percent()))).length();
            int decimals = Math.max(0, length - whole - 2);
            String written = String.format(Locale.ROOT, "%." + decimals + "f%%", p.percent());
            StringBuilder padded =
                    new StringBuilder(written.length() > length ? written.substring(0, length) : written);
            while (padded.length() < length) {
                padded.append(' ');
            }
            out.replace(p.start(), p.end(), padded + people);
        }
        return out.toString();
    }

    /**
     * The estimates of {@code r} a fraction stands for: for a relative change ({@code st} read as one), the ratio
     * whose change in the direction said it may stand for; else as {@link #roles(Phrase, TrialResult)}.
     */
    static Set<Attribution.Role> roles(Phrase p, TrialResult r, EffectStatement st) {
        if (!p.change()) {
            return roles(p, r);
        }
        Set<Attribution.Role> roles = EnumSet.noneOf(Attribution.Role.class);
        Optional<RelativeChange> change = st.relativeChange();
        if (change.isPresent() && r.estimate() instanceof RatioEstimate ratio) {
            boolean lower = change.get().direction() == RelativeChange.Direction.LOWER;
            double said = 100 * (lower ? 1 - ratio.value() : ratio.value() - 1);
            if (said > 0 && p.standsFor(said)) {
                roles.add(Attribution.Role.INTERVENTION);
            }
        }
        return roles;
    }

    /** The estimates of {@code r} a fraction of people stands for: its rate, its comparator's, its overall one. */
    static Set<Attribution.Role> roles(Phrase p, TrialResult r) {
        Set<Attribution.Role> roles = EnumSet.noneOf(Attribution.Role.class);
        if (standsFor(p, r.estimate())) {
            roles.add(Attribution.Role.INTERVENTION);
        }
        r.comparatorEstimate().filter(e -> standsFor(p, e)).ifPresent(e -> roles.add(Attribution.Role.COMPARATOR));
        r.overallEstimate().filter(e -> standsFor(p, e)).ifPresent(e -> roles.add(Attribution.Role.OVERALL));
        return roles;
    }

    private static boolean standsFor(Phrase p, EffectEstimate e) {
        return e instanceof Proportion rate && p.standsFor(rate.fraction() * 100);
    }
}
