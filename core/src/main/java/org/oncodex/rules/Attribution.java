package org.oncodex.rules;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.Mention;
import org.oncodex.evidence.Vocabulary;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.text.EffectStatement;

/*
 * A number is grounded by a result only if the result is about what the sentence says the number is
 * about. The facets read from the sentence: the treatments it names (vocabulary, brands and regimens
 * included), the trial it names, the endpoint (the statement's label, else the nearest endpoint word),
 * the cancer types it names, whether it speaks of a subgroup or of everyone, and for a rate or a
 * median the arm it credits the number to. A facet the sentence does not state never disagrees: the
 * check is strict only about what the text says, so a correct answer written loosely passes.
 */
/** Whether a number's result agrees with what its sentence says the number is about. */
final class Attribution {
    /** Which of a result's estimates a number matched. */
    enum Role {
        INTERVENTION,
        COMPARATOR,
        OVERALL
    }

    /** A result a number matched, and as which of its estimates. */
    record Match(TrialResult result, Role role) {}

    /** Why a match does not fit its sentence: the facet, what the sentence says, what the result is. */
    record Disagreement(Match match, String facet, String stated) {}

    private static final Pattern OVERALL_WORDS = Pattern.compile(
            "(?i)\\b(overall population|all (?:randomi[sz]ed |enrolled |treated )?(?:patients|participants|people)"
                    + "|everyone(?: in the (?:trial|study))?|(?:whole|entire) (?:trial|study)(?: population)?|as a whole"
                    + "|(?:whole|entire) population|intention-to-treat"
                    + "|overall(?!\\s*,)(?!\\s+(?:survival|response|rate|risk|benefit|survived))"
                    // "whatever their AFP level", "regardless of liver metastases": the group said not to matter
                    + "|(?:regardless|irrespective)\\s+of\\s+(?:their\\s+|the\\s+|your\\s+|whether\\s+)?[\\p{L}-]+"
                    + "(?:\\s+[\\p{L}-]+)?|(?:whatever\\s+|no\\s+matter\\s+(?:what\\s+)?)(?:their|the|your)\\s+[\\p{L}-]+"
                    + "(?:\\s+(?:level|levels|status|score|type))?)\\b");
    /** Words right after a number that give it to everyone: "66% in the cohort as a whole", "0.70 overall". */
    private static final Pattern OVERALL_AFTER = Pattern.compile(
            "(?i)^\\s{0,3}\\)?\\s{0,3}(?:\\[[^\\]]{1,12}]\\s{0,3})?(?:(?:in|for|among|across)\\s+(?:the\\s+)?"
                    + "(?:whole\\s+|entire\\s+)?(?:cohort|trial|study|population|group)\\s+(?:as\\s+a\\s+whole|overall)"
                    + "|(?:in|for|among|across)\\s+(?:all\\b|everyone)|overall\\b(?!\\s+(?:survival|response)))");

    /** The subgroups each study reports results for, per evidence base: "CheckMate 649" → "PD-L1 ...". */
    private static final LoadingCache<EvidenceBase, Map<String, List<String>>> SUBGROUPS = CacheBuilder.newBuilder()
            .weakKeys()
            .build(CacheLoader.from(kb -> {
                Map<String, List<String>> byStudy = new LinkedHashMap<>();
                for (TrialResult r : kb.results()) {
                    r.population().subgroup().ifPresent(g -> {
                        List<String> groups = byStudy.computeIfAbsent(r.study().name(), k -> new ArrayList<>());
                        if (!groups.contains(g)) {
                            groups.add(g);
                        }
                    });
                }
                return Map.copyOf(byStudy);
            }));

    private final EvidenceBase evidence;
    private final Vocabulary vocabulary;

    Attribution(EvidenceBase evidence) {
        this.evidence = evidence;
        this.vocabulary = evidence.vocabulary();
    }

