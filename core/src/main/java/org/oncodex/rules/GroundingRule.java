package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/**
 * Every statistic an answer's own words state (a hazard ratio, an interval, a median, a percentage,
 * a relative change) matches a trial result among its sources, to the precision it is printed
 * with. The results considered are those the answer states as typed statistics and those of the
 * evidence base whose citation the answer lists. A number a result has, about something other than
 * what its sentence says, is {@link MisattributionRule}'s.
 */
final class GroundingRule extends BaseRule {
    private final EvidenceBase evidence;

    GroundingRule(EvidenceBase evidence) {
        super(
                "ONC-NUMBER-UNGROUNDED",
                Severity.ERROR,
                "Every number in the text matches a trial result among the answer's sources.");
        this.evidence = evidence;
    }

    @Override
    public List<Finding> check(Answer answer) {
        List<Finding> findings = new ArrayList<>();
        for (NumberCheck.Outcome o : NumberCheck.of(answer, evidence)) {
            if (!o.matches().isEmpty()) {
                continue;
            }
            findings.add(finding(
                    o.unit().location.span(o.statement().start(), o.statement().end()),
                    "\"" + o.words() + "\" matches no trial result among the answer's sources",
                    Optional.of(o.words()),
                    Optional.of(o.elsewhere()
                            .flatMap(TrialResult::citation)
                            .map(c -> "the evidence base has it from " + name(c) + ": cite that source")
                            .orElse("state only numbers that a cited source gives, or reference the result"))));
        }
        return findings;
    }

    static String name(Citation c) {
        return c.title()
                .map(t -> "\"" + t + "\"")
                .or(() -> c.doi().map(d -> "doi:" + d))
                .orElse("a source");
    }
}
