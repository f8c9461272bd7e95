package org.oncodex.disclaimers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import org.immutables.value.Value;
import org.oncodex.disclaimers.internal.LanguageTags;
import org.oncodex.disclaimers.internal.Problems;
import org.oncodex.disclaimers.internal.ValueJson;

/**
 * A disclaimer as a reader sees it: the final text, where it stands, and the id, version and locale
 * of the catalogue entry it came from, so a service can log exactly which wording each reader saw.
 *
 * <p>Made by {@link Disclaimer#render(java.util.Map)} and {@link DisclaimerCatalog#render(Requirement,
 * Locale, java.util.Map)}; read back from JSON unchanged.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRenderedDisclaimer.class)
@JsonDeserialize(as = ImmutableRenderedDisclaimer.class)
@ValueJson
public abstract class RenderedDisclaimer {

    RenderedDisclaimer() {}

    /** The id of the catalogue entry, such as {@code not-medical-advice}. */
    public abstract String id();

    /** What the disclaimer tells the reader. */
    public abstract DisclaimerKind kind();

    /** The version of the entry's wording. */
    public abstract int version();

    /** The locale of the entry, which may be English when the requested locale had no entry. */
    @JsonSerialize(using = LanguageTags.Serializer.class)
    @JsonDeserialize(using = LanguageTags.Deserializer.class)
    public abstract Locale locale();

    /** Where it stands in the answer. */
    public abstract Placement placement();

    /** The text with every variable filled. */
    public abstract String text();

    /** For logs: {@code not-medical-advice v1 en at HEADER}. */
    @Override
    public String toString() {
        return id() + " v" + version() + " " + locale().toLanguageTag() + " at " + placement();
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("RenderedDisclaimer \"" + id() + "\"");
        problems.id("id", id());
        Disclaimer.checkVersion(problems, version());
        Disclaimer.checkLocale(problems, locale());
        problems.text("text", text());
        problems.throwIfAny();
    }
}
