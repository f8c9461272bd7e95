package org.oncodex.model.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A study or analysis that produced results: a named trial (KEYNOTE-189), a pooled analysis of
 * trials, a meta-analysis or a cohort.
 *
 * <p>Registry ids are checked for the syntax of their registry: ClinicalTrials.gov ({@code
 * NCT02578680}), ISRCTN, ANZCTR ({@code ACTRN} and 14 digits), EudraCT ({@code 2015-001234-56}) and
 * the EU CTIS ({@code 2022-500123-45-00}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStudy.class)
@JsonDeserialize(as = ImmutableStudy.class)
@ValueJson
public abstract class Study {
    private static final Pattern REGISTRY_ID =
            Pattern.compile("NCT[0-9]{8}|ISRCTN[0-9]{8}|ACTRN[0-9]{14}|[0-9]{4}-[0-9]{6}-[0-9]{2}(?:-[0-9]{2})?");

    Study() {}

    /** The name, such as "KEYNOTE-189" or "CheckMate 017/057 (pooled)". */
    public abstract String name();

    /** The design. */
    public abstract StudyDesign design();

    /** The trial phase, for trials. */
    public abstract Optional<Phase> phase();

    /** Registry identifiers such as NCT numbers; only ids that a source states. */
    public abstract List<String> registryIds();

    /** A study with a name and a design. */
    public static Study of(String name, StudyDesign design) {
        return builder().name(name).design(design).build();
    }

    /** A builder; {@code name} and {@code design} are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Study");
        problems.text("name", name());
        problems.distinctTexts("registryIds", registryIds());
        for (String id : registryIds()) {
            problems.check(
                    REGISTRY_ID.matcher(id).matches(),
                    "registryIds must be NCT, ISRCTN, ACTRN, EudraCT or EU CT numbers: \"%s\"",
                    id);
        }
        problems.throwIfAny();
    }

    /** Builds a {@link Study}. */
    public static final class Builder extends ImmutableStudy.Builder {
        Builder() {}
    }
}
