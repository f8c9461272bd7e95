package org.oncodex.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A kind of treatment, such as radiofrequency ablation, CAR-T cell therapy or partial hepatectomy,
 * with its {@link TherapyModality} and the broader kind it belongs to ({@link #parentId()}:
 * radiofrequency ablation is a kind of ablation).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTherapy.class)
@JsonDeserialize(as = ImmutableTherapy.class)
@ValueJson
public abstract non-sealed class Therapy implements Concept {

    Therapy() {}

    @Override
    public abstract String id();

    @Override
    public abstract String name();

    /** The modality: surgery, ablation, immunotherapy and so on. */
    public abstract TherapyModality modality();

    @Override
    public abstract List<String> synonyms();

    /** The id of the broader therapy this one is a kind of, if any. */
    public abstract Optional<String> parentId();

    @Override
    public abstract Map<CodeSystem, String> codes();

    /** A therapy with an id, a name and a modality. */
    public static Therapy of(String id, String name, TherapyModality modality) {
        return builder().id(id).name(name).modality(modality).build();
    }

    /** A builder; {@code id}, {@code name} and {@code modality} are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> names() {
        return Concepts.names(this, List.of());
    }

    @Value.Check
    void check() {
        Problems problems = Concepts.validate("Therapy", this, List.of());
        parentId().ifPresent(parent -> {
            if (problems.id("parentId", parent)) {
                problems.check(!parent.equals(id()), "parentId must differ from its own id: \"%s\"", parent);
            }
        });
        problems.throwIfAny();
    }

    /** Builds a {@link Therapy}. */
    public static final class Builder extends ImmutableTherapy.Builder {
        Builder() {}
    }
}
