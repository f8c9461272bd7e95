package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;
import org.oncodex.model.evidence.TrialResult;

/**
 * A table of trial results: one row per result with its study, population, comparison, endpoint
 * and estimate written in the table's style; each row cites its source.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidenceTable.class)
@JsonDeserialize(as = ImmutableEvidenceTable.class)
@ValueJson
@JsonTypeName("evidenceTable")
public abstract non-sealed class EvidenceTable implements Block {
    EvidenceTable() {}

    /** The caption, if any. */
    public abstract Optional<String> caption();

    /** The rows, at least one. */
    public abstract List<TrialResult> results();

    /** How estimates are written; Vancouver unless stated. */
    @Value.Default
    public StatisticStyle style() {
        return StatisticStyle.VANCOUVER;
    }

    /** A table of these results in Vancouver style. */
    public static EvidenceTable of(List<TrialResult> results) {
        return ImmutableEvidenceTable.builder().results(results).build();
    }

    /** A table with a caption and a style. */
    public static EvidenceTable of(String caption, List<TrialResult> results, StatisticStyle style) {
        return ImmutableEvidenceTable.builder()
                .caption(caption)
                .results(results)
                .style(style)
                .build();
    }

    @Value.Check
    void check() {
        if (results().isEmpty()) {
            throw new IllegalArgumentException("EvidenceTable results must not be empty");
        }
    }

    @Override
    public String plainText() {
        return results().stream().map(r -> Statistic.of(r, style()).text()).collect(Collectors.joining("\n"));
    }
}
