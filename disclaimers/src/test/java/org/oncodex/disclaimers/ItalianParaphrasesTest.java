package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Italian entries (issue 12) recognise each kind in words a model writing Italian would use that are not the
 * catalogue's own, and content sentences state none. Every sentence here was written for this test; none is model
 * output.
 *
 * <p>First run, on the first Italian entries ({@code -Dtest=ItalianParaphrasesTest}): 20 of 22 passed; "fini
 * divulgativi" without "a"/"per" and "generato con l'aiuto di un'intelligenza artificiale" were not read. After the
 * two phrases were widened: 22 of 22.
 */
class ItalianParaphrasesTest {
    private static final DisclaimerCatalog BUNDLED = DisclaimerCatalog.bundled();
    private static final Locale ITALIAN = Locale.ITALIAN;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "INFORMATIONAL_ONLY|Queste informazioni sono fornite a scopo informativo.",
                "INFORMATIONAL_ONLY|Il testo ha fini divulgativi e nient'altro.",
                "AI_GENERATED|Sono un'intelligenza artificiale: posso sbagliare.",
                "AI_GENERATED|Questo riepilogo è stato generato con l'aiuto di un'intelligenza artificiale.",
                "AI_GENERATED|L'IA può commettere errori.",
                "NOT_MEDICAL_ADVICE|Queste sono informazioni generali, non un consiglio medico.",
                "NOT_MEDICAL_ADVICE|Questo riassunto non sostituisce il parere del suo medico.",
                "URGENT_SYMPTOMS|Se ha difficoltà a respirare, chiami subito il 112.",
                "URGENT_SYMPTOMS|Se il dolore peggiora, si rechi al pronto soccorso.",
                "INVESTIGATIONAL_THERAPY|Questa combinazione non è ancora approvata per il tumore del fegato.",
                "INVESTIGATIONAL_THERAPY|Si tratta di una terapia sperimentale.",
                "CLINICAL_TRIALS|Gli studi clinici sono ricerche condotte con volontari.",
                "CLINICAL_TRIALS|Chieda al centro se ci sono studi clinici aperti.",
                "OFF_LABEL_USE|Sarebbe un uso off-label del farmaco.",
                "CONSULT_CARE_TEAM|Ne parli con il suo oncologo prima di prendere qualsiasi decisione.",
                "CONSULT_CARE_TEAM|Il suo medico può aiutarla a capire cosa fa per lei.",
                "GENERAL_INFORMATION|Ogni paziente è diverso.",
                "GENERAL_INFORMATION|Non è un consiglio personalizzato.",
            })
    void a_paraphrase_written_for_the_test_states_its_kind(DisclaimerKind kind, String sentence) {
        assertThat(BUNDLED.kindsStatedBy(sentence, ITALIAN)).as(sentence).contains(kind);
        assertThat(BUNDLED.disclaimer(kind, ITALIAN).locale()).isEqualTo(ITALIAN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Nello studio SHARP la sopravvivenza globale mediana è stata di 10.7 mesi con sorafenib.",
                "Lenvatinib è risultato non inferiore a sorafenib per la sopravvivenza globale.",
                "Il fegato filtra il sangue.",
                "Lo studio ha confrontato due compresse.",
            })
    void content_sentences_state_no_disclaimer(String sentence) {
        assertThat(BUNDLED.kindsStatedBy(sentence, ITALIAN)).as(sentence).isEmpty();
    }
}
