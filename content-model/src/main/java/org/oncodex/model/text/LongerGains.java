package org.oncodex.model.text;

import java.util.Set;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * "Longer" as a verb of gain: "a significantly longer median overall survival by 8.5 months". Unlike
 * "extended" or "improved", "longer" is common in other senses ("no longer needed", "longer follow-up by
 * design"), so it gains only when a measure of time stands between it and its "by".
 */
final class LongerGains {
    private LongerGains() {}

    /** How many words may stand between "longer" and "by": "longer median progression-free survival by". */
    private static final int REACH = 6;

    /** The words that name a time to an event: survival, an endpoint's abbreviation, a time. */
    private static final Set<String> TIMES =
            Set.of("survival", "time", "os", "pfs", "dfs", "efs", "rfs", "dor", "ttp", "mos", "mpfs");

    /** Whether the word at {@code i} is a "longer" that does not gain: after "no", or with no time before "by". */
    static boolean idle(Tokens t, int i) {
        Lexeme tok = t.at(i);
        if (!tok.isWord("longer")) {
            return false;
        }
        if (t.at(i - 1).isWord("no") || t.at(i - 1).isWord("any")) {
            return true;
        }
        for (int j = i + 1; j <= i + REACH && t.at(j).is(Sym.WORD) && !t.at(j).isWord("by"); j++) {
            if (TIMES.contains(t.at(j).lower)) {
                return false;
            }
        }
        return true;
    }
}
