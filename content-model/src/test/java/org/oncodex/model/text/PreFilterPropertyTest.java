package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The dispatch's pre-filter ({@link Recognizer#mayStartAt}) only skips recognizers that would have declined: parsing
 * with and without it gives equal results, on text built from the vocabulary of effect statements and on every
 * row of the corpora. The vocabulary below is written for this test (pieces of the shapes the recognizers read,
 * not statements from any source); it holds the neighbours each override looks at (a per cent sign, a dash,
 * "from", "every", "or more", a level before "CI", the words of multiples) and the words around them.
 */
class PreFilterPropertyTest {

    /** Pieces of statements, written for this test. */
    private static final List<String> PIECES = List.of(
            "0.72",
            "1.5",
            "2·3",
            "12",
            "95",
            "90",
            "40",
            "3",
            "100",
            "1,5",
            "1-5",
            "12/40",
            "0.001",
            "−0.4",
            "%",
            "(",
            ")",
            "[",
            "]",
            "-",
            "–",
            "−",
            "to",
            "and",
            "or",
            "more",
            "less",
            "greater",
            "fewer",
            "HR",
            "OR",
            "RR",
            "CI",
            "CI95",
            "RRR",
            "mRS",
            "difference",
            "95% CI",
            "95%CI",
            "CIs",
            "UI",
            "confidence interval",
            "credible",
            "was",
            "is",
            "were",
            "vs",
            "vs.",
            "versus",
            "P =",
            "P<",
            "p",
            "=",
            "<",
            ">",
            "≤",
            "≥",
            "months",
            "years",
            "year",
            "5-year",
            "two-year",
            "from",
            "about",
            "approximately",
            "~",
            "every",
            "in",
            "of",
            "out",
            "million",
            "times",
            "fold",
            "-fold",
            "twice",
            "reduction",
            "increase",
            "reduced",
            "increased",
            "improved",
            "by",
            "risk",
            "death",
            "median",
            "OS",
            "PFS",
            "ORR",
            "overall survival",
            "a",
            "the",
            "third",
            "half",
            "halved",
            "cut",
            "quarter",
            ",",
            ";",
            ":",
            ".",
            "n",
            "/",
            "respectively",
            "patients",
            "people",
            "range",
            "IQR",
            "ranging",
            "between",
            "hazard ratio",
            "odds ratio",
            "relative",
            "higher",
            "lower",
            "one-sided",
            "25th",
            "75th",
            "percentile",
            "x",
            "10",
            "e",
            "NR",
            "per",
            "week",
            "group",
            "arm");

    /** Column headers, written for this test: each sets a scope that some recognizers read by. */
    private static final List<String> HEADERS =
            List.of("", "HR (95% CI)", "95% CI", "P value", "n (%)", "Range", "Median, months (95% CI)", "ORR, %");

    private static final Gen<String> TEXTS = lists().of(
                    Generate.pick(PIECES).zip(integers().between(0, 3), (piece, gap) -> gap == 0 ? piece : " " + piece))
            .ofSizeBetween(1, 14)
            .map(parts -> String.join("", parts).strip());

    @Test
    void filtered_and_unfiltered_parses_agree_on_text_built_from_the_vocabulary() {
        qt().withExamples(20_000).forAll(TEXTS, Generate.pick(HEADERS)).checkAssert((text, header) -> {
            ParseContext context = header.isEmpty() ? ParseContext.none() : ParseContext.column(header);
            assertThat(Parser.parse(text, context, true))
                    .as("%s under \"%s\"", text, header)
                    .isEqualTo(Parser.parse(text, context, false));
        });
    }

    @Test
    void filtered_and_unfiltered_parses_agree_on_every_corpus_row() throws IOException {
        int rows = 0;
        for (String file : List.of(
                "corpus",
                "not-read",
                "heldout-2",
                "heldout-3",
                "heldout-4",
                "heldout-5",
                "heldout-6",
                "heldout-7",
                "heldout-8",
                "heldout-9",
                "heldout-10",
                "heldout-11")) {
            for (EffectStatementsCorpusTest.Row row :
                    EffectStatementsCorpusTest.rows("effect-statements/" + file + ".tsv")) {
                String text = row.get("text");
                ParseContext context =
                        row.get("context").isEmpty() ? ParseContext.none() : ParseContext.column(row.get("context"));
                assertThat(Parser.parse(text, context, true))
                        .as("%s row %s", file, row.get("id"))
                        .isEqualTo(Parser.parse(text, context, false));
                // the same text alone, as a sentence is parsed outside a table
                assertThat(Parser.parse(text, ParseContext.none(), true))
                        .isEqualTo(Parser.parse(text, ParseContext.none(), false));
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(1000);
    }
}
