package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Approval claims in a regulator's idioms (held-out batch 11): "got the FDA's green light", "received its FDA nod",
 * "signed off on", and a year dated by its season ("in spring 2018"). Written for these tests against the bundled
 * approval records (cabozantinib and regorafenib after sorafenib, regorafenib on April 27, 2017; lenvatinib first
 * line; atezolizumab plus bevacizumab first line, not after surgery).
 */
class ApprovalIdiomsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cabozantinib got the FDA's green light as a first treatment for advanced HCC [16].",
                "Lenvatinib received its FDA nod for second-line HCC [3].",
                "The FDA signed off on atezolizumab plus bevacizumab to lower the chance of HCC coming back after"
                        + " surgery [12].",
                "Regorafenib was approved by the FDA for HCC after sorafenib in spring 2018 [9].",
                "Regorafenib was approved by the FDA for HCC after sorafenib in the summer of 2016 [9].",
            })
    void a_claim_the_records_contradict_is_found(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .anyMatch(f -> f.ruleId().equals("ONC-APPROVAL-CONTRADICTED"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cabozantinib got the FDA's green light for HCC after sorafenib [16].",
                "Lenvatinib received its FDA nod as a first treatment for unresectable HCC [3].",
                "Regorafenib was approved by the FDA for HCC after sorafenib in spring 2017 [9].",
                "The green light on the scan showed where the tumour was [1].",
                "She gave a nod to her oncologist before starting lenvatinib [3].",
            })
    void a_claim_the_records_agree_with_or_no_claim_raises_no_approval_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .noneMatch(f -> f.ruleId().startsWith("ONC-APPROVAL"));
    }

    @Test
    void a_season_dates_the_approval_to_its_year_whatever_the_year() {
        qt().forAll(integers().between(2000, 2030)).checkAssert(year -> {
            String passage = "Regorafenib was approved by the FDA for HCC after sorafenib in spring " + year + " [9].";
            assertThat(NaturalWordingsTest.errors(passage))
                    .as(passage)
                    .matches(errors -> (year == 2017)
                            == errors.stream().noneMatch(f -> f.ruleId().equals("ONC-APPROVAL-CONTRADICTED")));
        });
    }
}
