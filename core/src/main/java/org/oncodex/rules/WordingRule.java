package org.oncodex.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Source;
import org.oncodex.answer.Statistic;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.RelativeChange;

/**
 * The words fit the numbers they describe, sentence by sentence: no "significant", "reduces the
 * risk" or "improves survival" for a ratio whose interval includes 1, and no "not significant" for one whose
 * interval excludes 1; "lower risk" only for a ratio
 * below 1 and "higher risk" only above (the other way round when said of the comparator: "placebo was linked to a
 * lower risk than sorafenib"); a relative change not worded as a number of people; a multiple of two arms' values
 * ("four times as long") that their quotient gives; no verdict in a heading ("Lenvatinib beat sorafenib") over a
 * section whose ratios all have intervals that include 1.
 *
 * <p>One class past 500 lines: its checks share one pass over each unit's sentences and the statements, rates and
 * ratios found in them; the shapes they read are kept apart ({@link PairDirections}, {@link MultipleWordings},
 * {@link HeadingVerdicts}, {@link AbsoluteWordings}).
 */
final class WordingRule extends BaseRule {
    private static final Pattern CLAIM = Pattern.compile(
            "(?i)\\b(significant(ly)?|reduc(e|es|ed|ing)\\s+(the\\s+)?(risk|chance|deaths|mortality)|lower(s|ed)?\\s+the\\s+risk|"
                    + "cut(s|ting)?\\s+(the\\s+)?(risk|deaths|mortality)|"
                    + "improv(e|es|ed|ing)\\s+(overall\\s+)?survival|prolong(s|ed)?\\s+(life|survival)|"
                    + "clear(ly)?\\s+(benefit\\w*|better|superior|improv\\w*|more\\s+effective|extend\\w*|prolong\\w*|lengthen\\w*)"
                    + "|(extend|lengthen)(s|ed|ing)?\\s+(overall\\s+)?(survival|life)"
                    + "|reach(ed|es|ing)?\\s+(statistical\\s+)?significance"
                    + "|prove[sdn]?\\s+(to\\s+be\\s+)?(better|superior|more\\s+effective)"
                    + "|shown\\s+to\\s+be\\s+(better|superior|more\\s+effective)"
                    + "|(substantially|markedly|much|far)\\s+(better|superior|more\\s+effective)|superior\\s+to"
                    + "|(clinically\\s+)?meaningful\\s+((overall\\s+)?survival\\s+)?(benefit|improvement|advantage|gain)"
                    + "|outperform(s|ed)?|prove[sdn]?\\s+(to\\s+)?(work|benefit)"
                    // "confirmed statistically", "a definitive survival benefit"
                    + "|confirmed\\s+statistically|statistically\\s+(confirmed|proven|established|robust|solid|convincing|meaningful)"
                    + "|definitive(ly)?\\s+((overall\\s+)?survival\\s+)?(benefit|advantage|improvement|gain|better|superior)"
                    + "|" + SignificanceIdioms.CLAIMED + ")\\b");
    /** Words before a claim that deny it: "not statistically significant", "did not clearly improve". */
    private static final Pattern DENIED =
            Pattern.compile("(?i)(?:\\b(?:not|no|never|nor|without|non|failed\\s+to)|n't|n’t)"
                    + "(?:\\s+(?:a|an|statistically|clinically|clearly|quite|necessarily|shown\\s+to\\s+be|been|be)){0,3}"
                    + "[\\s-]*$");

