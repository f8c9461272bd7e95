package org.oncodex.examples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.evidence.Approval;
import org.oncodex.evidence.ApprovalStatus;
import org.oncodex.evidence.ApprovalStatus.Verdict;
import org.oncodex.evidence.ApprovalType;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.TreatmentOption;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/**
 * The answers to the reference questions, built from the bundled evidence base: statistics
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
        /** "Is Keytruda (pembrolizumab) approved for liver cancer?" */
        KEYTRUDA("keytruda"),
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
            case KEYTRUDA -> keytrudaForLiverCancer();
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
        // IMbrave150, the pivotal trial for hepatocellular carcinoma: overall survival, written from
        // the typed hazard ratio (0.58, 95% CI 0.42 to 0.79) of the cited result, never retyped
        TrialResult imbrave150 = kb.result("imbrave150-os").orElseThrow();
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
                                        + "spread or cannot be taken out with surgery. The NCI lists these drugs and drug "
                                        + "mixes that include immunotherapy:")
                                .cite(nci)
                                .bullets(immunotherapies.toArray(String[]::new)))
                .section(
                        "Does it work?",
                        s -> s.paragraph("HCC (hepatocellular carcinoma) is a kind of liver cancer. A large "
                                        + "trial, IMbrave150, looked at people with HCC that could not be taken out with "
                                        + "surgery. They had not had drug treatment for it before. Some got "
                                        + "atezolizumab + bevacizumab, an immunotherapy mix. Others got sorafenib, a "
                                        + "targeted drug. For those who got the mix:")
                                .statistic(imbrave150))
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

    /**
     * "Is Keytruda (pembrolizumab) approved for liver cancer?", from the approval statement of the evidence base: the
     * statement, its date where the source gives one, and its source.
     */
    public Answer keytrudaForLiverCancer() {
        // tag::keytruda[]
        // brand names resolve; approvals are recorded for the cancer type the regulator names
        // (hepatocellular carcinoma), and never carry over to the broader "liver cancer"
        ApprovalStatus forLiverCancer = kb.approvalStatus("Keytruda", "liver cancer"); // UNKNOWN
        ApprovalStatus forHcc = kb.approvalStatus("Keytruda", "HCC"); // APPROVED, with its statement
        Approval approval = forHcc.statement().orElseThrow(); // the FDA's words, with a regulatory source
        String when = forHcc.approvalDate()
                .map(d -> "The FDA approved it on " + d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US))
                        + ".")
                .orElse("Our source does not give the date of this approval."); // the base has none for it
        Citation source = approval.citation(); // an FDA approval summary (REGULATORY_DOCUMENT)

        Answer answer = Answer.builder(DisclaimerPolicy.patientFacing())
                // the patient's words, with the generic name a reader needs beside the brand
                .question("Is Keytruda (pembrolizumab) approved for liver cancer?")
                .cancerType(approval.cancerType()) // hepatocellular carcinoma: what the statement is about
                .date(date)
                .aiGenerated("Oncodex example", "the Oncodex bundled evidence base")
                .evidence(kb)
                .section(
                        "For one kind of liver cancer",
                        s -> s.paragraph("Keytruda is the brand name of "
                                        + "pembrolizumab. The FDA has given pembrolizumab "
                                        + (approval.approvalType()
                                                        .filter(ApprovalType.ACCELERATED::equals)
                                                        .isPresent()
                                                ? "accelerated "
                                                : "")
                                        + "approval for hepatocellular carcinoma (HCC), a kind of liver cancer. "
                                        + when)
                                .cite(source)
                                .text(" This comes from an FDA review"
                                        + (source.year().isPresent()
                                                ? " written in " + source.year().getAsInt()
                                                : "")
                                        + ". Approvals can change, so ask your care team what holds today."))
                .section(
                        "Who it is for",
                        s -> s.paragraph("The FDA's words are \"" + approval.indication() + "\". "
                                + "In plain words: the HCC cannot be taken out with surgery, or it has spread. The "
                                + "liver still works well. And the person has had sorafenib before."))
                .section(
                        "Other kinds of liver cancer",
                        s -> s.paragraph(
                                forLiverCancer.verdict() == Verdict.UNKNOWN
                                        ? "Our evidence has no FDA statement about Keytruda for other kinds of liver cancer."
                                        : "See the FDA statement for liver cancer as a whole."))
                .questionsToAsk(
                        "Do I have HCC, or another kind of liver cancer?",
                        "Could pembrolizumab (Keytruda) be an option for me now?",
                        "Has this FDA approval changed since the source was written?",
                        "What side effects should I watch for?")
                .build();
        // end::keytruda[]
        return answer;
    }

    /**
     * "Does CAR-T cell therapy work for liver cancer?", with the approval status the evidence base
     * states. The bundled base has no statement about CAR-T for liver cancer (no regulatory source
     * was found), so the answer says that and claims no approval status: with an UNKNOWN status the
     * policy adds no investigational-therapy disclaimer, since that disclaimer would itself state
     * that CAR-T is not approved.
     */
    public Answer carTForLiverCancer() {
        CancerType liver = liverCancer();
        Therapy carT = kb.vocabulary().therapy("CAR-T cell therapy").orElseThrow();
        ApprovalStatus status = kb.approvalStatus(carT, liver);
        String approval = switch (status.verdict()) {
            case APPROVED -> "CAR-T cell therapy is approved by the FDA for liver cancer.";
            case NOT_APPROVED -> "CAR-T cell therapy is not approved by the FDA for liver cancer.";
            // no approval word: a sentence that says nothing about approval makes no claim to check
            case UNKNOWN -> "Our evidence has no statement from the FDA about CAR-T cell therapy for liver cancer.";
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
                    s.text(" Ask your care team what is known about it for your cancer.");
                })
                .section(
                        "How CAR-T works",
                        s -> s.numbered(
                                "Your T cells are taken from your blood.",
                                "A lab changes them so they can find cancer cells.",
                                "The lab grows many of these cells.",
                                "The cells are put back into your body."))
                .section(
                        "When cancer spreads to the liver",
                        s -> s.paragraph("Other kinds of immunotherapy, checkpoint drugs, seem to work less well "
                                        + "when cancer has spread to the liver. A review of many cancers found:")
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
                                .cite(citation("nccn-patients-liver-cancer-2026")))
                .section(
                        "Main kinds",
                        s -> s.bullets(
                                "Checkpoint inhibitors take the brakes off your immune cells.",
                                "Antibody therapy uses proteins that stick to cancer cells.",
                                "CAR-T cell therapy changes your own T cells so they find cancer."))
                .questionsToAsk(
                        "Is immunotherapy an option for my cancer?",
                        "How will we know if it is working?",
                        "What side effects should I watch for?")
                .build();
    }
}
