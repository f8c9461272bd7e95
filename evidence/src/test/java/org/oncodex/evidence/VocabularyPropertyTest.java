package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Concept;

/** Tagging never throws, and its spans always index the text it was given. */
class VocabularyPropertyTest {
    static final Vocabulary V = EvidenceBase.bundled().vocabulary();

    static void spansIndex(String text) {
        List<Mention> mentions = V.tag(text);
        int lastEnd = 0;
        int lastStart = -1;
        for (Mention m : mentions) {
            assertThat(m.start()).isGreaterThanOrEqualTo(0);
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            if (m.start() != lastStart) {
                assertThat(m.start()).as("mentions do not overlap").isGreaterThanOrEqualTo(lastEnd);
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
    }

    @Test
    void arbitrary_text_never_throws_and_spans_index_it() {
        qt().withExamples(500)
                .forAll(strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(VocabularyPropertyTest::spansIndex);
    }

    @Test
    void text_full_of_names_never_throws_and_spans_index_it() {
        qt().withExamples(500).forAll(EvidenceGenerators.textAbout(V)).checkAssert(VocabularyPropertyTest::spansIndex);
    }

    @Test
    void every_name_alone_finds_its_concept() {
        for (Concept c : V.concepts()) {
            for (String name : c.names()) {
                assertThat(V.tag("about " + name + "?"))
                        .as("%s by \"%s\"", c.id(), name)
                        .anySatisfy(m -> assertThat(m.concept()).isEqualTo(c));
                assertThat(V.concepts(name)).as("%s by \"%s\"", c.id(), name).contains(c);
                if (!Tagger.isCaseSensitive(name)) {
                    assertThat(V.concepts(name.toUpperCase(Locale.ROOT))).contains(c);
                }
            }
        }
    }
}
