package org.oncodex.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.CancerType;
import org.oncodex.model.evidence.Citation;

/**
 * The three reference answers of shared/reference (immunotherapy and liver cancer; CAR-T cell
 * therapy and liver cancer; how immunotherapy works), rebuilt with the answer builder from their
 * structure and facts, in our own words, against the bundled evidence base.
 */
public final class ReferenceAnswers {
    /**
     * The bundled base with one statement added for these tests: CAR-T cell therapy not approved for
     * liver cancer, so that the rules' handling of an unapproved therapy can be exercised. The bundled
     * base has no such statement (no regulatory source for it was found); the one added here cites a
     * fixture that says what it is, and no answer outside the tests sees it.
     */
    public static final EvidenceBase KB = withFixtureStatement(EvidenceBase.bundled());

    private static EvidenceBase withFixtureStatement(EvidenceBase bundled) {
        try {
            ObjectMapper json = JsonMapper.builder().build();
            ObjectNode root = (ObjectNode) json.readTree(bundled.toJson());
            root.withArray("citations")
                    .addObject()
                    .put("id", "test-fixture-car-t-statement")
                    .put("title", "Test fixture for the rule tests, not a real regulatory document")
                    .put("sourceType", "REGULATORY_DOCUMENT")
                    .put("retrieved", "2026-11-30");
            root.withArray("approvals")
                    .addObject()
                    .put("id", "test-fixture-car-t-liver-cancer")
                    .put("agency", "FDA")
                    .put("treatment", "car-t-cell-therapy")
                    .put("cancerType", "liver-cancer")
                    .put("indication", "liver cancer")
                    .put("verdict", "NOT_APPROVED")
                    .put("citation", "test-fixture-car-t-statement");
            return EvidenceBase.load(
                    new ByteArrayInputStream(json.writeValueAsBytes(root)), "bundled base with a test statement");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final LocalDate DATE = LocalDate.of(2026, 5, 18);
    static final Citation NCCN_LIVER =
            KB.citation("nccn-patients-liver-cancer-2026").orElseThrow();
    static final Citation NCI_LIVER =
            KB.citation("nci-pdq-liver-cancer-treatment").orElseThrow();
    static final Citation WJCO = KB.citation("wjco-2026").orElseThrow();

    private ReferenceAnswers() {}

    static CancerType liverCancer() {
        return KB.vocabulary().cancerType("liver cancer").orElseThrow();
    }

    /** "What is immunotherapy and does it work for liver cancer?" */
    public static Answer immunotherapyForLiverCancer() {
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question("What is immunotherapy and does it work for liver cancer?")
                .cancerType(liverCancer())
                .date(DATE)
                .aiGenerated("Navis AI", "NCCN guidelines and published medical literature")
                .evidence(KB)
                .section(
                        "What is immunotherapy?",
                        s -> s.paragraph(
                                        "Immunotherapy helps your own immune system find and attack cancer cells. It works "
                                                + "differently from chemotherapy, which attacks dividing cells directly.")
                                .cite(NCCN_LIVER))
                .section(
                        "How it works",
                        s -> s.paragraph("There are several kinds:")
                                .bullets(
                                        "Checkpoint inhibitors release brakes (such as PD-1 and PD-L1) that cancer cells use to hide.",
                                        "Cancer vaccines train the immune system to spot markers on cancer cells.",
                                        "Monoclonal antibodies are proteins made in a lab that attach to targets on cancer cells."))
                .section(
                        "Does it work for liver cancer?",
                        s -> s.paragraph(
                                        "Liver cancer is one of the cancers in which immunotherapy is already used. Not every "
                                                + "tumour responds; markers such as MSI status, tumour mutational burden and PD-L1 "
                                                + "help predict who may benefit.")
                                .cite(NCI_LIVER)
                                .callout(Callout.Kind.NOTE, "Immunotherapy is often combined with other treatments."))
                .questionsToAsk(
                        "Based on my tumour's markers, am I a candidate for immunotherapy?",
                        "Which immunotherapy would you recommend for me, and why?",
                        "Would combining immunotherapy with other treatments help in my case?",
                        "Which tests will show if I am likely to respond?",
                        "What side effects should I watch for, and how will we monitor them?",
                        "Are there clinical trials of immunotherapy for liver cancer I should consider?")
                .keyTakeaway("Immunotherapy is a real option for many people with liver cancer; whether it fits you "
                        + "depends on your tumour and your health.")
                .build();
    }

    /** "How does CAR-T cell therapy work for liver cancer?" */
    public static Answer carTForLiverCancer() {
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question("How does CAR-T cell therapy work for liver cancer?")
                .cancerType(liverCancer())
                .date(DATE)
                .aiGenerated("Navis AI", "NCCN guidelines and published medical literature")
                .evidence(KB)
                .section(
                        "Where CAR-T cell therapy stands",
                        s -> s.paragraph(
                                        "CAR-T cell therapy has worked well in some blood cancers, but it is not approved for "
                                                + "liver cancer.")
                                .cite(NCI_LIVER))
                .section(
                        "How CAR-T cells are made",
                        s -> s.numbered(
                                "Your T cells are collected from your blood.",
                                "A lab adds a receptor that helps them find cancer cells.",
                                "The cells are grown to large numbers.",
                                "The cells are given back to you through a vein."))
                .section(
                        "Why liver tumours are harder",
                        s -> s.paragraph("Immunotherapies often work less well against tumours in the liver. A "
                                        + "review across cancers compared people treated with checkpoint inhibitors "
                                        + "whose cancer had spread to the liver with people whose cancer had not:")
                                .statistic(
                                        KB.result("pan-cancer-meta-analysis-os").orElseThrow()))
                .questionsToAsk(
                        "Are there CAR-T clinical trials for liver cancer that I could join?",
                        "Which immunotherapy options are approved for my stage and type of liver cancer?",
                        "What are the standard treatments for my liver cancer, and how do they compare?")
                .build();
    }

    /** "How does immunotherapy work?" (no cancer type). */
    public static Answer howImmunotherapyWorks() {
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question("How does immunotherapy work?")
                .date(DATE)
                .aiGenerated("Navis AI")
                .section(
                        "The idea",
                        s -> s.paragraph("Immunotherapy helps the immune system recognise and attack cancer.")
                                .term("Checkpoint inhibitors", "drugs that release a brake on immune cells")
                                .text(" are one kind."))
                .section(
                        "What the evidence says about liver metastases",
                        s -> s.evidenceTable(
                                "Overall survival with checkpoint inhibitors when cancer has spread to the liver",
                                java.util.List.of(
                                        KB.result("keynote-189-os-liver-mets").orElseThrow(),
                                        KB.result("impower150-os-liver-mets").orElseThrow()),
                                StatisticStyle.VANCOUVER))
                .questionsToAsk(
                        "Is immunotherapy an option for my cancer?",
                        "How would we know if it is working?",
                        "What side effects are common?")
                .source(NCCN_LIVER)
                .relatedQuestion("What are checkpoint inhibitors?", "Drugs that help T cells keep attacking cancer.")
                .relatedQuestion("What is CAR-T cell therapy?")
                .build();
    }
}
