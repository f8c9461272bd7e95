package org.oncodex.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Answers;
import org.oncodex.answer.Block;
import org.oncodex.answer.EvidenceTable;
import org.oncodex.answer.Inline;
import org.oncodex.answer.Section;
import org.oncodex.answer.Source;
import org.oncodex.answer.Statistic;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;
import org.oncodex.model.text.RelativeChange;

/**
 * Every number an answer states in its own words, checked against the results among its sources:
 * grounded (a result has the number and agrees with what the sentence says it is about),
 * misattributed (results have it, about something else), or ungrounded (none has it).
 */
final class NumberCheck {
    /** What became of one number. */
    record Outcome(
            TextUnit unit,
            EffectStatement statement,
            List<Attribution.Match> matches,
            Optional<Attribution.Disagreement> disagreement,
            Optional<TrialResult> elsewhere) {
        boolean grounded() {
            return !matches.isEmpty() && disagreement.isEmpty();
        }

        boolean misattributed() {
            return !matches.isEmpty() && disagreement.isPresent();
        }

        /** The statement's words as the answer writes them ("a third", where the parser read 33.333%). */
        String words() {
            return unit.text.substring(statement.start(), Math.min(unit.text.length(), statement.end()));
        }
    }

    /** Words that make a bare percentage a relative change: "37% lower", "a 42% reduction". */
    private static final Pattern CHANGE_WORDS = Pattern.compile(
            "(?i)^\\s*(?:\\)\\s*)?(?:lower|higher|less|more|fewer|greater|reduction|reduced|decrease|decreased|increase"
                    + "|increased|drop|rise|relative|gain)\\b");

    private NumberCheck() {}

    /** The outcomes of one check, kept on its thread while {@link RuleSet#check} runs. */
    private static final class Scope {
        @Nullable
        Answer answer;

        @Nullable
        EvidenceBase evidence;

        List<Outcome> outcomes = List.of();
    }

    private static final ThreadLocal<@Nullable Scope> CHECK = new ThreadLocal<>();

