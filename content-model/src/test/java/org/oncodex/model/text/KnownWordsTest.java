package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

class KnownWordsTest {

    /** The listed words, in lower case: those the lexer's table must know in every usual case. */
    private static final List<String> LISTED = listed();

    private static List<String> listed() {
        List<String> out = new ArrayList<>(Words.startWords());
        out.addAll(Words.TIME_UNITS.keySet());
        out.addAll(Words.PEOPLE);
        out.addAll(RelativeChanges.VERBS.keySet());
        out.removeIf(w -> w.isEmpty() || w.indexOf(' ') >= 0);
        out.sort(null);
        return out;
    }

    /** A listed word or a made-up one, in one of several cases: as written, upper, capitalised or mixed. */
    private static String word(long seed) {
        Random r = new Random(seed);
        String w;
        if (r.nextBoolean()) {
            w = LISTED.get(r.nextInt(LISTED.size()));
        } else {
            StringBuilder b = new StringBuilder();
            for (int k = 0, n = 1 + r.nextInt(8); k < n; k++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
            w = b.toString();
        }
        switch (r.nextInt(4)) {
            case 0 -> {
                return w;
            }
            case 1 -> {
                return w.toUpperCase(Locale.ROOT);
            }
            case 2 -> {
                return Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            default -> {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < w.length(); k++) {
                    char c = w.charAt(k);
                    b.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
                }
                return b.toString();
            }
        }
    }

    @Test
    void the_shortcuts_answer_as_the_lists_do_for_any_word_in_any_case() {
        // the lexer shares a known word's strings and skips list lookups for a word it does not know:
        // whatever the case, the answers must be those of looking the word up in the lists themselves
        qt().forAll(longs().all(), integers().between(0, 2)).checkAssert((seed, before) -> {
            String w = word(seed);
            String text = List.of("", "the ", "(").get(before) + w;
            Lexeme tok = Lexer.tokens(text).stream()
                    .filter(t -> t.type == Sym.WORD)
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (tok == null || !tok.text.equals(w)) {
                return; // read as something other than a word ("one", "percent"): not this property's concern
            }
            assertThat(tok.lower).as(w).isEqualTo(w.toLowerCase(Locale.ROOT));
            assertThat(Words.timeUnit(tok)).as(w).isEqualTo(Words.TIME_UNITS.get(tok.lower));
            assertThat(RelativeChanges.verb(tok)).as(w).isEqualTo(RelativeChanges.VERBS.getOrDefault(tok.lower, 0));
            boolean listedStart = Words.isStartWord(tok.lower)
                    || tok.lower.indexOf('-') >= 0
                    || tok.text.startsWith("m")
                    || tok.text.startsWith("Median")
                    // "ORRs", "ORb": an abbreviation with a letter run on, never a known word itself
                    || (tok.known == null && Words.unsuffixed(tok.text) != null);
            assertThat(Words.mayStart(tok)).as(w).isEqualTo(listedStart);
        });
    }

    @Test
    void a_known_word_is_found_in_place_and_an_unknown_one_is_not() {
        String s = "xx Hazard yy";
        KnownWords.Entry hazard = java.util.Objects.requireNonNull(KnownWords.find(s, 3, 9));
        assertThat(hazard.text).isEqualTo("Hazard");
        assertThat(hazard.lower).isEqualTo("hazard");
        assertThat(KnownWords.find(s, 0, 2)).isNull();
        assertThat(KnownWords.find(s, 3, 3)).isNull();
        assertThat(KnownWords.find("a".repeat(100), 0, 100)).isNull();
        assertThat(java.util.Objects.requireNonNull(KnownWords.find("months", 0, 6)).timeUnit)
                .isNotNull();
    }
}