    /** Words that deny a difference: "not statistically significant", "made no real difference". */
    private static final Pattern NO_EFFECT = Pattern.compile("(?i)\\b(?:not\\s+(?:statistically\\s+)?significant(?:ly)?"
            + "|not\\s+statistically\\s+(?:meaningful|robust|convincing)|(?:could|may|might)\\s+(?:well\\s+|easily\\s+|simply\\s+"
            + "|just\\s+as\\s+easily\\s+|just\\s+)?(?:have\\s+been|be)"
            + "\\s+(?:(?:due\\s+to|down\\s+to|explained\\s+by)\\s+chance|a\\s+(?:fluke|coincidence))"
            + "|no\\s+(?:real\\s+|clear\\s+|significant\\s+|statistically\\s+significant\\s+|meaningful\\s+)?"
            + "(?:[\\p{L}-]{3,20}\\s+){0,2}?(?:difference|benefit|improvement)"
            + "|made\\s+no\\s+(?:real\\s+|clear\\s+)?difference"
            // "did not reach statistical significance", "only a trend toward longer survival"
            + "|(?:did\\s+not|didn['’]t|failed\\s+to)\\s+reach\\s+(?:statistical\\s+)?significance"
            + "|only\\s+a\\s+(?:non-?significant\\s+)?trend"
            + "|did\\s+not\\s+(?:significantly\\s+)?(?:improve|reduce|lower|extend|prolong)"
            // "failed to improve survival", "was no better than placebo"
            + "|failed\\s+to\\s+(?:significantly\\s+)?(?:improve|reduce|lower|extend|prolong|benefit|help)"
            + "|no\\s+better\\s+than)\\b");
    /**
     * What a denial may be about other than the estimate: a prespecified threshold it missed (KEYNOTE-240's
     * interval excludes 1, yet it did not reach significance by its criteria), or a difference between groups.
     */
    private static final Pattern ANOTHER_QUESTION = Pattern.compile("(?i)\\b(?:pre-?specified|threshold|criteri(?:a|on)"
            + "|boundar(?:y|ies)|interaction|heterogeneity|regardless|irrespective|(?:between|across|by)\\s+(?:the\\s+)?"
            + "(?:sub)?groups?|difference\\s+in\\s+(?:the\\s+)?(?:benefit|effect))");

    /** What a lower risk makes less likely: "less likely to die", "more likely to see the cancer grow". */
    private static final String BAD_EVENT = "(?:die|progress|relapse|recur|worsen|(?:see|have)\\s+(?:their|the|your)"
            + "\\s+(?:cancer|disease|tumou?rs?)\\s+(?:progress|grow|come\\s+back|return|spread|worsen))";

    /** The disease getting worse, in plain words: "the cancer grew", "tumours came back". */
    private static final String GREW =
            "(?:cancer|disease|tumou?rs?)\\s+(?:grew|progressed|came\\s+back|returned|spread" + "|worsened)";

    /** A risk said before its verb: "the risk of the cancer coming back was", "the chance of dying is". */
    private static final String RISK_WAS =
            "(?:risk|hazard|chance)(?:\\s+of(?:\\s+[\\p{L}'’-]+){1,5})?\\s+(?:was|were|is|are|became)\\s+";

