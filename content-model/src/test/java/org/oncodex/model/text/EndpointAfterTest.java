package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The endpoint a share names right after its percent sign. Every sentence here is written for the test. */
class EndpointAfterTest {

    private static String read(String text) {
        return EffectStatements.parse(text).statements().stream()
                .map(s -> s.printedValue().orElse("") + " "
                        + s.endpoint().map(Enum::name).orElse("-"))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    @Test
    void an_endpoint_after_the_share_names_it() {
        assertThat(read("41.2% 3-year event-free survival with the combination"))
                .isEqualTo("41.2 EFS");
        assertThat(read("an 82% overall response rate and a 40% complete response rate"))
                .isEqualTo("82 ORR, 40 CR");
        assertThat(read("about 55% five-year OS in this group")).isEqualTo("55 OS");
    }

    @Test
    void other_words_after_the_share_name_nothing() {
        assertThat(read("roughly 35% of patients relapsed")).isEqualTo("35 -");
        assertThat(read("a 20% dose reduction was allowed")).doesNotContain("OS", "PFS", "ORR");
    }
}
