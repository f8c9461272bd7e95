package org.oncodex.model.text;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * A risk halved, in words: "halved the risk of death", "the risk of relapse was halved", "cut the risk of
 * progression in half". A relative change of 50% lower, as {@link RelativeChanges} reads "reduced the risk
 * of death by half"; only a risk, a rate or the odds is halved here ("halved the dose" is no statistic).
 * Looks a bounded number of words around the verb.
 */
final class Halvings implements Recognizer {
    /** The words of halving, every one a start word ({@link Words}). */
    static final Set<String> HALVING = Set.of("halved", "halves", "halving", "halve");

    private static final int MEASURE_WORDS = 8;

    /** How many words a verb may stand before "in half": "cut the risk of breast cancer death in half". */
    private static final int VERB_REACH = 14;

    /** What a halving must name to be a statistic. */
    private static final Set<String> RISKS = Set.of(
            "risk", "risks", "odds", "hazard", "rate", "rates", "mortality", "incidence", "likelihood", "chance");

    /** Words that end what was halved: "halved the risk of death in women", "... compared with". */
    private static final Set<String> ENDS = Set.of(
            "in",
            "with",
            "among",
            "for",
            "compared",
            "versus",
            "vs",
            "relative",
            "than",
            "when",
            "after",
            "at",
            "over",
            "during",
            "by",
            "from",
            "and",
            "but",
            "while",
            "whereas");

    private static final Set<String> BE = Set.of("is", "was", "were", "be", "been", "being");

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        if (!tok.is(Sym.WORD)) {
            return null;
        }
        if (HALVING.contains(tok.lower)) {
            return halving(t, i, 1, scope, out);
        }
        if (RelativeChanges.verb(tok) >= 0) {
            return null;
        }
        if (t.at(i + 1).isWord("in") && t.at(i + 2).isWord("half")) {
            return halving(t, i, 3, scope, out);
        }
        // "cut the risk of progression in half": a lowering verb, what it lowers, "in half"
        int j = i + 1;
        while (j - i - 1 < VERB_REACH
                && t.at(j).is(Sym.WORD)
                && !(t.at(j).isWord("in") && t.at(j + 1).isWord("half"))) {
            j++;
        }
        if (!(t.at(j).isWord("in") && t.at(j + 1).isWord("half")) || !namesRisk(t, i + 1, j)) {
            return null;
        }
        return RelativeChanges.emit(
                t, i, j + 2, 50, "50", false, RelativeChanges.measure(t.span(i + 1, j - 1)), null, scope, out);
    }

    /**
     * A halving whose words ("halved", or a lowering verb and "in half") start at {@code i} and take {@code width}
     * tokens: what it lowers stands after them ("halved the risk of death", "cut in half the risk of recurrence")
     * or, after a form of "be", before them ("the risk of relapse was halved", "... was cut in half").
     */
    private static @Nullable Step halving(Tokens t, int i, int width, Scope scope, Findings out) {
        if (BE.contains(t.at(i - 1).lower) && t.at(i - 1).is(Sym.WORD)) {
            int first = firstOfMeasure(t, i - 2);
            return first < 0
                    ? null
                    : RelativeChanges.emit(
                            t,
                            first,
                            i + width,
                            50,
                            "50",
                            false,
                            RelativeChanges.measure(t.span(first, i - 2)),
                            null,
                            scope,
                            out);
        }
        int from = i + width;
        int j = from;
        while (j - from < MEASURE_WORDS && t.at(j).is(Sym.WORD) && !ENDS.contains(t.at(j).lower)) {
            j++;
        }
        return !namesRisk(t, from, j)
                ? null
                : RelativeChanges.emit(
                        t, i, j, 50, "50", false, RelativeChanges.measure(t.span(from, j - 1)), null, scope, out);
    }

    /** Where the risk named in the few words ending at {@code last} starts ("risk of relapse"), or -1. */
    private static int firstOfMeasure(Tokens t, int last) {
        int k = last;
        int found = -1;
        while (k >= 0 && last - k < MEASURE_WORDS && t.at(k).is(Sym.WORD)) {
            if (RISKS.contains(t.at(k).lower)) {
                found = k;
            }
            k--;
        }
        return found;
    }

    private static boolean namesRisk(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (RISKS.contains(t.at(k).lower) && t.at(k).is(Sym.WORD)) {
                return true;
            }
        }
        return false;
    }
}
