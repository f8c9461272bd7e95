package org.oncodex.evidence;

import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.Biomarker;
import org.oncodex.model.CancerType;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.Regimen;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.certainty.GradeRating;
import org.oncodex.model.stats.EffectEstimate;

/**
 * What to look for among a knowledge base's trial results: every facet set must match; a facet left
 * out matches everything.
 *
 * <pre>{@code
 * EvidenceQuery q = EvidenceQuery.builder()
 *         .cancerType(nsclc)
 *         .subgroup("liver metastases")
 *         .endpoint(Endpoint.OS)
 *         .build();
 * }</pre>
 *
 * <p>Concepts match by id and take in what lies beneath them: a cancer type matches its
 * descendants ("liver cancer" finds hepatocellular carcinoma); a therapy matches its narrower kinds
 * (ablation finds radiofrequency ablation); a drug or therapy matches the regimens it is part of. A
 * drug class or target matches the drugs that have it, case-insensitively. The subgroup is compared
 * case-insensitively with spaces collapsed.
 */
@Value.Immutable
public abstract class EvidenceQuery {

    EvidenceQuery() {}

    /** Results about this cancer type or a narrower one. */
    public abstract Optional<CancerType> cancerType();

    /** Results whose intervention uses this therapy, a narrower one, or a regimen with it. */
    public abstract Optional<Therapy> therapy();

    /** Results whose intervention uses this drug or a regimen with it. */
    public abstract Optional<Drug> drug();

    /** Results whose intervention uses this regimen. */
    public abstract Optional<Regimen> regimen();

    /** Results whose intervention uses a drug of this class, such as "immune checkpoint inhibitor". */
    public abstract Optional<String> drugClass();

    /** Results whose intervention uses a drug with this target, such as "PD-L1". */
    public abstract Optional<String> target();

    /** Results whose intervention uses a therapy or drug of this modality. */
    public abstract Optional<TherapyModality> modality();

    /** Results for this biomarker-defined population, such as MSI-H/dMMR. */
    public abstract Optional<Biomarker> biomarker();

    /** Results for this endpoint. */
    public abstract Optional<Endpoint> endpoint();

    /** Results restricted to this subgroup, such as "liver metastases". */
    public abstract Optional<String> subgroup();

    /** Results of studies of this design. */
    public abstract Optional<StudyDesign> design();

    /** Results whose estimate is of this kind, such as a hazard ratio. */
    public abstract Optional<EffectEstimate.Kind> estimateKind();

    /**
     * Results known to be statistically significant at the 5% level (true) or known not to be
     * (false). A result is significant when its ratio's 95% interval excludes 1 or its P value is
     * below 0.05; results that give neither are left out of both.
     */
    public abstract Optional<Boolean> significant();

    /**
     * Results whose GRADE certainty is at least this rating: {@code MODERATE} keeps results rated
     * high or moderate. When it is set, results without a GRADE certainty do not match, whether they
     * have none or are rated on another scale (NCI PDQ, OncoKB): scales are never converted.
     */
    public abstract Optional<GradeRating> minimumCertainty();

    /** A query with no facet: every result. */
    public static EvidenceQuery all() {
        return builder().build();
    }

    /** A builder; every facet is optional. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks checks = Checks.of("EvidenceQuery");
        drugClass().ifPresent(c -> checks.text("drugClass", c));
        target().ifPresent(t -> checks.text("target", t));
        subgroup().ifPresent(s -> checks.text("subgroup", s));
        checks.throwIfAny();
    }

    /** Builds an {@link EvidenceQuery}. */
    public static final class Builder extends ImmutableEvidenceQuery.Builder {
        Builder() {}
    }
}
