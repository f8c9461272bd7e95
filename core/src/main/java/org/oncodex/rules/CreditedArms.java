package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.evidence.Mention;
import org.oncodex.model.Concept;
import org.oncodex.model.text.EffectStatement;

/*
 * Which arm a sentence credits a rate or a median to, read in this order: the treatment named in
 * brackets before it ("lenvatinib (24.1%)"); the list a "respectively" closes ("78% and 65% with X and
 * Y, respectively": the k-th number is the k-th treatment's); the people the words right after it name
 * ("8.0 months with placebo", "20.6 months for those who got sorafenib", "13.8 mo (sorafenib)"; after a
 * pair written out,
 * "16.4 vs 13.8 months with sorafenib", the second number's arm), which, when they name no
 * treatment the vocabulary knows (placebo, control, "systemic therapy alone"), leave the arm unknown
 * rather than falling back to a treatment named earlier; else the treatment named nearest before it
 * (the first named, for the first number of a pair "A vs B: 28% vs 12%").
 */
/** The arm of a trial a sentence credits a rate or a median to. */
final class CreditedArms {
    /**
     * The treatment credited, and whether to the second number of a pair the statement spans ("16.4
     * vs 13.8 months with sorafenib": sorafenib's is 13.8) rather than to its first.
     */
    record Credit(Concept arm, boolean second) {}

    /** A pair written out in the statement's own text: "16.4 months vs 13.8", "28% and 12%". */
    private static final Pattern SPANS_PAIR =
            Pattern.compile("(?i)\\s(?:vs\\.?|versus|and|compared\\s+(?:with|to)|against)\\s+\\d");

    private static final Pattern AFTER_NUMBER = Pattern.compile(
            // a bracket glossing the number with the exact one is passed over: "about 11 months (10.6 months) on X"
            "(?i)^\\s*\\)?\\s*(?:\\(\\s*\\d[\\d.,·]{0,8}\\s*(?:%|[a-z]{1,7}\\.?)?\\s*\\)\\s*)?"
                    + "(?:(?:(?:of|for|in|among)\\s+)?(?:the\\s+)?(?:people|patients|participants|those)\\s+)?"
                    + "(who\\s+(?:got|received|took|had|were\\s+given|were\\s+treated\\s+with)\\s+"
                    // and as Spanish, French and German answers say "with" and "on": "9,2 % con sorafenib"
                    + "|(?:with|on|for|in|under|receiving|given|taking|treated\\s+with|con|avec|sous|mit|unter|en)\\s+"
                    // a bracket right after it: "13.8 mo (sorafenib)", "8.0 months (placebo)"
                    + "|\\(\\s*(?:with\\s+|on\\s+)?)(?:the\\s+|(?:le|la|les|el|los|las|dem|der|den)\\s+|l['’])?");
    /** Arms the vocabulary does not know as treatments: what a number credited to them is not. */
    private static final Pattern OTHER_ARM = Pattern.compile(
            "(?i)^(?:an?\\s+)?(?:placebo|control|observation|(?:active\\s+)?surveillance|best\\s+supportive\\s+care"
                    + "|(?:\\p{L}+\\s+){1,3}alone\\b|standard\\s+(?:care|treatment|therapy))");
    /** An arm the vocabulary does not know, right before a number in brackets: "than with placebo (7.3 months)". */
    private static final Pattern OTHER_ARM_BEFORE =
            Pattern.compile("(?i)\\b(?:placebo|control|observation|surveillance|best\\s+supportive\\s+care|alone"
                    + "|standard\\s+(?:care|treatment|therapy))\\s*$");

    /** What separates the items of a list: "X, Y and Z", "X and Y". */
    private static final Pattern LIST = Pattern.compile("(?i)\\s*(?:,\\s*and\\b|,|\\band\\b)\\s*");
    /** Punctuation and brackets between a list and its "respectively". */
    private static final Pattern TRAILING = Pattern.compile("[\\s,;(]+$");

    /** Words that join the parts of one regimen: "atezolizumab–bevacizumab", "nivolumab plus ipilimumab". */
    private static final Pattern JOINS = Pattern.compile("(?i)^\\s*(?:[-–—+/]|plus|with)\\s*$");

    /** Only "vs" or "versus" between two treatments: "lenvatinib vs sorafenib". */
    private static final Pattern VERSUS_ONLY = Pattern.compile("(?i)^\\s*(?:vs\\.?|versus|v\\.)\\s*$");

