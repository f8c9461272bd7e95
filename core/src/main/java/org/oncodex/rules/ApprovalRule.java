package org.oncodex.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.Answer;
import org.oncodex.answer.QuestionsToAsk;
import org.oncodex.evidence.Approval;
import org.oncodex.evidence.ApprovalStatus;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.Mention;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;

/**
 * Approval claims: sentences that say a therapy, drug (by its generic or brand name) or regimen is,
 * or is not, approved, authorised, cleared or available for a cancer, held against the approval
 * statements of the evidence base. A contradiction is an error ({@code ONC-APPROVAL-CONTRADICTED});
 * a claim the base has no statement on is {@code ONC-APPROVAL-UNSUPPORTED}: an error for a claim that
 * something is approved in the patient-facing set, a warning in the clinician-facing set and for a
 * claim that something is not approved. The cancer is the one the sentence names (the most specific
 * the base has a statement for), else the answer's. Questions and hedged sentences ("whether it is
 * approved", "may be approved") claim nothing; "may already be approved" does. A positive claim is
 * matched to the statements of the agency it names (the FDA unless it names another) and must agree
 * with them on what it says of the approval beyond its cancer ({@link ApprovalFacets}).
 */
final class ApprovalRule {
    private static final Pattern AVAILABLE_FOR =
            Pattern.compile("(?i)^\\s+(?:for|to\\s+treat|to\\s+people|to\\s+patients"
                    + "|as\\s+(?:an?\\s+|the\\s+)?(?:approved|first|second|standard|treatment))");
    /** A cancer named after the claim that the vocabulary may not know: "for pancreatic cancer". */
    private static final Pattern CANCER_NAMED = Pattern.compile(
            "(?i)\\bfor\\s+(?:(?:people|patients|adults|children|those)\\s+(?:whose|with|who\\s+have)\\s+)?"
                    + "((?:(?!(?:several|many|other|some|different|various|this|that|these|those|your|their|his|her"
                    + "|its|certain|multiple|all|any|more|most|which|what)\\b)[\\p{L}-]{1,40}\\s{1,3}){1,3}"
                    + "(?:cancers?|carcinomas?|tumou?rs?|leuka?emias?|lymphomas?|melanomas?|sarcomas?|myelomas?))\\b");
    /** Where a clause starts: after a semicolon, a colon, a dash or ", and" / ", but" / ", while". */
    private static final Pattern CLAUSE =
            Pattern.compile("(?i)(?:[;:]|\\s[—–]\\s|,\\s+(?:and|but|while|whereas|although)\\s)");

    private static final Pattern SET_AGAINST = Pattern.compile(
            "(?i)\\b(?:unlike|instead\\s+of|rather\\s+than|after|following|than|versus|vs\\.?|compared\\s+(?:with|to)"
                    + "|previously\\s+(?:treated\\s+)?with|progressed\\s+on|grew\\s+on"
                    + "|(?:already\\s+)?(?:had|received|tried|taken)|intolerant\\s+(?:of|to)"
                    + "|(?:treated|removed|cured|managed)\\s+(?:with|by))\\s+(?:the\\s+|a\\s+)?$");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(not|never|no|isn't|isn’t|aren't|aren’t|hasn't|hasn’t|haven't|haven’t|without|unapproved|lacks?"
                    + "|neither|nor)\\b|\\byet\\s+to\\s+be\\b");
    private static final Pattern ONLY_IN_TRIALS = Pattern.compile(
            "(?i)\\bavailable\\s+(?:only\\s+)?(?:in|through|within|as\\s+part\\s+of)\\s+(?:a\\s+)?(?:clinical\\s+)?trials?\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)\\b(whether|if|may(?!\\s+\\d)|might|could|would|hope[sd]?|expected|pending|awaiting|seeking|submitted"
                    + "|under\\s+review|applied|apply|ask)\\b(?!\\s+(?:already|now|currently|well)\\b)");
    private static final char[] CLAUSE_MARKS = {':', ';', '·', '|', '•'};
    /** What joins a second medicine to the one approved, after the word of approval: "in combination with". */
    private static final Pattern PARTNER_AFTER =
            Pattern.compile("(?i)^\\s*(?:by\\s+the\\s+[\\p{L}.]+\\s+)?(?:(?:for\\s+use|when\\s+given|given|used)\\s+)?"
                    + "(?:in\\s+combination\\s+with|combined\\s+with|together\\s+with|along\\s+with|alongside|plus|with)"
                    + "\\s+(?:the\\s+)?$");

