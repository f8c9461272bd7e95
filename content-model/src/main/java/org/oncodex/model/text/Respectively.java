package org.oncodex.model.text;

import java.util.ArrayList;
import java.util.List;
import org.oncodex.model.Endpoint;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * "The median PFS and OS were 7.6 months and 17.6 months, respectively": endpoints named in a list
 * before the values, and values in the same order, the list closed by "respectively". Each value
 * takes the endpoint in its place, not the last one named. Runs once over the tokens and the
 * statements of a parse, a sentence at a time: linear.
 */
final class Respectively {
    private static final ContextWords WORDS = new ContextWords();

    private Respectively() {}

    static void distribute(Tokens t, List<EffectStatement> statements) {
        if (statements.size() < 2 || !t.text.contains("espectively")) {
            return;
        }
        int sentenceStart = 0;
        int firstStatement = 0; // statements before the sentence are never looked at again: linear
        int n = t.size();
        for (int i = 0; i < n; i++) {
            Lexeme tok = t.at(i);
            boolean end = tok.is(Sym.STOP) && !Parser.isAbbreviationDot(t, i);
            if (tok.isWord("respectively")) {
                int from = t.at(sentenceStart).start;
                while (firstStatement < statements.size()
                        && statements.get(firstStatement).start() < from) {
                    firstStatement++;
                }
                sentence(t, sentenceStart, i, firstStatement, statements);
            }
            if (end) {
                sentenceStart = i + 1;
            }
        }
    }

    /** The sentence from token {@code first} to the "respectively" at token {@code respectively}. */
    private static void sentence(
            Tokens t, int first, int respectively, int firstStatement, List<EffectStatement> statements) {
        int from = t.at(first).start;
        int to = t.at(respectively).start;
        List<Integer> values = new ArrayList<>();
        for (int k = firstStatement; k < statements.size() && statements.get(k).start() < to; k++) {
            EffectStatement s = statements.get(k);
            if (s.start() >= from && s.end() <= to && s.kind() != EffectStatement.Kind.P_VALUE) {
                values.add(k);
            }
        }
        if (values.size() < 2) {
            return;
        }
        int firstValue = statements.get(values.get(0)).start();
        List<Scope.Named> named = new ArrayList<>();
        Findings ignored = Findings.discarding();
        // a statement's text may start at its label ("Median PFS and OS were 7.6"): read up to its number
        for (int i = first; i < respectively && !(t.at(i).is(Sym.NUM) && t.at(i).start >= firstValue); ) {
            Recognizer.Step step = t.at(i).is(Sym.WORD) ? WORDS.read(t, i, Scope.EMPTY, ignored) : null;
            if (step == null) {
                i++;
                continue;
            }
            Scope s = step.scope();
            // "overall survival (OS) and relapse-free survival (RFS)": a name and its abbreviation are one
            boolean repeated = !named.isEmpty() && named.get(named.size() - 1).endpoint() == s.endpoint();
            if (s.endpoint() != null && s.endpointAt() >= i && !repeated) {
                named.add(s.named());
            }
            i = Math.max(step.next(), i + 1);
        }
        if (named.size() < 2 || named.size() != values.size()) {
            return;
        }
        for (int k = 0; k < values.size(); k++) {
            EffectStatement s = statements.get(values.get(k));
            Endpoint e = named.get(k).endpoint();
            if (e == null || (s.endpoint().isPresent() && s.endpoint().get() == e)) {
                continue;
            }
            statements.set(
                    values.get(k),
                    EffectStatement.builder()
                            .from(s)
                            .endpoint(e)
                            .endpointLabel(named.get(k).text())
                            .build());
        }
    }
}
