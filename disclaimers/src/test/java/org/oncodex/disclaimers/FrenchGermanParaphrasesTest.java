package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The French and German entries recognise each kind in words a writer would use that are not the
 * catalogue's own. Every sentence here was written for this test; none is model output.
 */
class FrenchGermanParaphrasesTest {
    private static final DisclaimerCatalog BUNDLED = DisclaimerCatalog.bundled();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|INFORMATIONAL_ONLY|Ce contenu est fourni à titre informatif uniquement.",
                "fr|INFORMATIONAL_ONLY|Ces informations sont données dans un but pédagogique.",
                "fr|AI_GENERATED|Ce texte a été rédigé avec l'aide d'une intelligence artificielle.",
                "fr|AI_GENERATED|Je suis une IA et je peux me tromper.",
                "fr|NOT_MEDICAL_ADVICE|Ces informations ne constituent en aucun cas un avis médical.",
                "fr|NOT_MEDICAL_ADVICE|Ce résumé ne remplace pas une consultation.",
                "fr|URGENT_SYMPTOMS|Si la douleur devient forte, appelez le 15 sans attendre.",
                "fr|URGENT_SYMPTOMS|En cas d'urgence, rendez-vous aux urgences les plus proches.",
                "fr|INVESTIGATIONAL_THERAPY|Ce médicament n'est pas encore autorisé pour ce cancer.",
                "fr|INVESTIGATIONAL_THERAPY|Cette association reste expérimentale.",
                "fr|CLINICAL_TRIALS|Les essais cliniques sont des études menées avec des volontaires.",
                "fr|CLINICAL_TRIALS|Renseignez-vous auprès de l'hôpital sur les essais cliniques ouverts.",
                "fr|OFF_LABEL_USE|Il s'agit d'une prescription hors AMM.",
                "fr|CONSULT_CARE_TEAM|Discutez-en avec votre oncologue lors du prochain rendez-vous.",
                "fr|CONSULT_CARE_TEAM|Votre équipe soignante pourra vous conseiller.",
                "fr|GENERAL_INFORMATION|Chaque situation est différente.",
                "fr|GENERAL_INFORMATION|Il ne s'agit pas d'un conseil personnalisé.",
                "fr|GENERAL_INFORMATION|Ce résumé ne remplace pas un avis médical.",
                "fr|GENERAL_INFORMATION|Ce texte n'est pas un conseil médical.",
                "es|GENERAL_INFORMATION|Esta respuesta no sustituye el consejo médico.",
                "es|GENERAL_INFORMATION|Este resumen no reemplaza la orientación profesional.",
                "de|INFORMATIONAL_ONLY|Dieser Text dient ausschließlich der allgemeinen Information.",
                "de|INFORMATIONAL_ONLY|Die Angaben sind nur zu Informationszwecken gedacht.",
                "de|AI_GENERATED|Dieser Text wurde mithilfe einer KI erstellt.",
                "de|AI_GENERATED|Diese KI-generierte Übersicht fasst Studien zusammen.",
                "de|NOT_MEDICAL_ADVICE|Das ist keine individuelle ärztliche Beratung.",
                "de|NOT_MEDICAL_ADVICE|Diese Übersicht ersetzt nicht das Gespräch in der Praxis.",
                "de|URGENT_SYMPTOMS|Bei Atemnot rufen Sie bitte sofort den Notruf 112.",
                "de|URGENT_SYMPTOMS|Im Notfall zählt jede Minute.",
                "de|INVESTIGATIONAL_THERAPY|Diese Kombination ist für Leberkrebs noch nicht zugelassen.",
                "de|INVESTIGATIONAL_THERAPY|Es handelt sich um eine experimentelle Therapie.",
                "de|CLINICAL_TRIALS|Klinische Studien sind Untersuchungen an freiwilligen Teilnehmern.",
                "de|CLINICAL_TRIALS|Fragen Sie in Ihrer Klinik nach klinischen Studien.",
                "de|OFF_LABEL_USE|Das wäre ein Off-Label-Einsatz des Medikaments.",
                "de|CONSULT_CARE_TEAM|Besprechen Sie die Ergebnisse mit Ihrer Onkologin.",
                "de|CONSULT_CARE_TEAM|Ihr Arzt kann Ihnen am besten sagen, was passt.",
                "de|GENERAL_INFORMATION|Jeder Krankheitsverlauf ist anders.",
                "de|GENERAL_INFORMATION|Das ist keine persönliche Empfehlung für Sie.",
            })
    void a_paraphrase_written_for_the_test_states_its_kind(String tag, DisclaimerKind kind, String sentence) {
        Locale language = Locale.forLanguageTag(tag);

        assertThat(BUNDLED.kindsStatedBy(sentence, language)).as(sentence).contains(kind);
        assertThat(BUNDLED.disclaimer(kind, language).locale()).isEqualTo(language);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Le lenvatinib a été comparé au sorafénib chez des patients non traités.",
                "fr|La survie globale médiane a été de 13,6 mois.",
                "fr|Le foie filtre le sang.",
                "de|Regorafenib senkte das Sterberisiko gegenüber Placebo.",
                "de|Die Leber reinigt das Blut.",
                "de|Die Studie verglich zwei Tabletten.",
            })
    void content_sentences_state_no_disclaimer(String tag, String sentence) {
        assertThat(BUNDLED.kindsStatedBy(sentence, Locale.forLanguageTag(tag)))
                .as(sentence)
                .isEmpty();
    }
}
