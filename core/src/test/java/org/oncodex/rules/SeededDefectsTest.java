package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.lint.MarkdownAnswers;

/**
 * One sentence set into a correct answer written the way models write (the template beside this
 * test), either as its sources report it or with one defect of the kinds models make. The numbers are
 * the bundled base's results for the sources the template lists; the sentences were written for this
 * test.
 */
class SeededDefectsTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final RuleSet RULES = RuleSet.standard(KB);

    private static Answer answerWith(String sentence) throws IOException {
        try (InputStream in = SeededDefectsTest.class.getResourceAsStream("natural-answer-template.md")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return MarkdownAnswers.read(template.replace("%s", sentence), KB);
        }
    }

    private static List<Finding> errors(Answer answer) {
        return RULES.check(answer).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    }

    @Test
    void no_arrangement_of_names_numbers_and_brackets_makes_a_rule_fail() {
        List<String> pieces = List.of(
                "lenvatinib",
                "(",
                ")",
                "24.1%",
                "vs",
                "with",
                "sorafenib",
                "atezolizumab plus bevacizumab",
                "HR 0.58",
                "(95% CI 0.42–0.79)",
                "in IMbrave150",
                "REFLECT",
                "median",
                "6.8 months",
                "than",
                "after",
                "is approved for",
                "hepatocellular carcinoma",
                "liver metastases",
                "[1]",
                "42%",
                "lower",
                "out of every 100 people",
                "percentage points",
                "P = 0.12",
                "significantly",
                ";",
                ",",
                ".");
        qt().withExamples(150)
                .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(1, 14))
                .checkAssert(picks -> {
                    StringBuilder sentence = new StringBuilder();
                    picks.forEach(i -> sentence.append(pieces.get(i)).append(' '));
                    try {
                        assertThat(RULES.check(answerWith(sentence.toString())).findings())
                                .as(sentence.toString())
                                .noneMatch(f -> f.ruleId().equals("ONC-RULE-FAILED"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In IMbrave150, atezolizumab plus bevacizumab lowered the risk of death compared with sorafenib (hazard ratio 0.58, 95% CI 0.42–0.79) [1].",
                "Atezolizumab and bevacizumab reduced the risk of death by 42% versus sorafenib [1].",
                "At 12 months, 67.2% of people on atezolizumab plus bevacizumab were alive, compared with 54.6% on sorafenib [1].",
                "At 12 months, 12.6 percentage points more people were alive with atezolizumab plus bevacizumab [1].",
                "Median progression-free survival was 6.8 months with atezolizumab–bevacizumab and 4.3 months with sorafenib [1].",
                "The response rate was 28% with atezolizumab plus bevacizumab versus 12% with sorafenib [2].",
                "About 28 out of 100 people had their tumors shrink with atezolizumab plus bevacizumab [2].",
                "Lenvatinib was not better than sorafenib for overall survival (HR 0.92; 95% CI, 0.79 to 1.06) [3].",
                "Cabozantinib lowered the risk of death (HR 0.76, 95% CI 0.63–0.92) in CELESTIAL [5].",
                "In KEYNOTE-189, pembrolizumab plus chemotherapy lowered the risk of death for people with liver metastases (HR 0.62; 95% CI, 0.44 to 0.87) [4].",
                "People with liver metastases did worse on immunotherapy (HR 1.82, 95% CI 1.59–2.08) [4].",
                "Tumors shrank more often with lenvatinib (24.1%) than with sorafenib (9.2%) [3].",
                "About two in three people (67.2%) on atezolizumab plus bevacizumab were alive after one year, compared with about half (54.6%) on sorafenib [1].",
                "Immunotherapy does not work for everyone, and there is no guarantee it will work for you.",
                "These medicines are not a cure for most people with advanced liver cancer, but they help some people live longer.",
                "Lenvatinib is approved by the FDA for hepatocellular carcinoma [3].",
                "Pembrolizumab (Keytruda) is FDA-approved for hepatocellular carcinoma after sorafenib [1].",
                "Ask your doctor whether CAR-T cell therapy is approved for liver cancer.",
            })
    void a_sentence_as_its_source_reports_it_raises_no_error(String sentence) throws IOException {
        assertThat(errors(answerWith(sentence))).isEmpty();
    }

    private static final String TABLE_HEAD = """
            | Trial | Treatment | Median OS (months) | Response rate | Hazard ratio for death (95% CI) |
            |---|---|---|---|---|
            """;

    @Test
    void a_table_as_its_sources_report_it_raises_no_error() throws IOException {
        Answer answer = answerWith(
                TABLE_HEAD
                        + "| REFLECT | Lenvatinib vs sorafenib | 13.6 vs 12.3 [3] | 24.1% vs 9.2% [3] | 0.92 (0.79–1.06) [3] |\n"
                        + "| IMbrave150 | Atezolizumab + bevacizumab vs sorafenib | — | 28% vs 12% [2] | 0.58 (0.42–0.79) [1] |\n");
        assertThat(errors(answer)).isEmpty();
    }

    @Test
    void a_table_cell_read_under_its_header_is_checked_with_its_row() throws IOException {
        Answer swapped = answerWith(
                TABLE_HEAD
                        + "| REFLECT | Lenvatinib vs sorafenib | 12.3 vs 13.6 [3] | 24.1% vs 9.2% [3] | 0.92 (0.79–1.06) [3] |\n");
        assertThat(errors(swapped))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("12.3 vs 13.6").contains("arm"));
        Answer wrongTrial = answerWith(TABLE_HEAD
                + "| IMbrave150 | Atezolizumab + bevacizumab vs sorafenib | — | 24.1% [2] | 0.58 (0.42–0.79) [1] |\n");
        assertThat(errors(wrongTrial))
                .singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("ONC-NUMBER-MISATTRIBUTED"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a number credited to another drug, trial, endpoint, population or arm
                "In IMbrave150, nivolumab lowered the risk of death compared with sorafenib (hazard ratio 0.58, 95% CI 0.42–0.79) [1]. | ONC-NUMBER-MISATTRIBUTED | treatment",
                "Lenvatinib lowered the risk of death compared with sorafenib (hazard ratio 0.58, 95% CI 0.42–0.79) [1]. | ONC-NUMBER-MISATTRIBUTED | IMbrave150",
                "In CELESTIAL, regorafenib lowered the risk of death (HR 0.76, 95% CI 0.63–0.92) [5]. | ONC-NUMBER-MISATTRIBUTED | cabozantinib",
                "Atezolizumab plus bevacizumab lowered the risk of progression (hazard ratio 0.58, 95% CI 0.42–0.79) [1]. | ONC-NUMBER-MISATTRIBUTED | endpoint",
                "The response rate was 12% with atezolizumab plus bevacizumab versus 28% with sorafenib [2]. | ONC-NUMBER-MISATTRIBUTED | arm",
                "Median progression-free survival was 4.3 months with atezolizumab–bevacizumab and 6.8 months with sorafenib [1]. | ONC-NUMBER-MISATTRIBUTED | arm",
                "In KEYNOTE-189, pembrolizumab plus chemotherapy lowered the risk of death for people with liver metastases (HR 0.56) [4]. | ONC-NUMBER-MISATTRIBUTED | population",
                "In KEYNOTE-189, nivolumab lowered the risk of death for people with liver metastases (HR 0.62; 95% CI, 0.44 to 0.87) [4]. | ONC-NUMBER-MISATTRIBUTED | KEYNOTE-189",
                // a number no source gives
                "The response rate was 31% with atezolizumab plus bevacizumab [2]. | ONC-NUMBER-UNGROUNDED | 31%",
                "Atezolizumab plus bevacizumab reduced the risk of death by 58% [1]. | ONC-NUMBER-UNGROUNDED | 58%",
                // words that do not fit the numbers
                "Lenvatinib significantly improved overall survival (hazard ratio, 0.92; 95% CI, 0.79 to 1.06) [3]. | ONC-STAT-WORDING | interval includes 1",
                "Lenvatinib significantly improved survival compared with sorafenib (P = 0.12) [3]. | ONC-STAT-WORDING | P value",
                "People with liver metastases did better on immunotherapy (HR 1.82, 95% CI 1.59–2.08) [4]. | ONC-STAT-WORDING | above 1",
                "Atezolizumab plus bevacizumab helped 42 out of every 100 people live longer [1]. | ONC-STAT-WORDING | number of people",
                "Atezolizumab plus bevacizumab means about 42 fewer deaths out of every 100 people [1]. | ONC-STAT-WORDING | number of people",
                "Atezolizumab plus bevacizumab cut the risk of death by 42 percentage points [1]. | ONC-STAT-WORDING | percentage points",
                // approval claims
                "Lenvatinib is not approved for hepatocellular carcinoma [3]. | ONC-APPROVAL-CONTRADICTED | Lenvatinib",
                "Regorafenib is only available through clinical trials for liver cancer [1]. | ONC-APPROVAL-CONTRADICTED | Regorafenib",
                "CAR-T cell therapy is FDA-approved for liver cancer [1]. | ONC-APPROVAL-UNSUPPORTED | CAR-T cell therapy is approved for liver cancer",
                "Bevacizumab is approved for hepatocellular carcinoma [1]. | ONC-APPROVAL-UNSUPPORTED | Bevacizumab",
            })
    void a_seeded_defect_is_found_at_its_sentence_by_a_rule_that_fits(String sentence, String rule, String says)
            throws IOException {
        Answer answer = answerWith(sentence);
        assertThat(errors(answer)).as(sentence).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(rule);
            assertThat(f.location().sectionHeading()).hasValue("What the research shows");
            assertThat(f.message()).contains(says);
        });
    }
}