    private CreditedArms() {}

    /** The treatment {@code sentence} credits the statement at {@code at} to, if it says. */
    static Optional<Credit> of(String sentence, EffectStatement st, int at, List<Mention> mentions) {
        int end = Math.min(sentence.length(), at + st.text().length());
        // "lenvatinib (24.1%)": the number in brackets right after a treatment is that treatment's
        int open = at - 1;
        while (open >= 0 && Character.isWhitespace(sentence.charAt(open))) {
            open--;
        }
        if (open >= 0 && sentence.charAt(open) == '(') {
            for (Mention m : mentions) {
                if (Attribution.isTreatment(m.concept())
                        && m.end() <= open
                        && sentence.substring(m.end(), open).isBlank()
                        // "improved survival over sorafenib (median 3.8 vs 4.1 months)": the pair is both arms'
                        && !(st.comparatorEstimate().isPresent()
                                && Attribution.SET_AGAINST
                                        .matcher(sentence.substring(
                                                Math.max(0, groupStart(sentence, m, mentions) - 40),
                                                groupStart(sentence, m, mentions)))
                                        .find())) {
                    return Optional.of(new Credit(m.concept(), false));
                }
            }
            if (OTHER_ARM_BEFORE.matcher(sentence.substring(0, open)).find()) {
                return Optional.empty(); // "placebo (7.3 months)": an arm, none the vocabulary knows
            }
        }
        Optional<Concept> slashed = slashed(sentence, st, at, mentions);
        if (slashed.isPresent()) {
            return Optional.of(new Credit(slashed.get(), false));
        }
        Optional<Optional<Concept>> listed = respectively(sentence, st, at, mentions);
        if (listed.isPresent()) {
            return listed.get().map(c -> new Credit(c, false));
        }
        Matcher follows = AFTER_NUMBER.matcher(sentence.substring(end));
        if (follows.find()) {
            int from = end + follows.end();
            // the words after a pair the statement writes out name its second number's arm
            boolean second = st.comparatorEstimate().isPresent()
                    && SPANS_PAIR.matcher(st.text()).find();
            for (Mention m : mentions) {
                if (m.start() == from && Attribution.isTreatment(m.concept())) {
                    return Optional.of(new Credit(m.concept(), second));
                }
            }
            if (follows.group(1).toLowerCase(Locale.ROOT).startsWith("who")
                    || OTHER_ARM.matcher(sentence.substring(from)).lookingAt()) {
                return Optional.empty(); // the words name the arm, and it is none the vocabulary knows
            }
        }
        Optional<Optional<Concept>> second = secondWrittenOut(sentence, st, at, mentions);
        if (second.isPresent()) {
            return second.get().map(c -> new Credit(c, false));
        }
        // "A vs B: 28% vs 12%" credits the first number to the first arm named; a lone number goes
        // to the treatment named nearest before it; when every treatment before it is set against ("a
        // benefit over sorafenib; 67.2% vs 54.6%"), that is the other arm, and none is credited
        boolean pair = st.comparatorEstimate().isPresent();
        Mention credited = null;
        boolean unopposed = false;
        for (Mention m : mentions) {
            if (m.end() <= at && Attribution.isTreatment(m.concept())) {
                int from = groupStart(sentence, m, mentions);
                boolean against = Attribution.SET_AGAINST
                        .matcher(sentence.substring(Math.max(0, from - 40), from))
                        .find();
                unopposed |= !against;
                // "REFLECT (lenvatinib vs sorafenib): mOS 13.6 mo": a comparison named as "A vs B" before a lone
                // number names the trial's arms; the number is A's, as the first of a pair is
                if (against
                        && credited != null
                        && credited.end() <= from
                        && VERSUS_ONLY
                                .matcher(sentence.substring(credited.end(), from))
                                .matches()) {
                    continue;
                }
                credited = m;
                if (pair) {
                    break;
                }
            }
        }
        return credited == null || !unopposed ? Optional.empty() : Optional.of(new Credit(credited.concept(), false));
    }

