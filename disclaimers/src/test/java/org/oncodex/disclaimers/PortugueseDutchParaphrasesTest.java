package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Portuguese and Dutch entries (issue 12) recognise each kind in words a model writing those languages would use
 * that are not the catalogue's own, and content sentences state none. Every sentence here was written for this test;
 * none is model output, and no native speaker has reviewed them.
 */
class PortugueseDutchParaphrasesTest {
    private static final DisclaimerCatalog BUNDLED = DisclaimerCatalog.bundled();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "pt|INFORMATIONAL_ONLY|Este texto serve apenas para informação.",
                "pt|INFORMATIONAL_ONLY|Conteúdo com fins educativos.",
                "pt|AI_GENERATED|Esta resposta foi gerada por inteligência artificial.",
                "pt|AI_GENERATED|Como assistente de IA, posso errar.",
                "pt|NOT_MEDICAL_ADVICE|Isto não é um aconselhamento médico.",
                "pt|NOT_MEDICAL_ADVICE|Este resumo não substitui a consulta com o seu médico.",
                "pt|URGENT_SYMPTOMS|Se tiver falta de ar, ligue imediatamente para o 192.",
                "pt|URGENT_SYMPTOMS|Em caso de emergência, procure um pronto-socorro.",
                "pt|INVESTIGATIONAL_THERAPY|Esta combinação ainda não está aprovada para o câncer de fígado.",
                "pt|CLINICAL_TRIALS|Pergunte à sua equipe se há ensaios clínicos abertos.",
                "pt|OFF_LABEL_USE|Seria um uso off-label do medicamento.",
                "pt|CONSULT_CARE_TEAM|Converse com o seu oncologista antes de decidir.",
                "pt|CONSULT_CARE_TEAM|O seu médico pode explicar o que isto significa para você.",
                "pt|GENERAL_INFORMATION|Cada paciente é diferente.",
                "nl|INFORMATIONAL_ONLY|Deze tekst is alleen bedoeld ter informatie.",
                "nl|INFORMATIONAL_ONLY|Dit is algemene voorlichting.",
                "nl|AI_GENERATED|Dit antwoord is gegenereerd door een taalmodel.",
                "nl|AI_GENERATED|AI kan fouten maken.",
                "nl|NOT_MEDICAL_ADVICE|Dit is geen medisch advies.",
                "nl|NOT_MEDICAL_ADVICE|Het is geen vervanging voor een gesprek met uw arts.",
                "nl|URGENT_SYMPTOMS|Bij benauwdheid: bel direct 112.",
                "nl|URGENT_SYMPTOMS|Ga meteen naar de spoedeisende hulp als de pijn erger wordt.",
                "nl|INVESTIGATIONAL_THERAPY|Deze combinatie is nog niet goedgekeurd voor leverkanker.",
                "nl|CLINICAL_TRIALS|Vraag uw arts of er klinische studies voor u zijn.",
                "nl|OFF_LABEL_USE|Dat zou off-labelgebruik van het middel zijn.",
                "nl|CONSULT_CARE_TEAM|Bespreek dit altijd met uw behandelteam.",
                "nl|CONSULT_CARE_TEAM|Uw oncoloog kan u vertellen wat dit voor u betekent.",
                "nl|GENERAL_INFORMATION|Elke patiënt is anders.",
            })
    void a_paraphrase_written_for_the_test_states_its_kind(String language, DisclaimerKind kind, String sentence) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(BUNDLED.kindsStatedBy(sentence, locale)).as(sentence).contains(kind);
        assertThat(BUNDLED.disclaimer(kind, locale).locale()).isEqualTo(locale);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "pt|No estudo CELESTIAL, a sobrevida global mediana foi de 10,2 meses com cabozantinibe.",
                "pt|O fígado filtra o sangue.",
                "pt|O estudo comparou dois comprimidos.",
                "nl|In de RESORCE-studie verbeterde regorafenib de totale overleving.",
                "nl|De lever filtert het bloed.",
                "nl|De studie vergeleek twee tabletten.",
            })
    void content_sentences_state_no_disclaimer(String language, String sentence) {
        assertThat(BUNDLED.kindsStatedBy(sentence, Locale.forLanguageTag(language)))
                .as(sentence)
                .isEmpty();
    }
}
