package org.oncodex.model.text;

import java.util.List;
import org.immutables.value.Value;
import org.oncodex.model.stats.EffectEstimate;

/** What {@link EffectStatements#parse(String)} found: statements in text order, and diagnostics. */
@Value.Immutable(builder = false)
public abstract class ParseResult {

    ParseResult() {}

    /** The statistics found, in the order they appear. */
    @Value.Parameter
    public abstract List<EffectStatement> statements();

    /** What was skipped, ambiguous or inconsistent, in the order it appears. */
    @Value.Parameter
    public abstract List<Diagnostic> diagnostics();

    /** The estimates of the statements that have one, in order. */
    public List<EffectEstimate> estimates() {
        return statements().stream().flatMap(s -> s.estimate().stream()).toList();
    }

    static ParseResult of(List<EffectStatement> statements, List<Diagnostic> diagnostics) {
        return ImmutableParseResult.of(statements, diagnostics);
    }
}
