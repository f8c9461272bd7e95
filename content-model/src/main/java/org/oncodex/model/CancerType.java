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
 * A cancer type, such as hepatocellular carcinoma, with its abbreviations ("HCC"), synonyms ("liver
 * cancer" where a source uses it so) and the broader type it belongs to ({@link #parentId()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCancerType.class)
@JsonDeserialize(as = ImmutableCancerType.class)
@ValueJson
public abstract non-sealed class CancerType implements Concept {

    CancerType() {}

    @Override
    public abstract String id();

    @Override
    public abstract String name();

    @Override
    public abstract List<String> synonyms();

    /** Abbreviations such as "HCC" or "NSCLC". */
    public abstract List<String> abbreviations();

    /** The id of the broader cancer type this one belongs to, if any. */
    public abstract Optional<String> parentId();

    @Override
    public abstract Map<CodeSystem, String> codes();

    /** A cancer type with only an id and a name. */
    public static CancerType of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /** A builder; {@code id} and {@code name} are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> names() {
        return Concepts.names(this, abbreviations());
    }

    @Value.Check
    void check() {
        Problems problems = Concepts.validate("CancerType", this, abbreviations());
        problems.distinctTexts("abbreviations", abbreviations());
        parentId().ifPresent(parent -> {
            if (problems.id("parentId", parent)) {
                problems.check(!parent.equals(id()), "parentId must differ from its own id: \"%s\"", parent);
            }
        });
        problems.throwIfAny();
    }

    /** Builds a {@link CancerType}. */
    public static final class Builder extends ImmutableCancerType.Builder {
        Builder() {}
    }
}