    /**
     * The first way {@code match} disagrees with what the sentence {@code [from, to)} of {@code unit}
     * (and, for the treatment or trial, the sentences before it or the section heading) says of the
     * statement; empty when nothing it states disagrees.
     */
    Optional<Disagreement> disagreement(
            Match match, EffectStatement st, TextUnit unit, int from, int to, Answer answer) {
        String sentence = unit.text.substring(from, to);
        int at = st.start() - from;
        TrialResult r = match.result();
        List<Mention> mentions = vocabulary.tag(sentence);
        // the trial
        List<String> trials = trialsNamed(sentence);
        // a trial named only in the sentences before stands for this one unless the sentence names a
        // treatment of its own that the result is about ("In KEYNOTE-224, 17% responded. With nivolumab
        // plus ipilimumab, 33% did.")
        boolean ownTreatment = false;
        if (trials.isEmpty()) {
            trials = trialsNamed(context(unit, from));
            Set<Concept> resultArms = arms(r, null);
            ownTreatment =
                    treatments(notSetAgainst(sentence, mentions)).stream().anyMatch(c -> related(c, resultArms));
        }
        Optional<String> trialKey = TrialNames.key(r.study().name());
        if (!ownTreatment && !trials.isEmpty() && trialKey.isPresent() && !trials.contains(trialKey.get())) {
            return Optional.of(
                    new Disagreement(match, "trial", TrialNames.of(evidence).display(trials.get(0))));
        }
        // the treatments: the one the sentence credits (the first named before the number that is not
        // set against it, as in "unlike X" or "after X"), else any it names
        Set<Concept> arms = arms(r, null);
        List<Concept> subjects = subjects(sentence, at, mentions);
        // a treatment named only as what another was set against ("vs sorafenib") is no subject: a bold
        // lead-in before the sentence ("**Atezolizumab + bevacizumab.** Lowered ...") or the heading is
        List<Concept> named = treatments(notSetAgainst(sentence, mentions));
        if (named.isEmpty() && trials.isEmpty()) {
            String context = context(unit, from);
            named = treatments(notSetAgainst(context, vocabulary.tag(context)));
        }
        if (!arms.isEmpty()) {
            if (!subjects.isEmpty() && subjects.stream().noneMatch(c -> related(c, arms))) {
                return Optional.of(
                        new Disagreement(match, "treatment", subjects.get(0).name()));
            }
            if (subjects.isEmpty() && !named.isEmpty() && named.stream().noneMatch(n -> related(n, arms))) {
                return Optional.of(
                        new Disagreement(match, "treatment", named.get(0).name()));
            }
            // what it was compared with: "compared with lenvatinib" for a trial against sorafenib; a
            // comparator the base names only in words ("systemic therapy") may be any treatment's name
            // but placebo's
            List<Concept> against = comparators(sentence, mentions);
            boolean comparatorKnown = !r.comparison().comparatorIds().isEmpty()
                    || r.comparison()
                            .comparator()
                            .map(c -> c.toLowerCase(Locale.ROOT).contains("placebo"))
                            .orElse(false);
            if (comparatorKnown && !against.isEmpty() && against.stream().noneMatch(c -> related(c, arms))) {
                return Optional.of(
                        new Disagreement(match, "comparator", against.get(0).name()));
            }
        }
        // the endpoint
        Optional<Endpoint> endpoint = st.endpoint().or(() -> EndpointWords.near(sentence, at));
        if (endpoint.isPresent() && !EndpointWords.same(endpoint.get(), r.endpoint())) {
            return Optional.of(
                    new Disagreement(match, "endpoint", endpoint.get().label()));
        }
        // the moment a rate is given at: "two years after surgery" is not the 12-month rate
        int numberEnd = Math.min(sentence.length(), at + st.text().length());
        if (r.timePoint().isPresent() && st.estimate().orElse(null) instanceof Proportion) {
            Optional<Landmarks.Landmark> stated = Landmarks.near(sentence, at, numberEnd);
            OptionalDouble known = Landmarks.months(r.timePoint().get());
            if (stated.isPresent()
                    && known.isPresent()
                    && Math.abs(stated.get().months() - known.getAsDouble()) > 0.1 * known.getAsDouble()) {
                return Optional.of(
                        new Disagreement(match, "time point", stated.get().words()));
            }
        }
        // the cancer type: the sentence's, else that of a heading that names a cancer and no treatment
        List<CancerType> cancers = cancers(mentions);
        if (cancers.isEmpty()) {
            List<Mention> heading =
                    vocabulary.tag(unit.location.sectionHeading().orElse(""));
            if (treatments(heading).isEmpty()) {
                cancers = cancers(heading);
            }
        }
        List<String> resultCancers = r.population().cancerTypeIds();
        if (!cancers.isEmpty()
                && !resultCancers.isEmpty()
                && cancers.stream().noneMatch(c -> resultCancers.stream().anyMatch(id -> relatedCancer(c, id)))) {
            return Optional.of(
                    new Disagreement(match, "cancer type", cancers.get(0).name()));
        }
        // the population: a subgroup's value or everyone's
        Optional<String> subgroup = r.population().subgroup();
        int atEnd = Math.min(sentence.length(), at + st.text().length());
        if (subgroup.isEmpty()) {
            // a result for everyone, credited to a subgroup the same study reports apart
            int toOverall = nearest(overallAt(sentence), at, atEnd);
            String compared = (r.comparison().intervention() + " "
                            + r.comparison().comparator().orElse(""))
                    .toLowerCase(Locale.ROOT);
            for (String other :
                    SUBGROUPS.getUnchecked(evidence).getOrDefault(r.study().name(), List.of())) {
                if (compared.contains(positive(other).toLowerCase(Locale.ROOT))) {
                    continue; // "with vs without liver metastases": the group is what the result compares
                }
                int toOther = nearest(subgroupAt(sentence, positive(other)), at, atEnd);
                if (toOther >= 0 && (toOverall < 0 || toOther < toOverall)) {
                    return Optional.of(new Disagreement(match, "population", other));
                }
            }
        }
        if (subgroup.isPresent()
                && OVERALL_AFTER.matcher(sentence.substring(atEnd)).lookingAt()) {
            return match.role() == Role.OVERALL
                    ? Optional.empty()
                    : Optional.of(new Disagreement(match, "population", "the overall population"));
        }
        if (subgroup.isPresent()) {
            // "without liver metastases" names the other group than "liver metastases": the nearest
            // mention of the group, said with or without a "no", must say it as the result does
            boolean resultDenies = !positive(subgroup.get()).equals(subgroup.get());
            // "0.83 in people with liver metastases and 0.73 in people without": the group the words right
            // after the number name is the number's
            Optional<Boolean> after = groupAfter(sentence, atEnd, positive(subgroup.get()));
            if (after.isPresent()) {
                boolean overall = match.role() == Role.OVERALL;
                if ((!overall && after.get() != resultDenies) || (overall && !after.get() && !resultDenies)) {
                    return Optional.of(new Disagreement(
                            match, "population", (after.get() ? "no " : "") + positive(subgroup.get())));
                }
            }
            List<int[]> same = new ArrayList<>();
            List<int[]> opposite = new ArrayList<>();
            List<int[]> overallSpans = overallAt(sentence);
            for (int[] span : subgroupAt(sentence, positive(subgroup.get()))) {
                if (overallSpans.stream().anyMatch(o -> o[0] <= span[0] && span[1] <= o[1])) {
                    continue; // "regardless of liver metastases" says everyone
                }
                (denied(sentence, span[0]) == resultDenies ? same : opposite).add(span);
            }
            int toSubgroup = nearest(same, at, atEnd);
            int toOpposite = nearest(opposite, at, atEnd);
            int toOverall = nearest(overallSpans, at, atEnd);
            if (after.isEmpty()
                    && toOpposite >= 0
                    && (toSubgroup < 0 || toOpposite < toSubgroup)
                    && (toOverall < 0 || toOpposite < toOverall)
                    && match.role() != Role.OVERALL) {
                return Optional.of(
                        new Disagreement(match, "population", (resultDenies ? "" : "no ") + positive(subgroup.get())));
            }
            boolean saysSubgroup = after.isEmpty()
                    && toSubgroup >= 0
                    && (toOverall < 0 || toSubgroup <= toOverall)
                    && (toOpposite < 0 || toSubgroup <= toOpposite);
            boolean saysOverall = after.isEmpty() && toOverall >= 0 && (toSubgroup < 0 || toOverall < toSubgroup);
            if (match.role() == Role.OVERALL && saysSubgroup && !saysOverall) {
                return Optional.of(new Disagreement(match, "population", subgroup.get()));
            }
            if (match.role() != Role.OVERALL && saysOverall && !saysSubgroup) {
                return Optional.of(new Disagreement(match, "population", "the overall population"));
            }
        }
        // the arm, for a number that belongs to one: a difference between the arms ("a difference of 13
        // percentage points") is neither's
        if (match.role() != Role.OVERALL
                && r.comparatorEstimate().isPresent()
                && !(st.estimate().orElse(null) instanceof MeanDifference)) {
            Optional<CreditedArms.Credit> credited = CreditedArms.of(sentence, st, at, mentions);
            Optional<Boolean> byPart = credited.isPresent() ? Optional.empty() : CreditedArms.byPart(sentence, st, at);
            if (byPart.isPresent() && (match.role() == Role.COMPARATOR) != byPart.get()) {
                // "in the control arm": the arm named by its part in the trial, not by its treatment
                return Optional.of(
                        new Disagreement(match, "arm", byPart.get() ? "the comparator arm" : "the treatment arm"));
            }
            if (credited.isPresent()) {
                Concept arm = credited.get().arm();
                boolean intervention = related(arm, arms(r, Role.INTERVENTION));
                boolean comparator = related(arm, arms(r, Role.COMPARATOR));
                if (intervention != comparator) {
                    Role creditedRole = intervention ? Role.INTERVENTION : Role.COMPARATOR;
                    // the arm named for the second number of a pair is the other arm's than the first's
                    Role expected = credited.get().second()
                            ? (match.role() == Role.INTERVENTION ? Role.COMPARATOR : Role.INTERVENTION)
                            : match.role();
                    if (creditedRole != expected) {
                        return Optional.of(new Disagreement(match, "arm", arm.name()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Words before a treatment that set it against the one credited: "unlike X", "over X", "after X". */
    static final Pattern SET_AGAINST = Pattern.compile(
            "(?i)\\b(?:unlike|instead\\s+of|rather\\s+than|after|following|than|besides|beyond|versus|vs\\.?|behind|trail\\w*"
                    + "|(?:lost|loses|lose|losing)\\s+ground\\s+to|compared"
                    + "\\s+(?:with|to)|against|over|from|before|replac\\w*|previously\\s+(?:treated\\s+)?with|like"
                    // "non-inferior to X", "as good as X"; a treatment had before: "who had already had X"
                    + "|(?:non-?)?inferior\\s+to|superior\\s+to|similar\\s+to|equivalent\\s+to|comparable\\s+to|as\\s+good\\s+as"
                    + "|(?:already|previously|earlier)\\s+(?:had|received|taken|tried|been\\s+(?:given|treated\\s+with))"
                    // the same in the other languages of the catalogue: "tratadas antes con", "après", "nach"
                    + "|después\\s+del?|tras|(?:tratad[oa]s?\\s+)?(?:antes|previamente)\\s+con"
                    + "|previamente\\s+tratad[oa]s?\\s+con|en\\s+lugar\\s+de|frente\\s+a|comparad[oa]s?\\s+con"
                    + "|après|(?:déjà\\s+)?trait[ée]+s?\\s+(?:auparavant\\s+|précédemment\\s+)?(?:par|avec)"
                    + "|par\\s+rapport\\s+(?:à|au)|nach|(?:vor)?behandlung\\s+mit|vorbehandelt\\s+mit|gegenüber)"
                    + "\\s+(?:the\\s+|a\\s+)?(?:\\w+\\s+){0,2}$");

    /** Where a clause starts: after a semicolon, a colon, a dash or ", and" / ", but" / ", while". */
    private static final Pattern CLAUSE = Pattern.compile("(?i)(?:[;:]|\\s[—–]\\s|,\\s+(?:and|but|while|whereas)\\s)");
    /** What joins treatments credited together: "X and Y each lowered", "X, Y or Z". */
    private static final Pattern COORDINATED =
            Pattern.compile("(?i)^\\s*(?:,|,?\\s*and|,?\\s*or|\\+|plus|with|[-–—/])\\s*$");

    /**
     * The treatments a number is credited to in its sentence: the first named before it and not set
     * against it, in the nearest clause back from the number's own that names one, with those joined to it
     * ("durvalumab plus tremelimumab and nivolumab plus ipilimumab each lowered ..."). In a list of trials
     * joined by semicolons ("X (vs placebo): HR 0.63; Y (vs placebo): HR 0.76") each number is the
     * treatment's of its own item, not the first item's.
     */
    private static List<Concept> subjects(String sentence, int at, List<Mention> mentions) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = CLAUSE.matcher(sentence);
        while (m.find() && m.end() <= at) {
            starts.add(m.end());
        }
        // each clause is read from its first mention up to the next clause, so every mention is read once
        int end = at;
        int first = mentions.size();
        for (int i = starts.size() - 1; i >= 0; i--) {
            int from = starts.get(i);
            while (first > 0 && mentions.get(first - 1).start() >= from) {
                first--;
            }
            List<Concept> found = subjectsFrom(sentence, at, mentions, first, end);
            if (!found.isEmpty()) {
                return found;
            }
            end = from;
        }
        return List.of();
    }

    /** The subjects among the mentions from index {@code first} that start before {@code end}. */
    private static List<Concept> subjectsFrom(String sentence, int at, List<Mention> mentions, int first, int end) {
        List<Concept> out = new ArrayList<>();
        Mention last = null;
        for (int i = first; i < mentions.size() && mentions.get(i).start() < end; i++) {
            Mention m = mentions.get(i);
            if (m.end() > at) {
                break;
            }
            if (!isTreatment(m.concept())) {
                continue;
            }
            if (last != null) {
                if (!COORDINATED
                        .matcher(sentence.substring(last.end(), m.start()))
                        .matches()) {
                    break;
                }
            } else {
                String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
                if (SET_AGAINST.matcher(before).find()) {
                    continue;
                }
            }
            out.add(m.concept());
            last = m;
        }
        return out;
    }

    /** Words that set a treatment up as what another was compared with. */
    private static final Pattern COMPARED_WITH =
            Pattern.compile("(?i)\\b(?:compared\\s+(?:with|to)|versus|vs\\.?|against|than(?:\\s+(?:with|on))?)"
                    + "\\s+(?:the\\s+|a\\s+|those\\s+(?:on|given|taking|who\\s+(?:got|received|took))\\s+)?$");

    /** The treatments a sentence names as what was compared against: "compared with lenvatinib". */
    private static List<Concept> comparators(String sentence, List<Mention> mentions) {
        List<Concept> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (isTreatment(m.concept())
                    && COMPARED_WITH
                            .matcher(sentence.substring(Math.max(0, m.start() - 40), m.start()))
                            .find()) {
                out.add(m.concept());
            }
        }
        return out;
    }

    /**
     * "in people with", "among those without", "for patients who had no", "(66%) of those without", or the group word
     * right after the number ("0.73 (95% CI 0.66-0.81) without [1]"): the group after a number.
     */
    private static final Pattern GROUP_AFTER =
            Pattern.compile("(?i)^\\s{0,3}\\)?\\s{0,3}(?:\\[[^\\]]{1,12}]\\s{0,3})?(?:(in|for|among|of)\\s(?:the\\s)?"
                    + "(?:(?:people|patients|participants|those|ones|adults)\\s)?)?"
                    + "(with|without|who\\s(?:had\\sno|did\\snot\\shave|didn't\\shave|had))\\b");

    /** What may follow a bare "without" that ends its clause: "... and 0.73 without [1].", "without)". */
    private static final Pattern CLAUSE_END = Pattern.compile("^\\s{0,3}(?:[\\[.,;:)]|$)");

    /**
     * Whether the words right after a number name the people without the group (true) or with it
     * (false, only when they go on to name it); empty when they name no group.
     */
    private static Optional<Boolean> groupAfter(String sentence, int atEnd, String group) {
        Matcher m = GROUP_AFTER.matcher(sentence.substring(atEnd, Math.min(sentence.length(), atEnd + 80)));
        if (!m.find()) {
            return Optional.empty();
        }
        int from = atEnd + m.end();
        boolean names = subgroupAt(sentence, group).stream().anyMatch(span -> span[0] >= from && span[0] - from < 40);
        String said = m.group(2).toLowerCase(Locale.ROOT);
        if (said.equals("without") || said.contains("no") || said.contains("n't")) {
            // right after the number, "without" names the group only when it ends its clause or names it
            boolean bare = m.group(1) == null;
            return !bare
                            || names
                            || CLAUSE_END.matcher(sentence.substring(from)).lookingAt()
                    ? Optional.of(true)
                    : Optional.empty();
        }
        return names ? Optional.of(false) : Optional.empty();
    }

    /** A subgroup's name without the "no" or "without" that makes it the rest: "no liver metastases". */
    private static String positive(String subgroup) {
        return DENYING_START.matcher(subgroup).replaceFirst("");
    }

    private static final Pattern DENYING_START = Pattern.compile("(?i)^(?:no|without|non)[\\s-]+");

    /** Words right before a mention of a group that deny it: "without liver metastases", "had not spread". */
    private static final Pattern DENIES_GROUP = Pattern.compile(
            "(?i)(?:\\b(?:without|no|not|non|never|free\\s+of|absence\\s+of)|n't|n’t)[\\s-]+(?:\\w+\\s+)?$");

    private static boolean denied(String sentence, int at) {
        return DENIES_GROUP
                .matcher(sentence.substring(Math.max(0, at - 24), at))
                .find();
    }

    /** The sentences of the unit before {@code from}, then the section heading: where "it" points. */
    private static String context(TextUnit unit, int from) {
        String before = unit.text.substring(0, from);
        return before + " " + unit.location.sectionHeading().orElse("");
    }

    private static List<CancerType> cancers(List<Mention> mentions) {
        return mentions.stream()
                .map(Mention::concept)
                .filter(CancerType.class::isInstance)
                .map(CancerType.class::cast)
                .toList();
    }

    /** The mentions not set against the one credited ("vs sorafenib", "unlike X"). */
    private static List<Mention> notSetAgainst(String text, List<Mention> mentions) {
        return mentions.stream()
                .filter(m -> !SET_AGAINST
                        .matcher(text.substring(Math.max(0, m.start() - 40), m.start()))
                        .find())
                .toList();
    }

    private static List<Concept> treatments(List<Mention> mentions) {
        List<Concept> out = new ArrayList<>();
        for (Mention m : mentions) {
            Concept c = m.concept();
            if ((c instanceof Drug || c instanceof Therapy || c instanceof Regimen) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The concepts of a result's arms ({@code role} null for both), regimens with their components. */
    Set<Concept> arms(TrialResult r, @Nullable Role role) {
        Set<String> ids = new LinkedHashSet<>();
        if (role != Role.COMPARATOR) {
            ids.addAll(r.comparison().interventionIds());
        }
        if (role != Role.INTERVENTION) {
            ids.addAll(r.comparison().comparatorIds());
        }
        Set<Concept> concepts = new LinkedHashSet<>();
        for (String id : ids) {
            vocabulary.byId(id).ifPresent(c -> {
                concepts.add(c);
                if (c instanceof Regimen reg) {
                    reg.componentIds().forEach(part -> vocabulary.byId(part).ifPresent(concepts::add));
                }
            });
        }
        return concepts;
    }

    /** The same concept, one a kind of the other, or one a part of the other's regimen. */
    boolean related(Concept named, Collection<Concept> arms) {
        for (Concept arm : arms) {
            if (arm.equals(named) || vocabulary.isA(arm, named) || vocabulary.isA(named, arm)) {
                return true;
            }
            if (named instanceof Regimen reg && reg.componentIds().contains(idOf(arm))) {
                return true;
            }
        }
        return false;
    }

    private static String idOf(Concept c) {
        return c.id();
    }

    private boolean relatedCancer(CancerType named, String resultId) {
        if (named.id().equals(resultId)) {
            return true;
        }
        Optional<Concept> other = vocabulary.byId(resultId);
        return other.isPresent() && (vocabulary.isA(other.get(), named) || vocabulary.isA(named, other.get()));
    }

    static boolean isTreatment(Concept c) {
        return c instanceof Drug || c instanceof Therapy || c instanceof Regimen;
    }

    /** How far the nearest of {@code spans} stands from {@code [at, atEnd)}; -1 when there is none. */
    private static int nearest(List<int[]> spans, int at, int atEnd) {
        int best = -1;
        for (int[] span : spans) {
            int d = span[1] <= at ? at - span[1] : span[0] >= atEnd ? span[0] - atEnd : 0;
            best = best < 0 ? d : Math.min(best, d);
        }
        return best;
    }

    private static List<int[]> overallAt(String sentence) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = OVERALL_WORDS.matcher(sentence);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /**
     * Where a sentence names the subgroup: its words, or for liver metastases the ways people write
     * them ("mets", "spread to the liver"), or else the subgroup's first distinctive word ("PD-L1").
     */
    private static List<int[]> subgroupAt(String sentence, String subgroup) {
        String s = sentence.toLowerCase(Locale.ROOT);
        String g = subgroup.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        names.add(g);
        if (g.contains("metasta")) {
            names.addAll(
                    List.of("metasta", " mets", "spread to the liver", "spread to their liver", "liver involvement"));
        } else {
            for (String word :
                    com.google.common.base.Splitter.on(' ').omitEmptyStrings().split(g)) {
                if (word.length() >= 4 && word.chars().anyMatch(Character::isLetter)) {
                    names.add(word);
                    break;
                }
            }
        }
        List<int[]> spans = new ArrayList<>();
        for (String name : names) {
            for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
                spans.add(new int[] {i, i + name.length()});
            }
        }
        return spans;
    }

    /** The trials a text names, by the keys of the evidence base's study names, in the base's order. */
    List<String> trialsNamed(String text) {
        return TrialNames.of(evidence).named(text);
    }
}
