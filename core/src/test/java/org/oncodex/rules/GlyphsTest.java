package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncodex.Scaling;

/** The rules read text as a browser shows it (issue 16: each of these hid "cures" from every rule). */
class GlyphsTest {
    @Test
    void characters_shown_as_nothing_are_left_out() {
        for (String invisible :
                new String[] {"\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\uFE0F"}) {
            assertThat(Glyphs.shown("cu" + invisible + "res"))
                    .as("U+%04X", (int) invisible.charAt(0))
                    .isEqualTo("cures");
        }
        assertThat(Glyphs.shown("cu\uDB40\uDC20res")).as("a tag character").isEqualTo("cures");
    }

    @Test
    void compatibility_forms_are_read_as_what_they_stand_for() {
        assertThat(Glyphs.shown("ｃｕｒｅｓ ０.４１")).isEqualTo("cures 0.41");
        assertThat(Glyphs.shown("\uD835\uDC1C\uD835\uDC2E\uD835\uDC2B\uD835\uDC1E\uD835\uDC2C"))
                .isEqualTo("cures");
        assertThat(Glyphs.shown("e\uFB03cacy")).isEqualTo("efficacy");
    }

    @Test
    void superscripts_fractions_and_trade_marks_keep_what_they_say() {
        // NFKC would read 10⁹/L as 109/L, ½ as 1⁄2, and Keytruda™ as one word KeytrudaTM
        assertThat(Glyphs.shown("10⁹/L, m², ½ dose, Keytruda™, 1º")).isEqualTo("10⁹/L, m², ½ dose, Keytruda™, 1º");
    }

    @Test
    void a_mark_on_a_latin_letter_that_composes_with_nothing_is_left_out() {
        assertThat(Glyphs.shown("cu\u0332res")).isEqualTo("cures");
        assertThat(Glyphs.shown("cafe\u0301")).as("composed, not dropped").isEqualTo("café");
    }

    @Test
    void look_alike_letters_are_latin_only_in_a_word_that_mixes_scripts() {
        assertThat(Glyphs.shown("\u0441ures FDA-\u0430pproved")).isEqualTo("cures FDA-approved");
        assertThat(Glyphs.shown("\u0441\u0443\u0440"))
                .as("one script: a Russian word")
                .isEqualTo("\u0441\u0443\u0440");
        assertThat(Glyphs.shown("NF-\u03BAB")).isEqualTo("NF-kB");
    }

    @Test
    void a_line_with_a_directional_override_is_read_in_the_order_it_is_shown() {
        assertThat(Glyphs.shown("Note: \u202E.enoyreve seruc (ti) tnemtaert sihT\u202C More."))
                .isEqualTo("Note: This treatment (it) cures everyone. More.");
        assertThat(Glyphs.shown("\u05D0\u05D1 ab"))
                .as("right-to-left text without an override")
                .isEqualTo("\u05D0\u05D1 ab");
    }

    @Test
    void ascii_is_returned_as_it_is() {
        String text = "The hazard ratio was 0.62.";
        assertThat(Glyphs.shown(text)).isSameAs(text);
    }

    @Test
    @Tag("timing")
    void text_drawn_with_other_characters_is_read_in_linear_time() {
        for (String unit : new String[] {"cu\u200Bres ", "ｃｕｒｅｓ ", "\u0441ures ", "u\u0332", "\u202E.seruc\u202C "}) {
            double ratio = Scaling.ratio(n -> unit.repeat(n / unit.length()), Glyphs::shown);
            assertThat(ratio).as(unit).isLessThan(30);
        }
    }
}
