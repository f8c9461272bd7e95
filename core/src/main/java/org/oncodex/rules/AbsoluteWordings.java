package org.oncodex.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.model.text.NumberWords;

/*
 * The wordings that state a change as an absolute one: people per hundred or per thousand ("42 out of
 * every 100", "for every 100 people treated, 24 fewer died", "220 fewer deaths per 1,000"), percentage
 * points ("22 percentage points", "a 28-percentage-point drop", "by 21 points"), an absolute risk
 * ("the absolute risk fell by 42%", "ARR 22%") and a chance of survival ("a 37% higher chance of being alive").
 * A relative change from a ratio worded so is the wording rule's to report; the forms are bounded, so
 * each is linear in the sentence.
 */
final class AbsoluteWordings {
    private AbsoluteWordings() {}

    /** What a wording makes of a change. */
    enum Kind {
        PEOPLE("a number of people"),
        POINTS("percentage points"),
        ABSOLUTE_RISK("an absolute change in risk"),
        CHANCE("a chance of survival"),
        SPARED("a share of the people spared");

        final String says;

        Kind(String says) {
            this.says = says;
        }
    }

    /** One wording: where, its words, the change it states in percent, and its kind. */
    record Wording(int start, int end, String words, double percent, Kind kind, boolean countOf) {}

    /** Numbers in words, up to ninety-nine: "twenty-two out of every hundred". */
    static final String NUMBER_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    private static final String N = "(?<n>\\d{1,3}(?:\\.\\d)?|" + NUMBER_WORD + ")";
    private static final String PER =
            "(?<per>100|(?:a|one)\\s+hundred|hundred|1,000|1000|(?:a|one)\\s+thousand|thousand)";

    /** The denominator of a share in words or digits: "1 in 4", "one in five", "3 out of 10". */
    private static final String DENOMINATOR = "(?<den>1[0-9]|[2-9]|two|three|four|five|six|seven|eight|nine|ten)";

    private record Form(Pattern pattern, Kind kind, boolean countOf, boolean per) {}

    private static Form form(String regex, Kind kind, boolean countOf) {
        return new Form(Pattern.compile("(?i)" + regex), kind, countOf, regex.contains("(?<per>"));
    }

