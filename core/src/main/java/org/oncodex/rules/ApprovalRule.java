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
 * approved", "may be approved") claim nothing.
 */
final class ApprovalRule {
    private static final Pattern APPROVED =
            Pattern.compile("(?i)\\b(approved|approval|approves|approve|authori[sz]ed|authori[sz]ation|cleared|licensed"
                    + "|available)\\b");
    private static final Pattern AVAILABLE_FOR =
            Pattern.compile("(?i)^\\s+(?:for|to\\s+treat|to\\s+people|to\\s+patients"
                    + "|as\\s+(?:an?\\s+|the\\s+)?(?:approved|first|second|standard|treatment))");
    /** A cancer named after the claim that the vocabulary may not know: "for pancreatic cancer". */
    private static final Pattern CANCER_NAMED = Pattern.compile(
            "(?i)\\bfor\\s+((?:(?!(?:several|many|other|some|different|various|this|that|these|those|your|their|his|her"
                    + "|its|certain|multiple|all|any|more|most|which|what)\\b)[\\p{L}-]{1,40}\\s{1,3}){1,3}"
                    + "(?:cancers?|carcinomas?|tumou?rs?|leuka?emias?|lymphomas?|melanomas?|sarcomas?|myelomas?))\\b");
    /** Where a clause starts: after a semicolon, a colon, a dash or ", and" / ", but" / ", while". */
    private static final Pattern CLAUSE =
            Pattern.compile("(?i)(?:[;:]|\\s[—–]\\s|,\\s+(?:and|but|while|whereas|although)\\s)");

    private static final Pattern SET_AGAINST = Pattern.compile(
            "(?i)\\b(?:unlike|instead\\s+of|rather\\s+than|after|following|than|versus|vs\\.?|compared\\s+(?:with|to)"
                    + "|previously\\s+(?:treated\\s+)?with|progressed\\s+on|grew\\s+on"
                    + "|(?:already\\s+)?(?:had|received|tried|taken)|intolerant\\s+(?:of|to))\\s+(?:the\\s+|a\\s+)?$");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(not|never|no|isn't|isn’t|aren't|aren’t|hasn't|hasn’t|haven't|haven’t|without|unapproved|lacks?"
                    + "|neither|nor)\\b|\\byet\\s+to\\s+be\\b");
    private static final Pattern ONLY_IN_TRIALS = Pattern.compile(
            "(?i)\\bavailable\\s+(?:only\\s+)?(?:in|through|within|as\\s+part\\s+of)\\s+(?:a\\s+)?(?:clinical\\s+)?trials?\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)\\b(whether|if|may(?!\\s+\\d)|might|could|would|hope[sd]?|expected|pending|awaiting|seeking|submitted"
                    + "|under\\s+review"
                    + "|applied|apply|ask)\\b");
    private static final char[] CLAUSE_MARKS = {':', ';', '·', '|', '•'};
    private static final Pattern JOINED = Pattern.compile(
            "(?i)^\\s*(?:\\+|plus|and|with|in\\s+combination\\s+with|combined\\s+with|together\\s+with)\\s*$");

    private ApprovalRule() {}

    /** One claim: where, what it says, and what the base says. */
    record Claim(Location at, String text, String treatment, boolean negative, String cancer, ApprovalStatus status) {
        String says() {
            return treatment + " " + (negative ? "is not" : "is") + " approved for " + cancer;
        }

        boolean contradicts() {
            return status.verdict() != ApprovalStatus.Verdict.UNKNOWN
                    && (status.verdict() == ApprovalStatus.Verdict.APPROVED) == negative;
        }
    }

