package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;

/**
 * A bullet bolded from end to end, citation and all ("- **... [2]**"), as models write a list of findings (held-out
 * batch 14). The answers were written for this test; they hold no medical number.
 */
class BoldBulletCitationsTest {
    private static final String TOP = "# Does immunotherapy help liver cancer?\n\n## Results\n\n";
    private static final String SOURCES = """


            **Sources:**
            [1] NCI. Liver Cancer Treatment (PDQ). https://www.cancer.gov/types/liver
            [2] Pham HT, et al. World J Clin Oncol. 2026. doi:10.5306/wjco.v17.i3.116093
            """;

    private static String firstBlock(String body) {
        Answer answer = MarkdownAnswers.read(TOP + body + SOURCES);
        return answer.sections().get(0).blocks().get(0).toString();
    }

    @Test
    void a_source_number_inside_a_bullet_bolded_end_to_end_cites_the_source() {
        assertThat(firstBlock("- **It helped some people in one trial [2]**")).contains("CitationMarker");
        assertThat(firstBlock("- ⏳ *It helped some people in one trial [1]*")).contains("CitationMarker");
    }

    @Test
    void a_bracketed_number_that_names_no_source_inside_bold_cites_nothing() {
        assertThat(firstBlock("- **It helped some people in one trial [7]**")).doesNotContain("CitationMarker");
    }
}