    private static final Pattern LOWER =
            Pattern.compile("(?i)\\b((?:lower|reduced|decreased|smaller)\\s+(?:risk|hazard|chance)"
                    + "|(?:lower(?:s|ed)?|reduc(?:e|es|ed)|decreas(?:e|es|ed)|cut(?:s)?)\\s+(?:the\\s+|their\\s+)?"
                    + "(?:risk|hazard|chance)|less\\s+likely\\s+to\\s+" + BAD_EVENT
                    + "|" + RISK_WAS + "(?:lower|reduced|smaller|decreased))\\b");
    private static final Pattern HIGHER =
            Pattern.compile("(?i)\\b((?:higher|increased|greater)\\s+(?:risk|hazard|chance)"
                    + "|(?:rais(?:e|es|ed)|increas(?:e|es|ed)|doubl(?:e|es|ed))\\s+(?:the\\s+|their\\s+)?"
                    + "(?:risk|hazard|chance)|more\\s+likely\\s+to\\s+" + BAD_EVENT
                    // "sped up recurrence", "hastened death": the bad event came sooner
                    + "|(?:sped|speeds?|speeding)\\s+up\\s+(?:the\\s+|their\\s+)?(?:recurrence|relapse|progression|death)"
                    + "|(?:hasten|accelerat)(?:e|es|ed|ing)?\\s+(?:the\\s+|their\\s+)?(?:recurrence|relapse|progression"
                    + "|death)"
                    + "|" + RISK_WAS + "(?:higher|greater|increased))\\b");
    private static final Pattern BETTER = Pattern.compile(
            "(?i)\\b((?:did|do|does|fared|fare|were|was)\\s+better|lived\\s+longer|live\\s+longer|survived\\s+longer"
                    + "|(?:longer|better)\\s+(?:(?:overall|progression-free|recurrence-free|event-free|disease-free)\\s+)?survival"
                    + "|(?:stayed|remained|kept|were|was|lived)\\s+(?:progression|recurrence|relapse|disease|event)[\\s-]free"
                    + "\\s+(?:for\\s+)?longer|longer\\s+without"
                    + "|survival\\s+(?:was|were|is|is\\s+also)\\s+(?:longer|better)"
                    // "improved PFS", "improves overall survival"
                    + "|improv(?:e|es|ed|ing)\\s+(?:(?:overall|progression-free|recurrence-free|event-free|disease-free)"
                    + "\\s+)?(?:survival|PFS|OS|RFS|EFS|DFS)"
                    + "|" + GREW + "\\s+(?:later|more\\s+slowly)|" + DirectionIdioms.BETTER + ")\\b");
    private static final Pattern WORSE =
            Pattern.compile("(?i)\\b((?:did|do|does|fared|fare|were|was)\\s+worse|died\\s+sooner"
                    + "|(?:shorter|worse|poorer)\\s+(?:(?:overall|progression-free|recurrence-free|event-free|disease-free)\\s+)?survival"
                    + "|(?:progressed|relapsed|recurred|died)\\s+(?:sooner|earlier|faster)"
                    + "|shorten(?:s|ed|ing)?\\s+(?:(?:overall|progression-free|recurrence-free|event-free|disease-free)\\s+)?"
                    + "(?:survival|li(?:fe|ves))"
                    + "|survival\\s+(?:was|were|is|is\\s+also)\\s+(?:shorter|worse|poorer)"
                    // "cut survival", "tended to live a shorter time"
                    + "|(?:cut|cuts|reduced|reduces|lowered|lowers)\\s+(?:(?:overall|progression-free)\\s+)?survival"
                    + "|(?:live|lived|lives)\\s+(?:a\\s+)?shorter(?:\\s+(?:time|lives))?"
                    // "the cancer grew sooner"
                    + "|" + GREW + "\\s+(?:sooner|earlier|faster|more\\s+quickly)|" + DirectionIdioms.WORSE + ")\\b");

    /** A multiple of a chance, which a ratio beside it gives: "twice as likely", "three times as often". */
    private final EvidenceBase evidence;

    WordingRule(EvidenceBase evidence) {
        super(
                "ONC-STAT-WORDING",
                Severity.ERROR,
                "Words fit the statistics they describe: no benefit claimed when the interval includes 1, "
                        + "direction on the right side of 1, relative changes not worded as absolute ones.");
        this.evidence = evidence;
    }

