package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.oncodex.model.stats.EffectEstimate;

/**
 * Fuzz tests of the effect-statement parser, the entry point for text a model or a PDF wrote.
 *
 * <p>In a normal build each method runs once per file of its seed corpus ({@code
 * EffectStatementsFuzzTestInputs/<method>/} in the test resources) and once on empty input; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them, guided by coverage (see CONTRIBUTING.md). The contract
 * checked is the Javadoc's: {@link EffectStatements#parse(String)} never throws for any string, and
 * every statement and diagnostic names a span of the input.
 */
class EffectStatementsFuzzTest {
    @FuzzTest
    @DictionaryEntries({
        "HR",
        "hazard ratio",
        "95% CI",
        "95%CI:",
        "P =",
        "p<",
        "median",
        "months",
        "vs.",
        "respectively",
        " of ",
        "NR",
        "0·62",
        "–",
        "−",
        "×10",
        "(range,",
        "IQR"
    })
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        checkParse(text, EffectStatements.parse(text));
    }

    /** The first line is a table's column header, the rest its cell. */
    @FuzzTest
    @DictionaryEntries({"HR (95% CI)", "Median in months (95% CI)", "n (%)", "p-Value", "ORR, n% (95% CI)"})
    void parseCell(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String header = newline < 0 ? "" : text.substring(0, newline);
        String cell = newline < 0 ? text : text.substring(newline + 1);
        checkParse(cell, EffectStatements.parse(cell, ParseContext.column(header)));
    }

    private static void checkParse(String text, ParseResult result) {
        int previous = 0;
        for (EffectStatement s : result.statements()) {
            assertThat(s.start())
                    .as("start of %s in a text of %s chars", s, text.length())
                    .isBetween(0, text.length());
            assertThat(s.end()).as("end of %s", s).isBetween(s.start(), text.length());
            assertThat(s.text()).as("text of %s", s).isEqualTo(text.substring(s.start(), s.end()));
            assertThat(s.start()).as("statements in order").isGreaterThanOrEqualTo(previous);
            previous = s.start();
            s.estimate().ifPresent(EffectStatementsFuzzTest::format);
            s.comparatorEstimate().ifPresent(EffectStatementsFuzzTest::format);
        }
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.code()).as("diagnostic %s", d).isNotEqualTo(Diagnostic.Code.PARSER_FAILURE);
            assertThat(d.start()).as("start of %s", d).isBetween(0, text.length());
            assertThat(d.end()).as("end of %s", d).isBetween(d.start(), text.length());
        }
        assertThat(result.estimates())
                .hasSizeLessThanOrEqualTo(result.statements().size());
    }

    /** What the parser read, the formatter can write. */
    private static void format(EffectEstimate estimate) {
        for (EffectFormat style : EffectFormat.values()) {
            assertThat(style.format(estimate)).as("%s in %s", estimate, style).isNotBlank();
        }
    }
}