    /**
     * Runs {@code work} as one check: the rules that read the answer's numbers (grounding,
     * attribution, wording) share one computation of them instead of each making its own.
     */
    static <T> T sharedWithin(Supplier<T> work) {
        @Nullable Scope outer = CHECK.get();
        CHECK.set(new Scope());
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CHECK.remove();
            } else {
                CHECK.set(outer);
            }
        }
    }

    // the same objects, not equal ones: within a check every rule is given the one answer
    @SuppressWarnings("ReferenceEquality")
    static List<Outcome> of(Answer answer, EvidenceBase evidence) {
        @Nullable Scope scope = CHECK.get();
        if (scope == null) {
            return compute(answer, evidence);
        }
        if (scope.answer != answer || scope.evidence != evidence) {
            scope.outcomes = List.copyOf(compute(answer, evidence));
            scope.answer = answer;
            scope.evidence = evidence;
        }
        return scope.outcomes;
    }

    private static List<Outcome> compute(Answer answer, EvidenceBase evidence) {
        ResultsByValue index = ResultsByValue.of(evidence);
        Attribution attribution = new Attribution(evidence);
        List<TrialResult> pool = pool(answer, index);
        List<Outcome> outcomes = new ArrayList<>();
        for (TextUnit unit : TextUnit.of(answer, evidence)) {
            // questions ask and state nothing; a statement in the title or among the questions to ask is
            // shown as any other is
            boolean asking = unit.location.part() == Location.Part.QUESTION
                    || unit.location.part() == Location.Part.QUESTIONS_TO_ASK;
            List<EffectStatement> statements = new ArrayList<>(ParsedStatements.of(unit.text));
            // a risk halved in words ("more than halved the risk") is a rounding, held against the ratio's change by
            // the wording rule (HalvedWordings), not grounded as an exact 50%; nor is a halving denied
            statements.removeIf(HalvedWordings::isHalving);
            // "just over 16 months (16.4 months)": the bracket's exact time stands for the rounded bound
            GlossedBounds.Reading glosses = GlossedBounds.of(unit.text, statements);
            statements.removeAll(glosses.dropped());
            statements.addAll(glosses.added());
            List<int[]> sentences = Sentences.of(unit.text);
            java.util.Map<EffectStatement, Fractions.Phrase> fractions = fractions(unit, sentences, statements);
            statements.addAll(fractions.keySet());
            List<EffectStatement> medians = MedianParaphrases.of(unit, sentences, statements, evidence.vocabulary());
            // "half lived at least 8.5 months": the bound the parser read is the median told
            statements.removeIf(st -> st.kind() == EffectStatement.Kind.BOUND
                    && medians.stream().anyMatch(m -> m.start() < st.end() && st.start() < m.end()));
            statements.addAll(medians);
            // each sentence is read once, however many numbers it holds
            Set<Integer> definitions = Definitions.starts(unit.text, sentences, evidence.vocabulary());
            for (EffectStatement st : statements) {
                if ((asking && asks(unit.text, sentenceOf(sentences, st.start(), unit.text.length())))
                        || unit.inStatistic(st.start(), st.end())
                        || st.kind() == EffectStatement.Kind.P_VALUE
                        || thresholdOfRatio(st)
                        || MessageParts.label(unit.text, st)
                        || PopulationNumbers.stated(st, pool)
                        || (timePoint(unit.text, st) && !medians.contains(st))
                        || confidenceLevel(unit.text, st)
                        || definitions.contains(sentenceOf(sentences, st.start(), unit.text.length())[0])
                        || DeniedMeanings.before(
                                unit.text, sentenceOf(sentences, st.start(), unit.text.length()), st.end())) {
                    continue;
                }
                boolean change = wordedAsChange(unit.text, st);
                List<Attribution.Match> matches = new ArrayList<>();
                Fractions.Phrase fraction = fractions.get(st);
                for (TrialResult r : pool) {
                    for (Attribution.Role role :
                            fraction != null ? Fractions.roles(fraction, r, st) : NumberMatch.roles(st, r, change)) {
                        matches.add(new Attribution.Match(r, role));
                    }
                }
                if (matches.isEmpty() && fraction == null) {
                    // an arm value the source's quote states beside its result ("5.2 vs 1.9 months")
                    for (TrialResult r : pool) {
                        for (TrialResult quoted : QuotedValues.of(r)) {
                            for (Attribution.Role role : NumberMatch.roles(st, quoted, change)) {
                                matches.add(new Attribution.Match(quoted, role));
                            }
                        }
                    }
                }
                if (matches.isEmpty()) {
                    outcomes.add(new Outcome(
                            unit,
                            st,
                            matches,
                            Optional.empty(),
                            fraction != null ? Optional.empty() : elsewhere(st, index, change, pool)));
                    continue;
                }
                int[] sentence = sentenceOf(sentences, st.start(), unit.text.length());
                Set<Integer> markers = markers(unit, sentence, answer);
                Optional<Attribution.Disagreement> first = Optional.empty();
                boolean agrees = false;
                for (Attribution.Match m : matches) {
                    Optional<Attribution.Disagreement> d =
                            attribution.disagreement(m, st, unit, sentence[0], sentence[1], answer);
                    if (d.isEmpty()) {
                        agrees = true;
                        break;
                    }
                    // name the result that agrees on most: one that differs only in population or arm
                    // is the sentence's own result misread, more telling than another trial's number
                    // and a result of a source the sentence cites before one of another source
                    if (first.isEmpty() || rank(d.get(), answer, markers) < rank(first.get(), answer, markers)) {
                        first = d;
                    }
                }
                outcomes.add(new Outcome(unit, st, matches, agrees ? Optional.empty() : first, Optional.empty()));
            }
        }
        return outcomes;
    }

    private static boolean asks(String text, int[] sentence) {
        return org.oncodex.answer.QuestionsToAsk.isQuestion(text.substring(sentence[0], sentence[1]));
    }

    /**
     * "Half of patients were still alive at 16.4 months": half, in a sentence that says "median" or
     * gives a time to a decimal (as medians are; landmarks are whole: "at 12 months"), tells what a
     * median means, not a rate.
     */
    private static boolean medianTold(Fractions.Phrase p, String text, int[] sentence) {
        return p.percent() == 50
                && MEDIAN_OR_TIME
                        .matcher(text.substring(sentence[0], sentence[1]))
                        .find();
    }

    private static final Pattern MEDIAN_OR_TIME =
            Pattern.compile("(?i)\\bmedian\\b|\\d[.·]\\d{1,2}\\s?(?:months?|years?|weeks?|mos?)\\b");

    /** What follows a fraction that the number in brackets after it states exactly. */
    private static final Pattern GLOSSED = Pattern.compile("[^.;()\\d]{0,50}\\(\\s*\\d");

    /**
     * The fractions of people the unit states ("a third of patients") in sentences that cite a source,
     * and that the parser did not read, as the statements of their percentages, each with its
     * fraction. Uncited ones explain ("half of people lived longer than the median"); they report no
     * result.
     */
    private static java.util.Map<EffectStatement, Fractions.Phrase> fractions(
            TextUnit unit, List<int[]> sentences, List<EffectStatement> parsed) {
        String text = unit.text;
        // a fraction glossing the number in brackets after it ("two in three people (67.2%)") is that number's
        // the characters the statements cover, marked once: a search of every statement per phrase was
        // quadratic in a paragraph of both
        java.util.BitSet covered = new java.util.BitSet(text.length());
        parsed.forEach(st -> covered.set(st.start(), st.end()));
        List<Fractions.Phrase> phrases = java.util.stream.Stream.concat(
                        Fractions.of(text).stream(), Fractions.changes(text).stream())
                .sorted(java.util.Comparator.comparingInt(Fractions.Phrase::start))
                .filter(p -> {
                    int next = covered.nextSetBit(p.start());
                    return next < 0 || next >= p.end();
                })
                .filter(p -> !GLOSSED.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 60)))
                        .lookingAt())
                .filter(p -> {
                    int[] sentence = sentenceOf(sentences, p.start(), text.length());
                    return unit.cited(sentence[0], sentence[1]) && !medianTold(p, text, sentence);
                })
                .toList();
        if (phrases.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<EffectStatement, Fractions.Phrase> out = new java.util.LinkedHashMap<>();
        for (EffectStatement st :
                EffectStatements.parse(Fractions.asPercentages(text, phrases)).statements()) {
            for (Fractions.Phrase p : phrases) {
                // the parser's statement may take in the words around it: "about half"
                // (whatever the parser made of "fewer than 33.333%": the fraction's bounds are its own)
                // a fraction after "by" is a change only where the parser reads one ("followed by a third line")
                if (st.start() <= p.start()
                        && st.end() >= p.start() + 1
                        && (!p.change() || st.relativeChange().isPresent())) {
                    out.put(st, p);
                }
            }
        }
        return out;
    }

    private static final List<String> FACETS =
            List.of("arm", "population", "time point", "endpoint", "cancer type", "comparator", "treatment", "trial");

    private static int rank(Attribution.Disagreement d, Answer answer, Set<Integer> markers) {
        boolean cited = d.match()
                .result()
                .citation()
                .flatMap(answer::sourceNumber)
                .map(markers::contains)
                .orElse(false);
        return FACETS.indexOf(d.facet()) + (cited ? 0 : FACETS.size());
    }

    /** The source numbers the sentence's citation markers cite. */
    private static Set<Integer> markers(TextUnit unit, int[] sentence, Answer answer) {
        Set<Integer> out = new java.util.HashSet<>();
        int lo = 0;
        int hi = unit.markers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (unit.markers.get(mid).at() >= sentence[0]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        for (int i = lo; i < unit.markers.size() && unit.markers.get(i).at() <= sentence[1]; i++) {
            answer.sourceNumber(unit.markers.get(i).citation()).ifPresent(out::add);
        }
        return out;
    }

    /** "A hazard ratio below 1", "above 1": the line a ratio is read against, not a result. */
    static boolean thresholdOfRatio(EffectStatement st) {
        return st.estimate().orElse(null) instanceof ValueRange range
                && range.unit() == Unit.NONE
                && (range.lower().isPresent() != range.upper().isPresent())
                && (range.lower().isPresent()
                                ? range.lower().getAsDouble()
                                : range.upper().getAsDouble())
                        == 1.0;
    }

    /** An interval's label right before its level, in the languages answers mix in: "IC del 95 %", "KI 95%". */
    private static final Pattern INTERVAL_BEFORE = Pattern.compile("(?i)\\b(?:CI|IC|KI|intervalo\\s+de\\s+confianza"
            + "|intervalle\\s+de\\s+confiance|intervallo\\s+di\\s+confidenza|Konfidenzintervall|confidence\\s+interval)"
            + "\\s*(?:del|de|à|al|di|zu)?\\s*$");

    /** "IC del 95 %": the level of an interval, written after its label, is no rate. */
    static boolean confidenceLevel(String text, EffectStatement st) {
        double v = st.value().orElse(Double.NaN);
        return st.kind() == EffectStatement.Kind.PROPORTION
                && (v == 80 || v == 90 || v == 95 || v == 99)
                && INTERVAL_BEFORE
                        .matcher(text.substring(Math.max(0, st.start() - 40), st.start()))
                        .find();
    }

    /** Words after a time that make it a moment, not a median: "One year after treatment began". */
    private static final Pattern MOMENT_AFTER = Pattern.compile("(?i)^\\s*(?:after|later|into|from|since|past)\\b");

    /** Words before a time that make it a moment: "alive at five years", "after 8 years", "within a year". */
    private static final Pattern MOMENT_BEFORE =
            Pattern.compile("(?i)\\b(?:at|after|within|beyond|past)\\s+(?:about\\s+|around\\s+|least\\s+)?$");

    /**
     * A time the text gives as a moment ("One year after treatment began, 78% ...", "alive at five
     * years"), not as a median.
     */
    static boolean timePoint(String text, EffectStatement st) {
        if (st.kind() != EffectStatement.Kind.MEDIAN_TIME
                || st.comparatorEstimate().isPresent()
                || st.text().toLowerCase(java.util.Locale.ROOT).contains("median")) {
            return false;
        }
        String after = text.substring(Math.min(text.length(), st.end()), Math.min(text.length(), st.end() + 12));
        String before = text.substring(Math.max(0, st.start() - 20), Math.max(0, st.start()));
        return MOMENT_AFTER.matcher(after).find()
                || MOMENT_BEFORE.matcher(before).find();
    }

    private static boolean wordedAsChange(String text, EffectStatement st) {
        String after = text.substring(Math.min(text.length(), st.end()), Math.min(text.length(), st.end() + 30));
        // the statement may take in the words before its number: "medians was about 2 months"
        int digit = st.start();
        while (digit < Math.min(text.length(), st.end()) && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        String before = text.substring(Math.max(0, st.start() - 60), digit);
        return CHANGE_WORDS.matcher(after).find() || GAP_BEFORE.matcher(before).find();
    }

    /**
     * Words before a number that make it a gap (held-out batch 14): "the difference between the two medians was
     * about 2 months", "a gain of 2.2 months".
     */
    private static final Pattern GAP_BEFORE = Pattern.compile("(?i)\\b(?:difference|gap|gain)(?:\\s+between\\s+"
            + "(?:the\\s+)?(?:two\\s+)?(?:arms['’]?\\s+|groups['’]?\\s+)?medians)?\\s+(?:was|is|of|came\\s+to)\\s+"
            + "(?:(?:about|around|roughly|approximately|nearly|almost|some|just\\s+(?:over|under))\\s+)?$");

    /** The sentence holding {@code at}, else the whole text: by binary search over the sentences in order. */
    static int[] sentenceOf(List<int[]> sentences, int at, int length) {
        // the sentences stand in order: the last that starts at or before the offset is the only one to
        // test (a scan per statement was quadratic in a paragraph of many)
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid)[0] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && at < sentences.get(lo - 1)[1]) {
            return sentences.get(lo - 1);
        }
        return new int[] {0, length};
    }

    /** The results the answer states as typed statistics and those of the base whose citation it lists. */
    private static List<TrialResult> pool(Answer answer, ResultsByValue index) {
        Set<TrialResult> results = new LinkedHashSet<>();
        for (Section section : answer.sections()) {
            for (Block block : section.blocks()) {
                for (Inline inline : Answers.inlines(block)) {
                    if (inline instanceof Statistic s) {
                        results.add(s.result());
                    }
                }
                if (block instanceof EvidenceTable t) {
                    results.addAll(t.results());
                }
            }
        }
        // results of one source share their citation: ask the answer about each citation once
        java.util.IdentityHashMap<Citation, Boolean> listed = new java.util.IdentityHashMap<>();
        for (Source source : answer.sources()) {
            for (Citation key : ResultsByValue.keys(source.citation())) {
                for (TrialResult r : index.citingAny(key)) {
                    if (r.citation().isPresent()
                            && listed.computeIfAbsent(
                                    r.citation().get(),
                                    c -> answer.sourceNumber(c).isPresent())) {
                        results.add(r);
                    }
                }
            }
        }
        return List.copyOf(results);
    }

    /** A result of the base, not among the sources, that has the number: to name in the message. */
    private static Optional<TrialResult> elsewhere(
            EffectStatement st, ResultsByValue index, boolean change, List<TrialResult> pool) {
        java.util.stream.Stream<TrialResult> near;
        if (st.kind() == EffectStatement.Kind.RELATIVE_CHANGE
                && st.relativeChange().isPresent()) {
            RelativeChange c = st.relativeChange().get();
            double ratio =
                    c.direction() == RelativeChange.Direction.LOWER ? 1 - c.percent() / 100 : 1 + c.percent() / 100;
            near = index.withValueBetween(ratio - 0.0051, ratio + 0.0051);
        } else {
            double v = st.value().orElse(st.ci().map(ci -> ci.lower()).orElse(Double.NaN));
            if (Double.isNaN(v)) {
                return Optional.empty();
            }
            // the values the printed number may stand for: half a unit of its last printed digit
            int decimals = st.printedValue().map(NumberMatch::decimals).orElse(2);
            double slack = 0.5 * Math.pow(10, -decimals) + 1e-9;
            near = index.withValueBetween(v - slack, v + slack);
        }
        Set<TrialResult> cited = new java.util.HashSet<>(pool);
        return near.filter(r -> !cited.contains(r))
                .filter(r -> NumberMatch.matches(st, r, change))
                .findFirst();
    }
}