    @Override
    public List<Finding> check(Answer answer) {
        List<Finding> findings = new ArrayList<>();
        List<TrialResult> citedResults = citedResults(answer);
        List<Double> cited = new ArrayList<>();
        for (TrialResult r : citedResults) {
            if (r.estimate() instanceof RatioEstimate ratio) {
                cited.add(ratio.value());
            }
        }
        // rates told as people per hundred that a cited result gives, about what their sentence says
        Map<Location, List<int[]>> rates = new HashMap<>();
        Map<Location, List<NumberCheck.Outcome>> groundedRatios = new HashMap<>();
        for (NumberCheck.Outcome o : NumberCheck.of(answer, evidence)) {
            if (o.grounded() && o.statement().estimate().orElse(null) instanceof RatioEstimate) {
                groundedRatios
                        .computeIfAbsent(o.unit().location, k -> new ArrayList<>())
                        .add(o);
            }
            if (o.grounded() && o.statement().estimate().orElse(null) instanceof Proportion) {
                rates.computeIfAbsent(o.unit().location, k -> new ArrayList<>())
                        .add(new int[] {o.statement().start(), o.statement().end()});
            }
        }
        for (PairDirections.Reversed r :
                PairDirections.of(NumberCheck.of(answer, evidence), evidence.vocabulary(), new Attribution(evidence))) {
            findings.add(finding(
                    r.outcome().unit().location.span(r.start(), r.end()),
                    r.message(),
                    Optional.of(r.words()),
                    Optional.of("say which arm did better as the numbers show")));
        }
        Attribution attribution = new Attribution(evidence);
        List<TextUnit> units = TextUnit.of(answer, evidence);
        for (HeadingVerdicts.Verdict v : HeadingVerdicts.of(units)) {
            findings.add(finding(
                    v.heading().location.span(v.start(), v.end()),
                    "\"" + v.words() + "\" in a heading claims a benefit for a section whose estimates all have"
                            + " confidence intervals that include 1",
                    Optional.of(v.words()),
                    Optional.of("say in the heading that the difference was not clear")));
        }
        for (TextUnit unit : units) {
            // each sentence gets the statements, typed statistics and rates that stand in it, found by
            // moving through each list once: handing every sentence the whole unit's lists made a long
            // paragraph quadratic (1 MB of claims with statistics took 19 times as long as 100 KB)
            List<EffectStatement> parsed = new ArrayList<>(ParsedStatements.of(unit.text));
            parsed.sort(java.util.Comparator.comparingInt(EffectStatement::start));
            List<int[]> grounded = new ArrayList<>(rates.getOrDefault(unit.location, List.of()));
            grounded.sort(java.util.Comparator.comparingInt(r -> r[0]));
            List<NumberCheck.Outcome> ratioOutcomes =
                    new ArrayList<>(groundedRatios.getOrDefault(unit.location, List.of()));
            ratioOutcomes.sort(
                    java.util.Comparator.comparingInt(o -> o.statement().start()));
            int p = 0;
            int g = 0;
            int o = 0;
            int t = 0;
            for (int[] sentence : Sentences.of(unit.text)) {
                p = firstFrom(parsed, p, sentence[0], EffectStatement::start);
                g = firstFrom(grounded, g, sentence[0], r -> r[0]);
                o = firstFrom(ratioOutcomes, o, sentence[0], x -> x.statement().start());
                while (t < unit.statistics.size() && unit.statistics.get(t)[1] <= sentence[0]) {
                    t++;
                }
                int tEnd = t;
                while (tEnd < unit.statistics.size() && unit.statistics.get(tEnd)[0] < sentence[1]) {
                    tEnd++;
                }
                List<NumberCheck.Outcome> sentenceRatios = ratioOutcomes.subList(
                        o,
                        firstFrom(
                                ratioOutcomes,
                                o,
                                sentence[1],
                                x -> x.statement().start()));
                check(
                        unit,
                        sentence,
                        PairDirections.comparatorIsSubject(
                                unit, sentence, sentenceRatios, evidence.vocabulary(), attribution),
                        parsed.subList(p, firstFrom(parsed, p, sentence[1], EffectStatement::start)),
                        cited,
                        citedResults,
                        // a rate that starts before the sentence may still reach into it: the one before is kept
                        grounded.subList(Math.max(0, g - 1), firstFrom(grounded, g, sentence[1], r -> r[0])),
                        new int[] {t, tEnd},
                        findings);
                FavouredArms.check(
                        unit,
                        sentence,
                        evidence,
                        (from, to, message, quote, fix) -> flag(findings, unit, from, to, message, quote, fix),
                        ratioOutcomes.subList(
                                o,
                                firstFrom(
                                        ratioOutcomes,
                                        o,
                                        sentence[1],
                                        x -> x.statement().start())));
            }
        }
        return findings;
    }

    /** The first index from {@code from} on whose item starts at or after {@code at}, in a list sorted by start. */
    private static <T> int firstFrom(List<T> sorted, int from, int at, java.util.function.ToIntFunction<T> start) {
        int i = from;
        while (i < sorted.size() && start.applyAsInt(sorted.get(i)) < at) {
            i++;
        }
        return i;
    }

    /** An interval with 1 strictly inside it: (0.79–1.06), not (0.64–1.00), which a P of 0.049 may go with. */
    private static boolean straddlesOne(RatioEstimate r) {
        return r.ci().map(ci -> ci.lower() < 1 - 1e-9 && ci.upper() > 1 + 1e-9).orElse(false);
    }

    private static boolean printedInDigits(EffectStatement st) {
        return st.printedValue().isEmpty() || st.text().chars().anyMatch(Character::isDigit);
    }

