package org.oncodex.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Source;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Retraction;

/**
 * No source an answer lists has been retracted. A source counts as retracted when its own citation
 * carries a {@link Retraction}, or when the evidence base records a retraction for the same work
 * (same DOI, PubMed id or address): an answer read from Markdown knows only what its source list
 * prints, and the base is where retractions are kept. The finding names the source, the date of
 * the retraction and its notice.
 */
final class RetractionRule extends BaseRule {
    private final EvidenceBase evidence;

    RetractionRule(EvidenceBase evidence) {
        super("ONC-SOURCE-RETRACTED", Severity.ERROR, "No source the answer cites has been retracted.");
        this.evidence = evidence;
    }

    @Override
    public List<Finding> check(Answer answer) {
        Map<Integer, Retraction> inBase = new HashMap<>();
        for (Citation c : evidence.retractedCitations().values()) {
            answer.sourceNumber(c)
                    .ifPresent(n -> inBase.putIfAbsent(n, c.retraction().orElseThrow()));
        }
        List<Finding> findings = new ArrayList<>();
        for (Source source : answer.sources()) {
            Citation cited = source.citation();
            Optional<Retraction> retraction =
                    cited.retraction().or(() -> Optional.ofNullable(inBase.get(source.number())));
            retraction.ifPresent(r -> findings.add(finding(
                    Location.builder()
                            .part(Location.Part.SOURCES)
                            .itemIndex(source.number() - 1)
                            .build(),
                    "source " + source.number() + " " + GroundingRule.name(cited) + " was retracted on " + r.date()
                            + r.notice().map(n -> " (notice: " + n + ")").orElse("")
                            + ": what rests on it no longer stands",
                    cited.title(),
                    Optional.of("remove the source and every statement that rests on it, or cite a source that"
                            + " stands"))));
        }
        return findings;
    }
}
