package org.oncodex.disclaimers;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.oncodex.disclaimers.internal.Problems;

/*
 * A policy is an ordered list of rules (trigger, kind, placement) plus the audiences and channels it
 * is written for. It is deliberately not a rule engine: the triggers are the few facts the issue
 * names, and a service that needs another one adds a trigger here rather than scripting a policy.
 *
 * A kind may stand at several placements (a long answer may repeat "talk with your care team"), but
 * one (kind, placement) pair has one rule, so the requirements never hold the same disclaimer twice
 * for two reasons; a second rule for the pair is a mistake the builder reports at once.
 *
 * ApprovalState.UNKNOWN triggers nothing: the investigational disclaimer states that a therapy is
 * not approved, and a policy must not state what nobody knows.
 */
/**
 * Which disclaimers an answer requires, where, and why, for the audiences and channels the policy
 * is written for.
 *
 * <p>{@link #patientFacing()} is the policy for answers to patients and caregivers: a banner of
 * disclaimers at the top, notes next to the content that needs them, and a footer. {@link
 * #clinicianFacing()} keeps only what a health professional needs. {@link #builder()} writes any other; {@link #toBuilder()} starts from one of
 * these.
 *
 * <pre>{@code
 * List<Requirement> required = DisclaimerPolicy.patientFacing().requirements(facts);
 * String why = DisclaimerPolicy.patientFacing().explain(facts);
 * }</pre>
 *
 * <p>Policies are immutable and thread-safe.
 */
public final class DisclaimerPolicy {

    private record Rule(Trigger trigger, DisclaimerKind kind, Placement placement) {}

    private static final DisclaimerPolicy PATIENT_FACING = builder()
            .name("patient-facing")
            .audiences(Audience.PATIENT, Audience.CAREGIVER)
            // a reader who may need care now should not have to read the whole answer first
            .when(Trigger.URGENT_SYMPTOMS, DisclaimerKind.URGENT_SYMPTOMS, Placement.HEADER)
            .always(DisclaimerKind.INFORMATIONAL_ONLY, Placement.HEADER)
            .when(Trigger.AI_GENERATED, DisclaimerKind.AI_GENERATED, Placement.HEADER)
            .always(DisclaimerKind.NOT_MEDICAL_ADVICE, Placement.HEADER)
            .when(Trigger.UNAPPROVED_THERAPY, DisclaimerKind.INVESTIGATIONAL_THERAPY, Placement.INLINE)
            .when(Trigger.CLINICAL_TRIALS, DisclaimerKind.CLINICAL_TRIALS, Placement.INLINE)
            .when(Trigger.OFF_LABEL_USE, DisclaimerKind.OFF_LABEL_USE, Placement.INLINE)
            .always(DisclaimerKind.CONSULT_CARE_TEAM, Placement.FOOTER)
            .always(DisclaimerKind.GENERAL_INFORMATION, Placement.FOOTER)
            .build();

    private static final DisclaimerPolicy CLINICIAN_FACING = builder()
            .name("clinician-facing")
            .audiences(Audience.CLINICIAN)
            .always(DisclaimerKind.INFORMATIONAL_ONLY, Placement.HEADER)
            .when(Trigger.AI_GENERATED, DisclaimerKind.AI_GENERATED, Placement.HEADER)
            .when(Trigger.UNAPPROVED_THERAPY, DisclaimerKind.INVESTIGATIONAL_THERAPY, Placement.INLINE)
            .when(Trigger.OFF_LABEL_USE, DisclaimerKind.OFF_LABEL_USE, Placement.INLINE)
            .build();

    private final String name;
    private final Set<Audience> audiences;
    private final Set<Channel> channels;
    private final ImmutableList<Rule> rules;

    private DisclaimerPolicy(String name, Set<Audience> audiences, Set<Channel> channels, List<Rule> rules) {
        this.name = name;
        this.audiences = Sets.immutableEnumSet(audiences);
        this.channels = Sets.immutableEnumSet(channels);
        this.rules = ImmutableList.copyOf(rules);
    }

    /**
     * The policy for answers to patients and caregivers, on every channel.
     *
     * <ul>
     *   <li>Header: {@link DisclaimerKind#URGENT_SYMPTOMS} when the answer discusses urgent symptoms;
     *       always {@link DisclaimerKind#INFORMATIONAL_ONLY}; {@link DisclaimerKind#AI_GENERATED} when
     *       AI generated it; always {@link DisclaimerKind#NOT_MEDICAL_ADVICE}.
     *   <li>Inline: {@link DisclaimerKind#INVESTIGATIONAL_THERAPY} next to each therapy not approved
     *       for the answer's cancer type; {@link DisclaimerKind#CLINICAL_TRIALS} and {@link
     *       DisclaimerKind#OFF_LABEL_USE} where the answer mentions them.
     *   <li>Footer: always {@link DisclaimerKind#CONSULT_CARE_TEAM} and {@link
     *       DisclaimerKind#GENERAL_INFORMATION}.
     * </ul>
     */
    public static DisclaimerPolicy patientFacing() {
        return PATIENT_FACING;
    }

