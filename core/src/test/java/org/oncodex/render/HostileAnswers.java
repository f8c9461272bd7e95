package org.oncodex.render;

import com.google.common.base.Suppliers;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Callout;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.answer.StatisticStyle;
import org.oncodex.disclaimers.ApprovalState;
import org.oncodex.disclaimers.Disclaimer;
import org.oncodex.disclaimers.DisclaimerCatalog;
import org.oncodex.disclaimers.DisclaimerCatalogException;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.model.CancerType;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.HazardRatio;

/**
 * Answers written for the tests with one hostile vector in every field an answer has, two ways: built
 * with the answer builder (question, cancer type, AI byline, a therapy named in a disclaimer, a
 * disclaimer's own text, headings, paragraphs, emphasis, terms and definitions, lists, callouts, an
 * evidence table and statistic of a trial result whose every text is hostile, citations' titles,
 * authors, journals, volumes, issues, pages, publishers and DOIs, questions, takeaway, related
 * questions), and read by {@link MarkdownAnswers} from a Markdown answer that carries the vector in
 * every block a renderer shows (headings, byline, disclaimers, paragraphs, inline HTML, links and
 * images, raw HTML blocks as they are and with the vector's markup escaped as entities, block quotes,
 * lists, tables, fenced and indented code, details, footnotes, questions, sources, related questions).
 * A field that refuses a vector (a DOI cannot hold white space, a disclaimer's text no stray brace) gets
 * a plain value there instead.
 */
final class HostileAnswers {
    private HostileAnswers() {}

    private static final Supplier<List<BrowserCheck.Case>> RENDERED = Suppliers.memoize(HostileAnswers::render);

    /** The renderer's HTML of both answers for every vector of {@link XssVectors}, made once per JVM. */
    static List<BrowserCheck.Case> rendered() {
        return RENDERED.get();
    }

    private static List<BrowserCheck.Case> render() {
        HtmlRenderer renderer = new HtmlRenderer();
        List<BrowserCheck.Case> cases = new ArrayList<>();
        for (XssVectors.Vector v : XssVectors.all()) {
            cases.add(new BrowserCheck.Case("built with " + v, renderer.render(built(v.text()))));
            cases.add(new BrowserCheck.Case("read from Markdown with " + v, renderer.render(read(v.text()))));
        }
        return List.copyOf(cases);
    }

    /** An answer with {@code v} in every field, through the answer builder. */
    static Answer built(String v) {
        Citation article = orElse(
                () -> article(v).doi("10.1234/" + v.replaceAll("\\s+", "")).build(),
                () -> article(v).doi("10.1234/hostile").build());
        Citation page = Citation.builder()
                .title(v)
                .publisher(v)
                .url("https://example.org/hostile")
                .build();
        TrialResult result = TrialResult.builder()
                .id("hostile-result")
                .study(Study.of(v, StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
                .population(Population.builder()
                        .addCancerTypeIds("hostile-cancer")
                        .description(v)
                        .subgroup(v)
                        .build())
                .comparison(Comparison.of(v, v))
                .endpoint(Endpoint.OS)
                // a hazard ratio made up for this fixture, not a published result
                .estimate(HazardRatio.of(0.5, 0.3, 0.8))
                .note(v)
                .quote(v)
                .citation(article)
                .build();
        DisclaimerCatalog catalog = orElse(
                () -> {
                    Disclaimer bundled =
                            DisclaimerCatalog.bundled().disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, Locale.ENGLISH);
                    return DisclaimerCatalog.bundled()
                            .withOverrides(List.of(Disclaimer.builder()
                                    .from(bundled)
                                    .text("This is not medical advice. " + v.strip())
                                    .build()));
                },
                DisclaimerCatalog::bundled);
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .catalog(catalog)
                .question(v + "?")
                .cancerType(CancerType.builder().id("hostile-cancer").name(v).build())
                .date(ReferenceAnswers.DATE)
                .aiGenerated(v, v)
                .mentions(v, ApprovalState.NOT_APPROVED)
                .section(
                        v,
                        s -> s.paragraph(v)
                                .emphasis(v)
                                .strong(v)
                                .term(v, v)
                                .cite(article)
                                .statistic(result, StatisticStyle.NEJM)
                                .cite(page)
                                .bullets(v, v + " 2")
                                .numbered(v, v + " 2")
                                .callout(Callout.Kind.WARNING, v)
                                .evidenceTable(v, List.of(result), StatisticStyle.AMA))
                .questionsToAsk(v + " 1?", v + " 2?", v + " 3?")
                .keyTakeaway(v)
                .relatedQuestion(v, v)
                .build();
    }

    private static Citation.Builder article(String v) {
        return Citation.builder()
                .title(v)
                .addAuthors(v, v + " 2")
                .journal(v)
                .year(2026)
                .volume(v)
                .issue(v)
                .pages(v);
    }

    /** The answer {@link MarkdownAnswers} reads from a Markdown answer with {@code v} in every block. */
    static Answer read(String v) {
        String escaped = HtmlEscapers.htmlEscaper().escape(v);
        String markdown = String.join(
                "\n",
                "# " + v + "?",
                "",
                "*May 18, 2026 · Generated by AI (" + v + "), grounded in " + v + "*",
                "",
                "<!-- oncodex:disclaimer not-medical-advice -->",
                "This is not medical advice. " + v,
                "",
                "## " + v,
                "",
                v,
                "",
                "Inline " + v + " and *" + v + "* and **" + v + "** and [" + v + "](https://example.org/) and [x](" + v
                        + ") and ![" + v + "](" + v + ") and <" + v + ">.[^1]",
                "",
                "<div>" + v + "</div>",
                "",
                "<div>" + escaped + "</div>",
                "",
                "<p title=\"" + escaped + "\">" + escaped + "</p>",
                "",
                "> " + v,
                "",
                "- " + v,
                "- [" + v + "](" + v + ")",
                "",
                "1. " + v,
                "",
                "| Study | " + v + " |",
                "|---|---|",
                "| " + v + " | " + v + " |",
                "",
                "```",
                v,
                "```",
                "",
                "    " + v,
                "",
                "<details><summary>" + v + "</summary>",
                "",
                v,
                "",
                "</details>",
                "",
                "## Questions to ask your care team",
                "",
                "1. " + v + "?",
                "2. " + v + " 2?",
                "3. " + v + " 3?",
                "",
                "## Key takeaway",
                "",
                v,
                "",
                "## Sources",
                "",
                "1. " + v + ". https://example.org/hostile",
                "2. [" + v + "](" + v + ")",
                "3. " + v + ". doi:10.1234/" + v.replaceAll("\\s+", ""),
                "",
                "[^1]: " + v,
                "",
                "## Related questions",
                "",
                "- " + v + " — " + v,
                "");
        return MarkdownAnswers.read(markdown, ReferenceAnswers.KB);
    }

    private static <T> T orElse(Supplier<T> hostile, Supplier<T> plain) {
        try {
            return hostile.get();
        } catch (IllegalArgumentException | DisclaimerCatalogException e) {
            return plain.get();
        }
    }
}
