package org.oncodex.disclaimers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every rule a value breaks, so that construction reports all of them at once, each as
 * structured data (field, value, rule) that a catalogue loader can also place in its file.
 *
 * <p>A message reads {@code <type> <field> <rule>: <value>}, the shape content-model uses.
 */
public final class Problems {
    private static final int SHOWN = 120;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** One broken rule: the field, the value as a message shows it, and the rule it breaks. */
    public record Broken(String field, String value, String rule) {
        /** {@code <field> <rule>: <value>}. */
        public String message() {
            return field + " " + rule + ": " + value;
        }
    }

    private final String type;
    private final List<Broken> broken = new ArrayList<>();

    private Problems(String type) {
        this.type = type;
    }

    /** Starts collecting the problems of one value; {@code type} prefixes the exception message. */
    public static Problems of(String type) {
        return new Problems(type);
    }

    /** Records that {@code field} breaks {@code rule} when {@code ok} is false. Returns {@code ok}. */
    public boolean check(boolean ok, String field, Object value, String rule) {
        if (!ok) {
            broken.add(new Broken(field, show(value), rule));
        }
        return ok;
    }

    /** Records that a text must not be blank. Returns whether it is not. */
    public boolean text(String field, String value) {
        return check(!value.isBlank(), field, value, "must not be blank");
    }

    /**
     * Records that an identifier must be lowercase letters and digits in words joined by single
     * hyphens, such as {@code not-medical-advice}. Returns whether it is.
     */
    public boolean id(String field, String value) {
        return check(
                ID.matcher(value).matches(),
                field,
                value,
                "must be lowercase letters and digits joined by single hyphens (such as \"not-medical-advice\")");
    }

    /**
     * A value as messages show it: texts in double quotes, anything else as its string; beyond 120
     * characters, the start and "...".
     */
    public static String show(Object value) {
        String shown = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        return shown.length() <= SHOWN ? shown : shown.substring(0, SHOWN - 3) + "...";
    }

    /** Whether nothing has been recorded so far. */
    public boolean none() {
        return broken.isEmpty();
    }

    /** Everything recorded so far, in order. */
    public List<Broken> list() {
        return List.copyOf(broken);
    }

    /**
     * Throws when anything was recorded.
     *
     * @throws IllegalArgumentException listing every recorded problem, prefixed with the type
     */
    public void throwIfAny() {
        if (broken.isEmpty()) {
            return;
        }
        if (broken.size() == 1) {
            throw new IllegalArgumentException(type + " " + broken.get(0).message());
        }
        List<String> messages = broken.stream().map(Broken::message).toList();
        throw new IllegalArgumentException(
                type + " has " + broken.size() + " problems: " + String.join("; ", messages));
    }
}
