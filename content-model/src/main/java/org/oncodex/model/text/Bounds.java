package org.oncodex.model.text;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * Bounds: {@code ≥ 85%}, {@code < 10%}, {@code at least 85%}, {@code up to 33%}, {@code more than
 * 10%}, {@code > 12 months}. Only percentages and times: {@code < 3 cm} is a size, not a statistic.
 */
final class Bounds implements Recognizer {

    /** Where it may start ({@link Recognizer#mayStartAt}): at a number, only "40% or more". */
    @Override
    public boolean mayStartAt(Tokens t, int i) {
        return !t.at(i).is(Sym.NUM) || t.at(i + 1).is(Sym.PCT);
    }

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        PValue.Relation relation;
        int j;
        switch (tok.type) {
            case LT -> relation = PValue.Relation.LESS_THAN;
            case GT -> relation = PValue.Relation.GREATER_THAN;
            case LE -> relation = PValue.Relation.LESS_THAN_OR_EQUAL;
            case GE -> relation = PValue.Relation.GREATER_THAN_OR_EQUAL;
            case NUM -> {
                return orMore(t, i, scope, out);
            }
            default -> {
                return words(t, i, scope, out);
            }
        }
        j = i + 1;
        return bound(t, i, j, relation, scope, out);
    }

    /** {@code 40% or more}, {@code 30% or greater}, {@code 5% or less}: the relation after the number. */
    private static @Nullable Step orMore(Tokens t, int i, Scope scope, Findings out) {
        if (!t.at(i + 1).is(Sym.PCT) || !t.at(i + 2).isWord("or")) {
            return null;
        }
        Lexeme word = t.at(i + 3);
        PValue.Relation relation;
        if (word.isWord("more") || word.isWord("greater") || word.isWord("higher") || word.isWord("above")) {
            relation = PValue.Relation.GREATER_THAN_OR_EQUAL;
        } else if (word.isWord("less") || word.isWord("fewer") || word.isWord("lower") || word.isWord("below")) {
            relation = PValue.Relation.LESS_THAN_OR_EQUAL;
        } else {
            return null;
        }
        int before = out.statements.size();
        Step read = bound(t, i, i, relation, scope, out);
        if (read == null) {
            return null;
        }
        if (out.statements.size() > before) {
            EffectStatement b = out.statements.get(before);
            int end = t.at(i + 3).end;
            out.statements.set(
                    before,
                    EffectStatement.builder()
                            .from(b)
                            .end(end)
                            .text(t.slice(b.start(), end))
                            .build());
        }
        return new Step(Math.max(read.next(), i + 4), read.scope());
    }

    private static @Nullable Step words(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        Lexeme next = t.at(i + 1);
        PValue.Relation relation = null;
        int j = i + 2;
        int denied = denied(t, i);
        PValue.Relation deniedRelation =
                denied > i && t.at(denied + 1).isWord("than") ? negatedRelation(t.at(denied)) : null;
        if (deniedRelation != null) {
            // "no less than 22.7 months", "can not be lower than", "no greater than 1.18": the bound denied
            relation = deniedRelation;
            j = denied + 2;
        } else if (tok.isWord("at") && next.isWord("least")) {
            relation = PValue.Relation.GREATER_THAN_OR_EQUAL;
        } else if ((tok.isWord("up") && next.isWord("to")) || (tok.isWord("at") && next.isWord("most"))) {
            relation = PValue.Relation.LESS_THAN_OR_EQUAL;
        } else if (tok.isWord("as")
                && (next.isWord("many") || next.isWord("much") || next.isWord("high"))
                && t.at(i + 2).isWord("as")) {
            relation = PValue.Relation.LESS_THAN_OR_EQUAL; // "as many as 27%"
            j = i + 3;
        } else if ((tok.isWord("more") || tok.isWord("greater") || tok.isWord("over")) && next.isWord("than")) {
            relation = PValue.Relation.GREATER_THAN;
        } else if ((tok.isWord("less") || tok.isWord("fewer") || tok.isWord("under")) && next.isWord("than")) {
            relation = PValue.Relation.LESS_THAN;
        } else if (tok.isWord("over")
                || tok.isWord("exceeding")
                || tok.isWord("above")
                || tok.isWord("exceeded")
                || tok.isWord("exceeds")) {
            relation = PValue.Relation.GREATER_THAN;
            j = i + 1;
        } else if (tok.isWord("under") || tok.isWord("below")) {
            relation = PValue.Relation.LESS_THAN;
            j = i + 1;
        }
        if (relation == null || j < 0) {
            return null;
        }
        return bound(t, i, j, relation, scope, out);
    }

    /** After "no", "not" or "cannot" at {@code i}, and "be" if it follows: where the comparison starts, or {@code i}. */
    private static int denied(Tokens t, int i) {
        Lexeme tok = t.at(i);
        if (!tok.isWord("no") && !tok.isWord("not") && !tok.isWord("cannot")) {
            return i;
        }
        return t.at(i + 1).isWord("be") ? i + 2 : i + 1;
    }

    /** What "no/not [comparative] than" admits: "no less than" is at least, "not more than" at most; null for other words. */
    private static PValue.@Nullable Relation negatedRelation(Lexeme comparative) {
        return switch (comparative.lower) {
            case "less", "fewer", "lower", "shorter", "smaller" -> PValue.Relation.GREATER_THAN_OR_EQUAL;
            case "more", "greater", "higher", "longer", "larger" -> PValue.Relation.LESS_THAN_OR_EQUAL;
            default -> null;
        };
    }

    /** A bound from {@code start} to {@code end} on the number {@code num}, its estimate still to come. */
    static ImmutableEffectStatement.Builder statement(Tokens t, int start, int end, Lexeme num) {
        return t.statement(EffectStatement.Kind.BOUND, start, end)
                .printedValue(num.digits)
                .value(num.number);
    }

    /** The values a bound admits: "< 10%" is every percentage below 10. */
    static ValueRange range(PValue.Relation relation, double value, Unit unit) {
        return switch (relation) {
            case LESS_THAN -> ValueRange.lessThan(value, unit);
            case LESS_THAN_OR_EQUAL -> ValueRange.atMost(value, unit);
            case GREATER_THAN -> ValueRange.greaterThan(value, unit);
            default -> ValueRange.atLeast(value, unit);
        };
    }

    /**
     * "More than one in four people", "fewer than 1 in 5 patients": a bound on the share a frequency
     * gives, when people (any word) follow it; null when {@code k} starts no frequency.
     */
    private static @Nullable Step frequency(
            Tokens t, int i, int k, PValue.Relation relation, boolean approx, Scope scope, Findings out) {
        Lexeme first = t.at(k);
        if (!(first.is(Sym.NUM) || first.is(Sym.WORD))
                || !(t.at(k + 1).isWord("in") || t.at(k + 1).isWord("out"))) {
            return null;
        }
        Optional<NumberWords.Reading> r = NumberWords.read(t.text, first.start);
        if (r.isEmpty()
                || r.get().kind() != NumberWords.Kind.FREQUENCY
                || r.get().per() < 2) {
            return null;
        }
        int next = t.indexAt(r.get().end());
        if (!t.at(next).is(Sym.WORD)) {
            return null;
        }
        double percent = r.get().share() * 100;
        int start = t.at(i).start;
        int end = r.get().end();
        ImmutableEffectStatement.Builder b = t.statement(EffectStatement.Kind.BOUND, start, end)
                .printedValue(WordShares.printed(percent))
                .value(percent)
                .approximate(approx || r.get().approximate() || i <= scope.approximateUntil());
        try {
            b.estimate(range(relation, percent, Unit.PERCENT));
        } catch (IllegalArgumentException e) {
            return null;
        }
        out.add(b.build());
        return new Recognizer.Step(Math.max(next, k + 1), scope);
    }

    /** Whether a ratio's label stands shortly before the bound: its number is a ratio, with no unit. */
    private static boolean ratioInForce(int i, Scope scope) {
        if (!Values.isRatioLabel(scope)) {
            return false;
        }
        return scope.labelAt() < 0 || (scope.labelAt() < i && i - scope.labelAt() <= 12 && !scope.labelUsed());
    }

    private static @Nullable Step bound(Tokens t, int i, int j, PValue.Relation relation, Scope scope, Findings out) {
        int k = j;
        boolean approx = false;
        if (t.at(k).is(Sym.WORD) && Words.APPROXIMATE.contains(t.at(k).lower)) {
            approx = true;
            k++;
        }
        k = article(t, k);
        Step share = frequency(t, i, k, relation, approx, scope, out);
        if (share != null) {
            return share;
        }
        Lexeme num = t.at(k);
        if (!num.is(Sym.NUM)) {
            return null;
        }
        Unit unit;
        int next;
        Unit time = Words.timeUnit(t.at(k + 1));
        if (t.at(k + 1).is(Sym.PCT)) {
            unit = Unit.PERCENT;
            next = k + 2;
        } else if (time != null) {
            unit = time;
            next = k + 2;
        } else if (t.at(k + 1).isWord("million") || t.at(k + 1).isWord("billion")) {
            // "more than 1.4 million patients", "up to 14 million years of life": a bound on an amount
            unit = Unit.NONE;
            next = k + 2;
        } else if (ratioInForce(i, scope) && !num.spelled) {
            // "a hazard ratio of less than 1.00 favored", "the HR had to be less than 1·18", "HR < 1.52"
            unit = Unit.NONE;
            next = k + 1;
        } else {
            return null;
        }
        int start = t.at(i).start;
        int end = t.at(next - 1).end;
        ImmutableEffectStatement.Builder b =
                statement(t, start, end, num).approximate(approx || i <= scope.approximateUntil());
        if (unit == Unit.NONE && next == k + 2) {
            b.unitLabel(t.at(k + 1).lower);
        }
        try {
            b.estimate(range(relation, num.number, unit));
        } catch (IllegalArgumentException e) {
            out.report(Diagnostic.Code.INVALID_VALUE, "\"" + t.slice(start, end) + "\": " + e.getMessage(), start, end);
        }
        PValues.Read p = PValues.tail(t, next, out);
        if (p != null && p.p() != null) {
            next = p.next();
            end = t.at(next - 1).end;
            b.pValue(p.p()).end(end).text(t.slice(start, end));
        }
        if (scope.endpoint() != null
                && (scope.endpointAt() < 0 || (scope.endpointAt() < i && i - scope.endpointAt() <= 5))) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        out.add(b.build());
        return new Recognizer.Step(next, scope);
    }

    /**
     * Past an article before a percentage that qualifies a noun ("more than a 2% risk", "less than a 10%
     * chance"), or {@code k}: the bound is on the share. Not before a change ("more than a 50% reduction"),
     * which is a bound on the change, read elsewhere.
     */
    static int article(Tokens t, int k) {
        if (!t.at(k).isWord("a") || !t.at(k + 1).is(Sym.NUM) || !t.at(k + 2).is(Sym.PCT)) {
            return k;
        }
        if (!t.at(k + 3).is(Sym.WORD)) {
            return k;
        }
        // "a 33% hazard reduction", "a 25% relative risk reduction": the change may come a word or two on
        for (int j = k + 3; j <= k + 5 && t.at(j).is(Sym.WORD); j++) {
            Lexeme w = t.at(j);
            if (RelativeChanges.NOUNS.containsKey(w.lower)
                    || Words.LOWER.contains(w.lower)
                    || Words.HIGHER.contains(w.lower)
                    || RelativeChanges.verb(w) != 0) {
                return k;
            }
        }
        return k + 1;
    }
}
