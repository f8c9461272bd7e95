package org.oncodex.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.oncodex.evidence.EvidenceBase;
import org.oncodex.render.HtmlRenderer;
import org.oncodex.render.MarkdownRenderer;
import org.oncodex.render.OwnMarkup;
import org.oncodex.render.PlainTextRenderer;
import org.oncodex.rules.Finding;
import org.oncodex.rules.Location;
import org.oncodex.rules.Report;
import org.oncodex.rules.Reports;
import org.oncodex.rules.RuleSet;

/**
 * What must hold for any answer, however hostile the text it was read from: no rule fails ({@code
 * ONC-RULE-FAILED}); every finding's location names a section and block the answer has and a span
 * that is not inverted; the renderers never throw and the HTML holds only the renderer's own markup;
 * the reports are written and stay within ten times the source's size beyond a fixed allowance.
 * Shared by the fuzz tests of Markdown and JSON answers.
 */
public final class AnswerContract {
    private static final RuleSet RULES = RuleSet.standard(EvidenceBase.bundled());
    /** What a report of an empty answer takes: the findings of its missing parts. */
    private static final int REPORT_ALLOWANCE = 64 * 1024;

    private AnswerContract() {}

    /** Fails, saying which part of the contract broke, unless it holds for {@code answer} read from {@code source}. */
    public static void holds(Answer answer, String source) {
        int size = source.length();
        Report report = RULES.check(answer);
        assertThat(report.findings("ONC-RULE-FAILED")).as("rules that failed").isEmpty();
        for (Finding f : report.findings()) {
            located(answer, f);
        }
        OwnMarkup.assertOnly(new HtmlRenderer().render(answer));
        assertThat(new MarkdownRenderer().render(answer)).isNotEmpty();
        assertThat(new PlainTextRenderer().render(answer)).isNotEmpty();

        long bound = 10L * size + REPORT_ALLOWANCE;
        assertThat((long) report.toText().length())
                .as("text report of %s chars", size)
                .isLessThanOrEqualTo(bound);
        assertThat((long) report.toJson().length())
                .as("JSON report of %s chars", size)
                .isLessThanOrEqualTo(bound);
        assertThat((long) report.toSarif("answer.md", source).length())
                .as("SARIF report of %s chars", size)
                .isLessThanOrEqualTo(bound);
        Reports all = Reports.builder()
                .add("answer.md", report, source)
                .unreadable("missing.md", "no such file")
                .build();
        assertThat(all.toJson()).contains("answer.md", "missing.md");
        assertThat(all.toSarif()).contains("answer.md", "missing.md");
    }

    private static void located(Answer answer, Finding f) {
        Location at = f.location();
        if (at.part() == Location.Part.SECTION && at.sectionIndex().isPresent()) {
            int s = at.sectionIndex().getAsInt();
            assertThat(s).as("section of %s", f).isBetween(0, answer.sections().size() - 1);
            Section section = answer.sections().get(s);
            at.blockIndex()
                    .ifPresent(b -> assertThat(b)
                            .as("block of %s", f)
                            .isBetween(0, section.blocks().size() - 1));
        }
        at.start().ifPresent(start -> assertThat(start).as("start of %s", f).isNotNegative());
        if (at.start().isPresent() && at.end().isPresent()) {
            assertThat(at.end().getAsInt())
                    .as("end of %s", f)
                    .isGreaterThanOrEqualTo(at.start().getAsInt());
        }
    }
}
