package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The words around a number that decide how {@link Values} reads it: list words that continue a series,
 * schedule words that make a time a moment, words that make a percentage a share or a time a gain.
 */
final class NearValue {
    private static final int ALIVE_REACH = 20;

    private NearValue() {}

    /**
     * "0.74 to 0.86 in the HR for OS": an endpoint abbreviation, as written, after "for" within a few
     * words after {@code j}; null when none.
     */
    static @Nullable Endpoint endpointForAfter(Tokens t, int j) {
        for (int k = j; k < j + 5 && t.at(k).is(Sym.WORD); k++) {
            Lexeme e = t.at(k + 1);
            if (t.at(k).isWord("for") && e.is(Sym.WORD) && Words.isAbbreviationAsWritten(e)) {
                Endpoint named = Words.ENDPOINTS.get(e.lower);
                if (named != null && e.text.length() <= 4) {
                    return named;
                }
            }
        }
        return null;
    }

    /**
     * "88 percent of patients who took the drug were alive at five years", "20% of participants who ...
     * survived for at least five years": the people a share counts are said, later in the clause, to be
     * alive; the token index of that word, or -1. {@code j} is the token after the percentage.
     */
    static int aliveAfter(Tokens t, int j) {
        if (!t.at(j).isWord("of")) {
            return -1;
        }
        int k = j + 1;
        if (t.at(k).isWord("the") || t.at(k).isWord("all") || t.at(k).isWord("those")) {
            k++;
        }
        if (!t.at(k).is(Sym.WORD) || !Words.PEOPLE.contains(t.at(k).lower)) {
            return -1;
        }
        for (int m = k + 1; m < k + ALIVE_REACH; m++) {
            Lexeme w = t.at(m);
            if (w.isWord("alive")
                    || w.isWord("survived")
                    || w.isWord("survive")
                    || w.isWord("survives")
                    || w.isWord("living")) {
                return m;
            }
            if (!w.is(Sym.WORD) && !w.is(Sym.COMMA)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * What the people said to be alive at token {@code alive} are counted for: "alive without the cancer coming back"
     * (recurrence-free survival), "alive and free of progression", "alive without the cancer growing or spreading"
     * (progression-free), "growing or coming back" (event-free); plain "alive" is overall survival.
     */
    static Endpoint aliveEndpoint(Tokens t, int alive) {
        if (!t.at(alive).isWord("alive")) {
            return Endpoint.OS;
        }
        int k = alive + 1;
        if (t.at(k).isWord("and")) {
            k++;
        }
        if (t.at(k).isWord("free") && (t.at(k + 1).isWord("of") || t.at(k + 1).isWord("from"))) {
            k += 2;
        } else if (t.at(k).isWord("without")) {
            k++;
        } else {
            return Endpoint.OS;
        }
        if (t.at(k).isWord("the")
                || t.at(k).isWord("their")
                || t.at(k).isWord("any")
                || t.at(k).isWord("a")) {
            k++;
        }
        if (t.at(k).isWord("cancer")
                || t.at(k).isWord("disease")
                || t.at(k).isWord("tumour")
                || t.at(k).isWord("tumor")) {
            k++;
        }
        Endpoint first = eventOf(t.at(k));
        if (first == Endpoint.PFS && t.at(k + 1).isWord("or") && eventOf(t.at(k + 2)) == Endpoint.RFS) {
            return Endpoint.EFS; // "growing or coming back"
        }
        return first == null ? Endpoint.OS : first;
    }

    /** The endpoint an event word after "alive without" names: "recurrence" and "coming back", or "growing". */
    private static @Nullable Endpoint eventOf(Lexeme w) {
        if (w.isWord("recurrence") || w.isWord("relapse") || w.isWord("coming") || w.isWord("returning")) {
            return Endpoint.RFS;
        }
        if (w.isWord("progression") || w.isWord("growing") || w.isWord("getting") || w.isWord("spreading")) {
            return Endpoint.PFS;
        }
        return null;
    }

    /** Whether only list words stand between the previous value (ending at {@code from}) and {@code i}: "0.62 and 0.71". */
    static boolean continuesSeries(Tokens t, int from, int i) {
        if (from >= 0 && from < i) {
            from = afterPValue(t, from, i);
        }
        if (from < 0 || i - from > 6 || i <= from) {
            return false;
        }
        // "0.85 (...) for DFS and 0.77": a few words that end in a joiner
        Lexeme last = t.at(i - 1);
        boolean endsInJoiner = last.isWord("and") || last.isWord("vs") || last.isWord("versus") || last.is(Sym.COMMA);
        if (endsInJoiner && i - from > 1) {
            for (int k = from; k < i; k++) {
                if (!(t.at(k).is(Sym.WORD) || t.at(k).is(Sym.COMMA) || t.at(k).is(Sym.SEMI))) {
                    return false;
                }
            }
            return true;
        }
        if (i - from > 4) {
            return false;
        }
        for (int k = from; k < i; k++) {
            Lexeme tok = t.at(k);
            boolean joiner = tok.is(Sym.COMMA)
                    || tok.is(Sym.SEMI)
                    || tok.isWord("and")
                    || tok.isWord("or")
                    || tok.isWord("vs")
                    || tok.isWord("versus")
                    || tok.isWord("v")
                    || (tok.is(Sym.STOP) && tok.text.equals("."));
            if (!joiner) {
                return false;
            }
        }
        return true;
    }

    /**
     * "0.64, p=0.031; and 0.61": the P value the previous value's statement left after it (read on its own
     * and joined later) is no word of the list; the index after it, or {@code from}.
     */
    private static int afterPValue(Tokens t, int from, int i) {
        int k = t.at(from).is(Sym.COMMA) || t.at(from).is(Sym.SEMI) ? from + 1 : from;
        PValues.Read p = PValues.at(t, k, Findings.discarding(), false);
        if (p == null || p.p() == null || p.next() > i) {
            return from;
        }
        return p.next();
    }

    static boolean startsText(Tokens t, int i) {
        for (int k = 0; k < i; k++) {
            Sym ty = t.at(k).type;
            if (ty == Sym.NUM || ty == Sym.WORD) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word that makes a time a point in time ("after", "at", "within", "beyond", "every")
     * stands right before the number at {@code i}, or before its "≈" or "~". Not "for": "survived for
     * 13.8 months" is a median.
     */
    static boolean afterSchedule(Tokens t, int i) {
        int b = i - 1;
        Lexeme before = t.at(b);
        if (before.is(Sym.OTHER) && (before.text.equals("≈") || before.text.equals("~"))) {
            b = i - 2;
            before = t.at(b);
        }
        return before.isWord("after")
                || (before.isWord("at") && !valuedAt(t, b))
                || before.isWord("within")
                || before.isWord("beyond")
                || before.isWord("every");
    }

    /**
     * "associated with 5 years of use", "after 6 months of treatment": how long something lasted, told by
     * "of" and what lasted after the unit at {@code next - 1}; not a statistic.
     */
    static boolean durationOf(Tokens t, int next) {
        if (!t.at(next).isWord("of")) {
            return false;
        }
        Lexeme what = t.at(next + 1);
        return what.isWord("use")
                || what.isWord("treatment")
                || what.isWord("therapy")
                || what.isWord("follow-up")
                || what.isWord("exposure")
                || what.isWord("screening")
                || what.isWord("tamoxifen");
    }

    /** Verbs that give a value with "at": "median OS was estimated at 14.2 months". */
    private static final java.util.Set<String> VALUING = java.util.Set.of(
            "estimated", "calculated", "computed", "projected", "put", "pegged", "stood", "stands", "fixed", "set");

    /** Whether the "at" at {@code at} gives a value ("estimated at 14.2 months"), not a point in time. */
    static boolean valuedAt(Tokens t, int at) {
        return t.at(at).isWord("at") && t.at(at - 1).is(Sym.WORD) && VALUING.contains(t.at(at - 1).lower);
    }

    /** "every 3 vs 6 months", "followed for 12 vs 18 months": a schedule or a follow-up, not a median. */
    static boolean scheduleWord(Lexeme before) {
        return before.isWord("every")
                || before.isWord("for")
                || before.isWord("after")
                || before.isWord("within")
                || before.isWord("at")
                || before.isWord("over")
                || before.isWord("each")
                || before.isWord("per")
                || before.isWord("until")
                || before.isWord("up");
    }

    /** Nouns of a gain in time: "a median overall survival benefit of 1.86 months". */
    private static final java.util.Set<String> GAIN_NOUNS =
            java.util.Set.of("benefit", "gain", "improvement", "advantage", "prolongation", "extension");

    /**
     * "a median overall survival benefit of 1.86 months", "the median improvement was 0.97 months": the
     * number at {@code i} is a gain in time, named by a noun before it (an approximating word allowed).
     */
    static boolean gainBefore(Tokens t, int i) {
        int k = t.at(i - 1).is(Sym.WORD) && Words.APPROXIMATE.contains(t.at(i - 1).lower) ? i - 2 : i - 1;
        Lexeme link = t.at(k);
        boolean linked = link.isWord("of") || link.isWord("was") || link.isWord("is") || link.is(Sym.COLON);
        if (!linked) {
            return false;
        }
        if (t.at(k - 1).is(Sym.WORD) && GAIN_NOUNS.contains(t.at(k - 1).lower)) {
            return true;
        }
        // "prolongation in median overall survival of 11.7 months": the noun, then "in" and what gained
        if (!link.isWord("of")) {
            return false;
        }
        for (int w = k - 1; w >= 0 && w >= k - 1 - MAX_GAINED_WORDS; w--) {
            Lexeme tok = t.at(w);
            if (tok.isWord("in")) {
                return w < k - 1 && t.at(w - 1).is(Sym.WORD) && GAIN_NOUNS.contains(t.at(w - 1).lower);
            }
            if (!tok.is(Sym.WORD) || Words.PEOPLE.contains(tok.lower)) {
                return false;
            }
        }
        return false;
    }

    /** The most words of what gained between "in" and "of": "in median overall survival of". */
    private static final int MAX_GAINED_WORDS = 4;

    static boolean gainAfter(Tokens t, int next) {
        Lexeme w = t.at(next);
        if (w.isWord("longer") || w.isWord("shorter") || w.isWord("extra") || w.isWord("additional")) {
            return true;
        }
        return w.isWord("of")
                && (t.at(next + 1).isWord("extra") || t.at(next + 1).isWord("additional"));
    }

    /**
     * Whether the word after a percentage says what share it is ("96% metastatic", "40% of patients")
     * rather than ending the value ("92.0% in the A group", "90% versus 44%").
     */
    static boolean describesShare(Tokens t, int next) {
        Lexeme after = t.at(next);
        if (!after.is(Sym.WORD)) {
            return false;
        }
        return switch (after.lower) {
            case "in",
                    "at",
                    "for",
                    "with",
                    "vs",
                    "versus",
                    "v",
                    "and",
                    "or",
                    "respectively",
                    "compared",
                    "among",
                    "after",
                    "by",
                    "from",
                    "to",
                    "than",
                    "while",
                    "whereas" -> false;
            default -> true;
        };
    }

    static boolean afterSeparator(Tokens t, int i) {
        Sym before = t.at(i - 1).type;
        return before == Sym.EQ || before == Sym.COLON;
    }
}
