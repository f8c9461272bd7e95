package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.ApprovalStatus;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.Mention;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;

/**
 * Approval claims: sentences that say a therapy is, or is not, approved for a cancer, held against
 * the evidence base. A contradiction is an error ({@code ONC-APPROVAL-CONTRADICTED}); a claim the
 * base has no statement about is a warning ({@code ONC-APPROVAL-UNSUPPORTED}). The cancer is the
 * one the sentence names, else the answer's; questions are not claims.
 */
final class ApprovalRule {
    private static final Pattern APPROVED = Pattern.compile("(?i)\\b(approved|approval|approves|approve)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(not|never|no|isn't|isn’t|aren't|aren’t|hasn't|hasn’t|haven't|haven’t|without|unapproved|lacks?)\\b"
                    + "|\\byet\\s+to\\s+be\\b");

    private ApprovalRule() {}

    /** One claim: where, what it says, and what the base says. */
    private record Claim(
            Location at, String text, String treatment, boolean negative, CancerType cancer, ApprovalStatus status) {
        String says() {
            return treatment + " " + (negative ? "is not" : "is") + " approved for " + cancer.name();
        }

        boolean contradicts() {
            return status.verdict() != ApprovalStatus.Verdict.UNKNOWN
                    && (status.verdict() == ApprovalStatus.Verdict.APPROVED) == negative;
        }
    }

    private static List<Claim> claims(Answer answer, EvidenceBase evidence) {
        List<Claim> claims = new ArrayList<>();
        for (TextUnit unit : TextUnit.of(answer)) {
            for (int[] sentence : Sentences.of(unit.text)) {
                String text = unit.text.substring(sentence[0], sentence[1]);
                Matcher approved = APPROVED.matcher(text);
                if (!approved.find() || text.strip().endsWith("?")) {
                    continue;
                }
                boolean negative =
                        NEGATION.matcher(text.substring(0, approved.end())).find();
                List<Mention> mentions = evidence.vocabulary().tag(text);
                Optional<CancerType> cancer = mentions.stream()
                        .map(Mention::concept)
                        .filter(c -> c instanceof CancerType)
                        .map(c -> (CancerType) c)
                        .findFirst()
                        .or(answer::cancerType);
                if (cancer.isEmpty()) {
                    continue;
                }
                for (Mention m : mentions) {
                    Concept c = m.concept();
                    if (c instanceof Drug || c instanceof Therapy || c instanceof Regimen) {
                        claims.add(new Claim(
                                unit.location.span(sentence[0], sentence[1]),
                                text.strip(),
                                m.text(),
                                negative,
                                cancer.get(),
                                evidence.approvalStatus(c, cancer.get())));
                    }
                }
            }
        }
        return claims;
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
                            .flatMap(c -> c.title().or(c::doi))
                            .orElse("the evidence base");
                    boolean approved = claim.status().verdict() == ApprovalStatus.Verdict.APPROVED;
                    findings.add(finding(
                            claim.at(),
                            "\"" + claim.text() + "\" says " + claim.says() + "; the evidence base says it is"
                                    + (approved ? "" : " not") + " (" + source + ")",
                            Optional.of(claim.text()),
                            Optional.of("state the approval status as the cited source does")));
                }
            }
            return findings;
        }
    }

    static final class Unsupported extends BaseRule {
        private final EvidenceBase evidence;

        Unsupported(EvidenceBase evidence) {
            super(
                    "ONC-APPROVAL-UNSUPPORTED",
                    Severity.WARNING,
                    "Approval claims are backed by a statement in the evidence base.");
            this.evidence = evidence;
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            for (Claim claim : claims(answer, evidence)) {
                if (claim.status().verdict() == ApprovalStatus.Verdict.UNKNOWN) {
                    findings.add(finding(
                            claim.at(),
                            "\"" + claim.text() + "\" says " + claim.says()
                                    + ", which the evidence base has no statement about",
                            Optional.of(claim.text()),
                            Optional.of("cite a source for the approval status, or leave the claim out")));
                }
            }
            return findings;
        }
    }
}