    /**
     * An arm named by its part in the trial, not by its treatment: "the control arm", "the placebo group", "the
     * experimental arm". Group 1 is the comparator's words, group 2 the intervention's.
     */
    private static final Pattern ARM_BY_PART =
            Pattern.compile("(?i)\\b(?:(control|comparator|comparison|placebo|reference"
                    + "|standard(?:[- ]of[- ]care|[- ]treatment|[- ]therapy)?)"
                    + "|(experimental|intervention|investigational|active|treatment|study[- ]drug))"
                    + "\\s+(?:arm|group|cohort)s?\\b");
    /** Words right after a number that name the arm by its part: "23.7 months in the control arm". */
    private static final Pattern PART_AFTER =
            Pattern.compile("(?i)^\\s*\\)?\\s*(?:\\[[^\\]]{1,12}]\\s*)?(?:in|for|among|on|across)\\s+(?:the\\s+)?$");
    /** Words between an arm named by its part and a number that set the number apart from it. */
    private static final Pattern APART =
            Pattern.compile("(?i)\\d|\\b(?:vs\\.?|versus|than|against|compared|while|whereas)\\b");

    /**
     * Whether {@code sentence} credits the statement at {@code at} to the comparator's arm (true) or the
     * intervention's (false) by naming the arm by its part ("median overall survival in the control arm was 20.6
     * months", "8.0 months in the placebo group"); empty when it names no arm so, or the statement is a pair.
     */
    static Optional<Boolean> byPart(String sentence, EffectStatement st, int at) {
        if (st.comparatorEstimate().isPresent()) {
            return Optional.empty();
        }
        int end = Math.min(sentence.length(), at + st.text().length());
        int value = st.printedValue()
                .map(v -> st.text().indexOf(v))
                .filter(i -> i >= 0)
                .map(i -> at + i)
                .orElse(at);
        Matcher part = ARM_BY_PART.matcher(sentence);
        Optional<Boolean> before = Optional.empty();
        while (part.find()) {
            if (part.start() >= end) {
                String between = sentence.substring(end, part.start());
                if (PART_AFTER.matcher(between).matches()) {
                    return Optional.of(part.group(1) != null);
                }
                break;
            }
            if (part.end() <= value
                    && value - part.end() <= 80
                    && !APART.matcher(sentence.substring(part.end(), value)).find()) {
                before = Optional.of(part.group(1) != null);
            }
        }
        return before;
    }

    private static final Pattern SLASH = Pattern.compile("^\\s*/\\s*$");
    /** How far around a number the numbers joined to it by slashes are looked for. */
    private static final int SLASH_WINDOW = 200;

    /** Whether a slash stands right before {@code [at, end)} or right after it, spaces aside. */
    private static boolean slashBeside(String sentence, int at, int end) {
        int before = at - 1;
        while (before >= 0 && sentence.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < sentence.length() && sentence.charAt(after) == ' ') {
            after++;
        }
        return (before >= 0 && sentence.charAt(before) == '/')
                || (after < sentence.length() && sentence.charAt(after) == '/');
    }
    /** Words that join the parts of one regimen in a list of arms split by slashes. */
    private static final Pattern JOINS_PARTS = Pattern.compile("(?i)^\\s*(?:[-–—+]|plus|with)\\s*$");

