package org.oncodex.model.text;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/*
 * One reader of numbers written in words, for the parser and for whoever else meets them (the rules in
 * core read "two-thirds of people" and "twenty-two out of every hundred" with tables of their own). It
 * reads forward from a position, word by word, and stops at the first word that does not go on the
 * number: a phrase holds at most MAX_WORDS words, so a read costs at most that many word steps whatever
 * the text, and no word is looked at twice.
 *
 * What "a" means depends on what follows: "a hundred" is 100, "a quarter" is a fraction, "a year" a
 * duration; "a" alone is nothing. "Second" is never a fraction (a second is a unit of time), and a
 * number in digits is read only inside a frequency or a multiple ("77 of every 100", "1.5 times"):
 * alone it is the number lexer's.
 */
/**
 * Numbers written in words: cardinals ("thirty-eight", "one hundred and twelve", "two thousand and
 * five"), fractions ("half", "a quarter", "a third", "two-thirds", "nine and a half"), frequencies
 * ("77 of every 100", "one in ten", "two out of three"), multiples ("five times", "twice", "double",
 * "threefold", "1.5-fold") and durations without a numeral ("a year", "about a year", "half a year",
 * "a year and a half"), and the words for a whole number ({@link #toWords(long)}).
 *
 * <p>{@link #read(CharSequence, int)} reads the longest phrase that starts at a position; {@link
 * #parse(String)} reads a string that is one phrase and nothing else. Neither throws on any text, and
 * both take time proportional to the phrase they read, never to the text around it. Words are matched
 * without regard to case; hyphens (ASCII or Unicode) and spaces between words are alike ("thirty eight"
 * and "thirty‐eight").
 *
 * <pre>{@code
 * NumberWords.parse("one hundred and twelve").orElseThrow().value();   // 112.0
 * NumberWords.parse("about a quarter").orElseThrow().share();          // 0.25, approximate()
 * NumberWords.parse("77 of every 100").orElseThrow().per();            // 100
 * NumberWords.toWords(38);                                             // "thirty-eight"
 * }</pre>
 */
public final class NumberWords {
    /** The most words one phrase holds: the largest cardinal, in British style and after "about", takes 24. */
    static final int MAX_WORDS = 26;

    /** The largest number {@link #toWords(long)} writes and a cardinal reads: just under a trillion. */
    public static final long MAX = 999_999_999_999L;

    /** What a phrase says. */
    public enum Kind {
        /** A number: "thirty-eight", "one hundred and twelve", "nine and a half" (9.5). */
        NUMBER,
        /** A part of a whole: "half" (0.5), "a quarter" (0.25), "two-thirds" (0.667). */
        FRACTION,
        /** A count per a number of people or events: "77 of every 100" (77, per 100), "one in ten". */
        FREQUENCY,
        /** How many times as much: "five times" (5), "twice" (2), "double" (2), "1.5-fold" (1.5). */
        MULTIPLE,
        /** A length of time without a numeral, in months: "a year" (12), "half a year" (6). */
        DURATION
    }

    /**
     * One phrase read: its kind, its value (the number; the fraction of one; the count of a frequency;
     * the factor of a multiple; the months of a duration), the total of a frequency ({@code per}, 0 for
     * every other kind), whether words before it say it is rounded ("about a year", "roughly a
     * quarter"), and where it stands in the text ({@code [start, end)}, the qualifier included).
     */
    public record Reading(Kind kind, double value, long per, boolean approximate, int start, int end) {
        /**
         * @throws IllegalArgumentException when the value is not finite or negative, {@code per} is set
         *     for any kind but a frequency or is missing from one, or the span is not {@code 0 <= start <
         *     end}
         */
        public Reading {
            Preconditions.checkNotNull(kind, "kind");
            Preconditions.checkArgument(
                    Double.isFinite(value) && value >= 0, "value must be finite and not negative: %s", value);
            Preconditions.checkArgument(
                    kind == Kind.FREQUENCY ? per > 0 : per == 0,
                    "per must be positive for a frequency and 0 otherwise: %s for %s",
                    per,
                    kind);
            Preconditions.checkArgument(
                    0 <= start && start < end, "span must be 0 <= start < end: [%s, %s)", start, end);
        }

        /**
         * The share of one the phrase says: a fraction's value, a frequency's count over its total
         * ("77 of every 100" is 0.77); for the other kinds, the value itself.
         */
        public double share() {
            return kind == Kind.FREQUENCY ? value / per : value;
        }
    }

    private NumberWords() {}

    /**
     * The longest number phrase that starts at {@code from} (spaces before it are skipped), or empty
     * when none does. A phrase starts at a word boundary: in "someone" nothing is read at "one".
     *
     * @throws IndexOutOfBoundsException when {@code from} is negative or past the end of {@code text}
     */
    public static Optional<Reading> read(CharSequence text, int from) {
        Preconditions.checkPositionIndex(from, text.length(), "from");
        if (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            return Optional.empty();
        }
        return Optional.ofNullable(new PhraseReader(text, from).read());
    }

