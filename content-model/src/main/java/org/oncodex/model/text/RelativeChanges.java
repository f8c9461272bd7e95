package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * Relative changes in words: {@code a 38% reduction in the risk of death}, {@code 21% higher risk},
 * {@code thirty-eight percent lower}, {@code reduced the risk of death by 38%}.
 */
final class RelativeChanges implements Recognizer {
    private static final int MAX_MEASURE_WORDS = 5;

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        if (tok.is(Sym.NUM) && t.at(i + 1).is(Sym.PCT)) {
            Lexeme direction = t.at(i + 2);
            if (direction.is(Sym.WORD)
                    && (Words.HIGHER.contains(direction.lower) || Words.LOWER.contains(direction.lower))) {
                if (direction.isWord("more") && t.at(i + 3).is(Sym.WORD) && Words.PEOPLE.contains(t.at(i + 3).lower)) {
                    return null; // "20% more patients" is a share, read elsewhere
                }
                return add(t, i, tok, Words.HIGHER.contains(direction.lower), i + 3, scope, out);
            }
            return null;
        }
        // reduced the risk of death by 38%
        if (tok.is(Sym.WORD) && verb(tok) != 0) {
            int j = i + 1;
            int words = 0;
            while (words < 7 && t.at(j).is(Sym.WORD) && !t.at(j).isWord("by")) {
                j++;
                words++;
            }
            if (t.at(j).isWord("by") && t.at(j + 1).is(Sym.NUM) && t.at(j + 2).is(Sym.PCT)) {
                Lexeme num = t.at(j + 1);
                String measure = words == 0 ? "" : measure(t.span(i + 1, j - 1));
                return emit(t, i, j + 3, num, verb(tok) > 0, measure, scope, out);
            }
        }
        return null;
    }

    private static int verb(Lexeme tok) {
        return switch (tok.lower) {
            case "reduced", "lowered", "decreased", "cut", "reduces", "lowers", "decreases", "reducing", "lowering" ->
                -1;
            case "increased", "raised", "increases", "raises", "increasing" -> 1;
            default -> 0;
        };
    }

    private static String measure(String words) {
        String m = words.strip();
        for (String lead : new String[] {"the ", "a "}) {
            if (m.startsWith(lead)) {
                m = m.substring(lead.length());
            }
        }
        return m;
    }

    private static Step add(Tokens t, int i, Lexeme num, boolean higher, int from, Scope scope, Findings out) {
        int j = from;
        StringBuilder measure = new StringBuilder();
        int words = 0;
        while (t.at(j).is(Sym.WORD)
                && words < MAX_MEASURE_WORDS
                && !Words.VERSUS.contains(t.at(j).lower)
                && !t.at(j).isWord("than")
                && !t.at(j).isWord("with")) {
            boolean leading = measure.length() == 0
                    && (t.at(j).isWord("in") || t.at(j).isWord("the") || t.at(j).isWord("of"));
            if (!leading) {
                if (measure.length() > 0) {
                    measure.append(' ');
                }
                measure.append(t.at(j).lower);
            }
            j++;
            words++;
        }
        return emit(t, i, j, num, higher, measure.toString().strip(), scope, out);
    }

    private static Step emit(
            Tokens t, int i, int next, Lexeme num, boolean higher, String measure, Scope scope, Findings out) {
        int start = t.at(i).start;
        int end = t.at(next - 1).end;
        RelativeChange change = RelativeChange.of(
                num.number, higher ? RelativeChange.Direction.HIGHER : RelativeChange.Direction.LOWER, measure);
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.RELATIVE_CHANGE)
                .start(start)
                .end(end)
                .text(t.slice(start, end))
                .relativeChange(change)
                .printedValue(num.digits)
                .value(num.number)
                .approximate(i <= scope.approximateUntil()
                        || (t.at(i - 1).is(Sym.WORD) && Words.APPROXIMATE.contains(t.at(i - 1).lower)));
        if (scope.endpoint() != null) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        out.add(b.build());
        return new Recognizer.Step(next, scope);
    }
}
