package org.oncodex.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.evidence.Mention;
import org.oncodex.evidence.Vocabulary;
import org.oncodex.model.Concept;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.RatioEstimate;

/*
 * The wording rule reads direction words against ratios. A sentence that gives a pair of rates or medians
 * and no ratio ("lenvatinib had a lower response rate than sorafenib, 24.1% against 9.2%") says which arm
 * did better just as plainly: the pair's result tells which value is the intervention's, the treatment the
 * sentence makes its subject (the first it names that is not set against another, as in "than sorafenib")
 * tells whose side the words take. Placebo, which the vocabulary does not know as a treatment, is the subject when
 * it is named first and the treatment after it ("longer with placebo (8.0 months) than with cabozantinib"); and a
 * sentence whose subject is the comparator, set against the treatment, reads a ratio from the comparator's side
 * ("placebo was linked to a lower risk of death than sorafenib (HR 0.69)" says what 0.69 does not).
 */
/** Direction words that a pair of rates or medians in the same sentence contradicts. */
final class PairDirections {
    /** The words at fault in a unit, and why. */
    record Reversed(NumberCheck.Outcome outcome, int start, int end, String words, String message) {}

    private static final String PEOPLE = "(?:people|patients|participants)";
    /** What it is good to see more of: responses, survival, time free of the disease. */
    private static final String GOOD_EVENT = "(?:responded|survived|lived\\s+longer|were\\s+(?:still\\s+)?alive"
            + "|(?:stayed|remained|were|was)\\s+(?:(?:recurrence|progression|relapse|disease|event)[\\s-]free|alive"
            + "|in\\s+remission)|(?:saw|had)\\s+(?:their\\s+)?tumou?rs?\\s+shrink)";
    /** Rates and chances it is good to have higher. */
    private static final String GOOD_RATE = "(?:(?:(?:objective\\s+)?response|survival|(?:recurrence|progression"
            + "|relapse|disease|event)[\\s-]free(?:\\s+survival)?|disease\\s+control)\\s+rates?"
            + "|rates?\\s+of\\s+(?:response|survival|disease\\s+control)"
            + "|chances?\\s+of\\s+(?:survival|surviving|responding|response|being\\s+alive))";

    /** What it is good to be likely to do: "more likely to respond", "less likely to be alive". */
    private static final String GOOD_CHANCE = "(?:respond|survive|be\\s+(?:still\\s+)?alive|live\\s+longer"
            + "|(?:stay|remain|be)\\s+(?:(?:recurrence|progression|relapse|disease|event)[\\s-]free|in\\s+remission)"
            + "|see\\s+(?:their\\s+)?tumou?rs?\\s+shrink)";

    /**
     * Placebo named as an arm, not as the kind of trial ("a placebo-controlled trial"): an arm the vocabulary does
     * not know as a treatment, yet one a sentence may make its subject ("longer with placebo than with X").
     */
    private static final Pattern PLACEBO = Pattern.compile("(?i)\\bplacebo\\b(?![-‑\\s]*controlled)");

    private static final String SURVIVAL =
            "(?:(?:overall|progression-free|recurrence-free|event-free|disease-free)\\s+)?survival";

