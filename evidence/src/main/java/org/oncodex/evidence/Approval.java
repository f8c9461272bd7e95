package org.oncodex.evidence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;
import org.oncodex.model.evidence.Citation;

/**
 * A cited statement about the approval of a drug, therapy or regimen for a cancer type by a
 * regulatory agency: "CAR-T cell therapy is not FDA-approved for liver cancer".
 *
 * <p>Approvals are jurisdiction-specific: every statement names its agency. A statement is either
 * {@link ApprovalStatus.Verdict#APPROVED} or {@link ApprovalStatus.Verdict#NOT_APPROVED}; absence of
 * a statement is {@link ApprovalStatus.Verdict#UNKNOWN}, never a statement.
 *
 * <p>A statement records what its source says and nothing more: the indication in the source's
 * words, the line of therapy or setting, the date and kind of approval where the source gives them,
 * and a short verbatim {@link #quote()}. Only a regulatory document or official government
 * information may support it (the loader enforces this).
 */
@Value.Immutable
public abstract class Approval {
    /** The agency assumed when none is named: the U.S. Food and Drug Administration. */
    public static final String FDA = "FDA";

    Approval() {}

    /** A stable identifier, such as {@code car-t-liver-cancer-fda}. */
    public abstract String id();

    /** The regulatory agency, such as "FDA". */
    public abstract String agency();

    /** The drug, therapy or regimen the statement is about. */
    public abstract Concept treatment();

    /** The cancer type of the indication. */
    public abstract CancerType cancerType();

    /** The indication as the source states it, such as "liver cancer". */
    public abstract String indication();

    /** The line of therapy or setting as the source states it, such as "previously treated with sorafenib". */
    public abstract Optional<String> lineOfTherapy();

    /** The disease settings the indication covers, where the source names them. */
    public abstract Set<DiseaseSetting> settings();

    /** The kind of approval (regular, accelerated, converted, withdrawn), where the source states it. */
    public abstract Optional<ApprovalType> approvalType();

    /** The source's own words that make the statement: a short verbatim quote. */
    public abstract Optional<String> quote();

    /** Approved or not approved. */
    public abstract ApprovalStatus.Verdict verdict();

    /** The date of the approval or of the statement, where the source gives it. */
    public abstract Optional<LocalDate> date();

    /** The source that makes the statement. */
    public abstract Citation citation();

    /** A builder; id, agency, treatment, cancer type, indication, verdict and citation are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks checks = Checks.of("Approval \"" + id() + "\"");
        checks.id("id", id());
        checks.text("agency", agency());
        checks.text("indication", indication());
        lineOfTherapy().ifPresent(l -> checks.text("lineOfTherapy", l));
        quote().ifPresent(q -> checks.text("quote", q));
        checks.check(
                approvalType().orElse(ApprovalType.REGULAR) != ApprovalType.WITHDRAWN
                        || verdict() == ApprovalStatus.Verdict.NOT_APPROVED,
                "a withdrawn approval means NOT_APPROVED, not %s",
                verdict());
        checks.check(
                treatment() instanceof Drug || treatment() instanceof Therapy || treatment() instanceof Regimen,
                "treatment must be a drug, therapy or regimen, not %s",
                treatment().id());
        checks.check(
                verdict() != ApprovalStatus.Verdict.UNKNOWN,
                "verdict must be APPROVED or NOT_APPROVED: a statement that says nothing is no statement");
        checks.throwIfAny();
    }

    /** Builds an {@link Approval}. */
    public static final class Builder extends ImmutableApproval.Builder {
        Builder() {}
    }
}
