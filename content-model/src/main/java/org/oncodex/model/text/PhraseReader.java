package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.text.NumberWords.Kind;
import org.oncodex.model.text.NumberWords.Reading;

/**
 * The machinery of {@link NumberWords#read(CharSequence, int)}: the words after a position, at most
 * {@link NumberWords#MAX_WORDS} of them, split at spaces and hyphens, then read as one phrase. Each
 * word is collected once and looked at a bounded number of times.
 */
final class PhraseReader {
    private final CharSequence text;
    private final int[] starts = new int[NumberWords.MAX_WORDS];
    private final int[] ends = new int[NumberWords.MAX_WORDS];
    private final String[] words = new String[NumberWords.MAX_WORDS];

    /** Where the next word is looked for, or -1 once the words have ended. */
    private int p;

    private int count;

    PhraseReader(CharSequence text, int from) {
        this.text = text;
        this.p = skipSpaces(text, from);
    }

    /**
     * Collects words up to index {@code i}, if there are that many: words are collected as they are
     * asked for, so a phrase that ends at its first word costs one word.
     */
    private boolean has(int i) {
        while (count <= i && p >= 0 && count < NumberWords.MAX_WORDS && p < text.length()) {
            int s = p;
            char c = text.charAt(p);
            if (Character.isLetter(c)) {
                while (p < text.length() && Character.isLetter(text.charAt(p))) {
                    p++;
                }
            } else if (isDigit(c)) {
                while (p < text.length()
                        && (isDigit(text.charAt(p))
                                || ((text.charAt(p) == '.' || text.charAt(p) == ',')
                                        && p + 1 < text.length()
                                        && isDigit(text.charAt(p + 1))))) {
                    p++;
                }
            } else {
                p = -1;
                break;
            }
            starts[count] = s;
            ends[count] = p;
            words[count] = NumberWords.lower(text.subSequence(s, p).toString());
            count++;
            if (p < text.length()
                    && isHyphen(text.charAt(p))
                    && p + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(p + 1))) {
                p++; // "thirty-eight", "two-thirds", "1.5-fold": a hyphen parts words like a space
            } else {
                int q = skipSpaces(text, p);
                p = q == p ? -1 : q; // "5mg", "half,": the phrase ends where words stop being words
            }
        }
        return i < count;
    }

    static int skipSpaces(CharSequence s, int i) {
        while (i < s.length()
                && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u00A0' || s.charAt(i) == '\u202F')) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }

    private String w(int i) {
        return has(i) ? words[i] : "";
    }

    private boolean digits(int i) {
        return has(i) && isDigit(words[i].charAt(0));
    }

    @Nullable
    Reading read() {
        if (!has(0)) {
            return null;
        }
        int first = 0;
        boolean approximate = false;
        if (NumberWords.ROUNDED.contains(w(0))) {
            approximate = true;
            first = 1;
        }
        Reading r = phrase(first, approximate);
        if (r == null || first == 0) {
            return r;
        }
        return new Reading(r.kind(), r.value(), r.per(), true, starts[0], r.end());
    }

    private @Nullable Reading phrase(int i, boolean approximate) {
        String word = w(i);
        if (word.isEmpty()) {
            return null;
        }
        Integer multiple = NumberWords.MULTIPLES.get(word);
        if (multiple != null) {
            return reading(Kind.MULTIPLE, multiple, 0, approximate, i, i + 1);
        }
        if (word.endsWith("fold") && word.length() > 4) {
            int n = NumberWords.smallNumber(word.substring(0, word.length() - 4));
            return n > 0 ? reading(Kind.MULTIPLE, n, 0, approximate, i, i + 1) : null; // "twofold", "tenfold"
        }
        if (word.equals("half")) {
            Integer months = NumberWords.DURATIONS.get(w(i + 2));
            if (w(i + 1).equals("a") && months != null) {
                return reading(Kind.DURATION, months / 2.0, 0, approximate, i, i + 3); // "half a year"
            }
            return reading(Kind.FRACTION, 0.5, 0, approximate, i, i + 1);
        }
        if (word.equals("a") || word.equals("an")) {
            Integer months = NumberWords.DURATIONS.get(w(i + 1));
            if (months != null) {
                // "a year", "a year and a half"
                double part = andPart(i + 2);
                return part > 0
                        ? reading(Kind.DURATION, months * (1 + part), 0, approximate, i, i + 5)
                        : reading(Kind.DURATION, months, 0, approximate, i, i + 2);
            }
            Integer part = singularPart(w(i + 1));
            if (part != null) {
                return reading(Kind.FRACTION, 1.0 / part, 0, approximate, i, i + 2); // "a quarter"
            }
        }
        if (digits(i)) {
            return digitPhrase(i, approximate);
        }
        long[] cardinal = cardinal(i);
        if (cardinal == null) {
            return null;
        }
        long value = cardinal[0];
        int next = (int) cardinal[1];
        String after = w(next);
        Integer denominator = NumberWords.PARTS.get(after);
        if (denominator != null && next == i + 1 && value >= 1 && value < denominator) {
            // "one third", "two-thirds", "three quarters": singular after one, plural after more
            boolean plural = after.endsWith("s");
            if ((value == 1) != plural) {
                return reading(Kind.FRACTION, (double) value / denominator, 0, approximate, i, next + 1);
            }
        }
        double part = andPart(next);
        if (part > 0) {
            return reading(Kind.NUMBER, (double) value + part, 0, approximate, i, next + 3); // "nine and a half"
        }
        Reading more = multipleOrFrequency((double) value, i, next, approximate);
        return more != null ? more : reading(Kind.NUMBER, (double) value, 0, approximate, i, next);
    }

    /** "77 of every 100", "1.5 times", "2-fold": a number in digits counts only inside such a phrase. */
    private @Nullable Reading digitPhrase(int i, boolean approximate) {
        double value;
        try {
            value = Double.parseDouble(words[i].replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(value)) {
            return null;
        }
        return multipleOrFrequency(value, i, i + 1, approximate);
    }

    private @Nullable Reading multipleOrFrequency(double value, int i, int next, boolean approximate) {
        String after = w(next);
        if ((after.equals("times") || after.equals("fold")) && value > 0) {
            return reading(Kind.MULTIPLE, value, 0, approximate, i, next + 1);
        }
        // "one in ten", "77 of every 100", "two out of three", "one in every four", "22 out of every hundred"
        int k = next;
        boolean every;
        if (after.equals("in")) {
            k++;
            every = w(k).equals("every");
        } else if (after.equals("out") && w(next + 1).equals("of")) {
            k += 2;
            every = w(k).equals("every");
        } else if (after.equals("of")) {
            k++;
            every = w(k).equals("every");
            if (!every) {
                return null; // "four of 22 patients" is a count of a total, not a frequency
            }
        } else {
            return null;
        }
        if (every) {
            k++;
        }
        long per;
        int end;
        if (digits(k)) {
            try {
                double d = Double.parseDouble(words[k].replace(",", ""));
                per = d == Math.rint(d) && d > 0 && d <= NumberWords.MAX ? (long) d : 0;
            } catch (NumberFormatException e) {
                return null;
            }
            end = k + 1;
        } else if (NumberWords.SCALES.containsKey(w(k))) {
            per = NumberWords.SCALES.getOrDefault(w(k), 0L); // "out of every hundred"
            end = k + 1;
        } else {
            long[] c = cardinal(k);
            if (c == null) {
                return null;
            }
            per = c[0];
            end = (int) c[1];
        }
        if (per <= 0 || value != Math.rint(value) || value > per) {
            return null;
        }
        return reading(Kind.FREQUENCY, value, per, approximate, i, end);
    }

    /** "and a half", "and one quarter", "and three quarters" after word {@code i - 1}: the part, or 0. */
    private double andPart(int i) {
        if (!w(i).equals("and")) {
            return 0;
        }
        String n = w(i + 1);
        Integer singular = singularPart(w(i + 2));
        if ((n.equals("a") || n.equals("one")) && singular != null) {
            return 1.0 / singular;
        }
        Integer den = NumberWords.PARTS.get(w(i + 2));
        int num = NumberWords.smallNumber(n);
        if (den != null && num > 1 && num < den && w(i + 2).endsWith("s")) {
            return (double) num / den; // "and three quarters"
        }
        return 0;
    }

    private static @Nullable Integer singularPart(String word) {
        return word.endsWith("s") ? null : NumberWords.PARTS.get(word);
    }

    private static final int NONE = 0;
    private static final int UNIT = 1;
    private static final int TENS = 2;
    private static final int HUNDRED = 3;
    private static final int SCALE = 4;
    private static final int AND = 5;

    /**
     * A whole number in words from word {@code i}: {value, index after its last word}, or null. "a" is one
     * before "hundred", "thousand", "million" or "billion"; "and" joins only after a hundred or a scale
     * ("one hundred and twelve", "two thousand and five").
     */
    private long @Nullable [] cardinal(int i) {
        long total = 0;
        long group = 0;
        long lastScale = Long.MAX_VALUE;
        int last = NONE;
        int end = -1;
        for (int j = i; has(j); j++) {
            String word = words[j];
            if (j == i && (word.equals("a") || word.equals("one")) && NumberWords.SCALES.containsKey(w(j + 1))) {
                group = 1;
                last = UNIT;
                continue;
            }
            int n = NumberWords.smallNumber(word);
            Long scale = NumberWords.SCALES.get(word);
            if (n == 0) {
                if (last == NONE) {
                    end = j + 1;
                }
                break; // "zero" is a number alone
            } else if (n > 0) {
                if (last == NONE || last == HUNDRED || last == SCALE || last == AND) {
                    group += n;
                    last = n >= 20 && n % 10 == 0 ? TENS : UNIT;
                } else if (last == TENS && n < 10) {
                    group += n;
                    last = UNIT;
                } else {
                    break;
                }
                end = j + 1;
            } else if (scale != null && scale == 100) {
                if ((last != UNIT && last != TENS) || group % 100 == 0 || group % 1000 >= 100) {
                    break;
                }
                group *= 100;
                last = HUNDRED;
                end = j + 1;
            } else if (scale != null) {
                if (group <= 0 || group >= 1000 || scale >= lastScale || last == AND) {
                    break;
                }
                total += group * scale;
                group = 0;
                lastScale = scale;
                last = SCALE;
                end = j + 1;
            } else if (word.equals("and")
                    && (last == HUNDRED || last == SCALE)
                    && NumberWords.smallNumber(w(j + 1)) > 0) {
                last = AND;
            } else {
                break;
            }
        }
        return end < 0 ? null : new long[] {total + group, end};
    }

    private Reading reading(Kind kind, double value, long per, boolean approximate, int first, int after) {
        has(after - 1);
        int last = Math.min(after, count) - 1;
        return new Reading(kind, value, per, approximate, starts[first], ends[last]);
    }
}
