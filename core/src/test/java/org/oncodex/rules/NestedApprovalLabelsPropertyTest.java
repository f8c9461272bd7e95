package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An approval claim in a nested bullet, read with its parent item's label ({@code ApprovalLabels}), never fails a
 * rule, however the item's lines are laid out. Found by the extra correct set 12 (n01): a numbered bold item over
 * nested bullets whose second line starts a sentence at its line break made both approval rules fail with a
 * StringIndexOutOfBoundsException. The passages are written for this test from pieces of that answer.
 */
class NestedApprovalLabelsPropertyTest {
    private static final List<String> LABELS = List.of(
            "**After sorafenib**", "Stivarga (regorafenib)", "**Regorafenib:**", "2. **Later lines**", "Lenvatinib");
    private static final List<String> LINES = List.of(
            "The FDA approved nivolumab plus ipilimumab in March 2020 for people previously treated with sorafenib [11].",
            "FDA-approved for people who have had sorafenib before [9].",
            "Approved by the FDA in 2018 as a first treatment [3].",
            "In CheckMate 040 the response rate was 33% [11].",
            "It is approved.");
    private static final List<String> INDENTS = List.of("   - ", "  - ", "    * ", "   1. ");

    @Test
    void an_approval_claim_under_a_list_item_label_never_fails_a_rule() {
        qt().withExamples(60)
                .forAll(
                        integers().between(0, LABELS.size() - 1),
                        integers().between(0, LINES.size() - 1),
                        integers().between(0, LINES.size() - 1),
                        integers().between(0, INDENTS.size() - 1))
                .checkAssert((label, first, second, indent) -> {
                    String passage = "1. " + LABELS.get(label) + "\n" + INDENTS.get(indent) + LINES.get(first) + "\n"
                            + INDENTS.get(indent) + LINES.get(second);
                    assertThat(NaturalWordingsTest.errors(passage))
                            .as(passage)
                            .noneMatch(f -> f.ruleId().equals("ONC-RULE-FAILED"));
                });
    }
}
