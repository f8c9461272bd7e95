package org.oncodex.evidence;

import com.google.common.base.Strings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Collects every rule a value breaks, so that construction reports all of them at once. */
final class Checks {
    /**
     * Lowercase words joined by single hyphens, as the schema's pattern says it; not as {@code
     * [a-z0-9]+(?:-[a-z0-9]+)*}, a repeated group that Java matches by recursion, one level per word.
     */
    static final Pattern ID = Pattern.compile("(?!-)(?!.*--)[a-z0-9-]+(?<!-)");

    private final String type;
    private final List<String> messages = new ArrayList<>();

    private Checks(String type) {
        this.type = type;
    }

    static Checks of(String type) {
        return new Checks(type);
    }

    /** Records the message, formatted with Guava's {@code %s} placeholders, when {@code ok} is false. */
    Checks check(boolean ok, String template, @Nullable Object... args) {
        if (!ok) {
            messages.add(Strings.lenientFormat(template, args));
        }
        return this;
    }

    boolean text(String field, String value) {
        boolean ok = !value.isBlank();
        check(ok, "%s must not be blank: \"%s\"", field, value);
        return ok;
    }

    boolean id(String field, String value) {
        boolean ok = ID.matcher(value).matches();
        check(
                ok,
                "%s must be lowercase letters and digits joined by single hyphens (such as \"liver-cancer\"): \"%s\"",
                field,
                value);
        return ok;
    }

    <T> void distinct(String field, List<T> values) {
        check(values.stream().distinct().count() == values.size(), "%s must not repeat: %s", field, values);
    }

    /**
     * Throws when anything was recorded.
     *
     * @throws IllegalArgumentException listing every recorded problem, prefixed with the type name
     */
    void throwIfAny() {
        if (messages.isEmpty()) {
            return;
        }
        if (messages.size() == 1) {
            throw new IllegalArgumentException(type + " " + messages.get(0));
        }
        throw new IllegalArgumentException(
                type + " has " + messages.size() + " problems: " + String.join("; ", messages));
    }
}
