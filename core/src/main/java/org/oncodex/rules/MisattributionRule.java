package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.TrialResult;

/**
 * A number that a cited result has, said to be about something the result is not: another drug or
 * trial, another endpoint, another cancer, the whole population for a subgroup (or the reverse),
 * the other arm. The message names the result the number belongs to and the facet that disagrees.
 */
final class MisattributionRule extends BaseRule {
    private final EvidenceBase evidence;

    MisattributionRule(EvidenceBase evidence) {
        super(
                "ONC-NUMBER-MISATTRIBUTED",
                Severity.ERROR,
                "A number from a source is credited to what the source reports it for: the same treatment,"
                        + " trial, endpoint, cancer, population and arm.");
        this.evidence = evidence;
    }

    @Override
    public List<Finding> check(Answer answer) {
        List<Finding> findings = new ArrayList<>();
        for (NumberCheck.Outcome o : NumberCheck.of(answer, evidence)) {
            if (!o.misattributed()) {
                continue;
            }
            Attribution.Disagreement d = o.disagreement().orElseThrow();
            TrialResult r = d.match().result();
            findings.add(finding(
                    o.unit().location.span(o.statement().start(), o.statement().end()),
                    "\"" + o.words() + "\" is " + belongsTo(d) + ", not " + d.stated() + " (the " + d.facet()
                            + " disagrees)",
                    Optional.of(o.words()),
                    Optional.of("credit the number to what " + r.study().name() + " reports it for, or cite the"
                            + " result that says what the sentence says")));
        }
        return findings;
    }

    /** "IMpower150's overall survival in liver metastases with atezolizumab + bevacizumab + chemotherapy". */
    static String belongsTo(Attribution.Disagreement d) {
        TrialResult r = d.match().result();
        StringBuilder s = new StringBuilder(r.study().name()).append("'s ");
        s.append(r.endpoint().label());
        switch (d.match().role()) {
            case OVERALL -> s.append(" in the overall population");
            case COMPARATOR ->
                r.population().subgroup().ifPresent(g -> s.append(" in ").append(g));
            case INTERVENTION ->
                r.population().subgroup().ifPresent(g -> s.append(" in ").append(g));
        }
        if (d.match().role() == Attribution.Role.COMPARATOR) {
            s.append(" with ").append(r.comparison().comparator().orElse("the comparator"));
        } else {
            s.append(" with ").append(r.comparison().intervention());
            r.comparison()
                    .comparator()
                    .ifPresent(c -> s.append(" (vs ").append(c).append(')'));
        }
        s.append(" (result ").append(r.id()).append(')');
        return s.toString();
    }
}