    static List<Claim> claims(Answer answer, EvidenceBase evidence) {
        List<Claim> claims = new ArrayList<>();
        for (TextUnit unit : TextUnit.of(answer, evidence)) {
            // a question asks and claims nothing; a statement in the title or among the questions to ask
            // ("# CAR-T is approved for liver cancer.") is shown as any other is
            for (int[] sentence : Sentences.of(unit.text)) {
                String text = unit.text.substring(sentence[0], sentence[1]);
                if (QuestionsToAsk.isQuestion(text)) {
                    continue;
                }
                boolean onlyInTrials = ONLY_IN_TRIALS.matcher(text).find();
                // the first word of approval that makes a claim: "several treatments are available"
                // says nothing of a regulator, "available as an approved treatment" does
                Matcher approved = APPROVED.matcher(text);
                boolean claim = false;
                while (!claim && approved.find()) {
                    claim = !approved.group(1).equalsIgnoreCase("available")
                            || onlyInTrials
                            || AVAILABLE_FOR
                                    .matcher(text.substring(approved.end()))
                                    .find();
                }
                if (!claim) {
                    continue;
                }
                String upTo = text.substring(0, approved.end());
                // a hedge hedges its own clause: "Questions to ask: X is approved for ..." still claims it,
                // as does a byline's last part ("May 18, 2026 · X is approved for ...")
                int clause = -1;
                for (char mark : CLAUSE_MARKS) {
                    clause = Math.max(clause, upTo.lastIndexOf(mark, approved.start()));
                }
                if (HEDGE.matcher(upTo.substring(clause + 1)).find() && !onlyInTrials) {
                    continue;
                }
                boolean negative = onlyInTrials || NEGATION.matcher(upTo).find();
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
                    continue;
                }
                for (Map.Entry<Concept, String> t : treatments(
                                text, mentions, evidence, approved.start(), approved.end())
                        .entrySet()) {
                    // a cancer the base does not know ("for pancreatic cancer") has no statement: the
                    // answer's own cancer must not stand in for it
                    ApprovalStatus status =
                            unknown.isPresent() ? ApprovalStatus.unknown() : status(evidence, t.getKey(), cancers);
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
                            status));
                }
            }
        }
        return claims;
    }

    /**
     * The treatments a sentence claims approval for, each once, by the words it uses: those named in
     * the clause before the word of approval ("X is approved for HCC after sorafenib", not sorafenib),
     * else those named after it ("the FDA approved X"). Two named with "plus", "+", "and" or "with"
     * between them are the regimen they make, when the base knows it.
     */
    private static Map<Concept, String> treatments(
            String text, List<Mention> mentions, EvidenceBase evidence, int approvedAt, int approvedEnd) {
        int clause = 0;
        Matcher c = CLAUSE.matcher(text);
        while (c.find() && c.end() <= approvedAt) {
            clause = c.end();
        }
        int from = clause;
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
        List<Mention> named = !subject.isEmpty()
                ? subject
                : all.stream().filter(m -> m.start() >= approvedEnd).toList();
        Map<Concept, String> out = new LinkedHashMap<>();
        for (int i = 0; i < named.size(); i++) {
            Mention m = named.get(i);
            if (i + 1 < named.size() && m.end() <= named.get(i + 1).start()) {
                Mention next = named.get(i + 1);
                String between = text.substring(m.end(), next.start());
                if (JOINED.matcher(between).matches()) {
                    String words = text.substring(m.start(), next.end());
                    Optional<Concept> regimen = evidence.vocabulary().treatment(words);
                    if (regimen.isPresent() && regimen.get() instanceof Regimen) {
                        out.putIfAbsent(regimen.get(), words);
                        i++;
                        continue;
                    }
                }
            }
            out.putIfAbsent(m.concept(), m.text());
        }
        return out;
    }

    /**
     * The base's statement for the treatment and the cancers named: a statement for one of them, or
     * an approval for a narrower cancer (an approval for hepatocellular carcinoma is one for a liver
     * cancer); unknown when it has none.
     */
    private static ApprovalStatus status(EvidenceBase evidence, Concept treatment, List<CancerType> cancers) {
        ApprovalStatus first = evidence.approvalStatus(treatment, cancers.get(0));
        for (CancerType c : cancers) {
            ApprovalStatus s = evidence.approvalStatus(treatment, c);
            if (s.verdict() != ApprovalStatus.Verdict.UNKNOWN) {
                return s;
            }
        }
        for (CancerType c : cancers) {
            for (Concept narrower : evidence.vocabulary().narrower(c)) {
                if (narrower instanceof CancerType n) {
                    ApprovalStatus s = evidence.approvalStatus(treatment, n);
                    if (s.verdict() == ApprovalStatus.Verdict.APPROVED) {
                        return s;
                    }
                }
            }
        }
        return first;
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
                    findings.add(finding(
                            claim.at(),
                            "the sentence says " + claim.says() + "; the evidence base says it is"
                                    + (approved ? "" : " not") + " approved" + statement + " (" + source + ")",
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