    /**
     * "12%/28% for atezolizumab–bevacizumab/sorafenib": the treatment at the number's place among the arms
     * the words right after numbers joined by slashes name, joined by slashes as well; empty unless there are
     * as many arms as numbers.
     */
    private static Optional<Concept> slashed(String sentence, EffectStatement st, int at, List<Mention> mentions) {
        int end = Math.min(sentence.length(), at + st.text().length());
        if (!slashBeside(sentence, at, end) && st.text().indexOf('/') < 0) {
            return Optional.empty();
        }
        // read near the number only: a sentence of many numbers is parsed once per number
        int from = Math.max(0, at - SLASH_WINDOW);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (EffectStatement s :
                ParsedStatements.of(sentence.substring(from, Math.min(sentence.length(), end + SLASH_WINDOW)))) {
            if (s.kind() == st.kind()) {
                starts.add(from + s.start());
                ends.add(from + s.end());
            }
        }
        int place = starts.indexOf(at);
        if (place < 0) {
            return slashSide(sentence, at, mentions);
        }
        int first = place;
        while (first > 0
                && SLASH.matcher(sentence.substring(ends.get(first - 1), starts.get(first)))
                        .matches()) {
            first--;
        }
        int last = place;
        while (last + 1 < starts.size()
                && SLASH.matcher(sentence.substring(ends.get(last), starts.get(last + 1)))
                        .matches()) {
            last++;
        }
        boolean pair = first == last
                && st.comparatorEstimate().isPresent()
                && st.text().indexOf('/') >= 0;
        int slots = pair ? 2 : last - first + 1;
        if (slots < 2) {
            return slashSide(sentence, at, mentions);
        }
        int numbersEnd = Math.min(sentence.length(), ends.get(last));
        Matcher follows = AFTER_NUMBER.matcher(sentence).region(numbersEnd, sentence.length());
        if (!follows.lookingAt()) {
            // "with lenvatinib versus sorafenib was 13.6/12.3 months": the two arms named as a pair before
            List<Mention> named = pairBefore(sentence, at, mentions);
            return slots == 2 && named.size() == 2
                    ? Optional.of(named.get(place - first).concept())
                    : Optional.empty();
        }
        List<Mention> arms = new ArrayList<>();
        int armEnd = follows.end();
        for (Mention m : mentions) {
            if (!Attribution.isTreatment(m.concept()) || (m.start() < armEnd && !arms.isEmpty())) {
                continue;
            }
            if (arms.isEmpty()) {
                if (m.start() == armEnd) {
                    arms.add(m);
                    armEnd = m.end();
                }
                continue;
            }
            if (m.start() - armEnd > 20) {
                break;
            }
            String between = sentence.substring(armEnd, m.start());
            if (JOINS_PARTS.matcher(between).matches()) {
                armEnd = m.end(); // a part of the regimen the arm names
            } else if (SLASH.matcher(between).matches()) {
                arms.add(m);
                armEnd = m.end();
            } else {
                break;
            }
        }
        return arms.size() == slots ? Optional.of(arms.get(place - first).concept()) : Optional.empty();
    }

    /**
     * "with lenvatinib versus sorafenib was 12.3/13.6 months", read as a bare number and a median: the side of
     * the slash the number stands on says which of the pair named before it is its arm.
     */
    private static Optional<Concept> slashSide(String sentence, int at, List<Mention> mentions) {
        List<Mention> named = pairBefore(sentence, at, mentions);
        boolean second = sentence.substring(0, at).stripTrailing().endsWith("/");
        return named.size() == 2 ? Optional.of(named.get(second ? 1 : 0).concept()) : Optional.empty();
    }

    /** The last two treatments named before {@code before} as a pair, "A versus B" or "A/B"; else none. */
    private static List<Mention> pairBefore(String sentence, int before, List<Mention> mentions) {
        List<Mention> pair = List.of();
        Mention previous = null;
        for (Mention m : mentions) {
            if (m.end() > before || !Attribution.isTreatment(m.concept())) {
                continue;
            }
            if (previous != null && previous.end() <= m.start()) {
                String between = sentence.substring(previous.end(), m.start());
                if (VERSUS_ONLY.matcher(between).matches()
                        || SLASH.matcher(between).matches()) {
                    pair = List.of(previous, m);
                }
            }
            previous = m;
        }
        return pair;
    }

    /** What joins alternatives named as one arm: "sorafenib or lenvatinib", "X, Y and Z". */
    private static final Pattern ALTERNATIVES = Pattern.compile("(?i)^\\s*(?:,\\s*)?(?:or|and|/|,)\\s*$");

