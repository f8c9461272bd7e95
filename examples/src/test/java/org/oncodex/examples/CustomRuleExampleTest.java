package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.rules.Finding;
import org.oncodex.rules.RuleSet;

class CustomRuleExampleTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final RuleSet RULES = RuleSet.standard(KB).with(new CustomRuleExample.NoBreakthrough());

    private static long breakthroughs(String markdown) {
        Answer answer = MarkdownAnswers.read(markdown, KB);
        return RULES.check(answer).findings().stream()
                .map(Finding::ruleId)
                .filter("ACME-BREAKTHROUGH"::equals)
                .count();
    }

    @Test
    void the_custom_rule_finds_an_uncited_breakthrough_and_passes_a_cited_one() {
        assertThat(breakthroughs("# Q?\n\n## A\n\nThis drug is a breakthrough. It is new.\n"))
                .isEqualTo(1);
        String cited = """
                # Q?

                ## A

                This drug is a breakthrough [1].

                ## Sources

                1. NCI. Liver Cancer Treatment. 2024.
                """;
        assertThat(breakthroughs(cited)).isZero();
        assertThat(RULES.rules()).extracting(r -> r.id()).contains("ACME-BREAKTHROUGH", "ONC-NUMBER-MISATTRIBUTED");
    }
}
