package org.oncodex.model.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.Biomarker;
import org.oncodex.model.CancerType;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * The patients a result describes: cancer types (by id), disease settings, a subgroup such as
 * "liver metastases", and biomarkers such as MSI-H/dMMR.
 *
 * <p>A population across cancer types ("pan-cancer") has no cancer type ids and says so in its
 * {@link #description()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePopulation.class)
@JsonDeserialize(as = ImmutablePopulation.class)
@ValueJson
public abstract class Population {

    Population() {}

    /** The ids of the cancer types, such as {@code non-small-cell-lung-cancer}. */
    public abstract List<String> cancerTypeIds();

    /** How the source names the population when ids do not say it all ("pan-cancer"). */
    public abstract Optional<String> description();

    /** The disease settings, such as metastatic. */
    public abstract List<DiseaseSetting> settings();

    /** The subgroup the result is restricted to, such as "liver metastases". */
    public abstract Optional<String> subgroup();

    /** The ids of the biomarkers that define the population, such as {@code msi-h-dmmr}. */
    public abstract List<String> biomarkerIds();

    /** All patients with one cancer type. */
    public static Population of(CancerType cancerType) {
        return builder().cancerType(cancerType).build();
    }

    /** The patients of one cancer type in a subgroup, such as "liver metastases". */
    public static Population of(CancerType cancerType, String subgroup) {
        return builder().cancerType(cancerType).subgroup(subgroup).build();
    }

    /** A builder; at least one cancer type id or a description is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Population");
        problems.check(
                !cancerTypeIds().isEmpty() || description().isPresent(),
                "needs a cancer type id or a description, got neither");
        cancerTypeIds().forEach(id -> problems.id("cancerTypeIds", id));
        biomarkerIds().forEach(id -> problems.id("biomarkerIds", id));
        problems.check(
                cancerTypeIds().stream().distinct().count() == cancerTypeIds().size(),
                "cancerTypeIds must not repeat: %s",
                cancerTypeIds());
        problems.check(
                settings().stream().distinct().count() == settings().size(),
                "settings must not repeat: %s",
                settings());
        description().ifPresent(d -> problems.text("description", d));
        subgroup().ifPresent(s -> problems.text("subgroup", s));
        problems.throwIfAny();
    }

    /** Builds a {@link Population}. */
    public static final class Builder extends ImmutablePopulation.Builder {
        Builder() {}

        /** Adds a cancer type by its id. */
        public Builder cancerType(CancerType cancerType) {
            addCancerTypeIds(cancerType.id());
            return this;
        }

        /** Adds a biomarker by its id. */
        public Builder biomarker(Biomarker biomarker) {
            addBiomarkerIds(biomarker.id());
            return this;
        }
    }
}
