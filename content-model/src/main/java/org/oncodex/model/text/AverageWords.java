package org.oncodex.model.text;

/**
 * The words that say a change is an average, between a verb of change (or its "by") and the size of
 * the change: "death rates fell an average of 3.2%", "incidence increased an average of 1.2% each year",
 * "reduced by an average of 31%", "rose on average 2%".
 */
final class AverageWords {
    private AverageWords() {}

    /** Past "an average of", "a mean of" or "on average" starting at token {@code k}, or {@code k} when none does. */
    static int past(Tokens t, int k) {
        boolean average = t.at(k).isWord("an") && t.at(k + 1).isWord("average");
        boolean mean = t.at(k).isWord("a") && t.at(k + 1).isWord("mean");
        if ((average || mean) && t.at(k + 2).isWord("of")) {
            return k + 3;
        }
        if (t.at(k).isWord("on") && t.at(k + 1).isWord("average")) {
            return k + 2;
        }
        return k;
    }
}
