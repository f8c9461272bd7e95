package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The part a heading opens; the headings are written for this test. */
class HeadingsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "## 📚 Sources | SOURCES",
                "### Fuentes | SOURCES",
                "Referencias: | SOURCES",
                "Bibliografía | SOURCES",
                "### Questions to ask your doctor | QUESTIONS",
                "### Preguntas para su médico | QUESTIONS",
                "Preguntas que puede hacer a su equipo | QUESTIONS",
                // French and German (held-out batch 5)
                "### Questions à poser à votre médecin | QUESTIONS",
                "### Fragen an Ihr Behandlungsteam | QUESTIONS",
                "**Quellen:** | SOURCES",
                "## Références | SOURCES",
                "Questions fréquentes sur le foie | CONTENT",
                "Fragen und Antworten zur Leber | CONTENT",
                "Quellenwasser und Leber | CONTENT",
                // content, in either language
                "Resultados de los ensayos clínicos | CONTENT",
                "Preguntas frecuentes sobre el hígado | CONTENT",
                "Sourcing the drug | CONTENT",
                // held-out batch 11: things to raise, worth asking, you could ask
                "**Things worth asking your team:** | QUESTIONS",
                "### Things to raise with your hepatologist | QUESTIONS",
                "**Worth asking at your next visit:** | QUESTIONS",
                "## Things you could ask | QUESTIONS",
                "💬 **You might ask:** | QUESTIONS",
                "## Things to know about side effects | CONTENT",
                "## To raise awareness of liver cancer | CONTENT",
                "## You might also want to know | CONTENT",
                // extra correct set 11: a clinician's "Refs", alone
                "### Refs | SOURCES",
                "**Ref.** | SOURCES",
                "## Refs and further reading on dosing | CONTENT",
                "## Referral to a transplant centre | CONTENT",
            })
    void a_heading_opens_the_part_its_words_name(String heading, Headings.Part part) {
        assertThat(Headings.of(heading)).as(heading).isEqualTo(part);
    }
}