    /**
     * The policy for answers to clinicians, on every channel: always {@link
     * DisclaimerKind#INFORMATIONAL_ONLY} and, when AI generated the answer, {@link
     * DisclaimerKind#AI_GENERATED} in the header; {@link DisclaimerKind#INVESTIGATIONAL_THERAPY} next
     * to each unapproved therapy and {@link DisclaimerKind#OFF_LABEL_USE} where off-label use is
     * mentioned.
     */
    public static DisclaimerPolicy clinicianFacing() {
        return CLINICIAN_FACING;
    }

    /** A builder for a custom policy; a name, at least one audience and at least one rule are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts with this policy's name, audiences, channels and rules. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.audiences.addAll(audiences);
        builder.channels.addAll(channels);
        builder.rules.addAll(rules);
        return builder;
    }

    /** The policy's name, such as {@code patient-facing}, for logs. */
    public String name() {
        return name;
    }

    /** The audiences the policy is written for. */
    public Set<Audience> audiences() {
        return audiences;
    }

    /** The channels the policy is written for. */
    public Set<Channel> channels() {
        return channels;
    }

    /** Whether the policy is written for the answer's audience and channel. */
    public boolean appliesTo(AnswerFacts facts) {
        return audiences.contains(facts.audience()) && channels.contains(facts.channel());
    }

    /**
     * The disclaimers the answer requires, in the policy's order (for the built-in policies: header,
     * inline, footer), each with its placement and reason. A rule for {@link
     * Trigger#UNAPPROVED_THERAPY} gives one requirement per unapproved therapy, in the order the facts
     * list them.
     *
     * @throws IllegalArgumentException if the policy is not written for the answer's audience and
     *     channel ({@link #appliesTo(AnswerFacts)}): an answer for a clinician does not get the
     *     patient policy's disclaimers by mistake, nor the other way round
     */
    public List<Requirement> requirements(AnswerFacts facts) {
        checkApplies(facts);
        List<Requirement> required = new ArrayList<>();
        for (Rule rule : rules) {
            required.addAll(fire(rule, facts));
        }
        return List.copyOf(required);
    }

    /**
     * The policy's reasoning for an answer, one line per rule: what is required, where and why, and
     * what is not required and why not. For logs and reviewers; {@link #requirements(AnswerFacts)}
     * is the structured answer.
     *
     * <pre>{@code
     * patient-facing policy, for a PATIENT reading on WEB:
     * required INFORMATIONAL_ONLY at HEADER: every answer under this policy needs it
     * not required AI_GENERATED at HEADER: the answer was not generated by AI
     * ...
     * }</pre>
     *
     * @throws IllegalArgumentException if the policy is not written for the answer's audience and
     *     channel
     */
    public String explain(AnswerFacts facts) {
        checkApplies(facts);
        StringBuilder out = new StringBuilder()
                .append(name)
                .append(" policy, for a ")
                .append(facts.audience())
                .append(" reading on ")
                .append(facts.channel())
                .append(':');
        for (Rule rule : rules) {
            List<Requirement> fired = fire(rule, facts);
            for (Requirement requirement : fired) {
                out.append("\nrequired ").append(requirement);
            }
            if (fired.isEmpty()) {
                out.append("\nnot required ")
                        .append(rule.kind())
                        .append(" at ")
                        .append(rule.placement())
                        .append(": ")
                        .append(whyNot(rule.trigger(), facts));
            }
        }
        return out.toString();
    }

    private void checkApplies(AnswerFacts facts) {
        checkArgument(
                appliesTo(facts),
                "policy %s is for %s on %s, not for %s on %s",
                name,
                audiences,
                channels,
                facts.audience(),
                facts.channel());
    }

    private static List<Requirement> fire(Rule rule, AnswerFacts facts) {
        Map<DisclaimerVariable, String> common = new EnumMap<>(DisclaimerVariable.class);
        Optional<String> cancerType = facts.cancerType().filter(c -> !c.isBlank());
        cancerType.ifPresent(c -> common.put(DisclaimerVariable.CANCER_TYPE, c));
        return switch (rule.trigger()) {
            case ALWAYS -> List.of(requirement(rule, common, "every answer under this policy needs it"));
            case AI_GENERATED ->
                facts.aiGenerated() ? List.of(requirement(rule, common, "the answer was generated by AI")) : List.of();
            case CLINICAL_TRIALS ->
                facts.mentionsClinicalTrials()
                        ? List.of(requirement(rule, common, "the answer mentions clinical trials"))
                        : List.of();
            case OFF_LABEL_USE ->
                facts.mentionsOffLabelUse()
                        ? List.of(requirement(rule, common, "the answer mentions off-label use"))
                        : List.of();
            case URGENT_SYMPTOMS ->
                facts.mentionsUrgentSymptoms()
                        ? List.of(requirement(rule, common, "the answer discusses symptoms that may need urgent care"))
                        : List.of();
            case UNAPPROVED_THERAPY ->
                facts.therapies().stream()
                        .filter(t -> t.approval().isUnapproved())
                        .distinct()
                        .map(t -> therapyRequirement(rule, common, t, cancerType))
                        .toList();
        };
    }