    private static final Pattern BETTER = Pattern.compile("(?i)\\b(?:(?:higher|greater|better|bigger)\\s+" + GOOD_RATE
            + "|more\\s+" + PEOPLE + "\\s+" + GOOD_EVENT + "|more\\s+likely\\s+to\\s+" + GOOD_CHANCE
            + "|(?:did|fared|were|was)\\s+better|(?:lived|live|survived)\\s+longer|(?:longer|better)\\s+" + SURVIVAL
            + "|(?:improv|lengthen|extend|prolong)(?:e|es|ed|ing|s)?\\s+" + SURVIVAL + "|" + DirectionIdioms.BETTER
            + ")\\b");
    private static final Pattern WORSE = Pattern.compile("(?i)\\b(?:(?:lower|smaller|worse|poorer)\\s+" + GOOD_RATE
            + "|fewer\\s+" + PEOPLE + "\\s+" + GOOD_EVENT + "|less\\s+likely\\s+to\\s+" + GOOD_CHANCE
            + "|(?:did|fared|were|was)\\s+worse|died\\s+(?:sooner|earlier)|(?:shorter|worse|poorer)\\s+" + SURVIVAL
            + "|(?:live|lived|lives)\\s+(?:a\\s+)?shorter(?:\\s+(?:time|lives))?"
            + "|shorten(?:s|ed|ing)?\\s+(?:" + SURVIVAL + "|li(?:fe|ves))|" + DirectionIdioms.WORSE + ")\\b");
    /**
     * A time said to be longer or shorter with the arm named right after it ("median survival in SHARP was
     * shorter with sorafenib"): read only against a pair of medians, where a longer time is the better one.
     */
    private static final Pattern TIME_WITH = Pattern.compile("(?i)\\b(?:was|were|is|are|lasted)\\s+"
            + "(?:(?:much|slightly|clearly|somewhat|significantly|a\\s+little|a\\s+bit)\\s+)?"
            + "((longer|shorter)\\s+(?:with|on|for|among|under)\\b)");
    /**
     * A good rate said to be higher or lower with the arm named right after it ("the chance of being alive at one
     * year was lower with X than with Y"): read only against a pair of rates, the rate named before the words.
     */
    private static final Pattern RATE_WITH = Pattern.compile("(?i)\\b" + GOOD_RATE + "\\b[^.;()]{0,60}?\\b(?:was|were"
            + "|is|are)\\s+(?:(?:much|slightly|clearly|somewhat|significantly|a\\s+little|a\\s+bit)\\s+)?((higher"
            + "|greater|lower|smaller)\\s+(?:with|on|for|among|under)\\b)");
    /** A word right before the direction words that denies them: "did not improve survival". */
    private static final Pattern DENIED =
            Pattern.compile("(?i)(?:\\b(?:not|no|never|nor|without)|n't|n’t)(?:\\s+\\w+){0,2}\\s*$");

    private PairDirections() {}

    /**
     * The sentences whose direction words the pair of rates or medians they give contradicts, among the
     * outcomes of one check; sentences that also give a ratio are left to the ratio's check.
     */
    static List<Reversed> of(List<NumberCheck.Outcome> outcomes, Vocabulary vocabulary, Attribution attribution) {
        IdentityHashMap<TextUnit, List<NumberCheck.Outcome>> byUnit = new IdentityHashMap<>();
        for (NumberCheck.Outcome o : outcomes) {
            byUnit.computeIfAbsent(o.unit(), u -> new ArrayList<>()).add(o);
        }
        List<Reversed> out = new ArrayList<>();
        byUnit.forEach((unit, inUnit) -> {
            Set<Integer> done = new LinkedHashSet<>();
            List<int[]> sentences = Sentences.of(unit.text);
            for (NumberCheck.Outcome o : inUnit) {
                Optional<TrialResult> pair = pairResult(o);
                int[] sentence = NumberCheck.sentenceOf(sentences, o.statement().start(), unit.text.length());
                if (pair.isEmpty() || !done.add(sentence[0])) {
                    continue;
                }
                boolean ratio = inUnit.stream()
                        .anyMatch(x -> x.statement().start() >= sentence[0]
                                && x.statement().start() < sentence[1]
                                && x.statement().estimate().orElse(null) instanceof RatioEstimate);
                if (!ratio) {
                    reversed(o, pair.get(), unit.text, sentence, vocabulary, attribution)
                            .ifPresent(out::add);
                }
            }
        });
        return out;
    }