    private static final List<Form> FORMS = List.of(
            // "38% more people", "37% fewer of the patients"
            form(
                    "\\b" + N + "\\s*(?:%|percent)\\s+(?:more|fewer|less)\\s+(?:of\\s+the\\s+)?"
                            + "(?:people|patients|participants)\\b",
                    Kind.PEOPLE,
                    false),
            // "42 out of every 100", "68 extra progressions per 100 patients", "220 fewer deaths per 1,000"
            form(
                    "\\b" + N + "\\s+(?:(?:more|fewer|less|extra|additional)\\s+(?:[\\p{L}-]{3,20}\\s+)?)?"
                            + "(?:out\\s+of|of|in|per)\\s+(?:every\\s+)?" + PER
                            + "(?:\\s+(?:more\\s+|fewer\\s+)?(?:people|patients))?\\b",
                    Kind.PEOPLE,
                    true),
            // "31 fewer deaths for every 100 people", "21 extra deaths among every 100 patients": a difference
            form(
                    "\\b" + N + "\\s+(?:more|fewer|less|extra|additional)\\s+(?:[\\p{L}-]{3,20}\\s+)?"
                            + "(?:for|among)\\s+every\\s+" + PER + "(?:\\s+(?:people|patients))?\\b",
                    Kind.PEOPLE,
                    false),
            // "saved 37 lives for every 100 patients", "12 deaths prevented per 100 people": a difference too
            form(
                    "\\b" + N + "\\s+(?:lives?(?:\\s+(?:saved|gained))?|(?:deaths?|events?|progressions?|recurrences?)"
                            + "\\s+(?:prevented|avoided|averted))\\s+(?:for|among|per|in|out\\s+of)\\s+(?:every\\s+)?"
                            + PER + "(?:\\s+(?:people|patients))?\\b",
                    Kind.PEOPLE,
                    false),
            // "for every 100 people treated with X instead of placebo, 24 fewer died"
            // "for every 100 people treated ..., 37 deaths were prevented"
            form(
                    "\\b(?:(?:for|in|out\\s+of|of)\\s+every|out\\s+of)\\s+" + PER
                            + "\\s+(?:people|patients)\\b[^.;]{0,80}?\\b"
                            + N
                            + "\\s+(?:(?:more|fewer|less|extra|additional)\\b|(?:deaths?|lives|events?|progressions?"
                            + "|recurrences?)\\s+(?:were\\s+|would\\s+be\\s+)?(?:prevented|avoided|averted|saved)\\b)",
                    Kind.PEOPLE,
                    false),
            // "if 100 people took A instead of B, about 42 more would be alive"; "Imagine 100 people ...: 24 of them
            // avoid death" (held-out batch 14)
            form(
                    "\\b(?:if|imagine|picture)\\s+" + PER
                            + "\\s+(?:people|patients)\\b[^.;]{0,80}?\\b(?:about\\s+|around\\s+|roughly\\s+|some\\s+)?"
                            + N
                            + "\\s+of\\s+them\\s+(?:would\\s+|will\\s+)?(?:avoid|escape|be\\s+spared|are\\s+spared|were\\s+spared"
                            + "|cheat)\\w*\\s+(?:death|dying|progression|relapse)\\b",
                    Kind.PEOPLE,
                    false),
            form(
                    "\\b(?:if|imagine|picture)\\s+" + PER
                            + "\\s+(?:people|patients)\\b[^.;]{0,80}?\\b(?:about\\s+|around\\s+|roughly\\s+"
                            + "|some\\s+)?" + N + "\\s+(?:more|fewer|less|extra|additional)\\b",
                    Kind.PEOPLE,
                    false),
            // "out of a clinic of 50 patients treated with A instead of B, about 11 fewer would die": per 50
            form(
                    "\\b(?:out\\s+of|of|in|among|with)\\s+an?\\s+(?:clinic|group|room|ward|practice|class|waiting\\s+room)"
                            + "\\s+of\\s+(?<den>[1-9]\\d{1,3})\\s+(?:people|patients)\\b[^.;]{0,80}?\\b(?:about\\s+|around\\s+"
                            + "|roughly\\s+|some\\s+)?" + N + "\\s+(?:more|fewer|less|extra|additional)\\b",
                    Kind.PEOPLE,
                    false),
            // "1 in 4 fewer people died", "one in three more patients": a share of people, per its denominator
            form(
                    "\\b" + N + "\\s+(?:in|out\\s+of)\\s+" + DENOMINATOR
                            + "\\s+(?:more|fewer|less)\\s+(?:of\\s+the\\s+)?"
                            + "(?:people|patients|participants|deaths)\\b",
                    Kind.PEOPLE,
                    false),
            // "boosted the response rate by 14.9%": a rate's change, which a difference in points does not give
            form(
                    "\\b(?:boost|rais|increas|lift|push|improv|lower|reduc|cut|drop)(?:s|es|ed|e|ing)?\\s+(?:the\\s+)?"
                            + "(?:(?:objective\\s+)?response|survival|disease\\s+control)\\s+rates?\\s+by\\s+(?:about\\s+"
                            + "|around\\s+|roughly\\s+|nearly\\s+|almost\\s+)?" + N + "\\s*(?:%|percent\\b)",
                    Kind.PEOPLE,
                    false),
            // "22 percentage points", "a 28-percentage-point reduction"
            form("\\b" + N + "[\\s-]+percentage[\\s-]points?\\b", Kind.POINTS, false),
            // "28 pp", "a 28-pp reduction"
            form("\\b" + N + "[\\s-]?pp\\b", Kind.POINTS, false),
            // "by 21 points", "a 21-point drop"
            form("\\bby\\s+" + N + "\\s+points?\\b", Kind.POINTS, false),
            form(
                    "\\b" + N + "-point\\s+(?:drop|fall|reduction|decrease|cut|increase|rise|gain)\\b",
                    Kind.POINTS,
                    false),
            // "the absolute risk of death fell by 42%", "a 42% absolute reduction"
            form(
                    "\\babsolute\\s+(?:[\\p{L}-]{2,20}\\s+)?(?:risk|reduction|difference|decrease|increase|benefit|gain"
                            + "|improvement)\\b[^.;%\\d]{0,40}?" + N
                            + "\\s*(?:%|percent)",
                    Kind.ABSOLUTE_RISK,
                    false),
            form("\\b" + N + "\\s*(?:%|percent)\\s+absolute\\b", Kind.ABSOLUTE_RISK, false),
            // a clinician's abbreviation (held-out batch 13): "ARR 22%", "ARR of 22%", "ARD = 9%", "ARR: 22 percent"
            form(
                    "\\bAR[RD]\\s*(?:of\\s+|was\\s+|[:=≈~]\\s*)?(?:about\\s+|around\\s+|roughly\\s+|~\\s*)?" + N
                            + "\\s*(?:%|percent)",
                    Kind.ABSOLUTE_RISK,
                    false),
            // "42% of people were spared death", "31% of patients avoided progression": a share of the people, which
            // a ratio does not give
            form(
                    "\\b" + N + "\\s*(?:%|percent)\\s+of\\s+(?:the\\s+|all\\s+)?(?:people|patients|participants)"
                            + "\\s+(?:[\\p{L}+-]+\\s+){0,5}?(?:were\\s+|was\\s+)?(?:spared|saved\\s+from|avoided|escaped"
                            + "|kept\\s+from|protected\\s+from)\\s+(?:an?\\s+|the\\s+|their\\s+)?(?:death|dying|progression"
                            + "|relapse|recurrence|cancer\\s+growth|disease\\s+progression)\\b",
                    Kind.SPARED,
                    false),
            // "56% of people on cabozantinib had their cancer held back": the same share, in other words
            form(
                    "\\b" + N + "\\s*(?:%|percent)\\s+of\\s+(?:the\\s+|all\\s+)?(?:people|patients|participants)"
                            + "\\s+(?:[\\p{L}+-]+\\s+){0,3}?had\\s+their\\s+(?:cancer|disease|tumou?rs?)\\s+(?:held\\s+back"
                            + "|kept\\s+(?:in\\s+check|under\\s+control)|controlled|stopped|halted)\\b",
                    Kind.SPARED,
                    false),
            // "a 37% higher chance of being alive"
            form(
                    "\\b" + N + "\\s*(?:%|percent)\\s+(?:higher|greater|better|increased|bigger|more)"
                            + "\\s+(?:chance|likelihood|probability|odds)\\s+of\\s+(?:being\\s+alive|surviving|survival"
                            + "|living|staying\\s+alive|(?:staying|being|remaining)\\s+(?:progression|cancer|relapse|recurrence)"
                            + "[\\s-]free|(?:staying|being|remaining)\\s+free\\s+of)\\b",
                    Kind.CHANCE,
                    false));