    private static Requirement requirement(Rule rule, Map<DisclaimerVariable, String> variables, String reason) {
        return ImmutableRequirement.builder()
                .kind(rule.kind())
                .placement(rule.placement())
                .trigger(rule.trigger())
                .variables(variables)
                .reason(reason)
                .build();
    }

    private static Requirement therapyRequirement(
            Rule rule, Map<DisclaimerVariable, String> common, TherapyMention therapy, Optional<String> cancerType) {
        Map<DisclaimerVariable, String> variables = new EnumMap<>(common);
        variables.put(DisclaimerVariable.THERAPY, therapy.name());
        String status = therapy.approval() == ApprovalState.INVESTIGATIONAL ? "investigational" : "not approved";
        return ImmutableRequirement.builder()
                .kind(rule.kind())
                .placement(rule.placement())
                .trigger(rule.trigger())
                .therapy(therapy)
                .variables(variables)
                .reason("the answer mentions " + therapy.name() + ", which is " + status + " for "
                        + cancerType.orElse("the answer's cancer type"))
                .build();
    }

    private static String whyNot(Trigger trigger, AnswerFacts facts) {
        return switch (trigger) {
            case ALWAYS -> throw new AssertionError("a rule that always applies always fires");
            case AI_GENERATED -> "the answer was not generated by AI";
            case CLINICAL_TRIALS -> "the answer does not mention clinical trials";
            case OFF_LABEL_USE -> "the answer does not mention off-label use";
            case URGENT_SYMPTOMS -> "the answer does not discuss symptoms that may need urgent care";
            case UNAPPROVED_THERAPY ->
                facts.therapies().isEmpty()
                        ? "the answer mentions no therapy"
                        : "no therapy the answer mentions is stated to be not approved or investigational"
                                + " (an UNKNOWN approval triggers nothing)";
        };
    }

    /** Equal when name, audiences, channels and rules (in order) are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DisclaimerPolicy that
                && name.equals(that.name)
                && audiences.equals(that.audiences)
                && channels.equals(that.channels)
                && rules.equals(that.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, audiences, channels, rules);
    }

    /** For logs: {@code DisclaimerPolicy patient-facing}. */
    @Override
    public String toString() {
        return "DisclaimerPolicy " + name;
    }

    /** Builds a {@link DisclaimerPolicy}. Not thread-safe. */
    public static final class Builder {
        private String name = "";
        private final Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        private final Set<Channel> channels = EnumSet.noneOf(Channel.class);
        private final List<Rule> rules = new ArrayList<>();

        Builder() {}

        /** The policy's name: lowercase words joined by hyphens, such as {@code my-clinic-patients}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The audiences the policy is for, replacing any set before. */
        public Builder audiences(Audience first, Audience... rest) {
            audiences.clear();
            audiences.add(first);
            audiences.addAll(Arrays.asList(rest));
            return this;
        }

        /** The channels the policy is for, replacing any set before; every channel unless set. */
        public Builder channels(Channel first, Channel... rest) {
            channels.clear();
            channels.add(first);
            channels.addAll(Arrays.asList(rest));
            return this;
        }

        /**
         * Requires {@code kind} at {@code placement} in every answer.
         *
         * @throws IllegalArgumentException if the policy already requires {@code kind} at {@code
         *     placement}
         */
        public Builder always(DisclaimerKind kind, Placement placement) {
            return when(Trigger.ALWAYS, kind, placement);
        }

        /**
         * Requires {@code kind} at {@code placement} when {@code trigger} holds for an answer. Rules
         * keep the order they are added in; requirements follow it.
         *
         * @throws IllegalArgumentException if the policy already requires {@code kind} at {@code
         *     placement}, under any trigger ({@link #remove(DisclaimerKind)} it first to change it)
         */
        public Builder when(Trigger trigger, DisclaimerKind kind, Placement placement) {
            for (Rule rule : rules) {
                checkArgument(
                        rule.kind() != kind || rule.placement() != placement,
                        "policy \"%s\" already requires %s at %s (when %s); remove(%s) first to change it",
                        name,
                        kind,
                        placement,
                        rule.trigger(),
                        kind);
            }
            rules.add(new Rule(trigger, kind, placement));
            return this;
        }

        /** Removes every rule for {@code kind}, at any placement. */
        public Builder remove(DisclaimerKind kind) {
            rules.removeIf(rule -> rule.kind() == kind);
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalArgumentException naming every problem: a name that is not lowercase words
         *     joined by hyphens, no audience, no rule
         */
        public DisclaimerPolicy build() {
            Problems problems = Problems.of("DisclaimerPolicy \"" + name + "\"");
            problems.id("name", name);
            problems.check(!audiences.isEmpty(), "audiences", audiences, "must name at least one audience");
            problems.check(!rules.isEmpty(), "rules", rules, "must require at least one disclaimer");
            problems.throwIfAny();
            return new DisclaimerPolicy(
                    name, audiences, channels.isEmpty() ? EnumSet.allOf(Channel.class) : channels, rules);
        }
    }
}
