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

    private static final Pattern OVERALL_WORDS =
            Pattern.compile("(?i)\\b(overall population|all patients|all participants|everyone in the (?:trial|study)"
                    + "|whole (?:trial |study )?population|entire (?:trial |study )?population|intention-to-treat)\\b");
    private static final Pattern TRIAL_TOKEN = Pattern.compile("[A-Za-z]*\\d+[A-Za-z0-9/]*|[A-Z]{4,}");
    private static final Pattern ENDPOINT_WORDS = Pattern.compile(
            "(?i)\\b(progression[\\s-]free(?:\\s+survival)?|PFS|progress(?:ed|ion)?|worsen(?:ed|ing)?"
                    + "|recurrence[\\s-]free(?:\\s+survival)?|RFS|disease[\\s-]free(?:\\s+survival)?|DFS"
                    + "|event[\\s-]free(?:\\s+survival)?|EFS"
                    + "|overall survival|OS|death|deaths|died|die|dying|lived|live longer|survival"
                    + "|response rate|responded|respond|responses?|ORR|shr[ai]nk|disease control|DCR|local control)\\b");
    private static final Pattern AFTER_NUMBER = Pattern.compile(
            "(?i)^\\s*\\)?\\s*(?:of\\s+(?:the\\s+)?(?:people|patients|participants)\\s+)?(?:who\\s+(?:got|received|took|were\\s+given)\\s+"
                    + "|(?:with|on|receiving|given|taking)\\s+)(?:the\\s+)?");

    /** The keys of the study names that name trials, per evidence base. */
    private static final LoadingCache<EvidenceBase, Map<String, String>> TRIALS = CacheBuilder.newBuilder()
            .weakKeys()
            .build(CacheLoader.from(kb -> {
                Map<String, String> names = new LinkedHashMap<>();
                for (TrialResult r : kb.results()) {
                    String name = r.study().name();
                    trialKey(name).ifPresent(k -> names.putIfAbsent(k, displayName(name)));
                }
                return Map.copyOf(names);
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
        if (trials.isEmpty()) {
            trials = trialsNamed(context(unit, from));
        }
        Optional<String> trialKey = trialKey(r.study().name());
        if (!trials.isEmpty() && trialKey.isPresent() && !trials.contains(trialKey.get())) {
            return Optional.of(new Disagreement(
                    match, "trial", TRIALS.getUnchecked(evidence).getOrDefault(trials.get(0), trials.get(0))));
        }
        // the treatments: the one the sentence credits (the first named before the number that is not
        // set against it, as in "unlike X" or "after X"), else any it names
        Set<Concept> arms = arms(r, null);
        Optional<Concept> subject = subject(sentence, at, mentions);
        List<Concept> named = treatments(mentions);
        if (named.isEmpty() && trials.isEmpty()) {
            named = treatments(vocabulary.tag(context(unit, from)));
        }
        if (!arms.isEmpty()) {
            if (subject.isPresent() && !related(subject.get(), arms)) {
                return Optional.of(
                        new Disagreement(match, "treatment", subject.get().name()));
            }
            if (subject.isEmpty() && !named.isEmpty() && named.stream().noneMatch(n -> related(n, arms))) {
                return Optional.of(
                        new Disagreement(match, "treatment", named.get(0).name()));
            }
        }
        // the endpoint
        Optional<Endpoint> endpoint = st.endpoint().or(() -> endpointNear(sentence, at));
        if (endpoint.isPresent() && !sameEndpoint(endpoint.get(), r.endpoint())) {
            return Optional.of(
                    new Disagreement(match, "endpoint", endpoint.get().label()));
        }
        // the cancer type
        List<CancerType> cancers = mentions.stream()
                .map(Mention::concept)
                .filter(CancerType.class::isInstance)
                .map(CancerType.class::cast)
                .toList();
        List<String> resultCancers = r.population().cancerTypeIds();
        if (!cancers.isEmpty()
                && !resultCancers.isEmpty()
                && cancers.stream().noneMatch(c -> resultCancers.stream().anyMatch(id -> relatedCancer(c, id)))) {
            return Optional.of(
                    new Disagreement(match, "cancer type", cancers.get(0).name()));
        }
        // the population: a subgroup's value or everyone's
        Optional<String> subgroup = r.population().subgroup();
        if (subgroup.isPresent()) {
            boolean saysSubgroup = namesSubgroup(sentence, subgroup.get());
            boolean saysOverall = OVERALL_WORDS.matcher(sentence).find();
            if (match.role() == Role.OVERALL && saysSubgroup && !saysOverall) {
                return Optional.of(new Disagreement(match, "population", subgroup.get()));
            }
            if (match.role() != Role.OVERALL && saysOverall && !saysSubgroup) {
                return Optional.of(new Disagreement(match, "population", "the overall population"));
            }
        }
        // the arm, for a number that belongs to one
        if (match.role() != Role.OVERALL && r.comparatorEstimate().isPresent()) {
            Optional<Concept> credited = creditedTo(sentence, st, at, mentions);
            if (credited.isPresent()) {
                boolean intervention = related(credited.get(), arms(r, Role.INTERVENTION));
                boolean comparator = related(credited.get(), arms(r, Role.COMPARATOR));
                if (intervention != comparator) {
                    Role creditedRole = intervention ? Role.INTERVENTION : Role.COMPARATOR;
                    if (creditedRole != match.role()) {
                        return Optional.of(
                                new Disagreement(match, "arm", credited.get().name()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern SET_AGAINST = Pattern.compile(
            "(?i)\\b(?:unlike|instead\\s+of|rather\\s+than|after|following|than|besides|beyond|versus|vs\\.?|compared"
                    + "\\s+(?:with|to)|against|over|from|before|replac\\w*|previously\\s+(?:treated\\s+)?with|like)"
                    + "\\s+(?:the\\s+|a\\s+)?(?:\\w+\\s+){0,2}$");

    /** The treatment a number is credited to in its sentence: the first named before it not set against it. */
    private static Optional<Concept> subject(String sentence, int at, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.end() > at) {
                break;
            }
            if (!isTreatment(m.concept())) {
                continue;
            }
            String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
            if (!SET_AGAINST.matcher(before).find()) {
                return Optional.of(m.concept());
            }
        }
        return Optional.empty();
    }

    /** The sentences of the unit before {@code from}, then the section heading: where "it" points. */
    private static String context(TextUnit unit, int from) {
        String before = unit.text.substring(0, from);
        return before + " " + unit.location.sectionHeading().orElse("");
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
    private Set<Concept> arms(TrialResult r, @Nullable Role role) {
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
    private boolean related(Concept named, Collection<Concept> arms) {
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

    /** The treatment a rate or median is credited to: "18% with X", else the nearest named before it. */
    private static Optional<Concept> creditedTo(String sentence, EffectStatement st, int at, List<Mention> mentions) {
        int end = Math.min(sentence.length(), at + st.text().length());
        // "lenvatinib (24.1%)": the number in brackets right after a treatment is that treatment's
        int open = at - 1;
        while (open >= 0 && Character.isWhitespace(sentence.charAt(open))) {
            open--;
        }
        if (open >= 0 && sentence.charAt(open) == '(') {
            for (Mention m : mentions) {
                if (isTreatment(m.concept())
                        && m.end() <= open
                        && sentence.substring(m.end(), open).isBlank()) {
                    return Optional.of(m.concept());
                }
            }
        }
        String after = sentence.substring(end);
        Matcher follows = AFTER_NUMBER.matcher(after);
        if (follows.find()) {
            int from = end + follows.end();
            for (Mention m : mentions) {
                if (m.start() == from && isTreatment(m.concept())) {
                    return Optional.of(m.concept());
                }
            }
        }
        // "A vs B: 28% vs 12%" credits the first number to the first arm named; a lone number goes
        // to the treatment named nearest before it
        boolean pair = st.comparatorEstimate().isPresent();
        Mention credited = null;
        for (Mention m : mentions) {
            if (m.end() <= at && isTreatment(m.concept())) {
                credited = m;
                if (pair) {
                    break;
                }
            }
        }
        return credited == null ? Optional.empty() : Optional.of(credited.concept());
    }

    private static boolean isTreatment(Concept c) {
        return c instanceof Drug || c instanceof Therapy || c instanceof Regimen;
    }

    /** The endpoint word nearest before the number in its sentence, else the first after it. */
    static Optional<Endpoint> endpointNear(String sentence, int at) {
        Matcher m = ENDPOINT_WORDS.matcher(sentence);
        Optional<Endpoint> before = Optional.empty();
        Optional<Endpoint> after = Optional.empty();
        while (m.find()) {
            Optional<Endpoint> e = endpointOf(m.group(1));
            if (m.start() < at) {
                before = e.isPresent() ? e : before;
            } else if (after.isEmpty()) {
                after = e;
            }
        }
        return before.isPresent() ? before : after;
    }

    private static Optional<Endpoint> endpointOf(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        if (w.startsWith("progression free") || w.equals("pfs") || w.startsWith("progress") || w.startsWith("worsen")) {
            return Optional.of(Endpoint.PFS);
        }
        if (w.startsWith("recurrence free") || w.equals("rfs")) {
            return Optional.of(Endpoint.RFS);
        }
        if (w.startsWith("disease free") || w.equals("dfs")) {
            return Optional.of(Endpoint.DFS);
        }
        if (w.startsWith("event free") || w.equals("efs")) {
            return Optional.of(Endpoint.EFS);
        }
        if (w.startsWith("disease control") || w.equals("dcr")) {
            return Optional.of(Endpoint.DCR);
        }
        if (w.equals("local control")) {
            return Optional.of(Endpoint.LOCAL_CONTROL);
        }
        if (w.startsWith("respon") || w.equals("orr") || w.startsWith("shr")) {
            return Optional.of(Endpoint.ORR);
        }
        return Optional.of(Endpoint.OS);
    }

    /** Endpoints that a reader would not tell apart count as one: response rates of either kind. */
    private static boolean sameEndpoint(Endpoint stated, Endpoint known) {
        if (stated == known) {
            return true;
        }
        Set<Endpoint> responses = Set.of(Endpoint.ORR, Endpoint.CR, Endpoint.DCR);
        Set<Endpoint> freeOfEvents = Set.of(Endpoint.PFS, Endpoint.RFS, Endpoint.DFS, Endpoint.EFS, Endpoint.TTP);
        return (responses.contains(stated) && responses.contains(known))
                || (stated == Endpoint.PFS && freeOfEvents.contains(known))
                || (known == Endpoint.PFS && freeOfEvents.contains(stated))
                || known == Endpoint.LOCAL_CONTROL;
    }

    private static boolean namesSubgroup(String sentence, String subgroup) {
        String s = sentence.toLowerCase(Locale.ROOT);
        String g = subgroup.toLowerCase(Locale.ROOT);
        if (s.contains(g)) {
            return true;
        }
        if (g.contains("metasta")) {
            return s.contains("metasta")
                    || s.contains(" mets")
                    || s.contains("spread to the liver")
                    || s.contains("spread to their liver")
                    || s.contains("liver involvement");
        }
        return false;
    }

    /** The trials a text names, by the keys of the evidence base's study names. */
    List<String> trialsNamed(String text) {
        List<String> keys = new ArrayList<>();
        String normalized = " " + normalize(text) + " ";
        for (String key : TRIALS.getUnchecked(evidence).keySet()) {
            if (normalized.contains(" " + key + " ") && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** A study name without what follows it in brackets: "CheckMate 040 (cohort 4)" → "CheckMate 040". */
    private static String displayName(String studyName) {
        int bracket = studyName.indexOf('(');
        return (bracket > 0 ? studyName.substring(0, bracket) : studyName).strip();
    }

    /** The key a study name is known by when it names a trial ("KEYNOTE-189" → "keynote 189"). */
    static Optional<String> trialKey(String studyName) {
        String head = com.google.common.base.Splitter.onPattern("[(\\[]")
                .splitToList(studyName)
                .get(0)
                .strip();
        List<String> words = com.google.common.base.Splitter.onPattern("\\s+")
                .omitEmptyStrings()
                .splitToList(head);
        if (words.isEmpty()
                || words.size() > 3
                || head.toLowerCase(Locale.ROOT)
                        .matches(".*\\b(analysis|meta|cohort|study|real|retrospective|review)\\b.*")) {
            return Optional.empty();
        }
        boolean trialLike = false;
        for (String w : words) {
            if (TRIAL_TOKEN.matcher(w).matches() && w.chars().anyMatch(Character::isUpperCase)) {
                trialLike = true;
            }
        }
        return trialLike ? Optional.of(normalize(head)) : Optional.empty();
    }

    /** Lower case, hyphens and punctuation as spaces, letters and digits split: "IMbrave150" → "imbrave 150". */
    static String normalize(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replaceAll("(?<=\\p{L})(?=\\d)", " ")
                .replaceAll("[^\\p{L}\\p{N}/]+", " ");
        return t.strip().replaceAll("\\s+", " ");
    }
}
