package org.oncodex.model.text;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.text.Intervals.Descriptor;
import org.oncodex.model.text.Intervals.What;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The words that name an interval, for {@link Intervals}: its level ({@code 95%}, {@code 95 percent}),
 * sidedness and kind ({@code CI}, {@code UI}, {@code CrI}, {@code PI}, {@code range}, {@code IQR}), in
 * whichever order journals print them. Each reader looks a bounded number of tokens ahead.
 */
final class IntervalWords {
    private IntervalWords() {}

    /**
     * {@code [one-sided] 95% CI}, {@code CI 95%}, {@code 95 percent confidence interval (CI)}, {@code
     * 95% UI}, {@code range}, {@code IQR}; null when no interval is named at {@code i}.
     */
    static @Nullable Descriptor descriptor(Tokens t, int i, Findings out) {
        Sym first = t.at(i).type;
        if (first != Sym.WORD && first != Sym.NUM) {
            return null; // every descriptor starts with a word or a level: asked at every bracket and mark
        }
        int j = i;
        boolean oneSided = false;
        if (t.at(j).isWord("one-sided") || t.at(j).isWord("two-sided")) {
            oneSided = t.at(j).isWord("one-sided");
            j++;
        } else if ((t.at(j).isWord("one") || t.at(j).isWord("two"))
                && t.at(j + 1).is(Sym.DASH)
                && t.at(j + 2).isWord("sided")) {
            oneSided = t.at(j).isWord("one");
            j += 3;
        }
        double level = 0;
        int afterLevel = level(t, j);
        if (afterLevel > j) {
            level = fraction(t.at(j));
            j = afterLevel;
        }
        if (t.at(j).isWord("one-sided") || t.at(j).isWord("two-sided")) {
            oneSided = t.at(j).isWord("one-sided");
            j++;
        }
        if (level > 0 && t.at(j).is(Sym.DASH) && !t.at(j).spaceBefore) {
            j++; // 95%-CI, 95%-KI
        }
        // "95% binomial confidence interval", "95% binomial-Poisson confidence interval": how it was computed
        if (level > 0
                && t.at(j).is(Sym.WORD)
                && !t.at(j).isWord("confidence")
                && (t.at(j + 1).isWord("confidence") || t.at(j + 1).isWord("credible"))) {
            j++;
        }
        int w = whatWords(t, j, out, level > 0);
        if (w == j && level == 0) {
            double glued = gluedLevel(t, j);
            if (glued > 0) {
                level = glued; // "(CI95% 1.22-2.01)": the level glued after the name
                w = j + 2;
            }
        }
        What what;
        int quartiles = level > 0 ? j : quartiles(t, j);
        if (quartiles > j) {
            what = What.IQR; // "quartiles 66/201", "25th–75th percentile = 9–29%"
            w = quartiles;
        } else if (w == j) {
            if (level == 0 || !bareLevel(t, i, j)) {
                return null;
            }
            what = What.CONFIDENCE; // "(95%, 8.3–9.7)", "(95%: 0.55-0.90)": a level and its bounds, unnamed
            w = j;
        } else {
            what = whatAt(t, j);
        }
        j = w;
        if (level == 0) {
            int after = level(t, j);
            if (after > j) {
                level = fraction(t.at(j));
                j = after;
            }
        }
        // [CI] or (CI) or (95% CI) after the words; ", CI:" restating them ("95% confidence interval, CI: 0.71, 0.95")
        if (Tokens.isOpener(t.at(j).type) && t.at(j + 1).is(Sym.WORD) && Tokens.isCloser(t.at(j + 2).type)) {
            j += 3;
        } else if ((t.at(j - 1).isWord("interval") || t.at(j - 1).isWord("intervals"))
                && t.at(j).is(Sym.COMMA)
                && t.at(j + 1).text.equals("CI")
                && (t.at(j + 2).is(Sym.COLON) || t.at(j + 2).is(Sym.NUM))) {
            j += 2;
        } else if (Tokens.isOpener(t.at(j).type)
                && level(t, j + 1) == j + 3
                && t.at(j + 3).is(Sym.WORD)
                && Tokens.isCloser(t.at(j + 4).type)) {
            j += 5;
        }
        j = strayStop(t, j);
        // "a 95% confidence interval of (0.12, 0.19)"
        if (t.at(j).isWord("of") && (t.at(j + 1).is(Sym.NUM) || Tokens.isOpener(t.at(j + 1).type))) {
            j++;
        }
        boolean spread = what == What.RANGE || what == What.IQR;
        if (!spread) {
            j = fromBound(t, j); // "range from 30 to 50%" stays a range of values, not the bounds of an interval
        }
        if (level == 0) {
            level = ConfidenceInterval.DEFAULT_LEVEL;
        }
        return new Descriptor(spread ? 0 : level, oneSided, what, true, j);
    }