    /** The results among the answer's sources: whose ratios a relative change in words comes from. */
    private List<TrialResult> citedResults(Answer answer) {
        ResultsByValue index = ResultsByValue.of(evidence);
        List<TrialResult> results = new ArrayList<>();
        for (Source source : answer.sources()) {
            for (Citation key : ResultsByValue.keys(source.citation())) {
                results.addAll(index.citingAny(key));
            }
        }
        return results;
    }

    private void check(
            TextUnit unit,
            int[] sentence,
            boolean comparatorSubject,
            List<EffectStatement> parsed,
            List<Double> cited,
            List<TrialResult> citedResults,
            List<int[]> rates,
            int[] typed,
            List<Finding> findings) {
        List<RatioEstimate> ratios = new ArrayList<>();
        List<RelativeChange> changes = new ArrayList<>();
        List<PValue> pValues = new ArrayList<>();
        List<EffectStatement> below05 = new ArrayList<>();
        for (EffectStatement st : parsed) {
            if (st.start() >= sentence[0] && st.end() <= sentence[1] && !unit.inStatistic(st.start(), st.end())) {
                // "doubled the risk", "three times as likely": a ratio said in words is wording to check
                // against the printed ratio, not a printed ratio itself
                st.estimate()
                        .filter(e -> e instanceof RatioEstimate && printedInDigits(st))
                        .map(e -> (RatioEstimate) e)
                        .ifPresent(ratios::add);
                st.relativeChange().ifPresent(changes::add);
                st.pValue().ifPresent(pValues::add);
                st.pValue().filter(pv -> pv.isBelow(0.05)).ifPresent(pv -> below05.add(st));
            }
        }
        String own = ownWords(unit, sentence, typed);
        absolute(unit, sentence, own, ratios, cited, rates, findings);
        for (int i = typed[0]; i < typed[1]; i++) {
            int[] span = unit.statistics.get(i);
            if (span[0] >= sentence[0] && span[0] < sentence[1]) {
                Statistic s = unit.typed.get(i);
                if (s.result().estimate() instanceof RatioEstimate r) {
                    ratios.add(r);
                }
            }
        }
        ArmWordings.check(
                unit,
                sentence,
                own,
                parsed,
                ratios,
                citedResults,
                () -> TrialNames.of(evidence),
                (from, to, message, quote, fix) -> flag(findings, unit, from, to, message, quote, fix));
        // the model's own words: the sentence with any library-written statistic blanked out
        String words = own;
        boolean notSignificant = !pValues.isEmpty() && pValues.stream().noneMatch(p -> p.isBelow(0.05));
        Matcher significance = CLAIM.matcher(words);
        if (ratios.isEmpty() && notSignificant && claimed(significance, words)) {
            findings.add(finding(
                    unit.location.span(sentence[0] + significance.start(), sentence[0] + significance.end()),
                    "\"" + significance.group() + "\" claims a benefit for a result whose P value is above 0.05",
                    Optional.of(significance.group()),
                    Optional.of("say there was no clear difference and that it may be due to chance")));
        }
        boolean pSignificant = !pValues.isEmpty() && pValues.stream().allMatch(p -> p.isBelow(0.05));
        if (ratios.isEmpty()) {
            changeAgainstCited(unit, sentence, changes, cited, findings);
            Matcher denied = NO_EFFECT.matcher(words);
            if (pSignificant
                    && denied.find()
                    && !ANOTHER_QUESTION.matcher(words).find()) {
                findings.add(deniedFinding(unit, sentence, denied, "whose P value is below 0.05"));
            }
            return;
        }
        // "HR 0.92 (0.79–1.06), p<0.05": a P value below 0.05 beside intervals that all straddle 1
        if (!below05.isEmpty() && !ratios.isEmpty() && ratios.stream().allMatch(WordingRule::straddlesOne)) {
            EffectStatement st = below05.get(0);
            flag(
                    findings,
                    unit,
                    st.start(),
                    st.end(),
                    "\"" + st.text() + "\" gives a P value below 0.05 for an estimate whose confidence interval"
                            + " includes 1",
                    st.text(),
                    "give the P value the source prints; an interval that includes 1 goes with a P above 0.05");
        }
        boolean inconclusive = notSignificant
                || ratios.stream()
                        .anyMatch(r -> r.ci().map(ci -> ci.contains(1.0)).orElse(false));
        Matcher claim = CLAIM.matcher(words);
        if (inconclusive && claimed(claim, words)) {
            findings.add(finding(
                    unit.location.span(sentence[0] + claim.start(), sentence[0] + claim.end()),
                    "\"" + claim.group() + "\" claims a benefit for an estimate whose "
                            + (notSignificant ? "P value is above 0.05" : "confidence interval includes 1"),
                    Optional.of(claim.group()),
                    Optional.of("say there was no clear difference and that it may be due to chance")));
        }
        // an interval that excludes 1, or failing an interval a P value below 0.05 ("(HR 0.58, P = 0.01)")
        boolean conclusive = !notSignificant
                && ratios.stream()
                        .allMatch(r -> r.ci().map(ci -> !ci.contains(1.0)).orElse(pSignificant));
        Matcher denied = NO_EFFECT.matcher(words);
        if (conclusive && denied.find() && !ANOTHER_QUESTION.matcher(words).find()) {
            findings.add(deniedFinding(
                    unit,
                    sentence,
                    denied,
                    ratios.stream().allMatch(r -> r.ci().isPresent())
                            ? "whose confidence interval excludes 1"
                            : "whose P value is below 0.05"));
        }
        // "placebo was linked to a lower risk than sorafenib": words said of the comparator take the ratio's other side
        boolean below = ratios.stream().allMatch(r -> comparatorSubject ? r.value() > 1 : r.value() < 1);
        boolean above = ratios.stream().allMatch(r -> comparatorSubject ? r.value() < 1 : r.value() > 1);
        Matcher lower = LOWER.matcher(words);
        if (above && lower.find()) {
            findings.add(direction(unit, sentence, lower, "above", comparatorSubject));
        }
        Matcher higher = HIGHER.matcher(words);
        if (below && higher.find()) {
            findings.add(direction(unit, sentence, higher, "below", comparatorSubject));
        }
        Matcher better = BETTER.matcher(words);
        if (above && better.find()) {
            findings.add(direction(unit, sentence, better, "above", comparatorSubject));
        }
        Matcher worse = WORSE.matcher(words);
        if (below && worse.find()) {
            findings.add(direction(unit, sentence, worse, "below", comparatorSubject));
        }
        for (RelativeChange change : changes) {
            if (change.measure().matches("(people|patients|participants)\\b.*")) {
                continue; // "38% more people": worded as absolute, which the check below reports
            }
            boolean wrongWay = (change.direction() == RelativeChange.Direction.LOWER && above)
                    || (change.direction() == RelativeChange.Direction.HIGHER && below);
            if (wrongWay) {
                findings.add(finding(
                        unit.location.span(sentence[0], sentence[1]),
                        "a " + change.percent() + "% "
                                + change.direction().name().toLowerCase(java.util.Locale.ROOT) + " " + change.measure()
                                + " contradicts a ratio on the other side of 1",
                        Optional.of(
                                unit.text.substring(sentence[0], sentence[1]).strip()),
                        Optional.empty()));
            }
        }
    }