    /** The result with two arms' rates or medians that a grounded statement matched, if any. */
    private static Optional<TrialResult> pairResult(NumberCheck.Outcome o) {
        if (!o.grounded()
                || !(o.statement().estimate().orElse(null) instanceof Proportion
                        || o.statement().estimate().orElse(null) instanceof MedianTime)) {
            return Optional.empty();
        }
        return o.matches().stream()
                .filter(m -> m.role() != Attribution.Role.OVERALL)
                .map(Attribution.Match::result)
                .filter(r -> r.comparatorEstimate().isPresent()
                        && r.endpoint() != Endpoint.GRADE_3_PLUS_ADVERSE_EVENTS
                        && value(r.estimate()).isPresent()
                        && value(r.comparatorEstimate().get()).isPresent())
                .findFirst();
    }

    private static Optional<Reversed> reversed(
            NumberCheck.Outcome o,
            TrialResult r,
            String text,
            int[] sentence,
            Vocabulary vocabulary,
            Attribution attribution) {
        String words = text.substring(sentence[0], sentence[1]);
        Matcher better = BETTER.matcher(words);
        Matcher worse = WORSE.matcher(words);
        boolean saysBetter = better.find() && !denied(words, better.start());
        boolean saysWorse = worse.find() && !denied(words, worse.start());
        Matcher at = saysBetter ? better : worse;
        int group = 0;
        if (!saysBetter && !saysWorse && r.estimate() instanceof MedianTime) {
            Matcher time = TIME_WITH.matcher(words);
            if (time.find()) {
                saysBetter = time.group(2).equalsIgnoreCase("longer");
                saysWorse = !saysBetter;
                at = time;
                group = 1;
            }
        }
        if (!saysBetter && !saysWorse && r.estimate() instanceof Proportion) {
            Matcher rate = RATE_WITH.matcher(words);
            if (rate.find()) {
                String w = rate.group(1).toLowerCase(java.util.Locale.ROOT);
                saysBetter = w.startsWith("higher") || w.startsWith("greater");
                saysWorse = !saysBetter;
                at = rate;
                group = 1;
            }
        }
        if (saysBetter == saysWorse) {
            return Optional.empty();
        }
        double intervention = value(r.estimate()).orElseThrow();
        double comparator = value(r.comparatorEstimate().orElseThrow()).orElseThrow();
        if (intervention == comparator) {
            return Optional.empty();
        }
        Optional<Boolean> subjectIsIntervention = subject(words, r, vocabulary, attribution);
        if (subjectIsIntervention.isEmpty()) {
            return Optional.empty();
        }
        boolean subjectDidBetter = subjectIsIntervention.get() == (intervention > comparator);
        if (subjectDidBetter == saysBetter) {
            return Optional.empty();
        }
        String said = at.group(group);
        return Optional.of(new Reversed(
                o,
                sentence[0] + at.start(group),
                sentence[0] + at.end(group),
                said,
                "\"" + said + "\" says the " + (subjectIsIntervention.get() ? "treatment" : "comparator")
                        + " did " + (saysBetter ? "better" : "worse") + ", but "
                        + r.comparison().intervention()
                        + " had " + number(intervention, r) + " against " + number(comparator, r) + " with "
                        + r.comparison().comparator().orElse("the comparator") + " in "
                        + r.study().name()));
    }

    /**
     * Whether the arm the sentence makes its subject (the first it names that is not set against another: a
     * treatment, or placebo when the result's comparator is placebo and the sentence names the result's treatment
     * after it) is one of the result's intervention arms (true) or of its comparator arms (false); empty when it
     * names none, or one of both or neither.
     */
    static Optional<Boolean> subject(String words, TrialResult r, Vocabulary vocabulary, Attribution attribution) {
        int placebo = placebo(words, r);
        for (Mention m : vocabulary.tag(words)) {
            Concept c = m.concept();
            if (!Attribution.isTreatment(c)) {
                continue;
            }
            boolean intervention = attribution.related(c, attribution.arms(r, Attribution.Role.INTERVENTION));
            boolean comparator = attribution.related(c, attribution.arms(r, Attribution.Role.COMPARATOR));
            if (placebo >= 0 && placebo < m.start()) {
                if (intervention && !comparator) {
                    return Optional.of(false); // "placebo was linked to a lower risk than sorafenib"
                }
                continue;
            }
            if (Attribution.SET_AGAINST
                    .matcher(words.substring(Math.max(0, m.start() - 40), m.start()))
                    .find()) {
                continue;
            }
            return intervention == comparator ? Optional.empty() : Optional.of(intervention);
        }
        return Optional.empty();
    }

