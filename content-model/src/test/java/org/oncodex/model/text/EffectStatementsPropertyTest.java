package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Generators;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class EffectStatementsPropertyTest {
    private static final List<String> SEEDS = List.of(
            "OS: HR = 1.82, 95%CI: 1.59-2.08; PFS: HR = 1.68, 95%CI: 1.49-1.89",
            "HR = 0.62, 95%CI: 0.44-0.87)",
            "ORR = 18% (4 of 22 patients); median OS = 4.0 months, 95%CI: 2.1-8.7",
            "Yes (CLOCC: 8-year OS 35.9% vs 8.9%, HR = 0.58, P = 0.01)",
            "Minimal grade ≥ 3 toxicity (< 10%)",
            "(hazard ratio [HR] 0.71, 95% CI 0.58-0.88; p=0.0008)",
            "HR 0·62, 95% CI 0·44–0·87; p=0·0060",
            "30.0 months (95% CI, 18.3 months to not reached)",
            "median not reached (95% CI, 18.3 months to not reached)",
            "18% (4 of 22; 95% CI, 5.2-40.3); P = .006",
            "HR=0.60; 95%CI:0.49-0.75;p <0.0001",
            "95 percent confidence interval (CI): 0.50, 1.01");
    /** Kinds the journal styles print that the parser does not read back yet; drop each as it does. */
    private static final Set<EffectEstimate.Kind> NOT_READ_YET = EnumSet.noneOf(EffectEstimate.Kind.class);

    private static final List<Character> NOISE = List.of(
            '(', ')', '[', ']', '%', '-', '–', '−', '·', '.', ',', ';', ':', '=', '<', '≥', ' ', '0', '5', '9', 'P',
            'H', 'R', 'C', 'I', 'v', 's', '\u00A0', '\u2009', '\n');

    private static void wellFormed(String text, ParseResult result) {
        assertThat(result.diagnostics())
                .as("parser failure on %s", text)
                .noneMatch(d -> d.code() == Diagnostic.Code.PARSER_FAILURE);
        int previousEnd = 0;
        for (EffectStatement s : result.statements()) {
            assertThat(s.start()).as("start in %s", text).isBetween(previousEnd, s.end());
            assertThat(s.end()).as("end in %s", text).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            previousEnd = s.end();
        }
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.start()).isBetween(0, d.end());
            assertThat(d.end()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void never_throws_on_arbitrary_text_and_spans_index_the_input() {
        qt().withExamples(3000)
                .forAll(strings().allPossible().ofLengthBetween(0, 120))
                .checkAssert(text -> wellFormed(text, EffectStatements.parse(text)));
    }

    @Test
    void never_throws_on_mutated_statistics() {
        Gen<String> mutated = Generate.pick(SEEDS)
                .zip(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 6), (seed, cuts) -> {
                    StringBuilder text = new StringBuilder(seed);
                    for (int cut : cuts) {
                        int at = cut % (text.length() + 1);
                        char noise = NOISE.get(cut % NOISE.size());
                        switch (cut % 3) {
                            case 0 -> text.insert(at, noise);
                            case 1 -> {
                                if (at < text.length()) {
                                    text.deleteCharAt(at);
                                }
                            }
                            default -> {
                                if (at < text.length()) {
                                    text.setCharAt(at, noise);
                                }
                            }
                        }
                    }
                    return text.toString();
                });
        qt().withExamples(5000).forAll(mutated).checkAssert(text -> wellFormed(text, EffectStatements.parse(text)));
    }

    @Test
    void never_throws_on_long_runs_of_the_same_shape() {
        Gen<String> piece = Generate.pick(List.of(
                "(",
                ")",
                "[",
                "HR ",
                "95% CI ",
                "0.5-",
                "1,5 ",
                "P = ",
                "median ",
                "vs ",
                "NR ",
                "−",
                "3/48 ",
                "% ",
                "thirty-eight percent ",
                "respectively, ",
                "ratio of "));
        qt().withExamples(200).forAll(piece, integers().between(1, 4000)).checkAssert((p, times) -> {
            String text = p.repeat(times);
            wellFormed(text, EffectStatements.parse(text));
        });
    }

    @Test
    void every_journal_style_reads_back_to_the_printed_precision() {
        Gen<EffectEstimate> formattable = Generators.estimates(EnumSet.complementOf(EnumSet.copyOf(NOT_READ_YET)))
                .assuming(EffectStatementsPropertyTest::printable);
        List<EffectFormat> styles =
                List.of(EffectFormat.AMA, EffectFormat.NEJM, EffectFormat.LANCET, EffectFormat.VANCOUVER);
        qt().withExamples(1500)
                .forAll(formattable, Generate.pick(styles), Generators.pValues().toOptionals(50))
                .checkAssert((estimate, style, p) -> {
                    String printed = p.map(pv -> style.format(estimate, pv)).orElseGet(() -> style.format(estimate));
                    ParseResult result = EffectStatements.parse(printed);
                    assertThat(result.statements())
                            .as("statements of %s", printed)
                            .hasSize(1);
                    EffectStatement read = result.statements().get(0);
                    EffectEstimate back =
                            read.estimate().orElseThrow(() -> new AssertionError("no estimate in " + printed));
                    assertThat(back.kind()).as(printed).isEqualTo(estimate.kind());
                    String again =
                            read.pValue().map(pv -> style.format(back, pv)).orElseGet(() -> style.format(back));
                    assertThat(again).as("%s read back as %s", printed, back).isEqualTo(printed);
                });
    }

    /**
     * What the journal styles print in a form the parser reads back: not a proportion given only as
     * counts (printed "4 of 22", which running text uses for many things), nor a unitless range.
     */
    private static boolean printable(EffectEstimate e) {
        if (e instanceof Proportion p) {
            return p.percent().isPresent();
        }
        if (e instanceof ValueRange r) {
            return r.unit() != Unit.NONE;
        }
        if (e instanceof Quantity q) {
            // a bare number is prose, not a statistic: a quantity reads back only with its interval
            return q.ci().isPresent()
                    && q.unit()
                            .map(u -> u.equals("million") || u.equals("mg/L"))
                            .orElse(true);
        }
        return true;
    }
}
