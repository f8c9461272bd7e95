package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Approval claims as held-out batch 12 wrote them: "FDA standard approval" for an accelerated one, and "at any AFP
 * level" for an approval limited to AFP of 400 ng/mL or more. Written for these tests against the bundled approval
 * records (nivolumab plus ipilimumab after sorafenib, accelerated; ramucirumab after sorafenib with AFP ≥400 ng/mL;
 * cabozantinib after sorafenib, regular).
 */
class Batch12ApprovalsTest {
    private static boolean contradicted(String passage) {
        return NaturalWordingsTest.errors(passage).stream()
                .anyMatch(f -> f.ruleId().equals("ONC-APPROVAL-CONTRADICTED"));
    }

    @Test
    void a_standard_approval_is_held_against_the_kind_of_approval() {
        // nivolumab plus ipilimumab's approval was accelerated, cabozantinib's regular
        List<String> claims = List.of(
                "Nivolumab + ipilimumab in HCC after sorafenib received FDA standard approval in March 2020 [14].",
                "Cabozantinib for HCC after sorafenib received FDA standard approval [16].");
        qt().forAll(integers().between(0, 1))
                .checkAssert(i -> assertThat(contradicted(claims.get(i)))
                        .as(claims.get(i))
                        .isEqualTo(i == 0));
    }

    @Test
    void standard_of_care_is_no_kind_of_approval() {
        assertThat(contradicted("Nivolumab plus ipilimumab is FDA-approved for HCC after sorafenib, and regorafenib is"
                        + " a standard of care there too [14]."))
                .isFalse();
    }

    @Test
    void any_level_of_a_marker_the_indication_names_is_contradicted() {
        List<String> claims = List.of(
                "Ramucirumab is FDA-approved after sorafenib for HCC at any AFP level [10].",
                "Cabozantinib is FDA-approved after sorafenib for HCC at any AFP level [16].");
        qt().forAll(integers().between(0, 1))
                .checkAssert(i -> assertThat(contradicted(claims.get(i)))
                        .as(claims.get(i))
                        .isEqualTo(i == 0));
    }
}
