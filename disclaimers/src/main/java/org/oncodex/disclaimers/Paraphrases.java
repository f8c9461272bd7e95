package org.oncodex.disclaimers;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/*
 * Paraphrases are written by content and legal teams, and matched against text a language model
 * wrote, so they are a small phrase language rather than raw regular expressions: words,
 * alternatives, optional groups and bounded gaps. What it compiles to cannot backtrack
 * catastrophically (the only repetition is a gap of at most GAP words, never inside a group), and matching runs on one
 * sentence at a time.
 */
/**
 * The phrase language of a disclaimer's {@linkplain Disclaimer#paraphrases() paraphrases}, and
 * the normalisation of text they are matched against.
 *
 * <p>A paraphrase is a phrase of words matched, ignoring case, anywhere in one sentence, starting
 * and ending at word boundaries: {@code not * medical advice}. {@code (a|b c)} is a choice, {@code
 * (a|b)?} an optional choice (choices may nest), {@code *} a gap of up to six words outside any
 * choice. Curly quotes and apostrophes, dashes
 * and runs of white space in the text count as their plain forms.
 */
final class Paraphrases {
    /** The most words a {@code *} may stand for. */
    static final int GAP = 6;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} '\\-.,:/&()|?*]+");

    private Paraphrases() {}

    /** Why {@code phrase} is not a paraphrase, if it is not one. */
    static Optional<String> problem(String phrase) {
        if (phrase.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (!ALLOWED.matcher(phrase).matches()) {
            return Optional.of("may hold only letters, digits, spaces, ' - . , : / & and the operators ( | ) ? *");
        }
        int depth = 0;
        char previous = ' ';
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return Optional.of("has a \")\" at " + (i + 1) + " that closes no group");
                }
            } else if (c == '?' && previous != ')') {
                return Optional.of("may have \"?\" only after a group, as in (a|b)? (at " + (i + 1) + ")");
            } else if ((c == '|') && depth == 0) {
                return Optional.of("may have \"|\" only inside a group, as in (a|b) (at " + (i + 1) + ")");
            } else if (c == '*' && depth > 0) {
                return Optional.of("must not have a gap * inside a group (at " + (i + 1) + ")");
            }
            previous = c;
        }
        if (depth != 0) {
            return Optional.of("has a \"(\" that no \")\" closes");
        }
        if (normalize(phrase.replaceAll("[()|?*]", " ")).isBlank()) {
            return Optional.of("must hold at least one word");
        }
        return Optional.empty();
    }

    /**
     * The pattern of a paraphrase, matched with {@code find()} against {@linkplain #normalize(String)
     * normalised} text.
     *
     * @throws IllegalArgumentException if the phrase has a {@linkplain #problem(String) problem}
     */
    static Pattern compile(String phrase) {
        problem(phrase).ifPresent(p -> {
            throw new IllegalArgumentException("paraphrase \"" + phrase + "\" " + p);
        });
        String p = normalize(phrase, true);
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if ("()|?* ".indexOf(c) >= 0) {
                flush(word, regex);
                switch (c) {
                    case '(' -> regex.append("(?:");
                    case ')' -> regex.append(')');
                    case '|' -> regex.append('|');
                    case '?' -> regex.append('?');
                    case '*' -> regex.append("(?:[^ .!?;]+ ){0,").append(GAP).append('}');
                    default -> regex.append(" ?");
                }
            } else {
                word.append(c);
            }
        }
        flush(word, regex);
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString());
    }

    /**
     * Words of which any match of {@code phrase} holds at least one, as written in {@linkplain
     * #normalize(String) normalised} text; empty when no such words can be told without reading the
     * phrase's nested choices. A text that holds none of them cannot match, so its pattern need not be
     * run: each pattern starts with a look-behind, so without this every position of the text is tried.
     * Read from the phrase's outer level only, in one pass, whatever its nesting.
     */
    static List<String> requiredWords(String phrase) {
        String p = normalize(phrase, true);
        List<String> best = List.of();
        int bestShortest = 0;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            List<String> candidate = List.of();
            if (c == '(') {
                int depth = 0;
                int end = i;
                boolean nested = false;
                for (; end < p.length(); end++) {
                    char e = p.charAt(end);
                    if (e == '(') {
                        depth++;
                        nested |= depth > 1;
                    } else if (e == ')' && --depth == 0) {
                        break;
                    }
                }
                boolean optional = end + 1 < p.length() && p.charAt(end + 1) == '?';
                if (!nested && !optional && end < p.length()) {
                    candidate = longestOfEach(p.substring(i + 1, end));
                }
                i = end + 1;
            } else if ("|?* )".indexOf(c) >= 0) {
                i++;
            } else {
                int end = i;
                while (end < p.length() && "()|?* ".indexOf(p.charAt(end)) < 0) {
                    end++;
                }
                candidate = List.of(p.substring(i, end));
                i = end;
            }
            int shortest = candidate.stream().mapToInt(String::length).min().orElse(0);
            if (shortest > bestShortest) {
                best = candidate;
                bestShortest = shortest;
            }
        }
        return best;
    }

    /** The longest word of each alternative of a choice without nested choices; empty if one has none. */
    private static List<String> longestOfEach(String choice) {
        List<String> words = new ArrayList<>();
        for (String alternative : Splitter.on('|').split(choice)) {
            String longest = "";
            for (String word : Splitter.on(' ').split(alternative)) {
                if (word.length() > longest.length()) {
                    longest = word;
                }
            }
            if (longest.isEmpty()) {
                return List.of();
            }
            words.add(longest);
        }
        return words;
    }

    private static void flush(StringBuilder word, StringBuilder regex) {
        if (word.length() > 0) {
            regex.append(Pattern.quote(word.toString()));
            word.setLength(0);
        }
    }

    /**
     * Text as paraphrases see it: lower case, curly quotes and apostrophes plain, dashes as hyphens,
     * emphasis marks dropped, white space runs as one space.
     */
    static String normalize(String text) {
        return normalize(text, false);
    }

    private static String normalize(String text, boolean phrase) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char n = switch (c) {
                case '\u2018', '\u2019', '\u02bc', '`' -> '\'';
                case '\u201c', '\u201d', '\u00ab', '\u00bb' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '*', '_' -> phrase ? c : '\0';
                default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
            };
            if (n == '\0') {
                continue;
            }
            if (n == ' ') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(n);
                space = false;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }
}