    /**
     * A relative change in a sentence that gives no ratio, held against the cited ratios it can come from:
     * "a 31% increase in the risk of death" where the only cited ratio that gives 31% is 0.69.
     */
    private void changeAgainstCited(
            TextUnit unit, int[] sentence, List<RelativeChange> changes, List<Double> cited, List<Finding> findings) {
        for (RelativeChange change : changes) {
            if (change.measure().matches("(people|patients|participants)\\b.*")) {
                continue;
            }
            List<Double> from = cited.stream()
                    .filter(r -> Math.abs(Math.abs(1 - r) * 100 - change.percent()) <= 0.5)
                    .toList();
            boolean lower = change.direction() == RelativeChange.Direction.LOWER;
            if (!from.isEmpty() && from.stream().allMatch(r -> lower ? r > 1 : r < 1)) {
                findings.add(finding(
                        unit.location.span(sentence[0], sentence[1]),
                        "a " + change.percent() + "% "
                                + change.direction().name().toLowerCase(java.util.Locale.ROOT) + " " + change.measure()
                                + " contradicts the cited ratio it comes from, " + from.get(0)
                                + ", on the other side of 1",
                        Optional.of(
                                unit.text.substring(sentence[0], sentence[1]).strip()),
                        Optional.of(lower ? "a ratio above 1 is a higher risk" : "a ratio below 1 is a lower risk")));
            }
        }
    }