    private static final Pattern JOINED = Pattern.compile(
            "(?i)^\\s*(?:\\+|plus|and|with|in\\s+combination\\s+with|combined\\s+with|together\\s+with)\\s*$");

    /**
     * The clauses of one sentence read as claims: each costs a pass over the sentence, so a sentence of
     * thousands of them stays linear; a real sentence makes one to three.
     */
    private static final int MAX_CLAIMS_PER_SENTENCE = 8;

    private ApprovalRule() {}

    /**
     * One claim: where, what it says, what the base says, the agency when the claim names one other than
     * the FDA, and where a positive claim and the approval it is matched to disagree (line of therapy,
     * setting, population, kind of approval).
     */
    record Claim(
            Location at,
            String text,
            String treatment,
            boolean negative,
            String cancer,
            ApprovalStatus status,
            Optional<ApprovalFacets.Agency> agency,
            Optional<ApprovalFacets.Disagreement> disagreement) {
        String says() {
            return treatment + " " + (negative ? "is not" : "is") + " approved"
                    + agency.map(a -> a.words().regionMatches(true, 0, "in ", 0, 3)
                                    ? " in " + a.words().substring(3)
                                    : " by " + a.words())
                            .orElse("")
                    + " for " + cancer;
        }

        boolean contradicts() {
            return status.verdict() != ApprovalStatus.Verdict.UNKNOWN
                    && ((status.verdict() == ApprovalStatus.Verdict.APPROVED) == negative || disagreement.isPresent());
        }
    }

    static List<Claim> claims(Answer answer, EvidenceBase evidence) {
        List<Claim> claims = new ArrayList<>();
        for (TextUnit unit : TextUnit.of(answer, evidence)) {
            // a question asks and claims nothing; a statement in the title or among the questions to ask
            // ("# CAR-T is approved for liver cancer.") is shown as any other is
            for (int[] sentence : Sentences.of(unit.text)) {
                String said = unit.text.substring(sentence[0], sentence[1]);
                if (QuestionsToAsk.isQuestion(said)) {
                    continue;
                }
                // a nested bullet's claim whose treatment the parent item names: "- Stivarga" over "- FDA-approved for"
                String text = ApprovalFacets.APPROVED.matcher(said).find()
                        ? ApprovalLabels.withLabel(unit, sentence, said, evidence.vocabulary())
                        : said;
                boolean onlyInTrials = ONLY_IN_TRIALS.matcher(text).find();
                // each clause that makes a claim is one: "X has regular approval, whereas Y only has
                // accelerated approval" claims twice
                Matcher approved = ApprovalFacets.APPROVED.matcher(text);
                int previousEnd = 0;
                int previousClause = -1;
                int made = 0;
                int unnamed = -1;
                Matcher clauses = CLAUSE.matcher(text);
                boolean moreClauses = clauses.find();
                int clauseAt = 0;
                while (made < MAX_CLAIMS_PER_SENTENCE && approved.find()) {
                    // "several treatments are available" says nothing of a regulator, "available as an
                    // approved treatment" does; read in place: a copy of the rest per "available" was
                    // quadratic in a sentence of many
                    boolean claim = !approved.group(1).equalsIgnoreCase("available")
                            || onlyInTrials
                            || AVAILABLE_FOR
                                    .matcher(text)
                                    .region(approved.end(), text.length())
                                    .lookingAt();
                    if (!claim) {
                        continue;
                    }
                    // the clause holding the word, found by one pass over the sentence for all its words
                    while (moreClauses && clauses.end() <= approved.start()) {
                        clauseAt = clauses.end();
                        moreClauses = clauses.find();
                    }
                    int clauseStart = clauseAt;
                    if (clauseStart <= Math.max(previousClause, unnamed)) {
                        continue;
                    }
                    if (previousClause >= 0 && !namesTreatment(text, evidence, clauseStart, approved.start())) {
                        unnamed = clauseStart; // a later clause claims for what it names itself, not for the first's
                        continue;
                    }
                    claim(answer, evidence, unit, sentence, text, approved, previousEnd, onlyInTrials, claims);
                    previousEnd = approved.end();
                    previousClause = clauseStart;
                    made++;
                }
            }
        }
        return claims;
    }

