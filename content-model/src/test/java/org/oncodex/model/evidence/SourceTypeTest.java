package org.oncodex.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** What each type of source may support, as its Javadoc says. */
class SourceTypeTest {
    @Test
    void only_a_regulators_or_a_governments_own_words_support_an_approval() {
        EnumSet<SourceType> approving = EnumSet.noneOf(SourceType.class);
        for (SourceType t : SourceType.values()) {
            if (t.supportsApprovals()) {
                approving.add(t);
            }
        }
        assertThat(approving)
                .containsExactlyInAnyOrder(SourceType.REGULATORY_DOCUMENT, SourceType.GOVERNMENT_INFORMATION);
    }

    @Test
    void every_type_but_ai_generated_text_supports_facts() {
        for (SourceType t : SourceType.values()) {
            assertThat(t.supportsFacts()).as(t.name()).isEqualTo(t != SourceType.AI_GENERATED);
        }
    }

    @Test
    void a_type_is_named_in_plain_english() {
        assertThat(SourceType.REGULATORY_DOCUMENT.label()).isEqualTo("regulatory document");
        assertThat(SourceType.AI_GENERATED.label()).isEqualTo("AI-generated text");
    }
}
