package org.oncodex.model.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * What a result compares: an intervention against a comparator ("nivolumab" vs "docetaxel"), or a
 * single arm. Each side is labelled as its source labels it and may name the drugs, therapies or
 * regimens it consists of by id.
 *
 * <p>The comparison may also be between groups of patients rather than treatments ("with liver
 * metastases" vs "without liver metastases").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComparison.class)
@JsonDeserialize(as = ImmutableComparison.class)
@ValueJson
public abstract class Comparison {

    Comparison() {}

    /** The intervention or exposed group, as the source labels it ("pembrolizumab + chemotherapy"). */
    public abstract String intervention();

    /** The comparator, absent for a single arm ("chemotherapy", "placebo"). */
    public abstract Optional<String> comparator();

    /** Ids of the drugs, therapies or regimens of the intervention. */
    public abstract List<String> interventionIds();

    /** Ids of the drugs, therapies or regimens of the comparator. */
    public abstract List<String> comparatorIds();

    /** An intervention against a comparator. */
    public static Comparison of(String intervention, String comparator) {
        return builder().intervention(intervention).comparator(comparator).build();
    }

    /** A single arm without a comparator. */
    public static Comparison singleArm(String intervention) {
        return builder().intervention(intervention).build();
    }

    /** A builder; {@code intervention} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether there is no comparator. */
    public boolean isSingleArm() {
        return comparator().isEmpty();
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Comparison");
        problems.text("intervention", intervention());
        comparator().ifPresent(c -> problems.text("comparator", c));
        interventionIds().forEach(id -> problems.id("interventionIds", id));
        comparatorIds().forEach(id -> problems.id("comparatorIds", id));
        problems.check(
                comparatorIds().isEmpty() || comparator().isPresent(),
                "comparatorIds %s need a comparator label",
                comparatorIds());
        problems.throwIfAny();
    }

    /** Builds a {@link Comparison}. */
    public static final class Builder extends ImmutableComparison.Builder {
        Builder() {}
    }
}
