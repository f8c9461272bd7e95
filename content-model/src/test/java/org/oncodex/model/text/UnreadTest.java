package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class UnreadTest {

    private static List<Diagnostic> notRead(String text) {
        return EffectStatements.parse(text).diagnostics().stream()
                .filter(d -> d.code() == Diagnostic.Code.NOT_READ)
                .toList();
    }

    // texts written for this test, in the shapes of rows the corpus lists as not supported
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "had an expected power of 0.69 and 0.94|0.69|a fraction of one",
                "523 and 294 patients were in the two groups|294|a head count",
                "All 18 of the participating patients went into remission|18|a head count",
                "Forty-eight patients received the drug|Forty-eight|a head count",
                "1394 (188)|1394 (188)|a cell",
                "It has a half-life of less than 15 minutes|15|a bound",
                "the corresponding gains were 2.3 (men) and 1.7 (women) years|2.3|a bracketed note",
                "curves converged after ≈3 years|3|an approximate number",
                "a decrease of 2+ points|2|a plus sign",
                "grown to large numbers (billions of cells)|billions|a magnitude in words",
                "of these, three-quarters were approved early|three-quarters|a fraction in words",
                "ratios written as 197:470|197|a ratio of two numbers"
            })
    void reports_a_number_in_a_statistics_shape_that_nothing_read(String text, String quoted, String shape) {
        List<Diagnostic> found = notRead(text);
        assertThat(found).as(text).isNotEmpty();
        assertThat(found.get(0).message()).contains("\"" + quoted).contains(shape);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).startsWith(quoted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "KEYNOTE-189",
                "phase 3",
                "In 2013 the patients were followed",
                "small lesions < 3 cm",
                "World J Clin Oncol 2026; 17(3): 116093",
                "HR 0.62 (95% CI 0.44–0.87)",
                "36 of 120 patients (30%)"
            })
    void reports_nothing_for_numbers_in_no_such_shape_or_read_as_statistics(String text) {
        assertThat(notRead(text)).as(text).isEmpty();
    }

    @Test
    void a_number_reported_as_not_read_lies_outside_every_statement() {
        Gen<String> piece = Generate.pick(List.of(
                "HR 0.62 (95% CI 0.44–0.87)",
                " 523 patients",
                " 0.69",
                " (2.0%)",
                " half",
                " 12 (45.1)",
                " vs ",
                ", ",
                "; P = 0.01",
                " 36 of 120",
                " ≈3 years",
                " median OS 14.2 months",
                "."));
        qt().forAll(lists().of(piece).ofSizeBetween(1, 12), integers().between(0, 3))
                .checkAssert((pieces, skip) -> {
                    String text = String.join("", pieces.subList(Math.min(skip, pieces.size() - 1), pieces.size()));
                    ParseResult r = EffectStatements.parse(text);
                    for (Diagnostic d : r.diagnostics()) {
                        assertThat(d.start()).as(text).isBetween(0, text.length());
                        assertThat(d.end()).as(text).isBetween(d.start(), text.length());
                        if (d.code() != Diagnostic.Code.NOT_READ) {
                            continue;
                        }
                        for (EffectStatement s : r.statements()) {
                            assertThat(d.start() >= s.end() || d.end() <= s.start())
                                    .as("%s: %s overlaps %s", text, d, s)
                                    .isTrue();
                        }
                    }
                });
    }
}
