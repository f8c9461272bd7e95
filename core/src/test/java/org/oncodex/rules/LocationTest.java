package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A location as a reader reads it: parts by name, indexes from 1, the span when it has one. */
class LocationTest {
    @Test
    void a_section_location_reads_as_its_javadoc_shows() {
        Location section = Location.builder()
                .part(Location.Part.SECTION)
                .sectionIndex(1)
                .sectionHeading("Does it work?")
                .blockIndex(0)
                .build();
        assertThat(section.span(10, 24)).hasToString("section 2 \"Does it work?\", block 1, chars 10-24");
        assertThat(section).hasToString("section 2 \"Does it work?\", block 1");
    }

    @Test
    void a_part_reads_as_its_name_in_words_and_an_item_from_one() {
        assertThat(Location.answer()).hasToString("answer");
        assertThat(Location.of(Location.Part.KEY_TAKEAWAY)).hasToString("key takeaway");
        assertThat(Location.builder()
                        .part(Location.Part.QUESTIONS_TO_ASK)
                        .itemIndex(2)
                        .build())
                .hasToString("questions to ask, item 3");
        assertThat(Location.builder().part(Location.Part.SECTION).build()).hasToString("section");
        assertThat(Location.builder()
                        .part(Location.Part.SECTION)
                        .sectionIndex(0)
                        .build())
                .hasToString("section 1");
    }

    @Test
    void a_span_needs_both_ends_to_be_shown_and_keeps_the_rest_of_the_location() {
        Location item = Location.builder()
                .part(Location.Part.SOURCES)
                .itemIndex(0)
                .start(4)
                .build();
        assertThat(item).hasToString("sources, item 1");
        Location span = item.span(1, 3);
        assertThat(span.itemIndex()).hasValue(0);
        assertThat(span.start()).hasValue(1);
        assertThat(span.end()).hasValue(3);
        assertThat(span.part()).isEqualTo(Location.Part.SOURCES);
    }
}
