package org.oncodex.model.text;

import org.immutables.value.Value;

/**
 * Something the parser noticed and did not silently fix: text it could not read as a statistic, an
 * ambiguous number, an interval that contradicts its estimate. Each names its span in the input.
 */
@Value.Immutable(builder = false)
public abstract class Diagnostic {

    /** What kind of problem. */
    public enum Code {
        /** A number with a comma that may be a decimal comma or a list ({@code 1,5}): not read as a decimal. */
        AMBIGUOUS_DECIMAL_COMMA,
        /** A point estimate that lies outside its own confidence interval. */
        POINT_OUTSIDE_INTERVAL,
        /** An interval whose lower bound exceeds its upper bound; the estimate is returned without it. */
        INVERTED_INTERVAL,
        /** A value the model rejects (a ratio of 0, a P value above 1); no estimate is returned. */
        INVALID_VALUE,
        /** A closing bracket with no opening one, such as the stray {@code )} after a CI in a table. */
        UNBALANCED_BRACKET,
        /** A confidence interval printed without its level; 95% was assumed. */
        LEVEL_ASSUMED,
        /** A label such as {@code HR} or {@code P =} with no number the parser could read after it. */
        MISSING_VALUE,
        /** A statistic the model has no type for, such as a rate ratio; not read. */
        UNSUPPORTED,
        /** An unexpected failure inside the parser; reported instead of thrown. */
        PARSER_FAILURE,
        /** A number written with a decimal comma that could only be a decimal ({@code 0,62}); read as one. */
        DECIMAL_COMMA_READ,
        /** A typo read as what it evidently means ({@code 95% Cl} with a lower-case L for CI). */
        TYPO_READ,
        /** A count and total whose share is not the percentage printed with them ({@code 17 of 24 (12%)}). */
        COUNTS_DISAGREE,
        /**
         * A label whose words and abbreviation name different statistics ({@code risk ratio (HR) 0.58}); the
         * words are read.
         */
        CONFLICTING_LABEL,
        /**
         * A number in the shape of a statistic (a share, a number with a bracketed number after it, a
         * bound, a rate, a ratio of two numbers, a fraction of one, a head count) or a fraction in words that
         * no statement covers: a form the parser does not support, reported rather than passed over.
         */
        NOT_READ
    }

    Diagnostic() {}

    /** The kind of problem. */
    @Value.Parameter
    public abstract Code code();

    /** A message that quotes the text it is about. */
    @Value.Parameter
    public abstract String message();

    /** Where the text starts in the input (inclusive). */
    @Value.Parameter
    public abstract int start();

    /** Where the text ends in the input (exclusive). */
    @Value.Parameter
    public abstract int end();

    static Diagnostic of(Code code, String message, int start, int end) {
        return ImmutableDiagnostic.of(code, message, start, end);
    }
}
