package org.oncodex.model.text;

/**
 * Words that stress the size of a change without changing it, between "by" (or a verb of change) and the
 * size: "lowered by a full 42%", "cut deaths by a further 10%", "reduced by a striking 60%". They are read
 * only after a verb of change has been found, so they cost nothing at other tokens.
 */
final class EmphasisWords {
    private EmphasisWords() {}

    /** Past "a full", "a further", "a whopping", "fully" and the like starting at token {@code k}, or {@code k}. */
    static int past(Tokens t, int k) {
        if (t.at(k).isWord("fully")) {
            return k + 1;
        }
        boolean article = t.at(k).isWord("a") || t.at(k).isWord("an");
        if (!article) {
            return k;
        }
        Lexer.Lexeme w = t.at(k + 1);
        if (w.isWord("full")
                || w.isWord("further")
                || w.isWord("additional")
                || w.isWord("whopping")
                || w.isWord("striking")
                || w.isWord("remarkable")
                || w.isWord("impressive")
                || w.isWord("staggering")) {
            return k + 2;
        }
        return k;
    }
}
