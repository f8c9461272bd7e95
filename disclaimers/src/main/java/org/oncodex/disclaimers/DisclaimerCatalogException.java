package org.oncodex.disclaimers;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a disclaimer catalogue, or a set of overrides, is invalid. It lists every problem
 * found, each as structured data ({@link #problems()}) and as a line of the message. Nothing is
 * loaded when it is thrown.
 */
public final class DisclaimerCatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ImmutableList<Problem> problems;

    DisclaimerCatalogException(String source, List<Problem> problems) {
        super(message(source, problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    private static String message(String source, List<Problem> problems) {
        if (problems.size() == 1) {
            return source + ": " + problems.get(0).message();
        }
        return source + " has " + problems.size() + " problems:\n"
                + problems.stream().map(p -> "- " + p.message()).collect(Collectors.joining("\n"));
    }

    /** Every problem found, in the order of the input. Never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem: where it is ({@link #location()}, with the entry's index and id when it belongs to
     * an entry), the field, the value that arrived and the rule it breaks.
     */
    public static final class Problem implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String location;
        private final @Nullable Integer entry;
        private final @Nullable String id;
        private final String field;
        private final String value;
        private final String rule;

        Problem(
                String location,
                @Nullable Integer entry,
                @Nullable String id,
                String field,
                String value,
                String rule) {
            this.location = location;
            this.entry = entry;
            this.id = id;
            this.field = field;
            this.value = value;
            this.rule = rule;
        }

        /**
         * Where the problem is: an entry such as {@code disclaimers[3]} (its position in the file's
         * list, from 0) or {@code overrides[0]}; {@code catalog} for the catalogue as a whole; a line
         * and column for JSON that does not parse.
         */
        public String location() {
            return location;
        }

        /** The index of the entry the problem belongs to, from 0, if it belongs to one. */
        public OptionalInt entry() {
            return entry == null ? OptionalInt.empty() : OptionalInt.of(entry);
        }

        /** The id of that entry, if it has a readable one. */
        public Optional<String> id() {
            return Optional.ofNullable(id);
        }

        /** The field, such as {@code text}; {@code kind} for a kind the catalogue lacks. */
        public String field() {
            return field;
        }

        /** The value that arrived, as the message shows it: texts in quotes, {@code missing} when absent. */
        public String value() {
            return value;
        }

        /** The rule the value breaks, such as "must be a whole number of 1 or more". */
        public String rule() {
            return rule;
        }

        /** {@code disclaimers[3] "ai-generated": version must be a whole number of 1 or more: 0}. */
        public String message() {
            return location + (id == null ? "" : " \"" + id + "\"") + ": " + field + " " + rule + ": " + value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Problem that
                    && location.equals(that.location)
                    && Objects.equals(entry, that.entry)
                    && Objects.equals(id, that.id)
                    && field.equals(that.field)
                    && value.equals(that.value)
                    && rule.equals(that.rule);
        }

        @Override
        public int hashCode() {
            return Objects.hash(location, entry, id, field, value, rule);
        }

        /** The {@link #message()}. */
        @Override
        public String toString() {
            return message();
        }
    }
}