    /**
     * The claims one word of approval makes, added to {@code claims}: its clause's treatments against the
     * cancer the sentence names; {@code from} is where the words that may deny or hedge it start (the end
     * of the previous claim's word of approval, so that "X is not approved, but Y is approved" does not
     * deny Y's).
     */
    private static void claim(
            Answer answer,
            EvidenceBase evidence,
            TextUnit unit,
            int[] sentence,
            String text,
            Matcher approved,
            int from,
            boolean onlyInTrials,
            List<Claim> claims) {
        String upTo = text.substring(0, approved.end());
        int clauseStart = clauseStart(text, approved.start());
        Matcher nextClause = CLAUSE.matcher(text);
        int clauseEnd = nextClause.find(approved.end()) ? nextClause.start() : text.length();
        String clause = text.substring(clauseStart, clauseEnd);
        Optional<ApprovalFacets.Agency> agency = ApprovalFacets.agency(clause);
        // a hedge hedges its own clause: "Questions to ask: X is approved for ..." still claims it,
        // as does a byline's last part ("May 18, 2026 · X is approved for ...")
        int hedged = -1;
        for (char mark : CLAUSE_MARKS) {
            hedged = Math.max(hedged, upTo.lastIndexOf(mark, approved.start()));
        }
        if (HEDGE.matcher(upTo.substring(Math.max(hedged + 1, from))).find() && !onlyInTrials) {
            return;
        }
        boolean negative =
                onlyInTrials || NEGATION.matcher(upTo.substring(from)).find();
        List<Mention> mentions = evidence.vocabulary().tag(text);
        List<CancerType> cancers = new ArrayList<>();
        mentions.stream()
                .map(Mention::concept)
                .filter(CancerType.class::isInstance)
                .map(CancerType.class::cast)
                .forEach(cancers::add);
        Matcher unknownCancer = CANCER_NAMED.matcher(text.substring(approved.end()));
        Optional<String> unknown = cancers.isEmpty() && unknownCancer.find()
                ? Optional.of(unknownCancer.group(1).strip())
                : Optional.empty();
        if (cancers.isEmpty() && unknown.isEmpty()) {
            answer.cancerType().ifPresent(cancers::add);
        }
        if (cancers.isEmpty() && unknown.isEmpty()) {
            return;
        }
        Map<Concept, String> named = treatments(text, mentions, evidence, approved.start(), approved.end());
        if (named.isEmpty()) {
            // "All PD-1 inhibitors are approved ...": a class the vocabulary does not hold is claimed all the same
            ApprovalClasses.named(text, clauseStart, approved.start())
                    .ifPresent(group -> claims.add(new Claim(
                            unit.location.span(sentence[0], sentence[1]),
                            text.strip(),
                            group,
                            negative,
                            unknown.orElseGet(() -> cancers.get(0).name()),
                            ApprovalStatus.unknown(),
                            agency,
                            Optional.empty())));
            return;
        }
        for (Map.Entry<Concept, String> t : named.entrySet()) {
            // a cancer the base does not know ("for pancreatic cancer") has no statement: the
            // answer's own cancer must not stand in for it
            ApprovalStatus status = unknown.isPresent()
                    ? ApprovalStatus.unknown()
                    : status(evidence, t.getKey(), cancers, agency.map(ApprovalFacets.Agency::code));
            Optional<ApprovalFacets.Disagreement> disagreement =
                    negative || status.verdict() != ApprovalStatus.Verdict.APPROVED
                            ? Optional.empty()
                            : status.statement()
                                    .flatMap(s -> ApprovalFacets.disagreement(
                                            clause,
                                            text.substring(clauseStart, approved.end()) + " "
                                                    + ApprovalListItems.itemOf(text, t.getValue(), approved.end()),
                                            shifted(mentions, clauseStart, clauseEnd),
                                            approvalsLike(evidence, s),
                                            evidence.vocabulary()));
            String cancer = unknown.orElseGet(() -> status.statement()
                    .map(s -> s.cancerType())
                    .filter(cancers::contains)
                    .orElse(cancers.get(0))
                    .name());
            claims.add(new Claim(
                    unit.location.span(sentence[0], sentence[1]),
                    text.strip(),
                    t.getValue(),
                    negative,
                    cancer,
                    status,
                    agency,
                    disagreement));
        }
    }

