package org.oncodex.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.evidence.ApprovalStatus;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.TreatmentOption;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;

/**
 * The answers to the three reference questions, built from the bundled evidence base: statistics
 * are references to its cited trial results, treatment lists come from its treatment options,
 * approval status from its statements, and disclaimers from the patient-facing policy.
 */
public final class PatientAnswers {
    /** The questions this class answers, by the name the command line uses. */
    public enum Question {
        /** "What is immunotherapy and does it work for liver cancer?" */
        IMMUNOTHERAPY("immunotherapy"),
        /** "Does CAR-T cell therapy work for liver cancer?" */
        CAR_T("car-t"),
        /** "How does immunotherapy work for cancer?" */
        HOW_IT_WORKS("how-it-works");

        private final String name;

        Question(String name) {
            this.name = name;
        }

        /** The name on the command line. */
        public String commandName() {
            return name;
        }

        /** The question with this command-line name, if any. */
        public static Optional<Question> named(String name) {
            for (Question q : values()) {
                if (q.name.equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(q);
                }
            }
            return Optional.empty();
        }
    }

    private final EvidenceBase kb;
    private final LocalDate date;

    /** Answers built from {@code kb}, dated {@code date}. */
    public PatientAnswers(EvidenceBase kb, LocalDate date) {
        this.kb = kb;
        this.date = date;
    }

    /** The answer to {@code question}. */
    public Answer answer(Question question) {
        return switch (question) {
            case IMMUNOTHERAPY -> immunotherapyForLiverCancer();
            case CAR_T -> carTForLiverCancer();
            case HOW_IT_WORKS -> howImmunotherapyWorks();
        };
    }

    private CancerType liverCancer() {
        return kb.vocabulary().cancerType("liver cancer").orElseThrow();
    }

    private Citation citation(String id) {
        return kb.citation(id).orElseThrow();
    }

    /** "What is immunotherapy and does it work for liver cancer?" */
    public Answer immunotherapyForLiverCancer() {
        CancerType liver = liverCancer();
        // the immunotherapy options the NCI lists for liver cancer that has spread
        List<String> immunotherapies = kb.treatmentOptions(liver, DiseaseSetting.METASTATIC).stream()
                .filter(o -> o.modalities().contains(TherapyModality.IMMUNOTHERAPY))
                .flatMap(o -> o.treatments().stream())
                .map(Concept::name)
                .toList();
        Citation nci = kb.treatmentOptions(liver, DiseaseSetting.METASTATIC).stream()
                .map(TreatmentOption::citation)
                .findFirst()
                .orElseThrow();
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question("What is immunotherapy and does it work for liver cancer?")
                .cancerType(liver)
                .date(date)
                .aiGenerated("Oncodex example", "the Oncodex bundled evidence base")
                .evidence(kb)
                .section(
                        "What is immunotherapy?",
                        s -> s.paragraph("Immunotherapy helps your own immune system "
                                        + "find and fight cancer. It is not the same as chemo. Chemo attacks cells that "
                                        + "grow fast. Immunotherapy takes the brakes off your immune cells so they can do "
                                        + "their job.")
                                .cite(citation("nccn-patients-liver-cancer-2026")))
                .section(
                        "Is it used for liver cancer?",
                        s -> s.paragraph("Yes. Doctors use it when liver cancer has "
                                        + "spread or cannot be taken out with surgery. The NCI lists these drug mixes that "
                                        + "include immunotherapy:")
                                .cite(nci)
                                .bullets(immunotherapies.toArray(String[]::new)))
                .section(
                        "Does it work everywhere in the body?",
                        s -> s.paragraph("It may work less well in the liver. "
                                        + "A review looked at people with many kinds of cancer who got a checkpoint drug. It "
                                        + "compared those whose cancer had spread to the liver with those whose cancer had "
                                        + "not:")
                                .statistic(
                                        kb.result("pan-cancer-meta-analysis-os").orElseThrow()))
                .questionsToAsk(
                        "Am I a good fit for immunotherapy?",
                        "Which drug mix would you suggest for me, and why?",
                        "Which tests tell us if it is likely to help me?",
                        "What side effects should I watch for?",
                        "How will we know if it is working?")
                .keyTakeaway("Immunotherapy is one way to treat liver cancer that has spread. Ask your care team if "
                        + "it fits you.")
                .build();
    }

    /** "Does CAR-T cell therapy work for liver cancer?", with the approval status the evidence base states. */
    public Answer carTForLiverCancer() {
        CancerType liver = liverCancer();
        Therapy carT = kb.vocabulary().therapy("CAR-T cell therapy").orElseThrow();
        ApprovalStatus status = kb.approvalStatus(carT, liver);
        String approval = switch (status.verdict()) {
            case APPROVED -> "CAR-T cell therapy is approved by the FDA for liver cancer.";
            case NOT_APPROVED -> "CAR-T cell therapy is not approved by the FDA for liver cancer.";
            case UNKNOWN -> "We could not find a statement on whether CAR-T cell therapy is approved for liver cancer.";
        };
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Does CAR-T cell therapy work for liver cancer?")
                .cancerType(liver)
                .date(date)
                .aiGenerated("Oncodex example", "the Oncodex bundled evidence base")
                .evidence(kb)
                .section("Where it stands", s -> {
                    s.paragraph(approval);
                    status.citation().ifPresent(s::cite);
                    s.text(" It has helped some people with blood cancers.");
                })
                .section(
                        "How CAR-T works",
                        s -> s.numbered(
                                "Your T cells are taken from your blood.",
                                "A lab changes them so they can find cancer cells.",
                                "The lab grows many of these cells.",
                                "The cells are put back into your body."))
                .section(
                        "Why the liver is hard",
                        s -> s.paragraph("Tumors in the liver are good at hiding from "
                                        + "immune cells. A review found this for checkpoint drugs:")
                                .statistic(
                                        kb.result("pan-cancer-meta-analysis-os").orElseThrow()))
                .questionsToAsk(
                        "Are there CAR-T clinical trials for liver cancer that I could join?",
                        "Which treatments are approved for my kind and stage of liver cancer?",
                        "How do those treatments compare with what is being tested?")
                .build();
    }

    /** "How does immunotherapy work for cancer?" */
    public Answer howImmunotherapyWorks() {
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question("How does immunotherapy work for cancer?")
                .date(date)
                .aiGenerated("Oncodex example", "the Oncodex bundled evidence base")
                .evidence(kb)
                .section(
                        "The idea",
                        s -> s.paragraph("Your immune system fights germs. Cancer cells can hide from it. "
                                        + "Immunotherapy helps your immune system find them again.")
                                .cite(citation("answer-how-immunotherapy-works")))
                .section(
                        "Main kinds",
                        s -> s.bullets(
                                "Checkpoint inhibitors take the brakes off your immune cells.",
                                "Antibody therapy uses proteins that stick to cancer cells.",
                                "CAR-T cell therapy changes your own T cells so they find cancer.",
                                "Cancer vaccines teach your immune system what to look for."))
                .questionsToAsk(
                        "Is immunotherapy an option for my cancer?",
                        "How will we know if it is working?",
                        "What side effects should I watch for?")
                .build();
    }
}
