package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Provenance;
import org.oncodex.disclaimers.Disclaimer;
import org.oncodex.disclaimers.DisclaimerCatalog;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.Placement;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.rules.Finding;
import org.oncodex.rules.Report;
import org.oncodex.rules.RuleSet;
import org.oncodex.rules.Severity;

/**
 * The shapes language models give their answers, read without the project's markers. The fixtures
 * and snippets here were written for these tests in the styles models use; their numbers are results
 * of the bundled evidence base.
 */
class ModelShapesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final RuleSet RULES = RuleSet.standard(KB);
    private static final String TOP = "# Does immunotherapy help liver cancer?\n\n";

    private static String fixture(String name) throws IOException {
        try (InputStream in = ModelShapesTest.class.getResourceAsStream("natural/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> errors(Answer answer) {
        Report report = RULES.check(answer);
        return report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::toString)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"liver-metastases-immunotherapy.md", "car-t-liver-cancer.md"})
    void a_correct_answer_written_the_way_models_write_raises_no_error(String name) throws IOException {
        Answer answer = MarkdownAnswers.read(fixture(name), KB);
        assertThat(errors(answer)).isEmpty();
        assertThat(answer.questionsToAsk().questions()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(answer.sources()).isNotEmpty();
        assertThat(answer.provenance().isAiGenerated()).isTrue();
        assertThat(answer.readerNotes()).isNotEmpty();
    }

    @Test
    void the_natural_fixture_is_read_into_its_parts() throws IOException {
        Answer answer = MarkdownAnswers.read(fixture("liver-metastases-immunotherapy.md"), KB);
        // "## What the research shows" holds only ### subsections: it is their title, not an empty section;
        // the note after a question to ask is shown, so it is read as content of the questions' part
        assertThat(answer.sections())
                .extracting(s -> s.heading())
                .containsExactly(
                        "The short answer",
                        "Lung cancer",
                        "Across many cancers",
                        "Local treatments",
                        "Questions for your doctor");
        assertThat(answer.sections().get(4).blocks())
                .singleElement()
                .isEqualTo(org.oncodex.answer.Paragraph.of("(Ask about local treatments too.)"));
        assertThat(answer.questionsToAsk().heading()).isEqualTo("Questions for your doctor");
        assertThat(answer.questionsToAsk().questions())
                .containsExactly(
                        "Is immunotherapy a good option for my type of cancer?",
                        "Does the spread to my liver change which treatment you recommend?",
                        "Would a local treatment like ablation or SBRT help me?",
                        "Are there clinical trials I could join?");
        assertThat(answer.keyTakeaway()).hasValueSatisfying(t -> assertThat(t).startsWith("Liver metastases"));
        assertThat(answer.sources()).hasSize(1);
        assertThat(answer.sources().get(0).citation().doi()).hasValue("10.5306/wjco.v17.i3.116093");
        assertThat(answer.provenance()).isEqualTo(Provenance.aiGenerated("Navis AI"));
        assertThat(answer.disclaimers())
                .extracting(d -> d.disclaimer().kind())
                .contains(
                        DisclaimerKind.INFORMATIONAL_ONLY,
                        DisclaimerKind.NOT_MEDICAL_ADVICE,
                        DisclaimerKind.AI_GENERATED,
                        DisclaimerKind.CONSULT_CARE_TEAM,
                        DisclaimerKind.GENERAL_INFORMATION);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "## Questions for your doctor\n\n- Is this for me?\n- What are the side effects?\n- How long does it last?\n",
                "## Questions for your care team\n\n1. Is this for me?\n2. What are the side effects?\n3. How long does it last?\n",
                "**Questions to ask your doctor:**\n\n- Is this for me?\n- What are the side effects?\n- How long does it last?\n",
                "### 💬 What to ask your oncologist\n\n* Is this for me?\n* What are the side effects?\n* How long does it last?\n",
                "**Questions to ask your doctor:**\n- Is this for me?\n- What are the side effects?\n- How long does it last?\n",
            })
    void the_questions_section_has_many_names(String section) {
        Answer answer = MarkdownAnswers.read(TOP + "Some text.\n\n" + section);
        assertThat(answer.questionsToAsk().questions())
                .containsExactly("Is this for me?", "What are the side effects?", "How long does it last?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMPORTANT", "NOTE", "TIP", "WARNING", "CAUTION", "important"})
    void a_github_alert_after_the_questions_is_a_note_not_a_question(String kind) {
        // written for this test: a Copilot-style answer closes its questions with a GitHub alert
        Answer answer = MarkdownAnswers.read(TOP + "Some text.\n\n## Questions for your care team\n\n"
                + "1. Is this for me?\n2. What are the side effects?\n\n> [!" + kind + "]\n"
                + "> Bring a list of your medicines to the visit.\n");
        assertThat(answer.questionsToAsk().questions())
                .containsExactly("Is this for me?", "What are the side effects?");
        assertThat(answer.sections().get(answer.sections().size() - 1).blocks())
                .singleElement()
                .satisfies(b -> assertThat(b.toString()).contains("Bring a list of your medicines"));
    }

    @Test
    void a_quoted_question_with_a_note_after_it_is_the_question() {
        assertThat(QuestionLines.question("\"Am I eligible for a trial?\" (Check ClinicalTrials.gov first)"))
                .hasValue("Am I eligible for a trial?");
        assertThat(QuestionLines.question("What stage is my cancer? It changes the options."))
                .hasValue("What stage is my cancer?");
        assertThat(QuestionLines.question("1. “Is it safe?”")).hasValue("Is it safe?");
    }

    @Test
    void a_bold_sources_line_with_numbered_sources_is_the_sources_and_numbers_in_the_text_cite_them() {
        Answer answer = MarkdownAnswers.read(TOP + "## Results\n\nIt helped some people [2].\n\n"
                + "**Sources:**\n[1] NCI. Liver Cancer Treatment (PDQ). https://www.cancer.gov/types/liver\n"
                + "[2] Pham HT, et al. World J Clin Oncol. 2026. doi:10.5306/wjco.v17.i3.116093\n");
        assertThat(answer.sources()).hasSize(2);
        assertThat(answer.sources().get(1).citation().doi()).hasValue("10.5306/wjco.v17.i3.116093");
        assertThat(answer.sources().get(0).citation().url()).hasValue("https://www.cancer.gov/types/liver");
        assertThat(answer.sections().get(0).blocks().get(0).toString()).contains("CitationMarker");
    }

    @Test
    void an_answer_written_in_html_is_read_with_its_headings_lists_and_paragraphs() {
        // written for this test in the manner of a front end that answers in HTML; no medical numbers
        Answer answer = MarkdownAnswers.read("""
                <h1>Does immunotherapy help liver cancer?</h1>

                <p><em>This answer was generated by AI and is not medical advice.</em></p>

                <h2>What the trials found</h2>

                <p>It helped some people in one trial [2].</p>

                <ul>
                <li>Side effects were common.</li>
                <li>Some were serious.</li>
                </ul>

                <div><h3>Who it is for</h3><p>People whose liver still works well.</p></div>

                <h2>Questions to ask your doctor</h2>

                <ol>
                <li>Is this for me?</li>
                <li>What are the side effects?</li>
                </ol>

                <p><strong>Sources:</strong></p>
                <ol>
                <li>NCI. Liver Cancer Treatment (PDQ). https://www.cancer.gov/types/liver</li>
                <li>Pham HT, et al. World J Clin Oncol. 2026. doi:10.5306/wjco.v17.i3.116093</li>
                </ol>
                """, KB);
        assertThat(answer.question()).isEqualTo("Does immunotherapy help liver cancer?");
        assertThat(answer.sections())
                .extracting(s -> s.heading())
                .containsExactly("What the trials found", "Who it is for");
        assertThat(answer.sections().get(0).blocks()).hasSize(2);
        assertThat(answer.sections().get(0).blocks().get(0).toString()).contains("CitationMarker");
        assertThat(answer.sections().get(0).blocks().get(1)).isInstanceOf(org.oncodex.answer.BulletList.class);
        assertThat(answer.questionsToAsk().heading()).isEqualTo("Questions to ask your doctor");
        assertThat(answer.questionsToAsk().questions())
                .containsExactly("Is this for me?", "What are the side effects?");
        assertThat(answer.sources()).hasSize(2);
        assertThat(answer.sources().get(1).citation().doi()).hasValue("10.5306/wjco.v17.i3.116093");
        assertThat(answer.provenance().isAiGenerated()).isTrue();
        assertThat(answer.disclaimers())
                .extracting(d -> d.disclaimer().kind())
                .contains(DisclaimerKind.NOT_MEDICAL_ADVICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"**Learn more**", "## Learn more", "**Read more:**", "### 🔗 Useful links"})
    void a_chat_assistants_list_of_links_under_learn_more_is_the_sources(String heading) {
        Answer answer = MarkdownAnswers.read(TOP + "It helped some people [1].\n\n" + heading + "\n\n"
                + "1. [cancer.gov: Liver Cancer Treatment (PDQ)](https://www.cancer.gov/types/liver)\n");
        assertThat(answer.sources())
                .singleElement()
                .satisfies(s -> assertThat(s.citation().url()).hasValue("https://www.cancer.gov/types/liver"));
        assertThat(errors(answer)).noneMatch(e -> e.contains("ONC-CITATION-UNRESOLVED"));
    }

    @Test
    void learn_more_with_words_after_it_is_a_content_heading() {
        Answer answer = MarkdownAnswers.read(
                TOP
                        + "Intro.\n\n## Learn more about ablation\n\nAblation heats the tumour.\n\n## Sources\n\n- NCI. 2024.\n");
        assertThat(answer.sections()).anySatisfy(s -> assertThat(s.heading()).isEqualTo("Learn more about ablation"));
    }

    @Test
    void links_in_a_sources_list_keep_their_addresses() {
        Answer answer = MarkdownAnswers.read(
                TOP + "Text.\n\n## References\n\n"
                        + "1. [Liver Cancer Treatment (PDQ)](https://www.cancer.gov/types/liver/patient/adult-liver-treatment-pdq)\n");
        assertThat(answer.sources())
                .singleElement()
                .satisfies(s -> assertThat(s.citation().url())
                        .hasValue("https://www.cancer.gov/types/liver/patient/adult-liver-treatment-pdq"));
    }

    @Test
    void text_after_the_sources_and_a_thematic_break_is_content_not_a_source() {
        Answer answer = MarkdownAnswers.read(TOP + "Text.\n\n## Sources\n\n- NCI. Liver Cancer Treatment. 2024.\n\n"
                + "---\n\nOur navigators can help you find a clinic near you.\n");
        assertThat(answer.sources()).hasSize(1);
        assertThat(answer.sections()).anySatisfy(s -> assertThat(s.plainText()).contains("Our navigators"));
    }

    @Test
    void prose_after_the_sources_without_a_break_is_content_too() {
        Answer answer = MarkdownAnswers.read(TOP + "Text.\n\n## Sources\n\n- NCI. Liver Cancer Treatment. 2024.\n\n"
                + "Our navigators can help you find a clinic near you\n");
        assertThat(answer.sources()).hasSize(1);
        assertThat(answer.sections()).anySatisfy(s -> assertThat(s.plainText()).contains("Our navigators"));
    }

    @Test
    void disclaimers_in_the_models_own_words_are_recognised_in_a_bold_paragraph_and_a_quote() {
        Answer answer = MarkdownAnswers.read(TOP
                + "**Disclaimer:** This isn't medical advice — talk to your oncologist.\n\n"
                + "## Results\n\nText.\n\n"
                + "> For informational purposes only. Every patient is different.\n");
        assertThat(answer.disclaimers())
                .extracting(d -> d.disclaimer().kind() + "@" + d.placement())
                .contains(
                        "NOT_MEDICAL_ADVICE@HEADER",
                        "CONSULT_CARE_TEAM@HEADER",
                        "INFORMATIONAL_ONLY@INLINE",
                        "GENERAL_INFORMATION@INLINE");
        assertThat(answer.readerNotes()).anySatisfy(n -> assertThat(n).contains("in its own words"));
    }

    private static final String SPANISH_HEADER = "> **Importante:** Este contenido es solo informativo y no sustituye"
            + " el consejo de su médico. Fue generado por IA.\n\n## Resultados\n\nTexto.\n";

    @Test
    void a_spanish_answer_read_without_its_language_has_its_disclaimers_recognised_in_spanish() {
        Answer answer = MarkdownAnswers.read(TOP + SPANISH_HEADER, ReadOptions.defaults());
        assertThat(answer.disclaimers())
                .extracting(d ->
                        d.disclaimer().kind() + "@" + d.disclaimer().locale().getLanguage())
                .contains("INFORMATIONAL_ONLY@es", "NOT_MEDICAL_ADVICE@es", "AI_GENERATED@es");
        assertThat(ReadOptions.defaults().localeGiven()).isFalse();
    }

    @Test
    void an_answer_read_in_a_language_the_caller_gives_is_read_in_that_language_alone() {
        Answer answer = MarkdownAnswers.read(
                TOP + SPANISH_HEADER, ReadOptions.defaults().locale(Locale.ENGLISH));
        assertThat(answer.disclaimers()).isEmpty();
        Answer spanish = MarkdownAnswers.read(
                TOP + SPANISH_HEADER, ReadOptions.defaults().locale(Locale.forLanguageTag("es")));
        assertThat(spanish.disclaimers())
                .extracting(d -> d.disclaimer().kind())
                .contains(DisclaimerKind.NOT_MEDICAL_ADVICE);
    }

    @Test
    void an_english_disclaimer_read_without_a_language_is_the_english_entry() {
        Answer answer = MarkdownAnswers.read(
                TOP + "**Disclaimer:** This isn't medical advice — talk to your oncologist.\n\n## Results\n\nText.\n",
                ReadOptions.defaults());
        assertThat(answer.disclaimers())
                .extracting(d -> d.disclaimer().locale().getLanguage())
                .isNotEmpty()
                .containsOnly("en");
    }

    @Test
    void every_catalogue_wording_in_every_language_is_recognised_without_a_language() {
        DisclaimerCatalog catalog = DisclaimerCatalog.bundled();
        assertThat(catalog.locales()).hasSizeGreaterThan(1);
        for (Disclaimer d : catalog.disclaimers()) {
            if (d.text().contains("{")) {
                continue; // a wording with variables is said with the values filled in
            }
            Answer answer = MarkdownAnswers.read(
                    TOP + "## Results\n\nText.\n\n---\n\n" + d.text() + "\n", ReadOptions.defaults());
            assertThat(answer.disclaimers())
                    .as(d.id() + " in " + d.locale())
                    .extracting(a -> a.disclaimer().kind())
                    .contains(d.kind());
        }
    }

    @Test
    void a_disclaimer_in_the_header_is_still_read_by_the_rules() {
        Answer answer = MarkdownAnswers.read(
                TOP + "This is not medical advice. This drug cures everyone.\n\n## Results\n\nText.\n");
        assertThat(answer.disclaimers()).extracting(d -> d.placement()).containsOnly(Placement.HEADER);
        assertThat(RULES.check(answer).findings())
                .anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("ONC-OVERPROMISE"));
    }

    @Test
    void a_byline_naming_an_ai_system_or_a_sentence_saying_ai_wrote_it_makes_the_answer_ai_generated() {
        assertThat(MarkdownAnswers.read(TOP + "Navis AI · May 18, 2026\n\n## A\n\nText.\n")
                        .provenance())
                .isEqualTo(Provenance.aiGenerated("Navis AI"));
        Answer said = MarkdownAnswers.read(TOP + "## A\n\nThis answer was generated by AI.\n");
        assertThat(said.provenance().isAiGenerated()).isTrue();
        Answer plain = MarkdownAnswers.read(TOP + "## A\n\nText.\n");
        assertThat(plain.provenance().isAiGenerated()).isFalse();
    }

    @Test
    void the_caller_may_say_who_wrote_the_answer_and_what_it_was_asked() {
        Answer answer = MarkdownAnswers.read(
                "## A\n\nText.\n",
                ReadOptions.defaults()
                        .evidence(KB)
                        .provenance(Provenance.aiGenerated("model-v3"))
                        .question("Is immunotherapy used for lung cancer?"));
        assertThat(answer.provenance()).isEqualTo(Provenance.aiGenerated("model-v3"));
        assertThat(answer.question()).isEqualTo("Is immunotherapy used for lung cancer?");
    }

    @Test
    void a_first_heading_that_asks_is_the_question_when_there_is_no_title() {
        Answer answer = MarkdownAnswers.read("## Does immunotherapy help liver cancer?\n\nText.\n\n## More\n\nText.\n");
        assertThat(answer.question()).isEqualTo("Does immunotherapy help liver cancer?");
        assertThat(answer.sections()).extracting(s -> s.heading()).containsExactly("Introduction", "More");
    }

    @Test
    void an_empty_section_before_one_at_the_same_level_is_still_empty() {
        Answer answer = MarkdownAnswers.read(TOP + "## Empty\n\n## Full\n\nText.\n");
        assertThat(answer.sections()).extracting(s -> s.heading()).containsExactly("Empty", "Full");
    }

    @Test
    void markdown_past_the_size_limit_is_read_up_to_it_and_the_rest_rejected() {
        String markdown = TOP + "## A\n\n" + "Some words here. ".repeat(400);
        Answer whole = MarkdownAnswers.read(markdown, ReadOptions.defaults());
        assertThat(whole.unreadable()).isEmpty();
        Answer cut = MarkdownAnswers.read(markdown, ReadOptions.defaults().maxChars(1000));
        assertThat(cut.unreadable())
                .singleElement()
                .satisfies(u -> assertThat(u)
                        .contains(String.valueOf(markdown.length()))
                        .contains("1000"));
        assertThat(cut.sections().get(0).plainText().length()).isLessThan(1000);
        assertThat(RULES.check(cut).findings())
                .anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("ONC-UNREADABLE"));
        assertThat(ReadOptions.defaults().maxChars()).isEqualTo(ReadOptions.DEFAULT_MAX_CHARS);
    }

    @Test
    void a_key_takeaway_in_a_bold_line_is_the_takeaway() {
        Answer answer = MarkdownAnswers.read(TOP + "## A\n\nText.\n\n**Bottom line:** Ask your team what fits you.\n");
        assertThat(answer.keyTakeaway()).hasValue("Ask your team what fits you.");
    }

    @Test
    void the_items_of_a_nested_list_are_read_as_sentences_apart_from_their_parent() {
        Answer answer = MarkdownAnswers.read(
                TOP + "## Results\n\n- **Durvalumab + tremelimumab**, HIMALAYA\n  - Median overall survival 16.4"
                        + " months\n  - Hazard ratio for death 0.78\n",
                KB);
        String text = org.oncodex.rules.TextUnit.of(answer).stream()
                .map(org.oncodex.rules.TextUnit::text)
                .filter(t -> t.contains("HIMALAYA"))
                .findFirst()
                .orElseThrow();
        assertThat(org.oncodex.rules.Sentences.of(text)).hasSize(3);
    }

    @Test
    void a_disclaimer_line_led_by_disclaimer_after_the_sources_is_no_empty_section() {
        Answer answer = MarkdownAnswers.read(
                TOP + "## Results\n\nTreatment choices depend on how well the liver works.\n\n## Sources\n\n1. NCI."
                        + " Liver Cancer Treatment. https://www.cancer.gov/types/liver\n\n*Disclaimer: This information is"
                        + " AI-generated and is not medical advice. Please consult your healthcare provider.*\n",
                KB);
        assertThat(RULES.check(answer).findings()).noneMatch(f -> f.ruleId().equals("ONC-CONTENT-MISSING"));
        assertThat(answer.sections()).extracting(s -> s.heading()).doesNotContain("Disclaimer");
    }

    @Test
    void a_marked_disclaimer_counts_for_what_its_words_say_as_well() {
        Answer answer = MarkdownAnswers.read(
                TOP + "<!-- oncodex:disclaimer ai-generated -->\nThis answer was generated by AI. It is not medical"
                        + " advice.\n\n## Results\n\nTreatment choices depend on how well the liver works.\n",
                KB);
        assertThat(answer.hasDisclaimer(DisclaimerKind.AI_GENERATED)).isTrue();
        assertThat(answer.hasDisclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE)).isTrue();
    }
}