    /**
     * Where the alternatives {@code m} closes start: "than those on sorafenib or lenvatinib" is set against
     * as a whole, though only its first treatment stands right after "than those on".
     */
    private static int groupStart(String sentence, Mention m, List<Mention> mentions) {
        int start = m.start();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention before = mentions.get(i);
            if (before.end() <= start
                    && Attribution.isTreatment(before.concept())
                    && ALTERNATIVES
                            .matcher(sentence.substring(before.end(), start))
                            .matches()) {
                start = before.start();
            }
        }
        return start;
    }

    /** A value and a word joining a second to it, right before it: "13.6 and ", "28% vs ", "16.4 months, and ". */
    private static final Pattern VALUE_JOINED =
            Pattern.compile("(?i)\\d(?:[.,·]\\d{1,3})?\\s*(?:%|percent|months?|mo\\.?"
                    + "|years?|weeks?)?\\s*,?\\s*(?:and|vs\\.?|versus|compared\\s+(?:with|to)|against)\\s+$");

    /**
     * "lenvatinib was noninferior to sorafenib, with median OS of 13.6 and 12.3 months" (extra correct set 7): a value
     * written out second after another, with no treatment named between them, is the second arm's, not that of the
     * treatment named before the pair. The arms are the sentence's treatments, a regimen's parts as one: when there are
     * two, the one set against the other ("than sorafenib"), or else the second named; else unknown (an empty
     * treatment). Empty when the statement is no such second value.
     */
    private static Optional<Optional<Concept>> secondWrittenOut(
            String sentence, EffectStatement st, int at, List<Mention> mentions) {
        int from = Math.max(0, at - 40);
        Matcher joined = VALUE_JOINED.matcher(sentence.substring(from, at));
        if (st.comparatorEstimate().isPresent() || !joined.find()) {
            return Optional.empty();
        }
        int pairStart = from + joined.start();
        List<Concept> arms = new ArrayList<>();
        List<Boolean> against = new ArrayList<>();
        Mention previous = null;
        for (Mention m : mentions) {
            if (!Attribution.isTreatment(m.concept())) {
                continue;
            }
            if (m.start() >= pairStart && m.start() < at) {
                return Optional.empty(); // "13.6 months with lenvatinib and 12.3": the words name the arms
            }
            boolean part = previous != null
                    && previous.end() <= m.start()
                    && JOINS.matcher(sentence.substring(previous.end(), m.start()))
                            .matches();
            if (!part && !arms.contains(m.concept())) {
                arms.add(m.concept());
                // the words since the treatment named before it only: "Compared with sorafenib, lenvatinib"
                int group = groupStart(sentence, m, mentions);
                int since = Math.max(previous == null ? 0 : Math.min(previous.end(), group), group - 40);
                against.add(Attribution.SET_AGAINST
                        .matcher(sentence.substring(Math.max(0, since), group))
                        .find());
            }
            previous = m;
        }
        if (arms.size() != 2) {
            return Optional.of(Optional.empty());
        }
        // the arm set against the other ("than sorafenib", "compared with sorafenib") is the comparator's; else the
        // second named
        return Optional.of(Optional.of(against.get(0) && !against.get(1) ? arms.get(0) : arms.get(1)));
    }

    /**
     * "65% and 78% with X and Y, respectively": the treatment at the number's place in the list that
     * "respectively" closes; empty when the sentence has no such list, and an empty treatment when the
     * list's place holds no treatment the vocabulary knows ("X and placebo, respectively").
     */
    private static Optional<Optional<Concept>> respectively(
            String sentence, EffectStatement st, int at, List<Mention> mentions) {
        int closes = sentence.toLowerCase(Locale.ROOT).indexOf("respectively", at);
        if (closes < 0) {
            return Optional.empty();
        }
        List<EffectStatement> numbers = new ArrayList<>();
        for (EffectStatement s : ParsedStatements.of(sentence)) {
            if (s.kind() == st.kind() && s.end() <= closes) {
                numbers.add(s);
            }
        }
        int lastNumber = numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1).end();
        // the treatments named between the last number and "respectively", a regimen's parts as one
        List<Mention> arms = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() < lastNumber || m.end() > closes || !Attribution.isTreatment(m.concept())) {
                continue;
            }
            Mention previous = arms.isEmpty() ? null : arms.get(arms.size() - 1);
            if (previous != null
                    && (m.start() < previous.end()
                            || JOINS.matcher(sentence.substring(previous.end(), m.start()))
                                    .matches())) {
                continue; // a part of the regimen named before it, or a shorter mention inside it
            }
            arms.add(m);
        }
        int place = -1;
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i).start() == at) {
                place = i;
            }
        }
        int slots = numbers.size() == 1 && numbers.get(0).comparatorEstimate().isPresent() ? 2 : numbers.size();
        String between =
                TRAILING.matcher(sentence.substring(lastNumber, closes)).replaceFirst("");
        String[] items = LIST.split(between, -1);
        if (place < 0 || slots < 2 || items.length != slots) {
            return Optional.empty();
        }
        // the k-th item of the list holds the k-th number's treatment, unless it names none
        int offset = lastNumber;
        for (int i = 0; i < items.length; i++) {
            int itemStart = sentence.indexOf(items[i], offset);
            int itemEnd = itemStart + items[i].length();
            offset = Math.max(offset, itemEnd);
            if (i == place) {
                for (Mention m : arms) {
                    if (m.start() >= itemStart && m.start() < itemEnd) {
                        return Optional.of(Optional.of(m.concept()));
                    }
                }
                return Optional.of(Optional.empty());
            }
        }
        return Optional.empty();
    }
}
