package org.oncodex.rules;

import java.text.Bidi;
import java.text.Normalizer;
import java.util.Map;

/*
 * The rules match words ("cures", "approved", "0.41"), and a browser shows words a pattern does not
 * see: "cu\u200Bres" (a zero-width space), "cu\u00ADres" (a soft hyphen), fullwidth or mathematical
 * letters, a Cyrillic "с" among Latin letters, "u" with a combining low line under it, and a
 * right-to-left override that shows ".enoyreve seruc" as "cures everyone." All of them passed every
 * rule. So the rules read text as it is shown, one pass over it:
 *
 * - A line with a directional override (U+202D, U+202E) is put in the order it is shown in, with the
 *   JDK's bidirectional algorithm; other right-to-left text keeps its logical order.
 * - Characters a browser shows as nothing (format characters, variation selectors, the combining
 *   grapheme joiner) are left out.
 * - Compatibility forms are read as the characters they stand for (NFKC): fullwidth and mathematical
 *   letters and digits, ligatures, the no-break space. Superscripts, subscripts, vulgar fractions,
 *   ordinal indicators and the trade and service marks are kept: NFKC would make "10⁹/L" 109/L and
 *   "Keytruda™" one word "KeytrudaTM".
 * - A combining mark on a Latin letter or digit that composes with nothing is left out ("cu̲res").
 * - In a word that mixes scripts, a Cyrillic, Greek or Armenian letter that looks like a Latin one is
 *   read as that letter. A word in one script (Russian, Greek) is left as it is.
 *
 * ASCII text is returned as it is, without a copy.
 */
/** Text as a reader sees it: invisible characters out, look-alike letters as the letters they look like. */
final class Glyphs {
    /** Letters of other scripts that look like Latin ones, from Unicode's confusables, the common ones. */
    private static final Map<Integer, Character> LATIN_LOOKALIKES = table(
            // Cyrillic
            "аaеeоoрpсcуyхxѕsіiјjԁdһhӏlԛqԝwѵvАAВBЕEКKМMНHОOРPСCТTХXУYЅSІIЈJԚQԜWӀl"
                    // Greek
                    + "αaοoνvιiκkρpυuχxγyϲcϳjΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXϹC"
                    // Armenian
                    + "օoսuոnհhզq");

    private Glyphs() {}

    private static Map<Integer, Character> table(String pairs) {
        Map<Integer, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length(); i += 2) {
            map.put((int) pairs.charAt(i), pairs.charAt(i + 1));
        }
        return Map.copyOf(map);
    }

    /** {@code text} as a reader sees it; the same string when it is all ASCII. */
    static String shown(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        String t = text.indexOf('\u202D') >= 0 || text.indexOf('\u202E') >= 0 ? visualOrder(text) : text;
        return lookalikes(unmarked(compatible(t)));
    }

    /** Each line in the order it is shown in, by the bidirectional algorithm; the controls stay, to be left out next. */
    private static String visualOrder(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            if (bidi.isLeftToRight()) {
                out.append(line);
            } else {
                int runs = bidi.getRunCount();
                byte[] levels = new byte[runs];
                String[] texts = new String[runs];
                for (int r = 0; r < runs; r++) {
                    levels[r] = (byte) bidi.getRunLevel(r);
                    String run = line.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
                    texts[r] = (levels[r] & 1) == 1 ? mirrored(run) : run;
                }
                Bidi.reorderVisually(levels, 0, texts, 0, runs);
                for (String run : texts) {
                    out.append(run);
                }
            }
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** A right-to-left run as shown: its characters reversed, each bracket drawn as its mirror image. */
    private static String mirrored(String run) {
        StringBuilder out = new StringBuilder(run).reverse();
        for (int i = 0; i < out.length(); i++) {
            int at = MIRRORED.indexOf(out.charAt(i));
            if (at >= 0) {
                out.setCharAt(i, MIRRORED.charAt(at ^ 1));
            }
        }
        return out.toString();
    }

    private static final String MIRRORED = "()[]{}<>«»‹›";

    /** Without invisible characters, compatibility forms read as what they stand for (NFKC) but for those kept. */
    private static String compatible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (invisible(c)) {
                continue;
            }
            if (kept(c)) {
                out.append(Normalizer.normalize(run, Normalizer.Form.NFKC));
                run.setLength(0);
                out.appendCodePoint(c);
            } else {
                run.appendCodePoint(c);
            }
        }
        return out.append(Normalizer.normalize(run, Normalizer.Form.NFKC)).toString();
    }

    private static boolean invisible(int c) {
        return Character.getType(c) == Character.FORMAT
                || c == 0x034F
                || (c >= 0xFE00 && c <= 0xFE0F)
                || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** Characters whose compatibility form would change what a number or a name says. */
    private static boolean kept(int c) {
        return c == 0xB2
                || c == 0xB3
                || c == 0xB9
                || c == 0xAA
                || c == 0xBA
                || (c >= 0xBC && c <= 0xBE)
                || (c >= 0x2070 && c <= 0x209F)
                || (c >= 0x2150 && c <= 0x215F)
                || c == 0x2189
                || c == 0x2122
                || c == 0x2120
                || (c >= 0x1D2C && c <= 0x1D6A)
                || (c >= 0x1D9B && c <= 0x1DBF)
                || (c >= 0x2C7C && c <= 0x2C7D)
                || (c >= 0x02B0 && c <= 0x02B8);
    }

    /** Without combining marks on a Latin letter or a digit: what is left after composing is decoration. */
    private static String unmarked(String text) {
        StringBuilder out = null;
        int base = -1; // the last character that is not a mark
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            boolean drop = mark && base >= 0 && base < 0x80 && Character.isLetterOrDigit(base);
            if (drop && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (!drop && out != null) {
                out.appendCodePoint(c);
            }
            if (!mark) {
                base = c;
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /** Look-alike letters read as Latin ones in each word that mixes scripts. */
    private static String lookalikes(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int end = i;
            Character.UnicodeScript first = null;
            boolean mixed = false;
            boolean lookalike = false;
            while (end < text.length()) {
                int c = text.codePointAt(end);
                if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                    break;
                }
                Character.UnicodeScript script =
                        c < 0x80 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(c);
                if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    mixed |= first != null && script != first;
                    first = first == null ? script : first;
                }
                lookalike |= c >= 0x80 && LATIN_LOOKALIKES.containsKey(c);
                end += Character.charCount(c);
            }
            if (end == i) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
                continue;
            }
            if (mixed && lookalike) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                for (int k = i; k < end; ) {
                    int c = text.codePointAt(k);
                    Character latin = LATIN_LOOKALIKES.get(c);
                    if (latin != null) {
                        out.append(latin.charValue());
                    } else {
                        out.appendCodePoint(c);
                    }
                    k += Character.charCount(c);
                }
            } else if (out != null) {
                out.append(text, i, end);
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }
}