    /**
     * Whether the sentence names one of the result's intervention arms as what another was set against ("than
     * sorafenib", "compared with sorafenib"): what makes a comparator named first the sentence's subject.
     */
    static boolean interventionSetAgainst(String words, TrialResult r, Vocabulary vocabulary, Attribution attribution) {
        for (Mention m : vocabulary.tag(words)) {
            if (Attribution.isTreatment(m.concept())
                    && attribution.related(m.concept(), attribution.arms(r, Attribution.Role.INTERVENTION))
                    && !attribution.related(m.concept(), attribution.arms(r, Attribution.Role.COMPARATOR))
                    && Attribution.SET_AGAINST
                            .matcher(words.substring(Math.max(0, m.start() - 40), m.start()))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence makes the comparator of the result its ratio is grounded in its subject and sets the
     * treatment against it ("Placebo was linked to a lower risk of death than sorafenib (HR 0.69)"), so that its
     * direction words take the ratio's other side.
     */
    static boolean comparatorIsSubject(
            TextUnit unit,
            int[] sentence,
            List<NumberCheck.Outcome> ratioOutcomes,
            Vocabulary vocabulary,
            Attribution attribution) {
        String words = unit.text.substring(sentence[0], sentence[1]);
        return ratioOutcomes.stream()
                .filter(o ->
                        o.statement().start() >= sentence[0] && o.statement().end() <= sentence[1])
                .flatMap(o -> o.matches().stream())
                .filter(m ->
                        m.role() == Attribution.Role.INTERVENTION && m.result().estimate() instanceof RatioEstimate)
                .anyMatch(
                        m -> subject(words, m.result(), vocabulary, attribution).equals(Optional.of(false))
                                && interventionSetAgainst(words, m.result(), vocabulary, attribution));
    }

    /** Where the sentence first names placebo not set against another arm, when the result's comparator is placebo. */
    private static int placebo(String words, TrialResult r) {
        if (!r.comparison()
                .comparator()
                .map(c -> c.toLowerCase(java.util.Locale.ROOT).contains("placebo"))
                .orElse(false)) {
            return -1;
        }
        Matcher m = PLACEBO.matcher(words);
        while (m.find()) {
            if (!Attribution.SET_AGAINST
                    .matcher(words.substring(Math.max(0, m.start() - 40), m.start()))
                    .find()) {
                return m.start();
            }
        }
        return -1;
    }

    private static boolean denied(String words, int at) {
        return DENIED.matcher(words.substring(Math.max(0, at - 30), at)).find();
    }

    /** A rate as a percentage, or a median's time; empty for other estimates and a median not reached. */
    static OptionalDouble value(EffectEstimate e) {
        if (e instanceof Proportion p) {
            return OptionalDouble.of(p.fraction() * 100);
        }
        if (e instanceof MedianTime m) {
            return m.value();
        }
        return OptionalDouble.empty();
    }

    /** A value as the result prints it: "78%", "16.4 months". */
    private static String number(double v, TrialResult r) {
        double printed = Math.round(v * 1000) / 1000.0; // 0.28 * 100 is 28.000000000000004
        String n = printed == Math.rint(printed) ? String.valueOf((long) printed) : String.valueOf(printed);
        return r.estimate() instanceof MedianTime m
                ? n + " " + m.unit().name().toLowerCase(java.util.Locale.ROOT)
                : n + "%";
    }
}
