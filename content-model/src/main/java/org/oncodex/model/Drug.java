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
 * A drug under its generic (nonproprietary) name, such as pembrolizumab, with its brand names
 * ("Keytruda"), its class ("PD-1 inhibitor") and its molecular targets ("PD-1").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDrug.class)
@JsonDeserialize(as = ImmutableDrug.class)
@ValueJson
public abstract non-sealed class Drug implements Concept {

    Drug() {}

    @Override
    public abstract String id();

    /** The generic (nonproprietary) name, such as "pembrolizumab". */
    @Override
    public abstract String name();

    @Override
    public abstract List<String> synonyms();

    /** Brand (proprietary) names, such as "Keytruda". */
    public abstract List<String> brandNames();

    /** The drug class, such as "PD-1 inhibitor" or "multikinase inhibitor". */
    public abstract Optional<String> drugClass();

    /** Molecular targets, such as "PD-1", "PD-L1", "CTLA-4" or "VEGF-A". */
    public abstract List<String> targets();

    @Override
    public abstract Map<CodeSystem, String> codes();

    /** A drug with only an id and its generic name. */
    public static Drug of(String id, String genericName) {
        return builder().id(id).name(genericName).build();
    }

    /** A builder; {@code id} and {@code name} (the generic name) are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The generic name, then synonyms, then brand names. */
    @Override
    public List<String> names() {
        return Concepts.names(this, brandNames());
    }

    @Value.Check
    void check() {
        Problems problems = Concepts.validate("Drug", this, brandNames());
        problems.distinctTexts("brandNames", brandNames());
        problems.distinctTexts("targets", targets());
        drugClass().ifPresent(c -> problems.text("drugClass", c));
        problems.throwIfAny();
    }

    /** Builds a {@link Drug}. */
    public static final class Builder extends ImmutableDrug.Builder {
        Builder() {}
    }
}
