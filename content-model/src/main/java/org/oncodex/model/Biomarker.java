package org.oncodex.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.oncodex.model.internal.ValueJson;

/**
 * A tumour biomarker that guides treatment, such as MSI-H/dMMR, high tumour mutational burden or
 * PD-L1 expression.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBiomarker.class)
@JsonDeserialize(as = ImmutableBiomarker.class)
@ValueJson
public abstract non-sealed class Biomarker implements Concept {

    Biomarker() {}

    @Override
    public abstract String id();

    @Override
    public abstract String name();

    @Override
    public abstract List<String> synonyms();

    @Override
    public abstract Map<CodeSystem, String> codes();

    /** A biomarker with an id, a name and synonyms such as "dMMR". */
    public static Biomarker of(String id, String name, String... synonyms) {
        return builder().id(id).name(name).addSynonyms(synonyms).build();
    }

    /** A builder; {@code id} and {@code name} are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> names() {
        return Concepts.names(this, List.of());
    }

    @Value.Check
    void check() {
        Concepts.validate("Biomarker", this, List.of()).throwIfAny();
    }

    /** Builds a {@link Biomarker}. */
    public static final class Builder extends ImmutableBiomarker.Builder {
        Builder() {}
    }
}
