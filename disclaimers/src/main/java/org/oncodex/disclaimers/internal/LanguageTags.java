package org.oncodex.disclaimers.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * Locales as BCP 47 language tags ({@code es-MX}), in catalogue files and in JSON, rather than
 * Jackson's default {@code es_MX}.
 */
public final class LanguageTags {
    private LanguageTags() {}

    /**
     * The locale a well-formed tag names, or empty when the tag is ill-formed or names no language
     * ({@code und}, the empty tag).
     */
    public static Optional<Locale> parse(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** Whether a locale names a language and survives the trip to a language tag and back. */
    public static boolean isWellFormed(Locale locale) {
        return !locale.getLanguage().isEmpty()
                && parse(locale.toLanguageTag()).filter(locale::equals).isPresent();
    }

    /** Writes a locale as its language tag. */
    public static final class Serializer extends StdScalarSerializer<Locale> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Locale.class);
        }

        @Override
        public void serialize(Locale value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toLanguageTag());
        }
    }

    /** Reads a locale from a well-formed language tag that names a language. */
    public static final class Deserializer extends StdScalarDeserializer<Locale> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Locale.class);
        }

        @Override
        public Locale deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String tag = p.getValueAsString();
            if (tag == null) {
                return (Locale) ctxt.handleUnexpectedToken(Locale.class, p);
            }
            Optional<Locale> locale = parse(tag);
            if (locale.isEmpty()) {
                return (Locale) ctxt.handleWeirdStringValue(
                        Locale.class, tag, "must be a well-formed language tag naming a language, such as \"es-MX\"");
            }
            return locale.get();
        }
    }
}
