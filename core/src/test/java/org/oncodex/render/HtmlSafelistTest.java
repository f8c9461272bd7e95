package org.oncodex.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import org.oncodex.model.evidence.Citation;

/**
 * The HTML renderer's output for every hostile answer of {@link HostileAnswers} passes jsoup's
 * safelist check with a safelist of exactly the renderer's own tags, attributes and link protocols, in
 * every build (the browser check, {@link HtmlBrowserCheckTest}, needs Chromium). The same check fails on
 * every vector written into its context as it is, so it can fail.
 */
class HtmlSafelistTest {
    /** The tags and attributes {@link HtmlRenderer} writes; links only to http, https and the page's anchors. */
    static final Safelist RENDERERS_OWN = Safelist.none()
            .addTags(
                    "article", "header", "h1", "p", "aside", "section", "h2", "ol", "ul", "li", "em", "strong", "dfn",
                    "span", "sup", "a", "table", "caption", "thead", "tbody", "tr", "th", "td", "footer")
            .addAttributes("article", "class", "lang")
            .addAttributes("p", "class")
            .addAttributes(
                    "aside",
                    "class",
                    "role",
                    "lang",
                    "data-disclaimer-id",
                    "data-disclaimer-version",
                    "data-disclaimer-kind")
            .addAttributes("section", "class")
            .addAttributes("li", "id")
            .addAttributes("dfn", "title")
            .addAttributes("span", "class", "data-result-id")
            .addAttributes("sup", "class")
            .addAttributes("table", "class")
            .addAttributes("tr", "data-result-id")
            .addAttributes("th", "scope")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "#");

    @Test
    void every_hostile_answer_renders_to_only_the_renderers_own_markup() {
        List<BrowserCheck.Case> cases = HostileAnswers.rendered();
        assertThat(cases).hasSize(2 * XssVectors.all().size());
        for (BrowserCheck.Case c : cases) {
            assertThat(Jsoup.isValid(c.html(), RENDERERS_OWN))
                    .as("jsoup's safelist check of the HTML %s:%n%s", c.name(), c.html())
                    .isTrue();
            OwnMarkup.assertOnly(c.html());
        }
    }

    @Test
    void the_safelist_check_fails_on_every_vector_written_as_it_is() {
        for (XssVectors.Vector v : XssVectors.all()) {
            assertThat(Jsoup.isValid(v.unescaped(), RENDERERS_OWN))
                    .as("jsoup's safelist check of %s:%n%s", v, v.unescaped())
                    .isFalse();
        }
    }

    @Test
    void every_vector_reaches_the_page_as_text_in_every_field_of_a_built_answer() {
        for (XssVectors.Vector v : XssVectors.all()) {
            Document page = Jsoup.parseBodyFragment(new HtmlRenderer().render(HostileAnswers.built(v.text())));
            String shown = v.text().replaceAll("\\s+", " ").strip();
            // the text of the question, cancer type, byline, headings, paragraph, emphasis, terms,
            // lists, callout, table cells and caption, references, disclaimers, questions, takeaway and
            // related question, and the definition as a title attribute
            int times = occurrences(page.text(), shown)
                    + (int) page.select("dfn").stream()
                            .filter(d -> d.attr("title").equals(v.text()))
                            .count();
            assertThat(times).as("places where the page shows %s", v).isGreaterThanOrEqualTo(MIN_PLACES);
        }
    }

    @Test
    void every_vector_reaches_the_page_as_text_from_a_markdown_answer() {
        for (XssVectors.Vector v : XssVectors.all()) {
            Document page = Jsoup.parseBodyFragment(new HtmlRenderer().render(HostileAnswers.read(v.text())));
            String shown = v.text().replaceAll("\\s+", " ").strip();
            // as text at least where Markdown takes it as it is (code blocks, HTML with its markup as entities)
            assertThat(occurrences(page.text(), shown))
                    .as("places where the page of a Markdown answer shows %s", v)
                    .isPositive();
        }
    }

    /**
     * Places where a built answer's page shows the vector as text whatever it is: 39 for most, one more
     * for a vector without white space (the DOI shows it too), one fewer for one the disclaimer's text
     * refuses (a brace).
     */
    private static final int MIN_PLACES = 38;

    @Test
    void a_citation_refuses_every_url_vector_as_its_address() {
        for (XssVectors.Vector v : XssVectors.all()) {
            if (v.context() == XssVectors.Context.URL) {
                assertThatThrownBy(() ->
                                Citation.builder().title("t").url(v.text()).build())
                        .as("a citation with the address %s", v)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("url must be an absolute http or https address");
            }
        }
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