    /**
     * A relative change worded as an absolute one (people per hundred, percentage points, an absolute
     * risk, a chance of survival: {@link AbsoluteWordings}) where the change is the one a ratio in the
     * sentence, or among the cited results, gives: "42 out of every 100" or "42 percentage points" for 1 −
     * 0.58.
     */
    private void absolute(
            TextUnit unit,
            int[] sentence,
            String words,
            List<RatioEstimate> ratios,
            List<Double> cited,
            List<int[]> rates,
            List<Finding> findings) {
        for (AbsoluteWordings.Wording w : AbsoluteWordings.of(words)) {
            List<Double> all = new ArrayList<>(cited);
            ratios.forEach(r -> all.add(r.value()));
            boolean fromRatio = all.stream().anyMatch(r -> Math.abs(Math.abs(1 - r) * 100 - w.percent()) <= 0.5);
            int from = sentence[0] + w.start();
            int to = sentence[0] + w.end();
            boolean rate = w.countOf() && ratios.isEmpty() && rates.stream().anyMatch(r -> r[0] < to && r[1] > from);
            if (rate) {
                continue; // "28 out of 100 people responded": a rate a cited result gives, the grounding rule's
            }
            if (DeniedMeanings.before(unit.text, sentence, from)) {
                continue; // "it does not mean that 42 more people out of every 100 survived"
            }
            boolean people = w.kind() == AbsoluteWordings.Kind.PEOPLE;
            if (!fromRatio && (!people || ratios.isEmpty())) {
                continue; // an absolute difference of rates, or a count: the grounding rule checks it
            }
            flag(
                    findings,
                    unit,
                    from,
                    to,
                    "\"" + w.words() + "\" words a relative change from a ratio as " + w.kind().says,
                    w.words(),
                    "say \"lower risk\" or \"higher risk\" with the percentage; a ratio"
                            + " does not say how many people");
        }
    }

    private Finding deniedFinding(TextUnit unit, int[] sentence, Matcher denied, String why) {
        return finding(
                unit.location.span(sentence[0] + denied.start(), sentence[0] + denied.end()),
                "\"" + denied.group() + "\" denies a difference for an estimate " + why,
                Optional.of(denied.group()),
                Optional.of("say what the estimate shows, or name the threshold it missed"));
    }

    private void flag(
            List<Finding> findings, TextUnit unit, int from, int to, String message, String words, String fix) {
        findings.add(finding(unit.location.span(from, to), message, Optional.of(words), Optional.of(fix)));
    }

    /** The first match of {@code claim} in {@code words} that no "not" before it denies. */
    static boolean claimed(Matcher claim, String words) {
        while (claim.find()) {
            String before = words.substring(Math.max(0, claim.start() - 40), claim.start());
            if (!DENIED.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    private Finding direction(TextUnit unit, int[] sentence, Matcher words, String side, boolean comparatorSubject) {
        String said = "\"" + words.group() + "\"";
        return finding(
                unit.location.span(sentence[0] + words.start(), sentence[0] + words.end()),
                comparatorSubject
                        ? said + " is said of the comparator, but the ratio lies "
                                + (side.equals("above") ? "below 1: the treatment" : "above 1: the comparator")
                                + " did better"
                        : said + " describes a ratio that lies " + side + " 1",
                Optional.of(words.group()),
                Optional.of(
                        comparatorSubject
                                ? "a ratio is the treatment's risk against the comparator's: below 1, the treatment's"
                                        + " is the lower"
                                : side.equals("above")
                                        ? "a ratio above 1 is a higher risk"
                                        : "a ratio below 1 is a lower risk"));
    }

    private static String ownWords(TextUnit unit, int[] sentence, int[] typed) {
        StringBuilder words = new StringBuilder(unit.text.substring(sentence[0], sentence[1]));
        for (int[] s : unit.statistics.subList(typed[0], typed[1])) {
            int from = Math.max(s[0], sentence[0]) - sentence[0];
            int to = Math.min(s[1], sentence[1]) - sentence[0];
            for (int i = from; i < to; i++) {
                words.setCharAt(i, ' ');
            }
        }
        return words.toString();
    }
}