    /**
     * Whether a level at {@code i}, right after an opening bracket, is followed at {@code j} (with a comma or colon
     * or nothing between) by two bounds: "(95%, 8.3–9.7)", "(95%: 0.55-0.90)", "(95% 0.55 to 0.90)". Only a level a
     * confidence interval is printed at counts, so "(60%, 12-18)" stays a share and a range.
     */
    private static boolean bareLevel(Tokens t, int i, int j) {
        if (!Tokens.isOpener(t.at(i - 1).type) || !conventional(t.at(i).number)) {
            return false;
        }
        int k = t.at(j).is(Sym.COMMA) || t.at(j).is(Sym.COLON) ? j + 1 : j;
        Lexeme low = t.at(k);
        Lexeme sep = t.at(k + 1);
        return low.is(Sym.NUM)
                && !low.spelled
                && (sep.is(Sym.DASH) || sep.isWord("to"))
                && t.at(k + 2).is(Sym.NUM);
    }

    /**
     * "95% CI.: 0.943–0.989", "95% CI. 0.5 to 0.9": a full stop glued to the interval's name, before a colon or a
     * number, abbreviates it and ends nothing; before a word it may end a sentence, and is left alone.
     */
    static int strayStop(Tokens t, int j) {
        boolean glued =
                t.at(j).text.equals(".") && !t.at(j).spaceBefore && t.at(j - 1).is(Sym.WORD);
        return glued && (t.at(j + 1).is(Sym.COLON) || t.at(j + 1).is(Sym.NUM)) ? j + 1 : j;
    }

    /**
     * "95% C.I. from 1.13 to 2.48": "from" before bounds joined by "to" introduces them. Only with a number right
     * after and "to" after that, so "95% CI from the model" stays unread.
     */
    static int fromBound(Tokens t, int j) {
        return t.at(j).isWord("from") && t.at(j + 1).is(Sym.NUM) && t.at(j + 2).isWord("to") ? j + 1 : j;
    }

    /** 80, 90, 95, 97.5, 99 or 99.9: the levels intervals are printed at. */
    private static boolean conventional(double level) {
        return level == 80 || level == 90 || level == 95 || level == 97.5 || level == 99 || level == 99.9;
    }

    /**
     * The words that name the first and third quartiles, read as an interquartile range: {@code
     * quartiles}, {@code 25th–75th percentile}, {@code 25th to 75th percentiles}, {@code 25th and 75th
     * percentiles}, {@code Q1–Q3}; the index after them, or {@code i}.
     */
    static int quartiles(Tokens t, int i) {
        if (t.at(i).isWord("quartiles") || t.at(i).isWord("quartile")) {
            return i + 1;
        }
        if (t.at(i).isWord("q1") && t.at(i + 1).is(Sym.DASH) && t.at(i + 2).isWord("q3")) {
            return i + 3;
        }
        int low = ordinal(t, i, 25, "25th");
        if (low == i) {
            return i;
        }
        Lexeme sep = t.at(low);
        if (!sep.is(Sym.DASH) && !sep.isWord("to") && !sep.isWord("and") && !sep.is(Sym.SLASH)) {
            return i;
        }
        int high = ordinal(t, low + 1, 75, "75th");
        if (high == low + 1) {
            return i;
        }
        return t.at(high).isWord("percentile") || t.at(high).isWord("percentiles") ? high + 1 : i;
    }

    /**
     * "25th" (a number and its suffix, with no space between) at {@code i}: the index after it, or {@code i}.
     * {@code word} is the ordinal as one word, given rather than built at each call.
     */
    private static int ordinal(Tokens t, int i, int value, String word) {
        Lexeme num = t.at(i);
        Lexeme suffix = t.at(i + 1);
        if (num.is(Sym.NUM) && !num.spelled && num.number == value && num.decimals == 0) {
            return suffix.isWord("th") && !suffix.spaceBefore ? i + 2 : i;
        }
        // "25th" lexed as one word
        return num.isWord(word) ? i + 1 : i;
    }

    /**
     * The level a percentage printed at {@code num} states, as a fraction: "99.9" gives the double nearest 0.999,
     * where dividing by 100 gives 0.9990000000000001.
     */
    static double fraction(Lexeme num) {
        return fraction(num.number);
    }

    /**
     * {@link #fraction(Lexeme)} of a printed number. A whole number (nearly every level: "95%", "90%") is divided
     * by 100 in double arithmetic, which rounds the exact quotient to the nearest double as the decimal path does,
     * without the strings and decimals that path allocates; {@code IntervalWordsPropertyTest} checks the two agree.
     */
    static double fraction(double number) {
        if (number != 0 && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return number / 100;
        }
        return BigDecimal.valueOf(number).movePointLeft(2).doubleValue();
    }

