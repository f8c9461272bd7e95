package org.oncodex.model.text;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * P values: {@code P = 0.01}, {@code p<.001}, {@code P value = 0.03}, {@code P-value 0.03}, {@code P
 * for interaction = 0.02}, {@code p-value for non-inferiority = 0.012}, {@code two-sided P = .04},
 * {@code p=0·07§}, {@code P = 2.3×10-9}, {@code P less than .0001}. On its
 * own a P value is a statement; after an estimate, {@link #tail} attaches it.
 */
final class PValues implements Recognizer {
    private static final Set<String> QUALIFIERS = Set.of(
            "value",
            "for",
            "interaction",
            "trend",
            "heterogeneity",
            "difference",
            "log-rank",
            "logrank",
            "two-sided",
            "one-sided",
            "stratified",
            "unstratified",
            "nominal",
            "adjusted",
            "int",
            "het",
            "values");
    /** Words that may stand before P and qualify it. */
    static final Set<String> LEADING = Set.of(
            "two-sided",
            "one-sided",
            "two-tailed",
            "one-tailed",
            "unilateral",
            "bilateral",
            "nominal",
            "log-rank",
            "logrank",
            "stratified",
            "adjusted");

    /** A P value read: where it started and ended (token indices) and its value, null when impossible. */
    record Read(int first, int next, @Nullable PValue p) {}

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        if (scope.label() == EffectStatement.Kind.P_VALUE && scope.labelAt() < 0) {
            Step cell = cell(t, i, scope, out);
            if (cell != null) {
                return cell;
            }
        }
        Step between = between(t, i, scope, out);
        if (between != null) {
            return between;
        }
        Read r = at(t, i, out, true);
        if (r == null) {
            return null;
        }
        if (r.p != null) {
            Lexeme num = t.at(r.next - 1);
            out.add(EffectStatement.builder()
                    .kind(EffectStatement.Kind.P_VALUE)
                    .start(t.at(r.first).start)
                    .end(num.end)
                    .text(t.span(r.first, r.next - 1))
                    .pValue(r.p)
                    .printedValue(num.digits)
                    .build());
        }
        return new Step(r.next, scope);
    }

    /**
     * "0·01<p<0·05": a P value between two bounds, read as the upper bound with both ends as printed.
     */
    private static @Nullable Step between(Tokens t, int i, Scope scope, Findings out) {
        Lexeme low = t.at(i);
        PValue.Relation first = t.relationAt(i + 1);
        PValue.Relation second = t.relationAt(i + 3);
        Lexeme high = t.at(i + 4);
        if (second == null
                || !low.is(Sym.NUM)
                || low.spelled
                || !isP(t.at(i + 2))
                || !below(first)
                || !below(second)
                || !high.is(Sym.NUM)
                || high.spelled
                || !(low.number < high.number)) {
            return null;
        }
        PValue p;
        try {
            p = PValue.of(high.number, second);
        } catch (IllegalArgumentException e) {
            return null;
        }
        out.add(EffectStatement.builder()
                .kind(EffectStatement.Kind.P_VALUE)
                .start(low.start)
                .end(high.end)
                .text(t.span(i, i + 4))
                .pValue(p)
                .printedValue(high.digits)
                .printedLower(low.digits)
                .printedUpper(high.digits)
                .build());
        return new Step(i + 5, scope);
    }

    private static boolean below(PValue.@Nullable Relation r) {
        return r == PValue.Relation.LESS_THAN || r == PValue.Relation.LESS_THAN_OR_EQUAL;
    }

    /**
     * A P value starting at token {@code i}, or null. With {@code report}, a "P =" without a number is
     * a diagnostic.
     */
    static @Nullable Read at(Tokens t, int i, Findings out, boolean report) {
        int first = i;
        int j = leading(t, i);
        Lexeme tok = t.at(j);
        if (!isP(tok)) {
            return null;
        }
        j++;
        int words = 0;
        while (words < 3 && t.at(j).is(Sym.WORD) && QUALIFIERS.contains(t.at(j).lower)) {
            j++;
            words++;
        }
        // "p-value for non-inferiority = 0.012", "P for superiority < .001": what the test is for, in a
        // word or two, when a relation follows
        if (words > 0 && t.at(j - 1).isWord("for")) {
            int k = j;
            while (k < j + 2 && t.at(k).is(Sym.WORD)) {
                k++;
            }
            if (k > j && t.relationAt(k) != null) {
                j = k;
            }
        }
        // P(interaction) = 0.02, P[trend] = .01
        if (Tokens.isOpener(t.at(j).type) && t.at(j + 1).is(Sym.WORD) && Tokens.isCloser(t.at(j + 2).type)) {
            j += 3;
        }
        PValue.@Nullable Relation relation = t.relationAt(j);
        if (relation == null && t.at(j).is(Sym.COLON)) {
            relation = PValue.Relation.EQUAL; // "P value: 0.0049"
        }
        // "P for difference, 0.003", "P value, .04": after words that say it is a P, a comma, then a fraction
        if (relation == null
                && words > 0
                && t.at(j).is(Sym.COMMA)
                && t.at(j + 1).is(Sym.NUM)
                && t.at(j + 1).decimals > 0
                && t.at(j + 1).number < 1
                && !t.at(j + 1).spelled) {
            relation = PValue.Relation.EQUAL;
        }
        if (relation == null && t.at(j + 1).isWord("than")) {
            // "P less than .0001"
            if (t.at(j).isWord("less") || t.at(j).isWord("lower") || t.at(j).isWord("smaller")) {
                relation = PValue.Relation.LESS_THAN;
                j++;
            } else if (t.at(j).isWord("greater")
                    || t.at(j).isWord("more")
                    || t.at(j).isWord("higher")) {
                relation = PValue.Relation.GREATER_THAN;
                j++;
            }
        }
        if (relation == null) {
            boolean spelledOut = tok.lower.equals("p-value") || tok.lower.equals("p-values") || words > 0;
            // "P .0001": a number below one with its decimals, right after P, is what P equals
            boolean fraction = t.at(j).is(Sym.NUM) && t.at(j).decimals > 0 && t.at(j).number < 1;
            if ((spelledOut || fraction) && t.at(j).is(Sym.NUM) && !t.at(j).spelled) {
                relation = PValue.Relation.EQUAL;
                j--;
            } else {
                return null;
            }
        }
        j++;
        PValue.@Nullable Relation second = t.relationAt(j);
        if (relation == PValue.Relation.EQUAL && second != null && second != PValue.Relation.EQUAL) {
            relation = second; // "p = < 0.0001": the sign after the equals sign is the relation
            j++;
        } else if (t.at(j).is(Sym.LE) || t.at(j).is(Sym.EQ)) {
            j++; // "P < = 0.001" typed twice
        }
        if (!t.at(j).is(Sym.NUM) || t.at(j).spelled) {
            if (report && !t.at(j).isWord("ns")) {
                out.report(
                        Diagnostic.Code.MISSING_VALUE,
                        "\"" + t.span(first, j - 1) + "\" has no number after it",
                        t.at(first).start,
                        t.at(j - 1).end);
            }
            return report ? new Read(first, j, null) : null;
        }
        Lexeme num = t.at(j);
        PValue p;
        if (lostPoint(t, first, j, out)) {
            return new Read(first, j + 1, null); // "p<00001": not read as 1
        }
        try {
            p = PValue.of(num.number, relation);
        } catch (IllegalArgumentException e) {
            out.report(
                    Diagnostic.Code.INVALID_VALUE,
                    "\"" + t.span(first, j) + "\" is not a possible P value: " + e.getMessage(),
                    t.at(first).start,
                    num.end);
            p = null;
        }
        return new Read(first, j + 1, p);
    }

    /**
     * Where P starts after what may qualify it: "two-sided P", "1-sided P", "one sided P", "unilateral
     * P", and the Lancet's "2p" (two-sided P, written as one word with its digit).
     */
    private static int leading(Tokens t, int i) {
        Lexeme tok = t.at(i);
        if (tok.type == Sym.WORD && isP(t.at(i + 1)) && LEADING.contains(tok.lower)) {
            return i + 1;
        }
        if (tok.is(Sym.NUM) && (tok.number == 1 || tok.number == 2) && tok.decimals == 0 && !tok.spelled) {
            Lexeme next = t.at(i + 1);
            if (next.isWord("p") && !next.spaceBefore && tok.number == 2) {
                return i + 1; // 2p<0·00001
            }
            if (next.is(Sym.DASH)
                    && !next.spaceBefore
                    && (t.at(i + 2).isWord("sided") || t.at(i + 2).isWord("tailed"))
                    && isP(t.at(i + 3))) {
                return i + 3;
            }
        }
        if ((tok.isWord("one") || tok.isWord("two"))
                && (t.at(i + 1).isWord("sided") || t.at(i + 1).isWord("tailed"))
                && isP(t.at(i + 2))) {
            return i + 2;
        }
        return i;
    }

    /** A cell of a P column: {@code <0.001}, {@code .04}, {@code 3.71E-08}. */
    private static @Nullable Step cell(Tokens t, int i, Scope scope, Findings out) {
        PValue.Relation relation = t.relationAt(i);
        int j = relation == null ? i : i + 1;
        if (!t.at(j).is(Sym.NUM) || t.at(j).spelled) {
            return null;
        }
        Lexeme num = t.at(j);
        if (lostPoint(t, i, j, out)) {
            return new Step(j + 1, scope);
        }
        try {
            PValue p = PValue.of(num.number, relation == null ? PValue.Relation.EQUAL : relation);
            out.add(EffectStatement.builder()
                    .kind(EffectStatement.Kind.P_VALUE)
                    .start(t.at(i).start)
                    .end(num.end)
                    .text(t.span(i, j))
                    .pValue(p)
                    .printedValue(num.digits)
                    .build());
        } catch (IllegalArgumentException e) {
            out.report(
                    Diagnostic.Code.INVALID_VALUE,
                    "\"" + t.span(i, j) + "\" is not a possible P value: " + e.getMessage(),
                    t.at(i).start,
                    num.end);
        }
        return new Step(j + 1, scope);
    }

    /**
     * A table cell's last number, after a comma or semicolon, read as the cell's P value: {@code ; 0.02}, {@code
     * , <.001}. Only a number from 0 to 1 that ends the text; null otherwise.
     */
    static @Nullable Read lastInCell(Tokens t, int i) {
        if (!t.at(i).is(Sym.COMMA) && !t.at(i).is(Sym.SEMI)) {
            return null;
        }
        PValue.Relation relation = t.relationAt(i + 1);
        int j = relation == null ? i + 1 : i + 2;
        Lexeme num = t.at(j);
        if (!num.is(Sym.NUM) || num.spelled || j + 1 != t.size() || !(num.number > 0) || num.number > 1) {
            return null;
        }
        return new Read(i, j + 1, PValue.of(num.number, relation == null ? PValue.Relation.EQUAL : relation));
    }

    /** A P value after a statement: {@code , P = 0.01}, {@code ; p<0·0001}, {@code (P = .006)}. */
    static @Nullable Read tail(Tokens t, int i, Findings out) {
        int j = i;
        if (t.at(j).is(Sym.COMMA) || t.at(j).is(Sym.SEMI)) {
            j++;
        }
        boolean paren = Tokens.isOpener(t.at(j).type);
        if (paren) {
            j++;
        }
        Read r = at(t, j, out, false);
        if (r == null || r.p == null) {
            return null;
        }
        int next = r.next;
        if (paren) {
            if (!Tokens.isCloser(t.at(next).type)) {
                return null;
            }
            next++;
        }
        return new Read(r.first, next, r.p);
    }

    /** Whether the number at {@code j} lost its decimal point; if so, reports the P from {@code first} to it. */
    private static boolean lostPoint(Tokens t, int first, int j, Findings out) {
        if (!lostPoint(t.at(j))) {
            return false;
        }
        out.report(
                Diagnostic.Code.INVALID_VALUE,
                "\"" + t.span(first, j) + "\" has lost its decimal point: not read",
                t.at(first).start,
                t.at(j).end);
        return true;
    }

    /** "00001", "0823": a leading zero before another digit, where text extraction dropped the decimal point. */
    static boolean lostPoint(Lexeme num) {
        return num.digits.length() > 1 && num.digits.charAt(0) == '0' && Lexer.isDigit(num.digits.charAt(1));
    }

    private static boolean isP(Lexeme tok) {
        // every name below starts with "p": most words are passed over without hashing
        if (tok.type != Sym.WORD || tok.lower.isEmpty() || tok.lower.charAt(0) != 'p') {
            return false;
        }
        return switch (tok.lower) {
            case "p",
                    "p-value",
                    "p-values",
                    "pinteraction",
                    "ptrend",
                    "p-interaction",
                    "p-trend",
                    "p-for-trend",
                    "p-for-interaction",
                    "p-het",
                    "p-heterogeneity",
                    "plog-rank",
                    "p-log-rank" -> true;
            default -> false;
        };
    }
}
