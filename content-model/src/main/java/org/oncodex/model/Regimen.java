package org.oncodex.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A combination given together, such as atezolizumab plus bevacizumab, or ABCP (atezolizumab,
 * bevacizumab, carboplatin and paclitaxel). Its components are the ids of drugs or therapies, in
 * the order the regimen's name gives them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegimen.class)
@JsonDeserialize(as = ImmutableRegimen.class)
@ValueJson
public abstract non-sealed class Regimen implements Concept {

    Regimen() {}

    @Override
    public abstract String id();

    @Override
    public abstract String name();

    @Override
    public abstract List<String> synonyms();

    /** The ids of the drugs and therapies given together: at least two, none repeated. */
    public abstract List<String> componentIds();

    @Override
    public abstract Map<CodeSystem, String> codes();

    /** A regimen with an id, a name and its components' ids. */
    public static Regimen of(String id, String name, String... componentIds) {
        return builder().id(id).name(name).addComponentIds(componentIds).build();
    }

    /** A builder; {@code id}, {@code name} and two or more components are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> names() {
        return Concepts.names(this, List.of());
    }

    @Value.Check
    void check() {
        Problems problems = Concepts.validate("Regimen", this, List.of());
        problems.check(
                componentIds().size() >= 2,
                "componentIds must name at least two drugs or therapies: %s",
                componentIds());
        for (String component : componentIds()) {
            problems.id("componentIds", component);
        }
        problems.check(
                componentIds().stream().distinct().count() == componentIds().size(),
                "componentIds must not repeat: %s",
                componentIds());
        problems.throwIfAny();
    }

    /** Builds a {@link Regimen}. */
    public static final class Builder extends ImmutableRegimen.Builder {
        Builder() {}
    }
}