    /** Whether the vocabulary names a treatment in {@code [from, to)} of the text. */
    private static boolean namesTreatment(String text, EvidenceBase evidence, int from, int to) {
        return evidence.vocabulary().tag(text.substring(from, to)).stream()
                .anyMatch(m -> m.concept() instanceof Drug
                        || m.concept() instanceof Therapy
                        || m.concept() instanceof Regimen);
    }

    /**
     * The treatments a sentence claims approval for, each once, by the words it uses: those named in
     * the clause before the word of approval ("X is approved for HCC after sorafenib", not sorafenib),
     * else those named after it ("the FDA approved X"). Two named with "plus", "+", "and" or "with"
     * between them are the regimen they make, when the base knows it.
     */
    private static Map<Concept, String> treatments(
            String text, List<Mention> mentions, EvidenceBase evidence, int approvedAt, int approvedEnd) {
        int from = clauseStart(text, approvedAt);
        List<Mention> all = mentions.stream()
                .filter(m ->
                        m.concept() instanceof Drug || m.concept() instanceof Therapy || m.concept() instanceof Regimen)
                .filter(m -> !SET_AGAINST
                        .matcher(text.substring(Math.max(0, m.start() - 40), m.start()))
                        .find())
                .toList();
        List<Mention> subject = all.stream()
                .filter(m -> m.start() >= from && m.end() <= approvedAt)
                .toList();
        if (subject.isEmpty()) {
            // "**Ramucirumab:** not FDA-approved": the subject stands before the clause
            subject = all.stream().filter(m -> m.end() <= approvedAt).toList();
        }
        subject = ApprovalClasses.withoutClassesOfNamedMembers(subject);
        // "X is approved in combination with Y": the claim is for the regimen the two make, when the base knows it
        if (subject.size() == 1) {
            Mention alone = subject.get(0);
            Optional<Mention> partner =
                    all.stream().filter(m -> m.start() >= approvedEnd).findFirst();
            if (partner.isPresent()
                    && PARTNER_AFTER
                            .matcher(text.substring(approvedEnd, partner.get().start()))
                            .matches()) {
                Optional<Concept> regimen =
                        regimenOf(evidence, alone.concept(), partner.get().concept());
                if (regimen.isPresent()) {
                    Map<Concept, String> out = new LinkedHashMap<>();
                    out.put(
                            regimen.get(),
                            text.substring(alone.start(), partner.get().end()));
                    return out;
                }
            }
        }
        // "approved X for liver cancer that can't be removed with surgery": what is approved is named before
        // the cancer it is approved for; a treatment named after the cancer describes the cancer
        int cancerAt = mentions.stream()
                .filter(m -> m.concept() instanceof CancerType && m.start() >= approvedEnd)
                .mapToInt(Mention::start)
                .min()
                .orElse(text.length());
        List<Mention> before = all.stream()
                .filter(m -> m.start() >= approvedEnd && m.start() < cancerAt)
                .toList();
        List<Mention> named = !subject.isEmpty()
                ? subject
                : !before.isEmpty()
                        ? before
                        : all.stream().filter(m -> m.start() >= approvedEnd).toList();
        List<Named> merged = withTheirBrands(text, named);
        Map<Concept, String> out = new LinkedHashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            Named m = merged.get(i);
            if (i + 1 < merged.size()) {
                Named next = merged.get(i + 1);
                if (JOINED.matcher(text.substring(m.end(), next.start())).matches()) {
                    // by the concepts' names, so that brands ("Tecentriq plus Avastin") make the regimen too
                    Optional<Concept> regimen = regimenOf(evidence, m.concept(), next.concept());
                    if (regimen.isPresent()) {
                        out.putIfAbsent(regimen.get(), text.substring(m.start(), next.end()));
                        i++;
                        continue;
                    }
                }
            }
            out.putIfAbsent(m.concept(), m.text());
        }
        return out;
    }

    /** The regimen two treatments make, in either order, when the base knows it. */
    private static Optional<Concept> regimenOf(EvidenceBase evidence, Concept one, Concept other) {
        return evidence.vocabulary()
                .treatment(one.name() + " + " + other.name())
                .or(() -> evidence.vocabulary().treatment(other.name() + " + " + one.name()))
                .filter(Regimen.class::isInstance);
    }

    /** A treatment named, with the brand or generic name in brackets after it when there is one. */
    private record Named(Concept concept, int start, int end, String text) {}

    private static final Pattern OPEN_BRACKET = Pattern.compile("^\\s*[(\\[]\\s*$");

    /**
     * The mentions with "atezolizumab (Tecentriq)" and "Tecentriq (atezolizumab)" each one name, so that
     * what joins two treatments is read between them and their brackets.
     */
    private static List<Named> withTheirBrands(String text, List<Mention> named) {
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Mention m = named.get(i);
            int end = m.end();
            if (i + 1 < named.size()) {
                Mention next = named.get(i + 1);
                if (next.concept().equals(m.concept())
                        && next.start() >= m.end()
                        && OPEN_BRACKET
                                .matcher(text.substring(m.end(), next.start()))
                                .matches()) {
                    end = next.end();
                    while (end < text.length() && (text.charAt(end) == ' ')) {
                        end++;
                    }
                    end = end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == ']')
                            ? end + 1
                            : next.end();
                    i++;
                }
            }
            if (m.concept() instanceof Regimen r) {
                // "ABCP (atezolizumab, bevacizumab and chemotherapy)": the components spelled out are the regimen
                int close = bracketAfter(text, end);
                while (close > 0
                        && i + 1 < named.size()
                        && named.get(i + 1).end() <= close
                        && r.componentIds().contains(named.get(i + 1).concept().id())) {
                    i++;
                    end = close + 1;
                }
            }
            out.add(new Named(m.concept(), m.start(), end, m.text()));
        }
        return out;
    }

    /** Where the bracket opened right after {@code from} closes, within 200 characters; -1 if none. */
    private static int bracketAfter(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || (text.charAt(at) != '(' && text.charAt(at) != '[')) {
            return -1;
        }
        char closing = text.charAt(at) == '(' ? ')' : ']';
        for (int i = at + 1; i < Math.min(text.length(), at + 200); i++) {
            if (text.charAt(i) == closing) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The base's statement for the treatment and the cancers named: a statement for one of them, or
     * an approval for a narrower cancer (an approval for hepatocellular carcinoma is one for a liver
     * cancer); unknown when it has none.
     */
    private static ApprovalStatus status(
            EvidenceBase evidence, Concept treatment, List<CancerType> cancers, Optional<String> agency) {
        String by = agency.orElse(Approval.FDA);
        ApprovalStatus first = evidence.approvalStatus(treatment, cancers.get(0), by);
        for (CancerType c : cancers) {
            ApprovalStatus s = evidence.approvalStatus(treatment, c, by);
            if (s.verdict() != ApprovalStatus.Verdict.UNKNOWN) {
                return s;
            }
        }
        for (CancerType c : cancers) {
            for (Concept narrower : evidence.vocabulary().narrower(c)) {
                if (narrower instanceof CancerType n) {
                    ApprovalStatus s = evidence.approvalStatus(treatment, n, by);
                    if (s.verdict() == ApprovalStatus.Verdict.APPROVED) {
                        return s;
                    }
                }
            }
        }
        return first;
    }

    /** The approvals of the same treatment, cancer and agency as {@code statement}, which is one of them. */
    private static List<Approval> approvalsLike(EvidenceBase evidence, Approval statement) {
        return evidence.approvals().stream()
                .filter(a -> a.verdict() == ApprovalStatus.Verdict.APPROVED
                        && a.agency().equalsIgnoreCase(statement.agency())
                        && a.treatment().equals(statement.treatment())
                        && a.cancerType().equals(statement.cancerType()))
                .toList();
    }

    /** Where the clause holding {@code at} starts: after the last semicolon, colon, dash or ", and" before it. */
    private static int clauseStart(String text, int at) {
        int start = 0;
        Matcher c = CLAUSE.matcher(text);
        while (c.find() && c.end() <= at) {
            start = c.end();
        }
        return start;
    }

    /** The mentions inside {@code [from, to)}, with positions counted from {@code from}. */
    private static List<Mention> shifted(List<Mention> mentions, int from, int to) {
        return mentions.stream()
                .filter(m -> m.start() >= from && m.end() <= to)
                .map(m -> Mention.of(m.concept(), m.start() - from, m.end() - from, m.text()))
                .toList();
    }

    private static String shorten(String sentence) {
        return sentence.length() <= 160 ? sentence : sentence.substring(0, 157) + "...";
    }

    static final class Contradicted extends BaseRule {
        private final EvidenceBase evidence;

        Contradicted(EvidenceBase evidence) {
            super("ONC-APPROVAL-CONTRADICTED", Severity.ERROR, "Approval claims agree with the evidence base.");
            this.evidence = evidence;
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            for (Claim claim : claims(answer, evidence)) {
                if (claim.contradicts()) {
                    String source = claim.status()
                            .citation()
                            .flatMap(c -> c.title().or(c::doi).or(c::url))
                            .orElse("the evidence base");
                    boolean approved = claim.status().verdict() == ApprovalStatus.Verdict.APPROVED;
                    String statement = claim.status()
                            .statement()
                            .map(s -> " for " + s.cancerType().name()
                                    + s.date().map(d -> " since " + d).orElse(""))
                            .orElse("");
                    String message = claim.disagreement()
                            .map(d -> "the sentence says " + claim.says() + ", but not as the approval has it: "
                                    + d.what() + "; the evidence base's approval is for "
                                    + ApprovalFacets.indication(d.statement()) + " ("
                                    + d.statement().citation().title().orElse(source) + ")")
                            .orElse("the sentence says " + claim.says() + "; the evidence base says it is"
                                    + (approved ? "" : " not") + " approved" + statement + " (" + source + ")");
                    findings.add(finding(
                            claim.at(),
                            message,
                            Optional.of(shorten(claim.text())),
                            Optional.of("state the approval status as the cited source does")));
                }
            }
            return findings;
        }
    }

    static final class Unsupported extends BaseRule {
        private final EvidenceBase evidence;
        private final boolean strict;

        /** {@code strict}: a claim that something is approved, with no statement behind it, is an error. */
        Unsupported(EvidenceBase evidence, boolean strict) {
            super(
                    "ONC-APPROVAL-UNSUPPORTED",
                    strict ? Severity.ERROR : Severity.WARNING,
                    "Approval claims are backed by a regulator's statement in the evidence base.");
            this.evidence = evidence;
            this.strict = strict;
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            for (Claim claim : claims(answer, evidence)) {
                if (claim.status().verdict() == ApprovalStatus.Verdict.UNKNOWN) {
                    Finding f = finding(
                            claim.at(),
                            "unverified approval claim: the sentence says " + claim.says()
                                    + ", and the evidence base has no regulator's statement on it",
                            Optional.of(shorten(claim.text())),
                            Optional.of("cite the regulatory source or remove the claim"));
                    findings.add(strict && claim.negative() ? f.withSeverity(Severity.WARNING) : f);
                }
            }
            return findings;
        }
    }
}
