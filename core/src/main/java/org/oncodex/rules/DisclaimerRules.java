package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerDisclaimer;
import org.oncodex.answer.Answers;
import org.oncodex.disclaimers.AnswerFacts;
import org.oncodex.disclaimers.Disclaimer;
import org.oncodex.disclaimers.DisclaimerCatalog;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.disclaimers.Requirement;
import org.oncodex.evidence.EvidenceBase;

/** The disclaimers an answer's policy requires are there, in their current versions. */
final class DisclaimerRules {
    private DisclaimerRules() {}

    static final class Missing extends BaseRule {
        private final DisclaimerPolicy policy;
        private final EvidenceBase evidence;

        Missing(DisclaimerPolicy policy, EvidenceBase evidence) {
            super(
                    "ONC-DISCLAIMER-MISSING",
                    Severity.ERROR,
                    "Every disclaimer the policy requires for the answer's facts is present.");
            this.policy = policy;
            this.evidence = evidence;
        }

        @Override
        public List<Finding> check(Answer answer) {
            AnswerFacts facts = Answers.facts(answer, evidence);
            if (!policy.appliesTo(facts)) {
                return List.of(finding(
                        Location.of(Location.Part.DISCLAIMERS),
                        "the disclaimer policy does not serve this answer's audience (" + answer.audience() + ")"));
            }
            List<Finding> findings = new ArrayList<>();
            for (Requirement required : policy.requirements(facts)) {
                if (!answer.hasDisclaimer(required.kind())) {
                    findings.add(finding(
                            Location.of(Location.Part.DISCLAIMERS),
                            "the answer lacks the " + required.kind() + " disclaimer (" + required.placement() + "): "
                                    + required.reason(),
                            Optional.empty(),
                            Optional.of("build the answer with Answer.builder(policy), which adds it")));
                }
            }
            return findings;
        }
    }

    static final class Outdated extends BaseRule {
        private final DisclaimerCatalog catalog;

        Outdated(DisclaimerCatalog catalog) {
            super(
                    "ONC-DISCLAIMER-OUTDATED",
                    Severity.WARNING,
                    "Disclaimers from the catalogue are in its current version.");
            this.catalog = catalog;
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            for (AnswerDisclaimer placed : answer.disclaimers()) {
                var shown = placed.disclaimer();
                if (shown.version() < 1) {
                    continue; // wording of the answer's own, not from a catalogue
                }
                Disclaimer current = catalog.disclaimer(shown.kind(), shown.locale());
                if (current.id().equals(shown.id()) && current.version() > shown.version()) {
                    findings.add(finding(
                            Location.of(Location.Part.DISCLAIMERS),
                            "the " + shown.id() + " disclaimer is version " + shown.version() + "; the catalogue's is "
                                    + current.version(),
                            Optional.of(shown.text()),
                            Optional.of("rebuild the answer to get the current wording")));
                }
            }
            return findings;
        }
    }
}
