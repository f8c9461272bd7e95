package org.oncodex.disclaimers;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/*
 * The template rules of disclaimer texts, kept deliberately small:
 *
 * - A variable is written {name}, with a name from DisclaimerVariable. Nothing else may stand in braces.
 * - Braces are reserved for variables: a text cannot hold a literal { or }. No disclaimer needs one,
 *   and an escape syntax is one more thing a legal team's editor could get wrong.
 * - Filling inserts each value as it is; a value is never scanned for variables itself, so a value
 *   holding "{therapy}" shows those characters rather than being filled again.
 */
/** Finds, checks and fills the {@code {variable}}s of disclaimer texts. */
final class Placeholders {
    private static final String KNOWN = java.util.Arrays.stream(DisclaimerVariable.values())
            .map(DisclaimerVariable::placeholder)
            .collect(Collectors.joining(", "));

    private Placeholders() {}

    /** One piece of a parsed text: literal text, or a variable. */
    private record Piece(String literal, Optional<DisclaimerVariable> variable) {}

    /**
     * The rules a text breaks, each as a phrase that follows "text ...": an unknown variable, an
     * unclosed or unopened brace. Empty for a well-formed text.
     */
    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                problems.add("must not hold a } that closes no variable (at " + i + ")");
                i++;
            } else if (c == '{') {
                int close = text.indexOf('}', i + 1);
                int reopen = text.indexOf('{', i + 1);
                if (close < 0 || (reopen >= 0 && reopen < close)) {
                    problems.add("must close every { with a } (the { at " + i + " is not closed)");
                    i++;
                } else {
                    String name = text.substring(i + 1, close);
                    if (DisclaimerVariable.forKey(name).isEmpty()) {
                        problems.add("must use only the variables " + KNOWN + " (found {" + name + "})");
                    }
                    i = close + 1;
                }
            } else {
                i++;
            }
        }
        return problems;
    }

    /** The variables a well-formed text uses, in order of first use. */
    static Set<DisclaimerVariable> variables(String text) {
        Set<DisclaimerVariable> used = new LinkedHashSet<>();
        for (Piece piece : parse(text)) {
            piece.variable().ifPresent(used::add);
        }
        return used;
    }

    /**
     * The text with every variable replaced by its value, or the variables that have no value (or
     * only a blank one). Values for variables the text does not use are ignored.
     */
    static Filled fill(String text, Map<DisclaimerVariable, String> values) {
        List<DisclaimerVariable> missing = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (Piece piece : parse(text)) {
            if (piece.variable().isEmpty()) {
                out.append(piece.literal());
                continue;
            }
            DisclaimerVariable variable = piece.variable().get();
            String value = values.get(variable);
            if (value == null || value.isBlank()) {
                if (!missing.contains(variable)) {
                    missing.add(variable);
                }
            } else {
                out.append(value);
            }
        }
        return new Filled(out.toString(), ImmutableList.copyOf(missing));
    }

    /** A filled text, complete only when {@link #missing()} is empty. */
    record Filled(String text, List<DisclaimerVariable> missing) {}

    /** Splits a well-formed text; anything malformed is kept as literal text. */
    private static List<Piece> parse(String text) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            Optional<DisclaimerVariable> variable = DisclaimerVariable.forKey(text.substring(open + 1, close));
            if (variable.isPresent()) {
                pieces.add(new Piece(text.substring(start, open), Optional.empty()));
                pieces.add(new Piece(text.substring(open, close + 1), variable));
                start = close + 1;
            }
            open = text.indexOf('{', variable.isPresent() ? close + 1 : open + 1);
        }
        pieces.add(new Piece(text.substring(start), Optional.empty()));
        return pieces;
    }
}
