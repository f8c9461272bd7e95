package org.oncodex.model.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * What the parser saw and did not read: a number in the shape of a statistic (a share, a number with a
 * bracketed number or note after it, a bound in words, a rate, a ratio of two numbers, an approximate
 * number, a fraction of one, a head count) or a fraction or magnitude in words that no statement and no
 * other diagnostic covers is reported as {@link Diagnostic.Code#NOT_READ}, so a form the parser does not
 * support says so instead of passing in silence; so is a table cell of numbers alone that nothing read.
 * Years, doses, phases, thresholds after a sign ("< 3 cm") and other numbers in none of these shapes stay
 * unreported. One pass over the text and one over the tokens: linear.
 */
final class Unread {
    /** Nouns that make the number before them a head count: "523 patients", "Ninety RCTs". */
    private static final Set<String> PEOPLE = Set.of(
            "patients",
            "participants",
            "people",
            "persons",
            "subjects",
            "men",
            "women",
            "children",
            "adults",
            "cases",
            "deaths",
            "trials",
            "rcts",
            "studies",
            "events",
            "individuals",
            "survivors");

    /** Fractions in words: "half", "two-thirds", "a quarter", "one-fourth to one-half". */
    private static final Set<String> FRACTIONS = Set.of(
            "half",
            "third",
            "thirds",
            "quarter",
            "quarters",
            "fourth",
            "fourths",
            "one-half",
            "one-third",
            "two-thirds",
            "one-quarter",
            "three-quarters",
            "one-fourth",
            "three-fourths",
            "one-fifth");

    /** Magnitudes in words with no number: "billions of cells". */
    private static final Set<String> MAGNITUDES = Set.of("dozens", "hundreds", "thousands", "millions", "billions");

    private Unread() {}

    /** Up to this many statements and diagnostics, coverage is found from their sorted ends, not per character. */
    private static final int FEW = 32;

    static void report(Tokens t, List<EffectStatement> statements, Findings out) {
        if (statements.isEmpty() && !out.diagnostics.isEmpty()) {
            return;
        }
        if (statements.isEmpty() && noWords(t) && t.size() > 0) {
            // a table cell of numbers or marks alone ("25 459", "..") that nothing could read
            out.report(
                    Diagnostic.Code.NOT_READ,
                    "\"" + t.text.strip() + "\": a cell with nothing saying what it holds, not read as a statistic",
                    t.at(0).start,
                    t.at(t.size() - 1).end);
            return;
        }
        Coverage covered = Coverage.of(t.text.length(), statements, out.diagnostics);
        for (int k = 0; k < t.size(); k++) {
            Lexeme tok = t.at(k);
            if (covered.at(tok.start)) {
                continue;
            }
            String shape = shape(t, k);
            if (shape != null) {
                int end = tok.is(Sym.NUM) && t.at(k + 1).is(Sym.PCT) ? t.at(k + 1).end : tok.end;
                out.report(
                        Diagnostic.Code.NOT_READ,
                        "\"" + t.slice(tok.start, end) + "\": " + shape + " not read as a statistic",
                        tok.start,
                        end);
            }
        }
    }

    /**
     * Whether a statement or diagnostic covers a character, asked at increasing offsets. A few spans (a
     * table cell's) are kept as their sorted starts and ends; many as a difference array over the
     * characters, summed once: linear either way.
     */
    private static final class Coverage {
        /** The starts and ends of the spans, each sorted; or null, when {@link #depth} counts them. */
        private final int @Nullable [] starts;

        private final int @Nullable [] ends;
        private final int @Nullable [] depth;
        /** How many spans {@link #starts} and {@link #ends} hold. */
        private final int count;

        private int started;
        private int ended;
        private int at;
        private int covered;

        private Coverage(int @Nullable [] starts, int @Nullable [] ends, int count, int @Nullable [] depth) {
            this.starts = starts;
            this.ends = ends;
            this.count = count;
            this.depth = depth;
        }

        static Coverage of(int length, List<EffectStatement> statements, List<Diagnostic> diagnostics) {
            int spans = statements.size() + diagnostics.size();
            if (spans > FEW) {
                // how many statements or diagnostics cover each character: a difference array, summed once
                int[] depth = new int[length + 1];
                for (EffectStatement s : statements) {
                    mark(depth, s.start(), s.end());
                }
                for (Diagnostic d : diagnostics) {
                    mark(depth, d.start(), d.end());
                }
                return new Coverage(null, null, 0, depth);
            }
            int[] starts = new int[spans];
            int[] ends = new int[spans];
            int count = 0;
            for (EffectStatement s : statements) {
                count = add(starts, ends, count, length, s.start(), s.end());
            }
            for (Diagnostic d : diagnostics) {
                count = add(starts, ends, count, length, d.start(), d.end());
            }
            Arrays.sort(starts, 0, count);
            Arrays.sort(ends, 0, count);
            return new Coverage(starts, ends, count, null);
        }

        /** The span clipped to the text as {@link #mark} clips it, if it covers anything. */
        private static int add(int[] starts, int[] ends, int count, int length, int start, int end) {
            int from = Math.max(0, Math.min(start, length));
            int to = Math.max(from, Math.min(end, length));
            if (to <= from) {
                return count;
            }
            starts[count] = from;
            ends[count] = to;
            return count + 1;
        }

        private static void mark(int[] depth, int start, int end) {
            int from = Math.max(0, Math.min(start, depth.length - 1));
            int to = Math.max(from, Math.min(end, depth.length - 1));
            if (to > from) {
                depth[from]++;
                depth[to]--;
            }
        }

        /** Whether some span covers {@code offset}; offsets must not decrease from call to call. */
        boolean at(int offset) {
            int[] d = depth;
            if (d != null) {
                while (at <= offset && at < d.length) {
                    covered += d[at];
                    at++;
                }
                return covered > 0;
            }
            int[] s = starts;
            int[] e = ends;
            if (s == null || e == null) {
                return false;
            }
            while (started < count && s[started] <= offset) {
                started++;
            }
            while (ended < count && e[ended] <= offset) {
                ended++;
            }
            return started > ended;
        }
    }

    /** What statistic-like shape the token at {@code k} has, or null for a number in none. */
    private static @Nullable String shape(Tokens t, int k) {
        Lexeme tok = t.at(k);
        Lexeme next = t.at(k + 1);
        if (tok.is(Sym.WORD)) {
            // every word of the sets below has three letters or more and starts with one of these: most
            // words need no lookup
            if (tok.lower.length() < 3 || "bdefhmnoqstz".indexOf(tok.lower.charAt(0)) < 0) {
                return null;
            }
            if (FRACTIONS.contains(tok.lower)) {
                return "a fraction in words";
            }
            if (MAGNITUDES.contains(tok.lower)) {
                return "a magnitude in words";
            }
            return inWords(tok.lower) && peopleWithin(t, k + 1) ? "a head count with no total or share" : null;
        }
        if (!tok.is(Sym.NUM)) {
            return null;
        }
        Lexeme before = k > 0 ? t.at(k - 1) : next;
        if (k > 0 && (before.text.equals("≈") || before.text.equals("~"))) {
            return "an approximate number";
        }
        if (next.is(Sym.PLUS) && !next.spaceBefore) {
            return "a bound written with a plus sign";
        }
        if (k > 0 && (before.is(Sym.LT) || before.is(Sym.LE) || before.is(Sym.GT) || before.is(Sym.GE))) {
            // "< 3 cm", "grade ≥ 3", "(< 10%)": a threshold in a description, not a finding; "R2≥0.79",
            // "<0.0001a": a bound of a fraction of one
            return tok.decimals > 0 && tok.number < 1 ? "a bound" : null;
        }
        if (next.is(Sym.PCT)) {
            return "a share";
        }
        if (next.isWord("per")) {
            return "a rate";
        }
        if (next.is(Sym.COLON) && !next.spaceBefore && t.at(k + 2).is(Sym.NUM) && !t.at(k + 2).spaceBefore) {
            return "a ratio of two numbers";
        }
        // "17(3)": a journal's volume and issue, not a count and its share
        boolean volume = !next.spaceBefore
                && tok.decimals == 0
                && t.at(k + 2).decimals == 0
                && Tokens.isCloser(t.at(k + 3).type);
        if (Tokens.isOpener(next.type) && t.at(k + 2).is(Sym.NUM) && !volume) {
            return "a number with a bracketed number after it";
        }
        boolean noteAfter = Tokens.isOpener(next.type)
                || (next.is(Sym.WORD)
                        && Tokens.isOpener(t.at(k + 2).type)
                        && t.at(k + 3).is(Sym.WORD));
        if (noteAfter && tok.decimals > 0 && !tok.spelled) {
            return "a number with a bracketed note after it";
        }
        if (k > 1
                && ((before.isWord("than")
                                && (t.at(k - 2).isWord("less") || t.at(k - 2).isWord("more")))
                        || (before.isWord("least") && t.at(k - 2).isWord("at"))
                        || (before.isWord("to") && t.at(k - 2).isWord("up")))) {
            return "a bound";
        }
        boolean year = tok.decimals == 0 && tok.number >= 1900 && tok.number <= 2100;
        if ((!year && peopleWithin(t, k + 1))
                || (k > 1 && before.is(Sym.EQ) && t.at(k - 2).isWord("n"))
                || (next.isWord("of") && peopleWithin(t, k + 2))) {
            return "a head count with no total or share";
        }
        if (!tok.spelled && tok.decimals > 0 && tok.number > 0 && tok.number < 1) {
            return "a fraction of one";
        }
        return null;
    }

    /** "patients", "protocol eligible men", "of the participating patients": a noun for people within three words. */
    private static boolean peopleWithin(Tokens t, int k) {
        for (int j = k; j < k + 3 && t.at(j).is(Sym.WORD); j++) {
            if (PEOPLE.contains(t.at(j).lower)) {
                return true;
            }
        }
        return false;
    }

    /** A number in words the lexer left a word: "four", "forty-eight". */
    private static boolean inWords(String lower) {
        int dash = lower.indexOf('-');
        String head = dash > 0 ? lower.substring(0, dash) : lower;
        return NumberWords.smallNumber(head) >= 0; // a unit, a teen or a ten
    }

    private static boolean noWords(Tokens t) {
        for (int k = 0; k < t.size(); k++) {
            if (t.at(k).is(Sym.WORD)) {
                return false;
            }
        }
        return true;
    }
}
