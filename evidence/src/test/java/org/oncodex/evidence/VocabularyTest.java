package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;

/** Name resolution and tagging, on the bundled base and on a small fixture. */
class VocabularyTest {
    static final Vocabulary V = EvidenceBase.bundled().vocabulary();

    static List<String> tagged(Vocabulary v, String text) {
        return v.tag(text).stream().map(m -> m.concept().id()).toList();
    }

    @Test
    void resolves_ids_names_synonyms_abbreviations_and_brand_names() {
        assertThat(V.cancerType("liver-cancer"))
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("liver cancer"));
        assertThat(V.cancerType("Liver Cancer").map(Concept::id)).contains("liver-cancer");
        assertThat(V.cancerType("NSCLC").map(Concept::id)).contains("non-small-cell-lung-cancer");
        assertThat(V.cancerType("non-small-cell lung cancer").map(Concept::id)).contains("non-small-cell-lung-cancer");
        assertThat(V.therapy("CAR-T cell therapy").map(Concept::id)).contains("car-t-cell-therapy");
        assertThat(V.therapy("chimeric antigen receptor T-cell therapy").map(Concept::id))
                .contains("car-t-cell-therapy");
        assertThat(V.drug("kymriah").map(Concept::id)).contains("tisagenlecleucel");
        assertThat(V.regimen("REGONIVO").map(Concept::id)).contains("regorafenib-nivolumab");
        assertThat(V.biomarker("MSI-H/dMMR")).isPresent();
        assertThat(V.drug("liver cancer")).as("a lookup stays within its kind").isEmpty();
        assertThat(V.concepts("sorafenib")).extracting(Concept::id).containsExactly("sorafenib");
    }

    @Test
    void short_all_capital_names_match_only_as_written() {
        assertThat(V.cancerType("ALL").map(Concept::id)).contains("acute-lymphoblastic-leukemia");
        assertThat(V.cancerType("all")).isEmpty();
        assertThat(V.cancerType("hcc").map(Concept::id))
                .as("a lookup by name takes a lowercase abbreviation that is no English word")
                .contains("hepatocellular-carcinoma");
        assertThat(V.subgroup("liver mets")).contains("liver metastases");
        assertThat(V.subgroup("Hepatic metastases")).contains("liver metastases");
        assertThat(V.settings("early stage")).containsExactly(org.oncodex.model.DiseaseSetting.LOCALIZED);
        assertThat(V.settings("unresectable"))
                .containsExactlyInAnyOrder(
                        org.oncodex.model.DiseaseSetting.LOCALLY_ADVANCED, org.oncodex.model.DiseaseSetting.METASTATIC);
        assertThat(V.settings("advanced")).isEqualTo(V.settings("unresectable"));
        assertThat(V.settings("tuesday")).isEmpty();
        for (String name : new String[] {
            "atezolizumab plus bevacizumab",
            "atezolizumab + bevacizumab",
            "Atezolizumab and Bevacizumab",
            "bevacizumab with atezolizumab",
            "Tecentriq/Avastin"
        }) {
            assertThat(V.regimen(name).map(Concept::id)).as(name).contains("atezolizumab-bevacizumab");
        }
        assertThat(V.regimen("atezolizumab plus sorafenib")).isEmpty();
        assertThat(V.treatment("Keytruda").map(Concept::id)).contains("pembrolizumab");
        assertThat(tagged(V, "Nearly all patients with ALL")).containsExactly("acute-lymphoblastic-leukemia");
        assertThat(tagged(V, "my car needs repair, CAR-T does not")).containsExactly("car-t-cell-therapy");
    }

    @Test
    void tags_a_lowercase_abbreviation_where_it_is_unambiguous() {
        assertThat(tagged(V, "Is atezolizumab with bevacizumab approved for unresectable hcc?"))
                .containsExactly("atezolizumab-bevacizumab", "hepatocellular-carcinoma");
        assertThat(tagged(V, "nsclc that spread to the liver")).containsExactly("non-small-cell-lung-cancer");
        assertThat(tagged(V, "all of it, car or not, and ALL")).containsExactly("acute-lymphoblastic-leukemia");
        assertThat(tagged(V, "HCCs")).as("an abbreviation takes no plural").isEmpty();

        Citation fixture = Citation.builder().title("test fixture").build();
        EvidenceBase kb = EvidenceBase.builder()
                .citation("fixture", fixture)
                .concept(
                        CancerType.builder()
                                .id("acute-myeloid-leukemia")
                                .name("acute myeloid leukemia")
                                .addAbbreviations("AML")
                                .build(),
                        fixture)
                .concept(Drug.of("aml", "aml"), fixture) // a made-up drug whose name is the abbreviation
                .build();
        assertThat(tagged(kb.vocabulary(), "aml"))
                .as("lowercase, the abbreviation is ambiguous and stays case-sensitive")
                .containsExactly("aml");
        assertThat(tagged(kb.vocabulary(), "AML")).containsExactlyInAnyOrder("acute-myeloid-leukemia", "aml");
    }

    @Test
    void tags_keytruda_sorafenib_and_hcc_where_a_source_gives_the_brand_name() {
        Citation fixture = Citation.builder()
                .title("test fixture: a label naming Keytruda")
                .build();
        Drug pembrolizumab = Drug.builder()
                .id("pembrolizumab")
                .name("pembrolizumab")
                .addBrandNames("Keytruda")
                .build();
        EvidenceBase kb = EvidenceBase.builder()
                .citation("fixture", fixture)
                .concept(pembrolizumab, fixture)
                .concept(Drug.of("sorafenib", "sorafenib"), fixture)
                .concept(
                        CancerType.builder()
                                .id("hepatocellular-carcinoma")
                                .name("hepatocellular carcinoma")
                                .addAbbreviations("HCC")
                                .build(),
                        fixture)
                .build();
        String question = "Is Keytruda better than sorafenib for HCC?";
        List<Mention> ms = kb.vocabulary().tag(question);
        assertThat(ms)
                .extracting(m -> m.concept().id(), Mention::text, Mention::start)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pembrolizumab", "Keytruda", 3),
                        org.assertj.core.groups.Tuple.tuple("sorafenib", "sorafenib", 24),
                        org.assertj.core.groups.Tuple.tuple("hepatocellular-carcinoma", "HCC", 38));
        assertThat(ms)
                .allSatisfy(
                        m -> assertThat(question.substring(m.start(), m.end())).isEqualTo(m.text()));
        // the bundled base now has the label's brand name Keytruda too
        assertThat(tagged(V, question)).containsExactly("pembrolizumab", "sorafenib", "hepatocellular-carcinoma");
    }

    @Test
    void longest_match_first_on_word_boundaries() {
        assertThat(tagged(V, "atezolizumab + bevacizumab or atezolizumab alone"))
                .containsExactly("atezolizumab-bevacizumab", "atezolizumab");
        assertThat(tagged(V, "Does nivolumab with ipilimumab help?")).containsExactly("nivolumab-ipilimumab");
        assertThat(tagged(V, "HCCs, xHCC and melanomas")).containsExactly("melanoma");
        assertThat(tagged(V, "the liver. Cancer cells")).isEmpty();
        assertThat(tagged(V, "immune checkpoint inhibitors")).containsExactly("immune-checkpoint-inhibitor");
        assertThat(tagged(V, "Radiofrequency-ablation")).containsExactly("radiofrequency-ablation");
    }

    @Test
    void a_span_that_names_nothing_yields_nothing_and_odd_text_is_fine() {
        assertThat(V.tag("")).isEmpty();
        assertThat(V.tag("😀 \uD800 liver cancer \uDC00")).singleElement().satisfies(m -> {
            assertThat(m.concept().id()).isEqualTo("liver-cancer");
            assertThat(m.start()).isEqualTo(5);
        });
    }

    @Test
    void hierarchy_modality_and_citations() {
        Concept hcc = V.cancerType("HCC").orElseThrow();
        Concept liver = V.cancerType("liver cancer").orElseThrow();
        assertThat(V.isA(hcc, liver)).isTrue();
        assertThat(V.isA(liver, hcc)).isFalse();
        assertThat(V.broader(hcc)).containsExactly(liver);
        Concept rfa = V.therapy("RFA").orElseThrow();
        assertThat(V.broader(rfa)).extracting(Concept::id).containsExactly("ablation");
        assertThat(V.broader(V.therapy("CAR-T").orElseThrow()))
                .extracting(Concept::id)
                .containsExactly("adoptive-cell-therapy", "immunotherapy");
        assertThat(V.modality(V.drug("sorafenib").orElseThrow())).contains(TherapyModality.TARGETED_THERAPY);
        assertThat(V.modality(rfa)).contains(TherapyModality.ABLATION);
        assertThat(V.modality(V.drug("docetaxel").orElseThrow())).isEmpty();
        assertThat(V.citations(V.drug("Blincyto").orElseThrow()))
                .extracting(c -> c.title().orElseThrow())
                .containsExactly("NCCN Guidelines for Patients: Acute Lymphoblastic Leukemia");
    }
}
