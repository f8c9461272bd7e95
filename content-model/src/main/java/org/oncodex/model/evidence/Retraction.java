package org.oncodex.model.evidence;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * The retraction of a source: when it was retracted and the notice that says so. A retracted source
 * stays in a knowledge base so that lookups can say that what it supported no longer stands.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRetraction.class)
@JsonDeserialize(as = ImmutableRetraction.class)
@ValueJson
public abstract class Retraction {
    Retraction() {}

    /** The date of the retraction notice. */
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public abstract LocalDate date();

    /** The notice: its title, citation or address, such as a DOI of the retraction notice. */
    public abstract Optional<String> notice();

    /** A retraction on a date, with its notice. */
    public static Retraction of(LocalDate date, String notice) {
        return ImmutableRetraction.builder().date(date).notice(notice).build();
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Retraction");
        notice().ifPresent(n -> problems.text("notice", n));
        problems.throwIfAny();
    }
}
