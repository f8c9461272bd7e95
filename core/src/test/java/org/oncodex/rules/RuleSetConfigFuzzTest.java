package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.evidence.EvidenceBase;

/**
 * Fuzz test of rule configuration read from JSON, which a service may take from its users: {@link
 * RuleSet#fromJson} either gives a rule set or throws {@link IllegalArgumentException}, never
 * anything else; a set it gives writes itself back as the same configuration and checks an answer.
 * Seed corpus: {@code RuleSetConfigFuzzTestInputs/fromJson/}.
 */
class RuleSetConfigFuzzTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    @FuzzTest
    @DictionaryEntries({
        "\"policy\"",
        "\"patient-facing\"",
        "\"clinician-facing\"",
        "\"readabilityMaxGrade\"",
        "\"rules\"",
        "\"enabled\"",
        "\"severity\"",
        "\"ERROR\"",
        "\"WARNING\"",
        "\"INFO\"",
        "\"ONC-READABILITY\"",
        "\"ONC-GROUNDING\"",
        "true",
        "false",
        "null",
        "1e400",
        "-0"
    })
    void fromJson(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        RuleSet[] read = new RuleSet[1];
        Throwable thrown = catchThrowable(() -> read[0] = RuleSet.fromJson(json, KB));
        if (thrown != null) {
            assertThat(thrown).as("configuration %s", json).isInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getMessage()).isNotBlank();
            return;
        }
        RuleSet set = read[0];
        RuleSet again = RuleSet.fromJson(set.toJson(), KB);
        assertThat(again.toJson()).as("configuration %s written back", json).isEqualTo(set.toJson());
        assertThat(again.rules())
                .extracting(ContentRule::id)
                .isEqualTo(set.rules().stream().map(ContentRule::id).toList());
        Report report = set.check(ReferenceAnswers.immunotherapyForLiverCancer());
        assertThat(report.findings("ONC-RULE-FAILED")).isEmpty();
    }
}
