package org.oncodex.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.oncodex.evidence.ApprovalStatus;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.EvidenceQuery;
import org.oncodex.evidence.Mention;
import org.oncodex.evidence.TreatmentOption;
import org.oncodex.model.CancerType;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.TrialResult;

/** The README's evidence example, verbatim between the tags: lookups against the bundled base. */
public final class EvidenceExample {
    private EvidenceExample() {}

    /** Runs the example and prints what it found. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // tag::evidence[]
        EvidenceBase kb = EvidenceBase.bundled();
        CancerType liver = kb.vocabulary().cancerType("liver cancer").orElseThrow();
        List<TreatmentOption> localized = kb.treatmentOptions(liver, DiseaseSetting.LOCALIZED); // NCI's list

        Drug keytruda = kb.vocabulary().drug("Keytruda").orElseThrow(); // pembrolizumab, by its brand
        CancerType hcc = kb.vocabulary().cancerType("HCC").orElseThrow();
        ApprovalStatus status = kb.approvalStatus(keytruda, hcc); // APPROVED: the FDA's words, their source
        Optional<LocalDate> approvedOn = status.approvalDate(); // empty: the source gives no date
        ApprovalStatus carT = kb.approvalStatus("CAR-T", "liver cancer"); // UNKNOWN: no statement either way

        List<TrialResult> nsclcLiverMets = kb.results(EvidenceQuery.builder()
                .cancerType(kb.vocabulary().cancerType("NSCLC").orElseThrow())
                .subgroup("liver metastases")
                .endpoint(Endpoint.OS)
                .build()); // WJCO 2026 Table 2

        List<Mention> mentions = kb.vocabulary().tag("Is sorafenib or CAR-T better for HCC?");
        // end::evidence[]
        out.println(localized.size() + " options for localized liver cancer");
        out.println("Keytruda for HCC: " + status.verdict() + ", "
                + status.statement().flatMap(a -> a.approvalType()).orElseThrow() + ", "
                + approvedOn.map(d -> "approved on " + d).orElse("no approval date in the base") + ", "
                + status.citation().flatMap(c -> c.sourceType()).orElseThrow() + ": "
                + status.citation().flatMap(c -> c.title()).orElse(""));
        out.println("CAR-T for liver cancer: " + carT.verdict());
        out.println("knowledge base " + kb.version().orElse("without a version") + ", released "
                + kb.releaseDate().map(LocalDate::toString).orElse("on no stated date"));
        out.println(nsclcLiverMets.size() + " results for NSCLC with liver metastases, overall survival");
        mentions.forEach(m -> out.println(m.text() + " -> " + m.concept().id()));
    }
}
