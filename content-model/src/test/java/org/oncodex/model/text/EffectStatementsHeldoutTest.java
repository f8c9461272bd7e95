package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Held-out sets: real statements copied character for character from public sources (journal pages and
 * tables, PubMed and PMC records, Cochrane, FDA documents, news), collected after the parser was written
 * and in the same columns as the development corpus ({@code effect-statements/corpus.tsv}). They measure
 * how the parser does on text it was not built from: the test prints the tally, writes the rows read
 * wrongly to {@code target/<set>-failures.tsv}, and fails when fewer rows read correctly than the floor
 * recorded here, so a change that loses ground on unseen text is seen.
 *
 * <p>{@code heldout-5} (125 statements from 82 pages no earlier set draws on, the expected readings written
 * before the parser was run on them) was read at 107 of 125 (85.6%) before any change made for it: that
 * figure, not the floor, estimates unseen text. {@code heldout-6} (86 statements from 69 pages no earlier set
 * draws on, committed before the parser was run on them) was read at 73 of 86 (84.9%) before any parser change,
 * after one expectation that needed a table header outside its text was corrected (72 on the first run).
 * {@code heldout-7} (96 statements from 67 pages no earlier set draws on, committed before the parser was run on
 * them) was read at 85 of 96 (88.5%) before any parser change. {@code heldout-8} (86 statements from 43 pages no
 * earlier set draws on, committed before the parser was run on them) was read at 80 of 86 (93.0%) before any parser
 * change. {@code heldout-9} (89 statements from 38 pages no earlier set draws on, 47 of them journal table cells or
 * printed table rows, committed before the parser was run on them) was read at 79 of 89 (88.8%) before any parser
 * change; its floor of 89 was set after the fixes for its misses, and estimates nothing. {@code heldout-10} (70
 * statements from 39 pages no earlier set draws on, 27 of them journal table cells, committed before the parser was run
 * on them) was read at 66 of 70 (94.3%) before any parser change; its floor of 69 was set after the fixes for its
 * misses, and estimates nothing. {@code heldout-11} (65 statements from 34 pages no earlier set draws on, in the
 * styles the earlier sets have least of: Lancet and BMJ text, table cells with their column header, ESMO, ASCO and
 * ASH reports, cancer-society and hospital pages, news wires and explainer answers; committed before the parser was
 * run on them) was read at 53 of 65 (81.5%) before any parser change: that figure estimates unseen text; its floor
 * of 61 was set after the fixes for its misses, and estimates nothing. {@code heldout-12} (79 statements from 43 pages
 * no earlier set draws on: stroke, kidney, vaccine, obesity and depression trials beside cancer, abstracts, Lancet and
 * NEJM table cells, news, patient pages and machine-written answers; committed before the parser was run on them) was
 * read at 65 of 79 (82.3%) on its first run: that figure estimates unseen text; its floor of 70 was set after the
 * first fixes for its misses ("95% CI.:", "C.I. from X to Y", "as opposed to", a vaccine-efficacy header); after general
 * fixes for four more ("RRR" before a percentage as a relative reduction, "(difference, N ...)" after two shares as a
 * risk difference, "CI95%", "mRS" no longer read as a median) it reads 73 of 79, the floor now, which estimates nothing.
 * Not supported there, and listed in {@code effect-statements/README.md}: differences in a continuous measure written
 * with a verb and "by" ("declined significantly less ... by 1.81 ml/min/1.73 m2"), a grade "≥2b" read as an odds ratio,
 * "One of five" as a count, and mojibake ("P"‰<"‰0.0001"), which is reported as unsupported, never repaired.
 *
 * <p>{@code heldout-13} (80 statements from 39 pages no earlier set draws on: heart-failure, anticoagulant, vaccine,
 * diabetes and depression tables beside cancer, table rows and cells with their column header, a drug label, news and
 * blogs, explainer pages and a chatbot answer; committed before the parser was run on them) was read at 51 of 80
 * (63.8%) on its first run: that figure estimates unseen text. After "VE" was read as vaccine efficacy (a relative
 * change) it read 52 of 80. After tables printed one row to a line were read cell by cell under their label cell
 * ("Hazard ratio | 0.76 | 1.09", "P value | 0.110", {@code TableRows}) it reads 66 of 80, the floor now, which
 * estimates nothing; the first run stays 51 of 80.
 *
 * <p>Each set's exact size is checked, so a row lost from a file is seen as well as a row read wrongly.
 */
class EffectStatementsHeldoutTest {

    @ParameterizedTest(name = "{0}: at least {2} of {1} rows read")
    @CsvSource({
        "heldout-2, 125, 121",
        "heldout-3, 127, 120",
        "heldout-4, 128, 121",
        "heldout-5, 125, 121",
        "heldout-6, 86, 82",
        "heldout-7, 96, 92",
        "heldout-8, 86, 85",
        "heldout-9, 89, 89",
        "heldout-10, 70, 69",
        "heldout-11, 65, 61",
        "heldout-12, 79, 73",
        "heldout-13, 80, 66"
    })
    void reads_at_least_the_recorded_share_of_a_held_out_set(String set, int size, int floor) throws IOException {
        List<EffectStatementsCorpusTest.Row> rows =
                EffectStatementsCorpusTest.rows("effect-statements/" + set + ".tsv");
        StringBuilder failures = new StringBuilder("id\tproblem\ttext\tcontext\tread\n");
        int read = 0;
        for (EffectStatementsCorpusTest.Row row : rows) {
            ParseContext context =
                    row.get("context").isEmpty() ? ParseContext.none() : ParseContext.column(row.get("context"));
            ParseResult result = EffectStatements.parse(row.get("text"), context);
            Optional<String> problem = EffectStatementsCorpusTest.mismatch(row, result);
            if (problem.isEmpty()) {
                read++;
            } else {
                failures.append(row.get("id"))
                        .append('\t')
                        .append(problem.get())
                        .append('\t')
                        .append(row.get("text"))
                        .append('\t')
                        .append(row.get("context"))
                        .append('\t')
                        .append(result.statements())
                        .append('\n');
            }
        }
        Path out = Path.of("target", set + "-failures.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, failures.toString(), StandardCharsets.UTF_8);
        System.out.printf(
                "%s: %d of %d rows read as expected (%.1f%%)%n", set, read, rows.size(), 100.0 * read / rows.size());
        assertThat(rows).as("rows of %s", set).hasSize(size);
        assertThat(read)
                .as("rows of %s read as expected (the rest in %s)", set, out.toAbsolutePath())
                .isGreaterThanOrEqualTo(floor);
    }
}