    /**
     * {@code 95%}, {@code 95 percent} or, as German writes it before {@code KI}, {@code 95-%} at {@code i}; the
     * index after it, or {@code i}.
     */
    static int level(Tokens t, int i) {
        Lexeme num = t.at(i);
        if (!num.is(Sym.NUM) || num.spelled || num.number < 50 || num.number >= 100) {
            return i;
        }
        if (t.at(i + 1).is(Sym.DASH)
                && !t.at(i + 1).spaceBefore
                && t.at(i + 2).is(Sym.PCT)
                && !t.at(i + 2).spaceBefore) {
            return i + 3; // 95-%-KI
        }
        return t.at(i + 1).is(Sym.PCT) ? i + 2 : i;
    }

    static int whatWords(Tokens t, int i, Findings out, boolean afterLevel) {
        Lexeme tok = t.at(i);
        switch (tok.lower) {
            case "ci", "cis", "ui", "cri", "cr", "iqr", "ic", "ki", "konfidenzintervall", "c.i" -> {
                if (tok.lower.equals("cr") && !t.at(i + 1).isWord("i")) {
                    return i;
                }
                return tok.lower.equals("cr") ? i + 2 : i + 1;
            }
            case "cl" -> {
                if (afterLevel || t.at(i + 1).is(Sym.NUM) || t.at(i + 1).is(Sym.COLON)) {
                    out.report(
                            Diagnostic.Code.TYPO_READ,
                            "\"" + tok.text + "\" read as \"CI\" (a lower-case L for the letter I)",
                            tok.start,
                            tok.end);
                    return i + 1;
                }
                return i;
            }
            case "konfidenzintervall:" -> {
                return i + 1;
            }
            case "pi", "bi" -> {
                // "95% PI"; the Dutch "95%-BI" (betrouwbaarheidsinterval): after a level only, where it cannot be
                // the letters of a name
                return afterLevel ? i + 1 : i;
            }
            case "betrouwbaarheidsinterval" -> {
                return i + 1;
            }
            case "prediction" -> {
                return t.at(i + 1).isWord("interval") || t.at(i + 1).isWord("intervals") ? i + 2 : i;
            }
            case "c" -> {
                // "95% C.I.": the letters with their full stops
                boolean dotted = t.at(i + 1).text.equals(".")
                        && !t.at(i + 1).spaceBefore
                        && t.at(i + 2).isWord("i")
                        && !t.at(i + 2).spaceBefore;
                if (!dotted) {
                    return i;
                }
                return t.at(i + 3).text.equals(".") && !t.at(i + 3).spaceBefore ? i + 4 : i + 3;
            }
            case "confidence", "uncertainty", "credible", "credibility" -> {
                if (t.at(i + 1).isWord("interval")
                        || t.at(i + 1).isWord("intervals")
                        || t.at(i + 1).isWord("limits")
                        || t.at(i + 1).isWord("limit")) {
                    return i + 2;
                }
                return i;
            }
            case "interquartile" -> {
                return t.at(i + 1).isWord("range") ? i + 2 : i;
            }
            case "range" -> {
                return i + 1;
            }
            default -> {
                // "95% CIb": a table's footnote letter glued to CI
                String w = tok.text;
                boolean footnoted = w.length() == 3 && w.startsWith("CI") && w.charAt(2) >= 'a' && w.charAt(2) <= 'f';
                return footnoted ? i + 1 : i;
            }
        }
    }

    /**
     * "CI95%": the name with its level run on, one word and a per cent sign right after it; the level as a fraction,
     * or 0. Only a level a confidence interval is printed at counts.
     */
    static double gluedLevel(Tokens t, int i) {
        String w = t.at(i).text;
        if (w.length() != 4
                || !w.startsWith("CI")
                || !Character.isDigit(w.charAt(2))
                || !Character.isDigit(w.charAt(3))
                || !t.at(i + 1).is(Sym.PCT)
                || t.at(i + 1).spaceBefore) {
            return 0;
        }
        int level = Integer.parseInt(w.substring(2));
        return conventional(level) ? level / 100.0 : 0;
    }

    static What whatAt(Tokens t, int i) {
        return switch (t.at(i).lower) {
            case "ui", "uncertainty" -> What.UNCERTAINTY;
            case "cri", "cr", "credible", "credibility" -> What.CREDIBLE;
            case "pi", "prediction" -> What.PREDICTION;
            case "iqr", "interquartile" -> What.IQR;
            case "range" -> What.RANGE;
            default -> What.CONFIDENCE;
        };
    }
}