    /**
     * {@code words} read as one number phrase and nothing more (spaces around it allowed), or empty:
     * "thirty-eight" is 38, "thirty-eight patients" is empty.
     */
    public static Optional<Reading> parse(String words) {
        Optional<Reading> r = read(words, 0);
        if (r.isEmpty() || PhraseReader.skipSpaces(words, r.get().end()) != words.length()) {
            return Optional.empty();
        }
        return r;
    }

    /**
     * {@code n} in words, American style: "zero", "thirty-eight", "one hundred twelve", "two thousand
     * five", "nine hundred ninety-nine thousand nine hundred ninety-nine". {@link #parse(String)} reads
     * each back to {@code n}, as it does the British "one hundred and twelve".
     *
     * @throws IllegalArgumentException when {@code n} is negative or above {@link #MAX}
     */
    public static String toWords(long n) {
        Preconditions.checkArgument(n >= 0 && n <= MAX, "n must be in [0, %s]: %s", MAX, n);
        if (n == 0) {
            return "zero";
        }
        StringBuilder out = new StringBuilder();
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L, 1L};
        String[] names = {"billion", "million", "thousand", ""};
        for (int s = 0; s < scales.length; s++) {
            int group = (int) (n / scales[s] % 1000);
            if (group == 0) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            belowThousand(group, out);
            if (!names[s].isEmpty()) {
                out.append(' ').append(names[s]);
            }
        }
        return out.toString();
    }

    private static void belowThousand(int n, StringBuilder out) {
        int hundreds = n / 100;
        int rest = n % 100;
        if (hundreds > 0) {
            out.append(UNIT_NAMES[hundreds]).append(" hundred");
            if (rest > 0) {
                out.append(' ');
            }
        }
        if (rest >= 20) {
            out.append(TENS_NAMES[rest / 10]);
            if (rest % 10 > 0) {
                out.append('-').append(UNIT_NAMES[rest % 10]);
            }
        } else if (rest > 0) {
            out.append(UNIT_NAMES[rest]);
        }
    }

    private static final String[] UNIT_NAMES = {
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen"
    };
    private static final String[] TENS_NAMES = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };

    /**
     * The value of one number word below a hundred ("seven", "nineteen", "forty", "thirty-eight" with
     * any hyphen), or -1. Package-private: the lexer's reader of counts in words uses it.
     */
    static int smallNumber(String lower) {
        Integer v = SMALL.get(lower);
        if (v != null) {
            return v;
        }
        int dash = hyphen(lower);
        if (dash > 0) {
            Integer t = SMALL.get(lower.substring(0, dash));
            Integer u = SMALL.get(lower.substring(dash + 1));
            if (t != null && u != null && t >= 20 && t % 10 == 0 && u > 0 && u < 10) {
                return t + u;
            }
        }
        return -1;
    }

    static int hyphen(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '‐' || c == '‑' || c == '–') {
                return i;
            }
        }
        return -1;
    }

    private static final Map<String, Integer> SMALL = small();

    private static Map<String, Integer> small() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < UNIT_NAMES.length; i++) {
            m.put(UNIT_NAMES[i], i);
        }
        for (int i = 2; i < TENS_NAMES.length; i++) {
            m.put(TENS_NAMES[i], 10 * i);
        }
        return Map.copyOf(m);
    }

    static final Map<String, Long> SCALES =
            Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    /** The parts of a whole, singular and plural, by their denominator. */
    static final Map<String, Integer> PARTS = Map.ofEntries(
            Map.entry("half", 2),
            Map.entry("halves", 2),
            Map.entry("third", 3),
            Map.entry("thirds", 3),
            Map.entry("quarter", 4),
            Map.entry("quarters", 4),
            Map.entry("fourth", 4),
            Map.entry("fourths", 4),
            Map.entry("fifth", 5),
            Map.entry("fifths", 5),
            Map.entry("sixth", 6),
            Map.entry("sixths", 6),
            Map.entry("seventh", 7),
            Map.entry("sevenths", 7),
            Map.entry("eighth", 8),
            Map.entry("eighths", 8),
            Map.entry("ninth", 9),
            Map.entry("ninths", 9),
            Map.entry("tenth", 10),
            Map.entry("tenths", 10));

    /** Words before a phrase that say it is rounded. */
    static final Set<String> ROUNDED =
            Set.of("about", "around", "roughly", "approximately", "nearly", "almost", "some");

    /** Words that are a multiple by themselves. */
    static final Map<String, Integer> MULTIPLES = Map.ofEntries(
            Map.entry("twice", 2),
            Map.entry("double", 2),
            Map.entry("doubled", 2),
            Map.entry("triple", 3),
            Map.entry("tripled", 3),
            Map.entry("treble", 3),
            Map.entry("trebled", 3),
            Map.entry("quadruple", 4),
            Map.entry("quadrupled", 4));

    /** Durations in months, of the words that take "a" ("a year"). */
    static final Map<String, Integer> DURATIONS = Map.of("year", 12, "month", 1, "decade", 120);

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
