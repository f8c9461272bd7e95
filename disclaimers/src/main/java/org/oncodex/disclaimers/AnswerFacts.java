package org.oncodex.disclaimers;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.CancerType;

/**
 * What a {@link DisclaimerPolicy} needs to know about an answer to decide which disclaimers it
 * requires. The service that builds the answer provides these facts; the policy never reads the
 * answer itself.
 *
 * <p>Implement the interface over your own answer type, or build a value:
 *
 * <pre>{@code
 * AnswerFacts facts = AnswerFacts.builder()
 *         .aiGenerated(true)
 *         .cancerType("liver cancer")
 *         .addTherapy(TherapyMention.of("CAR-T cell therapy", ApprovalState.NOT_APPROVED))
 *         .mentionsClinicalTrials(true)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public interface AnswerFacts {

    /** Who the answer is written for; a built value defaults to {@link Audience#PATIENT}. */
    @Value.Default
    default Audience audience() {
        return Audience.PATIENT;
    }

    /** How the answer reaches its reader; a built value defaults to {@link Channel#WEB}. */
    @Value.Default
    default Channel channel() {
        return Channel.WEB;
    }

    /** Whether AI generated the answer, in whole or in part. A built value requires it to be stated. */
    boolean aiGenerated();

    /** The name of the cancer type the answer is about, as the answer writes it; fills {@code {cancerType}}. */
    Optional<String> cancerType();

    /** The therapies the answer mentions, each with its approval for {@link #cancerType()}. */
    List<TherapyMention> therapies();

    /** Whether the answer mentions clinical trials. */
    @Value.Default
    default boolean mentionsClinicalTrials() {
        return false;
    }

    /** Whether the answer mentions off-label use of a drug. */
    @Value.Default
    default boolean mentionsOffLabelUse() {
        return false;
    }

    /** Whether the answer discusses symptoms that may need urgent care. */
    @Value.Default
    default boolean mentionsUrgentSymptoms() {
        return false;
    }

    /** A builder; only {@code aiGenerated} is required. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AnswerFacts}. */
    final class Builder extends ImmutableAnswerFacts.Builder {
        Builder() {}

        /** The cancer type the answer is about, by its {@linkplain CancerType#name() name}. */
        public Builder cancerType(CancerType cancerType) {
            cancerType(cancerType.name());
            return this;
        }
    }
}
