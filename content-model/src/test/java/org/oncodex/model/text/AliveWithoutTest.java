package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

/**
 * People "alive without the cancer coming back" are counted for recurrence-free survival, "alive and free of
 * progression" for progression-free survival, "growing or coming back" for event-free survival; plain "alive" stays
 * overall survival (found by the extra correct set 17, where a rate of recurrence-free survival was read as overall
 * survival). These are the words {@link PlainLanguage} itself writes for those endpoints. Sentences written for this
 * test.
 */
class AliveWithoutTest {
    private static EffectStatement only(String text) {
        List<EffectStatement> all = EffectStatements.parse(text).statements();
        assertThat(all).as(text).hasSize(1);
        return all.get(0);
    }

    @Test
    void alive_without_recurrence_is_recurrence_free_survival() {
        assertThat(only("At 12 months, 78% of patients were alive without recurrence.")
                        .endpoint())
                .contains(Endpoint.RFS);
        assertThat(only("Overall, 65% of the people were alive without the cancer coming back.")
                        .endpoint())
                .contains(Endpoint.RFS);
    }

    @Test
    void alive_and_free_of_progression_is_progression_free_survival() {
        assertThat(only("At two years, 41% of patients were alive and free of progression.")
                        .endpoint())
                .contains(Endpoint.PFS);
        assertThat(only("About 30% of participants were alive without the cancer growing or spreading.")
                        .endpoint())
                .contains(Endpoint.PFS);
    }

    @Test
    void growing_or_coming_back_is_event_free_survival() {
        assertThat(only("At three years, 54% of patients were alive without the cancer growing or coming back.")
                        .endpoint())
                .contains(Endpoint.EFS);
    }

    @Test
    void alive_alone_or_without_an_event_word_stays_overall_survival() {
        assertThat(only("At five years, 88% of patients were alive.").endpoint())
                .contains(Endpoint.OS);
        assertThat(only("At five years, 88% of patients were alive without needing a transplant.")
                        .endpoint())
                .contains(Endpoint.OS);
    }

    @Test
    void the_event_after_alive_without_names_the_endpoint_whatever_the_share_and_words_around_it() {
        List<String> people = List.of("patients", "people", "participants");
        List<String> joins = List.of("without", "and free of", "free from", "and without");
        List<String> articles = List.of("", "the ", "their ", "any ");
        List<String> nouns = List.of("", "cancer ", "disease ");
        List<String> events = List.of("recurrence", "relapse", "coming back", "progression", "growing", "spreading");
        qt().withExamples(300)
                .forAll(
                        integers().between(1, 99),
                        integers().between(0, people.size() * joins.size() - 1),
                        integers().between(0, articles.size() * nouns.size() - 1),
                        integers().between(0, events.size() - 1))
                .checkAssert((share, pj, an, e) -> {
                    String text = "At 12 months, " + share + "% of " + people.get(pj % people.size()) + " were alive "
                            + joins.get(pj / people.size()) + " " + articles.get(an % articles.size())
                            + nouns.get(an / articles.size()) + events.get(e) + ".";
                    Endpoint expected = e < 3 ? Endpoint.RFS : Endpoint.PFS;
                    EffectStatement st = only(text);
                    assertThat(st.endpoint()).as(text).contains(expected);
                    assertThat(st.value()).as(text).hasValue(share);
                });
    }
}
