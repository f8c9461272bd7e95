package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Italian, Portuguese and Dutch headings for the questions to ask and the sources (issue 12), as a model writing
 * those languages titles them; content headings stay content. Every heading was written for this test.
 *
 * <p>Not run before the patterns were added: that the twelve questions and sources rows would have been read as
 * content then is inferred from the patterns, not measured. With them: all pass.
 */
class ItalianPortugueseDutchHeadingsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Domande da fare al medico|QUESTIONS",
                "## Domande per il suo oncologo|QUESTIONS",
                "**Domande da porre al team:**|QUESTIONS",
                "Perguntas para o seu médico|QUESTIONS",
                "Perguntas a fazer ao oncologista|QUESTIONS",
                "Vragen voor uw arts|QUESTIONS",
                "Vragen om te stellen|QUESTIONS",
                "Fonti|SOURCES",
                "**Riferimenti bibliografici**|SOURCES",
                "Fontes|SOURCES",
                "Referências|SOURCES",
                "Bronnen:|SOURCES",
                "Cosa dicono gli studi|CONTENT",
                "Domande frequenti|CONTENT",
                "O que os estudos mostram|CONTENT",
                "Wat de studies laten zien|CONTENT",
            })
    void a_heading_opens_the_part_its_words_name(String heading, Headings.Part part) {
        assertThat(Headings.of(heading)).as(heading).isEqualTo(part);
    }
}
