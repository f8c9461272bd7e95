package org.oncodex.evidence;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.evidence.Citation;

/**
 * The answer to "is this treatment approved for this cancer type?": a {@link Verdict} and the cited
 * {@link Approval} statement behind it, or {@link Verdict#UNKNOWN} with no statement when the
 * knowledge base says nothing.
 *
 * <p>A status is as of a date: the knowledge base's release date ({@link #asOf()}), since
 * approvals change. The statement carries its own date of approval where its source gives one.
 */
@Value.Immutable
public abstract class ApprovalStatus {

    /** What a knowledge base can say about an approval. */
    public enum Verdict {
        /** A cited source states the approval. */
        APPROVED,
        /** A cited source states that it is not approved. */
        NOT_APPROVED,
        /** No statement in the knowledge base: not evidence of either. */
        UNKNOWN
    }

    ApprovalStatus() {}

    /** Approved, not approved or unknown. */
    public abstract Verdict verdict();

    /** The statement behind the verdict; empty exactly when the verdict is unknown. */
    public abstract Optional<Approval> statement();

    /** The date the answer holds as of: the release date of the knowledge base, where it has one. */
    public abstract Optional<LocalDate> asOf();

    /** The status when the knowledge base says nothing. */
    public static ApprovalStatus unknown() {
        return ImmutableApprovalStatus.builder().verdict(Verdict.UNKNOWN).build();
    }

    /** The status when the knowledge base, released on {@code asOf}, says nothing. */
    public static ApprovalStatus unknown(LocalDate asOf) {
        return ImmutableApprovalStatus.builder()
                .verdict(Verdict.UNKNOWN)
                .asOf(asOf)
                .build();
    }

    /** The status a statement gives. */
    public static ApprovalStatus of(Approval statement) {
        return ImmutableApprovalStatus.builder()
                .verdict(statement.verdict())
                .statement(statement)
                .build();
    }

    /** The status a statement gives, as of the release date of the knowledge base. */
    public static ApprovalStatus of(Approval statement, LocalDate asOf) {
        return ImmutableApprovalStatus.builder()
                .verdict(statement.verdict())
                .statement(statement)
                .asOf(asOf)
                .build();
    }

    /** The date of the approval, where the statement's source gives it. */
    public Optional<LocalDate> approvalDate() {
        return statement().flatMap(Approval::date);
    }

    /** The source of the statement, if any. */
    public Optional<Citation> citation() {
        return statement().map(Approval::citation);
    }

    @Value.Check
    void check() {
        Checks checks = Checks.of("ApprovalStatus");
        checks.check(
                statement().isPresent() == (verdict() != Verdict.UNKNOWN),
                "a statement goes with APPROVED or NOT_APPROVED and only with them: %s",
                verdict());
        statement()
                .ifPresent(s -> checks.check(
                        s.verdict() == verdict(),
                        "verdict %s differs from its statement's %s",
                        verdict(),
                        s.verdict()));
        checks.throwIfAny();
    }
}
