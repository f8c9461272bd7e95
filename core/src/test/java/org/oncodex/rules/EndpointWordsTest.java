package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncodex.model.Endpoint;

/**
 * The endpoint a sentence's words give a number to. The sentences were written for these tests; the
 * number in each stands at the marker {@code #}.
 */
class EndpointWordsTest {
    private static Optional<Endpoint> near(String sentence) {
        return EndpointWords.near(sentence.replace("#", "10%"), sentence.indexOf('#'));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The risk of progression or death fell by #. | PFS",
                "Progression-free survival was # at a year. | PFS",
                "PFS was # at a year. | PFS",
                "The disease progressed in # of people. | PFS",
                "Symptoms worsened in # of people. | PFS",
                "The cancer grew in # of people. | PFS",
                "Tumours growing again: # of people. | PFS",
                "The disease spreading was seen in # of people. | PFS",
                "The cancer getting worse was seen in # of people. | PFS",
                "Recurrence or death: # fewer. | RFS",
                "Recurrence-free survival was #. | RFS",
                "Relapse or death was # lower. | RFS",
                "RFS was # at two years. | RFS",
                "Disease-free survival was #. | DFS",
                "DFS was #. | DFS",
                "Event-free survival was #. | EFS",
                "EFS was #. | EFS",
                "Overall survival was # at a year. | OS",
                "OS was #. | OS",
                "Deaths fell by #. | OS",
                "People lived longer: # more. | OS",
                "# were alive at a year. | OS",
                "The response rate was #. | ORR",
                "Tumours shrank in # of people. | ORR",
                "ORR was #. | ORR",
                "# of people responded. | ORR",
                "Disease control was seen in # of people. | DCR",
                "DCR was #. | DCR",
                "Local control was #. | LOCAL_CONTROL",
                "Side effects were seen in # of people. | GRADE_3_PLUS_ADVERSE_EVENTS",
                "Adverse events struck # of people. | GRADE_3_PLUS_ADVERSE_EVENTS",
                "Toxicity was seen in # of people. | GRADE_3_PLUS_ADVERSE_EVENTS",
                "Grade 3 events hit # of people. | GRADE_3_PLUS_ADVERSE_EVENTS",
            })
    void the_words_before_a_number_name_its_endpoint(String sentence, Endpoint endpoint) {
        assertThat(near(sentence)).as(sentence).hasValue(endpoint);
    }

    @Test
    void the_nearest_words_before_the_number_win_and_else_the_first_after_it() {
        assertThat(near("Survival was longer, and progression-free survival was # at a year."))
                .hasValue(Endpoint.PFS);
        assertThat(near("At a year, # had responded, and later many died.")).hasValue(Endpoint.ORR);
        assertThat(near("At a year, # of people: the disease progressed, then many died."))
                .hasValue(Endpoint.PFS);
        assertThat(near("At a year the figure was #.")).isEmpty();
    }

    @Test
    void a_word_that_starts_at_the_number_is_after_it() {
        // "deaths" starts at the offset itself: read as after the number, so the words before it win
        assertThat(EndpointWords.near("Tumours shrank; deaths", "Tumours shrank; ".length()))
                .hasValue(Endpoint.ORR);
        assertThat(EndpointWords.near("deaths", 0)).hasValue(Endpoint.OS);
    }

    @Test
    void response_rates_of_either_kind_and_times_free_of_events_count_as_one() {
        assertThat(EndpointWords.same(Endpoint.ORR, Endpoint.CR)).isTrue();
        assertThat(EndpointWords.same(Endpoint.CR, Endpoint.ORR)).isTrue();
        assertThat(EndpointWords.same(Endpoint.PFS, Endpoint.TTP)).isTrue();
        assertThat(EndpointWords.same(Endpoint.RFS, Endpoint.PFS)).isTrue();
        assertThat(EndpointWords.same(Endpoint.PFS, Endpoint.DFS)).isTrue();
        assertThat(EndpointWords.same(Endpoint.ORR, Endpoint.LOCAL_CONTROL)).isTrue();
        assertThat(EndpointWords.same(Endpoint.RFS, Endpoint.DFS)).isFalse();
        assertThat(EndpointWords.same(Endpoint.ORR, Endpoint.DCR)).isFalse();
        assertThat(EndpointWords.same(Endpoint.OS, Endpoint.PFS)).isFalse();
        assertThat(EndpointWords.same(Endpoint.LOCAL_CONTROL, Endpoint.ORR)).isFalse();
    }

    @Test
    void every_endpoint_is_the_same_as_itself_and_sameness_apart_from_local_control_is_symmetric() {
        qt().forAll(arbitrary().enumValues(Endpoint.class), arbitrary().enumValues(Endpoint.class))
                .checkAssert((a, b) -> {
                    assertThat(EndpointWords.same(a, a)).isTrue();
                    if (a != Endpoint.LOCAL_CONTROL && b != Endpoint.LOCAL_CONTROL) {
                        assertThat(EndpointWords.same(a, b)).isEqualTo(EndpointWords.same(b, a));
                    }
                });
    }
}
