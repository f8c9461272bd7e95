package org.oncodex.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.SourceType;
import org.oncodex.model.evidence.TrialResult;

/*
 * What may support what. A fact is only as good as its source: an AI-generated text supports
 * nothing; an approval statement needs the regulator's own document or official government
 * information (a news item, review or answer that repeats an approval is not the approval); a quote
 * must contain the numbers its fact states. A citation that does not say its type cannot support an
 * approval, since the loader cannot tell it is a regulator's.
 */
final class Provenance {
    private final BiConsumer<String, String> problem;
    private final Map<Citation, String> ids;

    Provenance(BiConsumer<String, String> problem, Map<Citation, String> ids) {
        this.problem = problem;
        this.ids = ids;
    }

    private String id(Citation c) {
        return Optional.ofNullable(ids.get(c))
                .orElse(c.title().or(c::url).or(c::doi).orElse("?"));
    }

    /** A fact of any kind must not rest on an AI-generated source. */
    void supports(Citation c, String pointer, String fact) {
        if (c.sourceType().map(t -> !t.supportsFacts()).orElse(false)) {
            problem.accept(
                    pointer,
                    String.format(
                            Locale.ROOT,
                            "%s cites \"%s\", whose sourceType is %s: an AI-generated source supports no fact;"
                                    + " cite the source that states it",
                            fact,
                            id(c),
                            SourceType.AI_GENERATED));
        }
    }

    void result(TrialResult r, String pointer) {
        r.citation().ifPresent(c -> supports(c, pointer + "/citation", "result \"" + r.id() + "\""));
        List<Double> missing = Quotes.missingNumbers(r);
        if (!missing.isEmpty()) {
            problem.accept(
                    pointer + "/quote",
                    String.format(
                            Locale.ROOT,
                            "quote of result \"%s\" does not contain %s: every number a result states must appear"
                                    + " in its quote as the source prints it",
                            r.id(),
                            missing.stream().map(Provenance::show).collect(Collectors.joining(", "))));
        }
    }

    void approval(Approval a, String pointer) {
        Citation c = a.citation();
        Optional<SourceType> type = c.sourceType();
        if (type.isPresent() && !type.get().supportsFacts()) {
            supports(c, pointer + "/citation", "approval \"" + a.id() + "\"");
        } else if (type.isEmpty() || !type.get().supportsApprovals()) {
            problem.accept(
                    pointer + "/citation",
                    String.format(
                            Locale.ROOT,
                            "approval \"%s\" cites \"%s\", whose sourceType is %s: an approval statement needs a"
                                    + " %s or %s source (the regulator's label, notice or review, or official"
                                    + " government information)",
                            a.id(),
                            id(c),
                            type.map(SourceType::name).orElse("not stated"),
                            SourceType.REGULATORY_DOCUMENT,
                            SourceType.GOVERNMENT_INFORMATION));
        }
    }

    private static String show(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
