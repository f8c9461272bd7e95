package org.oncodex.model.text;

import java.util.Set;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/*
 * A number between a label and its value that is not the value: it names a trial, phase or group
 * ("the hazard ratio for death in CheckMate 459 was 0.85", "CheckMate 9DW", "the phase 3 trial", "ECOG
 * 1") or counts what was counted ("at 158 events is 0.70"). Values asks this before giving a label in
 * force to a number words away from it; only when a value is said after the number ("was", "of", "=",
 * ":" or a comma), so a label's value right after an abbreviation ("HR for PFS by BICR 0.62") is read.
 */
final class NamedNumbers {
    private NamedNumbers() {}

    /** Words before a number that make it a name: "phase 3", "stage 4", "cohort 2", "week 12". */
    private static final Set<String> NUMBERED = Set.of(
            "phase", "stage", "grade", "cohort", "arm", "part", "cycle", "week", "day", "version", "type", "level",
            "step", "group", "study", "trial", "line", "ecog");

    /** What a number of events counts, besides people. */
    private static final Set<String> COUNTED = Set.of("events", "deaths", "progressions");

    /**
     * Whether the number at {@code i}, words after a label, is part of a name ("CheckMate 459",
     * "CheckMate 9DW", "KEYNOTE 394", "the phase 3 trial", "ECOG 1") or counts what was counted ("at
     * 158 events") while the label's value comes later
     * in the clause ("... was 0.85").
     */
    static boolean namesSomething(Tokens t, int i) {
        Lexeme num = t.at(i);
        Lexeme before = t.at(i - 1);
        Lexeme after = t.at(i + 1);
        boolean glued = after.is(Sym.WORD) && after.start == num.end && upperName(after.text, 1);
        boolean named = before.is(Sym.WORD)
                && num.spaceBefore
                && (NUMBERED.contains(before.lower)
                        || (upperName(before.text, 3)
                                && !Words.ENDPOINTS.containsKey(before.lower)
                                && !Words.LABELS.containsKey(before.lower)));
        // "the hazard ratio at 158 events is 0.70", "in 957 patients was 0.81": a count of what is counted
        boolean counted = after.is(Sym.WORD)
                && after.spaceBefore
                && (Words.PEOPLE.contains(after.lower) || COUNTED.contains(after.lower));
        return (glued || named || counted) && valueLater(t, i + 1);
    }

    /** A word of at least {@code min} letters written as a name: all capitals ("KEYNOTE", "DW") or capitals after the first letter ("CheckMate", "IMbrave"). */
    private static boolean upperName(String word, int min) {
        if (word.length() < min) {
            return false;
        }
        boolean upperAfterFirst = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLetter(c)) {
                return false;
            }
            upperAfterFirst |= k > 0 && Character.isUpperCase(c);
        }
        return word.length() == 1 ? Character.isUpperCase(word.charAt(0)) : upperAfterFirst;
    }

    /** "... trial was 0.85", "..., 0.85": a value said with "was", "were", "is", "of", "=" or ":" within a few words. */
    private static boolean valueLater(Tokens t, int from) {
        boolean said = false;
        for (int k = from; k < from + 8 && k < t.size(); k++) {
            Lexeme tok = t.at(k);
            if (tok.is(Sym.NUM)) {
                return said;
            }
            if (tok.is(Sym.WORD)) {
                said |= tok.isWord("was") || tok.isWord("were") || tok.isWord("is") || tok.isWord("of");
            } else if (tok.is(Sym.EQ) || tok.is(Sym.COLON) || tok.is(Sym.COMMA)) {
                said = true;
            } else {
                return false;
            }
        }
        return false;
    }
}
