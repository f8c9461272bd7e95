package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclaimerCatalogTest {
    private static final DisclaimerCatalog BUNDLED = DisclaimerCatalog.bundled();
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final String VALID_ENTRY =
            "{\"id\": \"acme-nma\", \"kind\": \"NOT_MEDICAL_ADVICE\", \"version\": 2, \"locale\": \"en\","
                    + " \"placement\": \"HEADER\", \"text\": \"Acme: not medical advice.\"}";

    private static Disclaimer spanishMexican(DisclaimerKind kind) {
        return Disclaimer.builder()
                .id("acme-mx-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .kind(kind)
                .version(1)
                .locale(Locale.forLanguageTag("es-MX"))
                .placement(Placement.HEADER)
                .text("Texto para México.")
                .build();
    }

    @Test
    void the_bundled_catalogue_has_every_kind_in_seven_languages() {
        assertThat(BUNDLED.locales())
                .containsExactlyInAnyOrder(
                        Locale.ENGLISH, SPANISH, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN, PORTUGUESE, DUTCH);
        for (DisclaimerKind kind : DisclaimerKind.values()) {
            assertThat(BUNDLED.disclaimer(kind, Locale.ENGLISH).locale())
                    .as("%s in en", kind)
                    .isEqualTo(Locale.ENGLISH);
            assertThat(BUNDLED.disclaimer(kind, SPANISH).locale())
                    .as("%s in es", kind)
                    .isEqualTo(SPANISH);
            assertThat(BUNDLED.disclaimer(kind, Locale.FRENCH).locale())
                    .as("%s in fr", kind)
                    .isEqualTo(Locale.FRENCH);
            assertThat(BUNDLED.disclaimer(kind, Locale.GERMAN).locale())
                    .as("%s in de", kind)
                    .isEqualTo(Locale.GERMAN);
            assertThat(BUNDLED.disclaimer(kind, Locale.ITALIAN).locale())
                    .as("%s in it", kind)
                    .isEqualTo(Locale.ITALIAN);
            assertThat(BUNDLED.disclaimer(kind, PORTUGUESE).locale())
                    .as("%s in pt", kind)
                    .isEqualTo(PORTUGUESE);
            assertThat(BUNDLED.disclaimer(kind, DUTCH).locale())
                    .as("%s in nl", kind)
                    .isEqualTo(DUTCH);
        }
        assertThat(BUNDLED.disclaimers()).hasSize(7 * DisclaimerKind.values().length);
        assertThat(BUNDLED).hasToString("DisclaimerCatalog of 63 entries in [en, es, fr, de, it, pt, nl]");
    }

    @Test
    void a_regional_locale_falls_back_to_its_language() {
        Disclaimer found = BUNDLED.disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, Locale.forLanguageTag("es-MX"));

        assertThat(found.locale()).isEqualTo(SPANISH);
        assertThat(found.id()).isEqualTo("not-medical-advice");
    }

    @Test
    void a_locale_without_wording_falls_back_to_english() {
        for (String tag : List.of("ja", "zh-Hant-TW", "tr", "und")) {
            assertThat(BUNDLED.disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, Locale.forLanguageTag(tag))
                            .locale())
                    .as(tag)
                    .isEqualTo(Locale.ENGLISH);
        }
    }

    @Test
    void the_most_specific_entry_wins_and_never_serves_a_less_specific_locale() {
        DisclaimerCatalog withMexico =
                BUNDLED.withOverrides(List.of(spanishMexican(DisclaimerKind.NOT_MEDICAL_ADVICE)));

        assertThat(withMexico
                        .disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, Locale.forLanguageTag("es-MX"))
                        .text())
                .isEqualTo("Texto para México.");
        assertThat(withMexico
                        .disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, SPANISH)
                        .locale())
                .isEqualTo(SPANISH);
        assertThat(withMexico
                        .disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, Locale.forLanguageTag("es-AR"))
                        .locale())
                .isEqualTo(SPANISH);
    }

    @Test
    void renders_a_requirement_at_its_placement_with_the_answer_values() {
        AnswerFacts facts = AnswerFacts.builder()
                .aiGenerated(true)
                .cancerType("cáncer de hígado")
                .addTherapy(TherapyMention.of("La terapia CAR-T", ApprovalState.NOT_APPROVED))
                .build();
        Requirement investigational = DisclaimerPolicy.patientFacing().requirements(facts).stream()
                .filter(r -> r.kind() == DisclaimerKind.INVESTIGATIONAL_THERAPY)
                .findFirst()
                .orElseThrow();

        RenderedDisclaimer shown = BUNDLED.render(investigational, SPANISH, Map.of());

        assertThat(shown.text()).startsWith("La terapia CAR-T no tiene aprobación para tratar cáncer de hígado.");
        assertThat(shown.placement()).isEqualTo(Placement.INLINE);
        assertThat(shown).hasToString("investigational-therapy v1 es at INLINE");
    }

    @Test
    void the_requirement_values_win_over_the_caller_values_which_fill_the_rest() {
        Disclaimer dated = Disclaimer.builder()
                .id("acme-trials")
                .kind(DisclaimerKind.CLINICAL_TRIALS)
                .version(1)
                .locale(Locale.ENGLISH)
                .placement(Placement.INLINE)
                .text("Trials for {cancerType}, as of {date}.")
                .build();
        DisclaimerCatalog catalog = BUNDLED.withOverrides(List.of(dated));
        Requirement trials = DisclaimerPolicy.patientFacing()
                .requirements(AnswerFacts.builder()
                        .aiGenerated(false)
                        .cancerType("liver cancer")
                        .mentionsClinicalTrials(true)
                        .build())
                .stream()
                .filter(r -> r.kind() == DisclaimerKind.CLINICAL_TRIALS)
                .findFirst()
                .orElseThrow();

        RenderedDisclaimer shown = catalog.render(
                trials,
                Locale.ENGLISH,
                Map.of(DisclaimerVariable.CANCER_TYPE, "lung cancer", DisclaimerVariable.DATE, "May 18, 2026"));

        assertThat(shown.text()).isEqualTo("Trials for liver cancer, as of May 18, 2026.");
        assertThatThrownBy(() -> catalog.render(trials, Locale.ENGLISH, Map.of()))
                .isInstanceOfSatisfying(
                        MissingVariableException.class,
                        e -> assertThat(e.missing()).containsExactly(DisclaimerVariable.DATE));
    }

    @Test
    void loads_a_legal_teams_catalogue_from_a_file(@TempDir Path dir) throws IOException {
        List<Disclaimer> legal = CatalogJson.englishForEveryKind("acme");
        Path file = dir.resolve("acme-disclaimers.json");
        Files.writeString(file, CatalogJson.file(legal), StandardCharsets.UTF_8);

        DisclaimerCatalog catalog = DisclaimerCatalog.load(file);

        assertThat(catalog.disclaimers()).isEqualTo(legal);
        assertThat(catalog.disclaimer(DisclaimerKind.AI_GENERATED, SPANISH).id())
                .isEqualTo("acme-ai-generated");
    }

    @Test
    void loading_reports_every_problem_of_every_entry_at_once() {
        List<String> entries = new ArrayList<>();
        for (Disclaimer d : CatalogJson.englishForEveryKind("acme")) {
            if (d.kind() != DisclaimerKind.NOT_MEDICAL_ADVICE && d.kind() != DisclaimerKind.URGENT_SYMPTOMS) {
                entries.add(CatalogJson.file(List.of(d)).replaceAll("^\\{\"disclaimers\":\\[|]}$", ""));
            }
        }
        entries.add("{\"id\": \"Acme NMA\", \"kind\": \"NOT_ADVICE\", \"version\": 0, \"locale\": \"en\","
                + " \"placement\": \"TOP\", \"text\": \"Not advice for {patient}.\", \"txt\": \"x\"}");
        entries.add(
                "{\"kind\": \"CLINICAL_TRIALS\", \"version\": \"1\", \"locale\": \"e s\", \"placement\": \"INLINE\","
                        + " \"text\": 42}");
        entries.add("[]");
        String json = CatalogJson.rawFile(entries);

        assertThatThrownBy(() -> CatalogJson.load(json))
                .isInstanceOfSatisfying(DisclaimerCatalogException.class, e -> {
                    assertThat(e.problems())
                            .extracting(p -> p.location(), p -> p.id().orElse(""), p -> p.field())
                            .containsExactly(
                                    tuple("disclaimers[7]", "Acme NMA", "id"),
                                    tuple("disclaimers[7]", "Acme NMA", "kind"),
                                    tuple("disclaimers[7]", "Acme NMA", "version"),
                                    tuple("disclaimers[7]", "Acme NMA", "placement"),
                                    tuple("disclaimers[7]", "Acme NMA", "text"),
                                    tuple("disclaimers[7]", "Acme NMA", "txt"),
                                    tuple("disclaimers[8]", "", "id"),
                                    tuple("disclaimers[8]", "", "version"),
                                    tuple("disclaimers[8]", "", "locale"),
                                    tuple("disclaimers[8]", "", "text"),
                                    tuple("disclaimers[9]", "", "entry"),
                                    tuple("catalog", "", "kind"),
                                    tuple("catalog", "", "kind"));
                    assertThat(e.problems().get(0).entry()).isEqualTo(OptionalInt.of(7));
                    assertThat(e.problems().get(12).entry()).isEmpty();
                })
                .hasMessage("""
                        Disclaimer catalog has 13 problems:
                        - disclaimers[7] "Acme NMA": id must be lowercase letters and digits joined by single hyphens (such as "not-medical-advice"): "Acme NMA"
                        - disclaimers[7] "Acme NMA": kind must be one of INFORMATIONAL_ONLY, NOT_MEDICAL_ADVICE, CONSULT_CARE_TEAM, AI_GENERATED, GENERAL_INFORMATION, INVESTIGATIONAL_THERAPY, CLINICAL_TRIALS, OFF_LABEL_USE, URGENT_SYMPTOMS: "NOT_ADVICE"
                        - disclaimers[7] "Acme NMA": version must be a whole number of 1 or more: 0
                        - disclaimers[7] "Acme NMA": placement must be one of HEADER, FOOTER, INLINE: "TOP"
                        - disclaimers[7] "Acme NMA": text must use only the variables {cancerType}, {therapy}, {guideline}, {date} (found {patient}): "Not advice for {patient}."
                        - disclaimers[7] "Acme NMA": txt is not a field of a disclaimer; the fields are id, kind, version, locale, placement, text, paraphrases: "x"
                        - disclaimers[8]: id must be a text: missing
                        - disclaimers[8]: version must be a whole number of 1 or more: "1"
                        - disclaimers[8]: locale must be a well-formed language tag that names a language (such as "es" or "es-MX"): "e s"
                        - disclaimers[8]: text must be a text: 42
                        - disclaimers[9]: entry must be an object with the fields id, kind, version, locale, placement, text, paraphrases: []
                        - catalog: kind must have an English (en) entry, the fallback for every other locale: NOT_MEDICAL_ADVICE
                        - catalog: kind must have an English (en) entry, the fallback for every other locale: URGENT_SYMPTOMS""");
    }

    @Test
    void json_that_does_not_parse_is_one_problem_with_its_line_and_column() {
        assertThatThrownBy(() -> CatalogJson.load("{\"disclaimers\": [\n  {\"id\": \"x\",}\n]}"))
                .isInstanceOfSatisfying(DisclaimerCatalogException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.location()).isEqualTo("line 2, column 14");
                        assertThat(p.field()).isEqualTo("json");
                        assertThat(p.rule()).isEqualTo("must be well-formed");
                    });
                })
                .hasMessageStartingWith(
                        "Disclaimer catalog: line 2, column 14: json must be well-formed: Unexpected character");
    }

    @Test
    void a_repeated_json_field_is_refused() {
        assertThatThrownBy(() ->
                        CatalogJson.load(CatalogJson.rawFile(List.of(VALID_ENTRY.replace("{", "{\"id\": \"a\", ")))))
                .isInstanceOf(DisclaimerCatalogException.class)
                .hasMessageContaining("Duplicate field 'id'");
    }

    @Test
    void the_catalogue_needs_a_list_of_disclaimers_and_nothing_else() {
        assertThatThrownBy(() -> CatalogJson.load("[]"))
                .isInstanceOf(DisclaimerCatalogException.class)
                .hasMessage("Disclaimer catalog: catalog: root must be an object with a \"disclaimers\" list: []");
        assertThatThrownBy(() -> CatalogJson.load(""))
                .isInstanceOf(DisclaimerCatalogException.class)
                .hasMessage("Disclaimer catalog: catalog: root must be an object with a \"disclaimers\" list: missing");
        String extra =
                CatalogJson.file(CatalogJson.englishForEveryKind("acme")).replaceFirst("\\{", "{\"version\": 2, ");
        assertThatThrownBy(() -> CatalogJson.load(extra))
                .isInstanceOf(DisclaimerCatalogException.class)
                .hasMessage("Disclaimer catalog: catalog: version is not a field of a catalogue; the only one is"
                        + " \"disclaimers\": 2");
    }

    @Test
    void an_empty_catalogue_lacks_english_for_every_kind() {
        assertThatThrownBy(() -> CatalogJson.load("{\"disclaimers\": []}"))
                .isInstanceOfSatisfying(
                        DisclaimerCatalogException.class,
                        e -> assertThat(e.problems()).hasSize(DisclaimerKind.values().length));
    }

    @Test
    void an_invalid_english_entry_is_not_reported_again_as_missing() {
        List<String> entries = new ArrayList<>();
        for (Disclaimer d : CatalogJson.englishForEveryKind("acme")) {
            String entry = CatalogJson.file(List.of(d)).replaceAll("^\\{\"disclaimers\":\\[|]}$", "");
            entries.add(
                    d.kind() == DisclaimerKind.AI_GENERATED ? entry.replace("\"version\":1", "\"version\":-1") : entry);
        }

        assertThatThrownBy(() -> CatalogJson.load(CatalogJson.rawFile(entries)))
                .isInstanceOfSatisfying(
                        DisclaimerCatalogException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("version"));
    }

    @Test
    void rejects_repeated_ids_and_kinds_within_a_locale_and_an_id_for_two_kinds() {
        List<Disclaimer> legal = new ArrayList<>(CatalogJson.englishForEveryKind("acme"));
        Disclaimer nma = legal.get(1);
        assertThat(nma.kind()).isEqualTo(DisclaimerKind.NOT_MEDICAL_ADVICE);
        legal.add(Disclaimer.builder().from(nma).text("Again.").build());
        legal.add(Disclaimer.builder().from(nma).id("acme-other").build());
        legal.add(Disclaimer.builder()
                .from(nma)
                .kind(DisclaimerKind.AI_GENERATED)
                .locale(SPANISH)
                .build());

        assertThatThrownBy(() -> CatalogJson.load(CatalogJson.file(legal)))
                .isInstanceOf(DisclaimerCatalogException.class)
                .hasMessage("""
                        Disclaimer catalog has 3 problems:
                        - disclaimers[9] "acme-not-medical-advice": id must appear once in locale en (disclaimers[1] has it): "acme-not-medical-advice"
                        - disclaimers[10] "acme-other": locale must hold one NOT_MEDICAL_ADVICE entry (disclaimers[1] is one): "en"
                        - disclaimers[11] "acme-not-medical-advice": kind must be the same in every translation of id "acme-not-medical-advice" (disclaimers[1] is NOT_MEDICAL_ADVICE): AI_GENERATED""");
    }

    @Test
    void load_from_a_path_names_the_file_in_the_message(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"disclaimers\": []}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DisclaimerCatalog.load(file))
                .isInstanceOf(DisclaimerCatalogException.class)
                .hasMessageStartingWith("Disclaimer catalog " + file + " has 9 problems:");
    }

    @Test
    void overrides_replace_single_entries_in_place_and_keep_the_rest() throws IOException {
        DisclaimerCatalog catalog =
                BUNDLED.withOverrides(CatalogJson.stream(CatalogJson.rawFile(List.of(VALID_ENTRY))));

        Disclaimer nma = catalog.disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, Locale.ENGLISH);
        assertThat(nma.id()).isEqualTo("acme-nma");
        assertThat(nma.version()).isEqualTo(2);
        assertThat(catalog.disclaimers()).hasSameSizeAs(BUNDLED.disclaimers());
        assertThat(catalog.disclaimers().indexOf(nma))
                .isEqualTo(BUNDLED.disclaimers()
                        .indexOf(BUNDLED.disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, Locale.ENGLISH)));
        assertThat(catalog.disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, SPANISH))
                .isEqualTo(BUNDLED.disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, SPANISH));
        assertThat(BUNDLED.disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, Locale.ENGLISH)
                        .id())
                .as("the bundled catalogue is unchanged")
                .isEqualTo("not-medical-advice");
    }

    @Test
    void an_override_for_a_new_locale_is_added() {
        DisclaimerCatalog catalog = BUNDLED.withOverrides(List.of(spanishMexican(DisclaimerKind.AI_GENERATED)));

        assertThat(catalog.disclaimers()).hasSize(BUNDLED.disclaimers().size() + 1);
        assertThat(catalog.locales()).contains(Locale.forLanguageTag("es-MX"));
    }

    @Test
    void overrides_that_break_the_catalogue_rules_are_rejected_with_every_problem() {
        Disclaimer stealsAnId = Disclaimer.builder()
                .from(BUNDLED.disclaimer(DisclaimerKind.AI_GENERATED, Locale.ENGLISH))
                .id("not-medical-advice")
                .build();
        Disclaimer mexican = spanishMexican(DisclaimerKind.CLINICAL_TRIALS);

        assertThatThrownBy(() -> BUNDLED.withOverrides(List.of(stealsAnId, mexican, mexican)))
                .isInstanceOfSatisfying(
                        DisclaimerCatalogException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.location(), p -> p.field())
                                .containsExactly(tuple("overrides[0]", "id"), tuple("overrides[2]", "id")))
                .hasMessageContaining("overrides[0] \"not-medical-advice\": id must appear once in locale en"
                        + " (catalog entry not-medical-advice v1 en has it)");
    }

    @Test
    void an_override_file_with_an_invalid_entry_changes_nothing() {
        String broken =
                CatalogJson.rawFile(List.of(VALID_ENTRY, VALID_ENTRY.replace("\"version\": 2", "\"version\": 0")));

        assertThatThrownBy(() -> BUNDLED.withOverrides(CatalogJson.stream(broken)))
                .isInstanceOf(DisclaimerCatalogException.class)
                .hasMessage("Disclaimer overrides: disclaimers[1] \"acme-nma\": version must be a whole number of 1"
                        + " or more: 0");
    }
}
