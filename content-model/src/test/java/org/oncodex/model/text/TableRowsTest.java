package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A table printed one row to a line, whose first cell names the kind of the row's values, is read cell by cell with
 * that cell as the column header ({@link TableRows}). Real rows are copied from heldout-13.tsv with their id and
 * source; rows marked "written for this test" are not real text.
 */
class TableRowsTest {

    private static List<EffectStatement> read(String text) {
        return EffectStatements.parse(text).statements();
    }

    private static EffectStatement first(String text, EffectStatement.Kind kind) {
        return read(text).stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void a_label_cell_names_the_kind_of_the_values_after_the_bars() {
        // h13-020, h13-021, h13-022: https://pmc.ncbi.nlm.nih.gov/articles/PMC8457427/table/T3
        assertThat(first(
                                "Hazard ratio | 0.76 | 1.09 | 1.35 | 1.16 | 1.07 | 0.79 | 0.023 |",
                                EffectStatement.Kind.HAZARD_RATIO)
                        .printedValue())
                .contains("0.76");
        EffectStatement interval = first(
                "95% confidence interval | 0.55–1.06 | 1.04–1.14 | 1.13–1.61 | 1.06–1.29 | 1.01–1.12 | ||",
                EffectStatement.Kind.INTERVAL);
        assertThat(interval.printedLower()).contains("0.55");
        assertThat(interval.printedUpper()).contains("1.06");
        assertThat(first("P value | 0.110 | <0.001 | 0.001 | 0.003 | 0.018 | ||", EffectStatement.Kind.P_VALUE)
                        .pValue()
                        .orElseThrow()
                        .value())
                .isEqualTo(0.110);
        // written for this test: the same row cut by tabs
        assertThat(first("Hazard ratio\t0.76\t1.09", EffectStatement.Kind.HAZARD_RATIO)
                        .printedValue())
                .contains("0.76");
    }

    @Test
    void the_kind_may_stand_in_its_own_cell_after_the_row_name() {
        // h13-068: the stroke row of a table on the page heldout-13.tsv names for it
        assertThat(first("Ischaemic stroke | HR | 0.63 | 0.90 | 0.74 | 0.74 |", EffectStatement.Kind.HAZARD_RATIO)
                        .printedValue())
                .contains("0.63");
    }

    @Test
    void a_reference_level_is_no_estimate_and_the_next_values_take_the_label() {
        // h13-006: https://pmc.ncbi.nlm.nih.gov/articles/PMC7610491/table/T2
        List<EffectStatement> barred =
                read("Unadjusted* HR | 1.00 (ref) | 1.03 (0.80-1.33) | 1.56 (1.27-1.91) | 1.58 (1.32-1.91) | |");
        assertThat(barred.get(0).kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
        assertThat(barred.get(0).printedValue()).contains("1.03");
        assertThat(barred.get(0).printedUpper()).contains("1.33");
        // h13-009, printed without bars: https://pmc.ncbi.nlm.nih.gov/articles/PMC7754973/table/ehf212972-tbl-0002
        List<EffectStatement> bare =
                read("Adjusted a HR 1.00 (ref) 1.26 (1.07–1.48) 1.52 (1.33–1.74) 1.53 (1.33–1.75)");
        assertThat(bare).hasSize(3).allSatisfy(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO));
        assertThat(bare.get(0).printedValue()).contains("1.26");
    }

    @Test
    void a_label_that_names_no_kind_leaves_the_values_as_they_were() {
        // h13-024: https://pmc.ncbi.nlm.nih.gov/articles/PMC9588901/table/tbl1
        String row = "Anti-CTLA-4 antibody | 7 | 4243 | 2564 | 1679 | 0.82 (0.74-0.92) | 0.82 (0.71-0.94) | 0.93"
                + " (0.80-1.07) | 0.23 |";
        assertThat(TableRows.split(row)).isNull(); // a digit in the drug's name: no label cell
        assertThat(read(row)).anySatisfy(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.UNLABELED_ESTIMATE));
        // h13-071 (same source file): a drug class names no kind
        assertThat(TableRows.namesAKind("NOAC")).isFalse();
        assertThat(read("NOAC | 0·64 (0·47, 0·85) | 0·61 (0·49, 0·76) |"))
                .allSatisfy(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.UNLABELED_ESTIMATE));
    }

    @Test
    void prose_with_one_value_after_its_words_is_no_row() {
        // the cases CountsTest and RelativeChangesTest hold (written for those tests): a sentence's value continues
        // its words, a row holds a value per column
        assertThat(TableRows.split("a risk reduction of 0.62")).isNull();
        assertThat(read("a risk reduction of 0.62")).isEmpty();
        assertThat(TableRows.split("HR group (n = 120)")).isNull();
        assertThat(read("HR group (n = 120)")).isEmpty();
        // written for this test: a label cut before an operator, and a power of ten, are prose
        assertThat(TableRows.split("reached P < 5 × 10−8")).isNull();
        assertThat(TableRows.split("the HR = 0.7 0.8")).isNull();
    }

    @Test
    void a_first_cell_with_a_value_of_its_own_is_no_label() {
        // h13-025: https://pmc.ncbi.nlm.nih.gov/articles/PMC9588901/table/tbl1
        assertThat(TableRows.split("≥2 | 15 | 7417 | 4350 | 3067 | 0.77 (0.71-0.83) | 0.79 (0.71-0.87) | 0.45 |"))
                .isNull();
    }

    private static final String[] LABELS = {"Hazard ratio", "95% CI", "P value", "Median OS", "OR", "NOAC", "no. (%)"};
    private static final String[] VALUES = {"0.76", "(0.524 to 0.759)", "<0.001", "1.00 (ref)", "12 (8.2)", "—", "x"};

    private static Gen<String> rows() {
        Gen<Integer> label = integers().between(0, LABELS.length - 1);
        Gen<Integer> value = integers().between(0, VALUES.length - 1);
        return label.zip(value, value, integers().between(0, 2), (l, a, b, sep) -> {
            String bar = sep == 0 ? " | " : sep == 1 ? "\t" : " ";
            return LABELS[l] + bar + VALUES[a] + bar + VALUES[b] + (sep == 0 ? " |" : "");
        });
    }

    @Test
    void a_row_reads_as_its_cells_under_its_label_and_its_spans_index_the_line() {
        qt().forAll(rows()).checkAssert(text -> {
            ParseResult r = EffectStatements.parse(text);
            for (EffectStatement s : r.statements()) {
                assertThat(s.start()).isBetween(0, s.end());
                assertThat(s.end()).isLessThanOrEqualTo(text.length());
            }
            TableRows.Row row = TableRows.split(text);
            if (row == null
                    || !TableRows.namesAKind(row.label())
                    || r.statements().isEmpty()) {
                return;
            }
            List<String> cells = new ArrayList<>();
            for (int[] c : row.cells()) {
                String cell = text.substring(c[0], c[1]);
                for (EffectStatement s : EffectStatements.parse(cell, ParseContext.column(row.label()))
                        .statements()) {
                    if (!cell.contains("(ref)")) {
                        cells.add(s.kind() + " " + s.text());
                    }
                }
            }
            if (cells.isEmpty()) {
                return; // no value read under the label: the line reads as it did before
            }
            assertThat(r.statements().stream()
                            .map(s -> s.kind() + " " + s.text())
                            .toList())
                    .as(text)
                    .isEqualTo(cells);
        });
    }
}
