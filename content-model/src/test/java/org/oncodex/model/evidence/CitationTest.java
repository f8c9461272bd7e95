package org.oncodex.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationTest {
    private static final String DOI = "10.5306/wjco.v17.i3.116093";

    @ParameterizedTest
    @ValueSource(
            strings = {
                DOI,
                "https://doi.org/" + DOI,
                "http://doi.org/" + DOI,
                "https://dx.doi.org/" + DOI,
                "https://www.doi.org/" + DOI,
                "doi:" + DOI,
                "DOI: " + DOI,
                "  " + DOI + "  "
            })
    void reduces_a_doi_to_its_bare_form(String doi) {
        Citation citation = Citation.doi(doi);

        assertThat(citation.doi()).contains(DOI);
        assertThat(citation).isEqualTo(Citation.doi(DOI));
    }

    @Test
    void gives_the_doi_as_a_resolvable_address() {
        assertThat(Citation.doi("doi:" + DOI).doiUrl()).contains("https://doi.org/" + DOI);
        assertThat(Citation.pmid("12345").doiUrl()).isEmpty();
    }

    @Test
    void rejects_a_malformed_doi_naming_it() {
        assertThatThrownBy(() -> Citation.doi("wjco.v17.i3.116093"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Citation doi must look like 10.<registrant>/<suffix>: \"wjco.v17.i3.116093\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123", "12a", "1234567890", ""})
    void rejects_a_malformed_pmid_naming_it(String pmid) {
        assertThatThrownBy(() -> Citation.pmid(pmid))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Citation pmid must be 1 to 9 digits without a leading zero: \"" + pmid + "\"");
    }

    @Test
    void accepts_a_web_page_with_title_publisher_and_date() {
        Citation page = Citation.builder()
                .url("https://example.org/liver-cancer")
                .title("Liver cancer treatment")
                .publisher("Example Publisher")
                .year(2025)
                .date(LocalDate.of(2025, 3, 1))
                .build();

        assertThat(page.url()).contains("https://example.org/liver-cancer");
        assertThat(page.doi()).isEmpty();
        assertThat(page.date()).contains(LocalDate.of(2025, 3, 1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"example.org/liver-cancer", "ftp://example.org/liver-cancer", "https://", "http:/example.org"})
    void rejects_a_url_that_is_not_an_absolute_web_address(String url) {
        assertThatThrownBy(() -> Citation.url(url, "Liver cancer treatment"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Citation url must be an absolute http or https address: \"" + url + "\"");
    }

    @Test
    void rejects_a_citation_with_nothing_identifying() {
        assertThatThrownBy(() -> Citation.builder()
                        .journal("World J Clin Oncol")
                        .year(2026)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Citation needs a DOI, a PMID, a URL or a title, got none");
    }

    @Test
    void rejects_a_year_that_differs_from_the_year_of_the_date() {
        assertThatThrownBy(() -> Citation.builder()
                        .url("https://example.org/liver-cancer")
                        .year(2024)
                        .date(LocalDate.of(2025, 3, 1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Citation year 2024 differs from the year of date 2025-03-01");
    }

    @Test
    void rejects_a_year_outside_the_plausible_range() {
        assertThatThrownBy(() -> Citation.builder().doi(DOI).year(205).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Citation year must be in [1800, 2100]: 205");
    }

    @Test
    void reports_every_problem_at_once() {
        assertThatThrownBy(() -> Citation.builder()
                        .doi("doi:11.5306/x")
                        .pmid("0123")
                        .url("ftp://example.org/file")
                        .title(" ")
                        .addAuthors("Pham HT", "Pham HT")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Citation has 5 problems: ")
                .hasMessageContaining("doi must look like 10.<registrant>/<suffix>: \"11.5306/x\"")
                .hasMessageContaining("pmid must be 1 to 9 digits without a leading zero: \"0123\"")
                .hasMessageContaining("url must be an absolute http or https address: \"ftp://example.org/file\"")
                .hasMessageContaining("title must not be blank: \" \"")
                .hasMessageContaining("authors must not repeat: \"Pham HT\"");
    }
}
