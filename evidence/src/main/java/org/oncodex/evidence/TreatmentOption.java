package org.oncodex.evidence;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;

/**
 * One treatment option that a cited source lists for a cancer type in one or more disease
 * settings, such as "ablation of the tumour" for localized liver cancer, by radiofrequency ablation,
 * microwave therapy, percutaneous ethanol injection or cryoablation.
 *
 * <p>{@link #treatments()} are alternatives: any one of them is the option. A combination given
 * together is a {@link Regimen}. An option with no {@link #settings()} is one the source lists
 * without tying it to a setting, such as a treatment being studied in clinical trials.
 */
@Value.Immutable
public abstract class TreatmentOption {

    /** Whether the source lists the option as standard care or as being studied in clinical trials. */
    public enum Availability {
        /** A treatment in current use. */
        STANDARD("standard"),
        /** A treatment being studied in clinical trials. */
        IN_CLINICAL_TRIALS("in clinical trials");

        private final String label;

        Availability(String label) {
            this.label = label;
        }

        /** The plain English name, such as "in clinical trials". */
        public String label() {
            return label;
        }
    }

    TreatmentOption() {}

    /** A stable identifier, such as {@code liver-localized-ablation}. */
    public abstract String id();

    /** The cancer type the source lists the option for. */
    public abstract CancerType cancerType();

    /** The settings the option is listed under; empty when the source ties it to none. */
    public abstract List<DiseaseSetting> settings();

    /** The option in a few words, such as "ablation of the tumour". */
    public abstract String label();

    /** The drugs, therapies or regimens of the option: alternatives, any one of which is the option. */
    public abstract List<Concept> treatments();

    /** The modalities of the option, such as ablation, or immunotherapy and targeted therapy. */
    public abstract List<TherapyModality> modalities();

    /** Standard, or in clinical trials. */
    @Value.Default
    public Availability availability() {
        return Availability.STANDARD;
    }

    /** Whom the option is for, when the source restricts it ("lesions smaller than 1 centimeter"). */
    public abstract Optional<String> condition();

    /** Why it is given, when the source says ("palliative: to relieve symptoms"). */
    public abstract Optional<String> purpose();

    /** The source that lists the option. */
    public abstract Citation citation();

    /** A builder; id, cancer type, label, at least one treatment and modality, and citation are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the option is listed for {@code setting}. */
    public boolean isFor(DiseaseSetting setting) {
        return settings().contains(setting);
    }

    @Value.Check
    void check() {
        Checks checks = Checks.of("TreatmentOption \"" + id() + "\"");
        checks.id("id", id());
        checks.text("label", label());
        checks.distinct("settings", settings());
        checks.check(!treatments().isEmpty(), "treatments must name at least one drug, therapy or regimen");
        for (Concept treatment : treatments()) {
            checks.check(
                    treatment instanceof Drug || treatment instanceof Therapy || treatment instanceof Regimen,
                    "treatments must be drugs, therapies or regimens, not %s",
                    treatment.id());
        }
        checks.distinct("treatments", treatments().stream().map(Concept::id).toList());
        checks.check(!modalities().isEmpty(), "modalities must name at least one modality");
        checks.distinct("modalities", modalities());
        condition().ifPresent(c -> checks.text("condition", c));
        purpose().ifPresent(p -> checks.text("purpose", p));
        checks.throwIfAny();
    }

    /** Builds a {@link TreatmentOption}. */
    public static final class Builder extends ImmutableTreatmentOption.Builder {
        Builder() {}
    }
}