    /**
     * Whether any form can match: each has "%", "percent", "100", "1,000", "hundred", "thousand",
     * "point" or "pp" (a scan of the words instead of trying the patterns at every word).
     */
    static boolean mayMatch(String words) {
        if (words.indexOf('%') >= 0 || words.contains("100") || words.contains("1,000")) {
            return true;
        }
        String lower = words.toLowerCase(Locale.ROOT);
        return lower.contains("percent")
                || lower.contains("fewer")
                || lower.contains("more")
                || lower.contains("less")
                || lower.contains("hundred")
                || lower.contains("thousand")
                || lower.contains("point")
                || lower.contains("pp");
    }

    /** The wordings in {@code words}, in order, none inside another. */
    static List<Wording> of(String words) {
        return mayMatch(words) ? unguarded(words) : List.of();
    }

    /** {@link #of} without the scan that skips the patterns: for the test that the scan skips no match. */
    static List<Wording> unguarded(String words) {
        List<Wording> found = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(words);
            while (m.find()) {
                String per = form.per() ? m.group("per").toLowerCase(Locale.ROOT) : "100";
                double scale = per.contains("000") || per.contains("thousand") ? 0.1 : 1;
                if (form.pattern().pattern().contains("(?<den>")) {
                    scale = 100 / number(m.group("den"));
                }
                found.add(new Wording(
                        m.start(), m.end(), m.group(), number(m.group("n")) * scale, form.kind(), form.countOf()));
            }
        }
        found.sort(Comparator.comparingInt(Wording::start).thenComparingInt(w -> -(w.end() - w.start())));
        List<Wording> out = new ArrayList<>();
        for (Wording w : found) {
            if (out.isEmpty() || w.start() >= out.get(out.size() - 1).end()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A number in digits, or in words as {@link NumberWords} reads them ("thirty-one"); 0 when neither. */
    static double number(String n) {
        if (Character.isDigit(n.charAt(0))) {
            return Double.parseDouble(n);
        }
        return NumberWords.parse(n).map(NumberWords.Reading::value).orElse(0.0);
    }
}
