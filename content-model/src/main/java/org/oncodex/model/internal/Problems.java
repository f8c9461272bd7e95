package org.oncodex.model.internal;

import com.google.common.base.Strings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects every rule a value breaks, so that construction reports all of them at once.
 *
 * <p>Each message names the field, the value that arrived and the rule it breaks.
 */
public final class Problems {
    private final String type;
    /** Null until a problem is recorded: nearly every value checked has none. */
    private @Nullable List<String> messages;

    private Problems(String type) {
        this.type = type;
    }

    private void add(String message) {
        List<String> m = messages;
        if (m == null) {
            m = new ArrayList<>();
            messages = m;
        }
        m.add(message);
    }

    /** Starts collecting the problems of one value of the named type. */
    public static Problems of(String type) {
        return new Problems(type);
    }

    /** Records the message, formatted with Guava's {@code %s} placeholders, when {@code ok} is false. */
    public Problems check(boolean ok, String template, @Nullable Object... args) {
        if (!ok) {
            add(Strings.lenientFormat(template, args));
        }
        return this;
    }

    /*
     * The overloads below take numbers as they are, so that a check that passes, as nearly all do,
     * boxes nothing and formats nothing: values are built by the million when text is parsed.
     */

    /** {@link #check(boolean, String, Object...)} for one argument. */
    public Problems check(boolean ok, String template, @Nullable Object arg) {
        if (!ok) {
            add(Strings.lenientFormat(template, arg));
        }
        return this;
    }

    /** {@link #check(boolean, String, Object...)} for one number. */
    public Problems check(boolean ok, String template, double arg) {
        if (!ok) {
            add(Strings.lenientFormat(template, arg));
        }
        return this;
    }

    /** {@link #check(boolean, String, Object...)} for one whole number. */
    public Problems check(boolean ok, String template, long arg) {
        if (!ok) {
            add(Strings.lenientFormat(template, arg));
        }
        return this;
    }

    /** {@link #check(boolean, String, Object...)} for two numbers. */
    public Problems check(boolean ok, String template, double a, double b) {
        if (!ok) {
            add(Strings.lenientFormat(template, a, b));
        }
        return this;
    }

    /** {@link #check(boolean, String, Object...)} for two whole numbers. */
    public Problems check(boolean ok, String template, int a, int b) {
        if (!ok) {
            add(Strings.lenientFormat(template, a, b));
        }
        return this;
    }

    /** {@link #check(boolean, String, Object...)} for a possibly absent number, shown as {@link #show}. */
    public Problems check(boolean ok, String template, OptionalDouble arg) {
        if (!ok) {
            add(Strings.lenientFormat(template, show(arg)));
        }
        return this;
    }

    /** {@link #check(boolean, String, Object...)} for two possibly absent numbers, shown as {@link #show}. */
    public Problems check(boolean ok, String template, OptionalDouble a, OptionalDouble b) {
        if (!ok) {
            add(Strings.lenientFormat(template, show(a), show(b)));
        }
        return this;
    }

    /** Records that a number must be finite (neither NaN nor infinite). Returns whether it is. */
    public boolean finite(String field, double value) {
        boolean ok = Double.isFinite(value);
        if (!ok) {
            check(false, "%s must be a finite number: %s", field, value);
        }
        return ok;
    }

    /**
     * Records that a text must not be blank. Returns whether it is not.
     */
    public boolean text(String field, String value) {
        boolean ok = !value.isBlank();
        check(ok, "%s must not be blank: \"%s\"", field, value);
        return ok;
    }

    /**
     * Records that an identifier must be lowercase letters and digits in words joined by single
     * hyphens, such as {@code hepatocellular-carcinoma}. Returns whether it is.
     */
    public boolean id(String field, String value) {
        boolean ok = isId(value);
        check(
                ok,
                "%s must be lowercase letters and digits joined by single hyphens (such as \"liver-cancer\"): \"%s\"",
                field,
                value);
        return ok;
    }

    /**
     * Whether {@code value} is lowercase letters and digits in words joined by single hyphens. A loop,
     * not the pattern {@code [a-z0-9]+(?:-[a-z0-9]+)*}: Java matches a repeated group by recursion, and
     * an id of a few thousand words would overflow the stack.
     */
    private static boolean isId(String value) {
        boolean wordStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                wordStart = false;
            } else if (c == '-' && !wordStart) {
                wordStart = true;
            } else {
                return false;
            }
        }
        return !wordStart;
    }

    /** Records that the texts of a list must not be blank and must not repeat. */
    public void distinctTexts(String field, Iterable<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (text(field, value)) {
                check(seen.add(value), "%s must not repeat: \"%s\"", field, value);
            }
        }
    }

    /** A possibly absent number as a message shows it: the number, or "none". */
    public static String show(OptionalDouble value) {
        return value.isPresent() ? Double.toString(value.getAsDouble()) : "none";
    }

    /** Whether nothing has been recorded so far. */
    public boolean none() {
        return messages == null;
    }

    /**
     * Throws when anything was recorded.
     *
     * @throws IllegalArgumentException listing every recorded problem, prefixed with the type name
     */
    public void throwIfAny() {
        List<String> messages = this.messages;
        if (messages == null) {
            return;
        }
        if (messages.size() == 1) {
            throw new IllegalArgumentException(type + " " + messages.get(0));
        }
        throw new IllegalArgumentException(
                type + " has " + messages.size() + " problems: " + String.join("; ", messages));
    }
}
