package org.oncodex.rules;

import java.util.regex.Pattern;

/*
 * "It does not mean that 42 more people out of every 100 survived": an explainer saying how a number must NOT be read
 * states nothing with the numbers after its denial; neither grounding nor the wording checks hold them as claims. Only
 * the denial of a meaning counts ("does not mean", "is not the same as", "should not be read as"); "did not lower the
 * risk of death (HR 0.92)" is a claim about a result, checked as any other.
 */
/** Numbers set out as what a statistic does not mean. */
final class DeniedMeanings {
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:(?:does|do|did|would|will|should|must|can)\\s+not"
            + "|(?:doesn|don|didn|wouldn|won|shouldn|mustn|can)['’]t|cannot)\\s+(?:be\\s+(?:read|taken|understood)\\s+"
            + "(?:as|to\\s+mean)|mean|imply|tell\\s+you)\\b|\\b(?:is|are|isn['’]t|aren['’]t)\\s+(?:not\\s+)?the\\s+same"
            + "\\s+as\\b");

    /**
     * How far before a number its denial may stand, in characters: a clause ("It does not mean that 42 more people
     * out of every 100 survived" has its last number 55 characters after the verb). Bounded, so that asking at every
     * number of a sentence with no full stop in 200 KB costs linear time, not the sentence's length at each number.
     */
    static final int REACH = 200;

    private DeniedMeanings() {}

    /**
     * Whether the words of the sentence at {@code sentence} of {@code text}, up to {@link #REACH} characters before
     * {@code at}, deny a meaning; a statement's end serves, as its words may start on the verb ("mean that 42").
     */
    static boolean before(String text, int[] sentence, int at) {
        int from = Math.max(0, Math.max(Math.min(sentence[0], at), at - REACH));
        int to = Math.max(from, Math.min(at, text.length()));
        return DENIAL.matcher(text).region(from, to).find();
    }
}
