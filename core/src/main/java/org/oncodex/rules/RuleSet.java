package org.oncodex.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerCatalog;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.render.OncodexJson;

/**
 * A set of content rules that checks answers: {@link #standard(EvidenceBase)} for patient-facing
 * answers, adjusted with {@link #with(ContentRule)}, {@link #without(String)} and {@link
 * #regrade(String, Severity)}, or configured from JSON; {@link #withCatalog(DisclaimerCatalog)} for
 * your own disclaimer wording. Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.standard(EvidenceBase.bundled()).regrade("ONC-READABILITY", Severity.INFO);
 * Report report = rules.check(answer);
 * if (!report.passed()) { ... report.toText() ... }
 * }</pre>
 *
 * <p>The standard rules, by id: {@code ONC-QUESTION-MISSING}, {@code ONC-CONTENT-MISSING}, {@code
 * ONC-UNREADABLE}, {@code ONC-READER-ASSUMED}, {@code ONC-DISCLAIMER-MISSING}, {@code ONC-DISCLAIMER-OUTDATED}, {@code ONC-QUESTIONS-TO-ASK}, {@code
 * ONC-SOURCES-MISSING}, {@code ONC-SOURCE-MALFORMED}, {@code ONC-SOURCE-UNLINKED}, {@code
 * ONC-CITATION-UNRESOLVED}, {@code ONC-SOURCE-RETRACTED}, {@code
 * ONC-NUMBER-UNGROUNDED}, {@code ONC-NUMBER-MISATTRIBUTED}, {@code ONC-STAT-WORDING}, {@code ONC-APPROVAL-CONTRADICTED}, {@code
 * ONC-APPROVAL-UNSUPPORTED}, {@code ONC-OVERPROMISE}, {@code ONC-READABILITY}, {@code
 * ONC-BRAND-WITHOUT-GENERIC}.
 */
public final class RuleSet {
    /** The reading grade {@code ONC-READABILITY} allows unless configured. */
    public static final double DEFAULT_MAX_GRADE = 8.0;

    private static final String PATIENT = "patient-facing";
    private static final String CLINICIAN = "clinician-facing";

    private final EvidenceBase evidence;
    private final String policyName;
    private final double maxGrade;
    private final List<ContentRule> rules;
    private final Map<String, Severity> grades;

    private RuleSet(
            EvidenceBase evidence,
            String policyName,
            double maxGrade,
            List<ContentRule> rules,
            Map<String, Severity> grades) {
        this.evidence = evidence;
        this.policyName = policyName;
        this.maxGrade = maxGrade;
        this.rules = List.copyOf(rules);
        this.grades = Map.copyOf(grades);
    }

    /** The standard rules for patient-facing answers, grounded in {@code evidence}. */
    public static RuleSet standard(EvidenceBase evidence) {
        return standard(evidence, PATIENT, DEFAULT_MAX_GRADE);
    }

    /** The standard rules with the disclaimer policy for clinician-facing answers. */
    public static RuleSet clinicianFacing(EvidenceBase evidence) {
        return standard(evidence, CLINICIAN, DEFAULT_MAX_GRADE);
    }

    private static RuleSet standard(EvidenceBase evidence, String policyName, double maxGrade) {
        DisclaimerPolicy policy =
                policyName.equals(CLINICIAN) ? DisclaimerPolicy.clinicianFacing() : DisclaimerPolicy.patientFacing();
        List<ContentRule> rules = List.of(
                new StructureRules.QuestionMissing(),
                new StructureRules.ContentMissing(),
                new StructureRules.Unreadable(),
                new StructureRules.ReaderAssumed(),
                new DisclaimerRules.Missing(policy, evidence),
                new DisclaimerRules.Outdated(DisclaimerCatalog.bundled()),
                new StructureRules.QuestionsToAskRule(!policyName.equals(CLINICIAN)),
                new StructureRules.SourcesMissing(),
                new StructureRules.SourceMalformed(),
                new StructureRules.SourceUnlinked(),
                new StructureRules.CitationUnresolved(),
                new RetractionRule(evidence),
                new GroundingRule(evidence),
                new MisattributionRule(evidence),
                new WordingRule(evidence),
                new ApprovalRule.Contradicted(evidence),
                new ApprovalRule.Unsupported(evidence, !policyName.equals(CLINICIAN)),
                new LanguageRules.Overpromise(evidence),
                new LanguageRules.HardReading(maxGrade),
                new LanguageRules.BrandName(evidence));
        return new RuleSet(evidence, policyName, maxGrade, rules, Map.of());
    }

    /**
     * A rule set configured by JSON: the standard rules with some disabled, re-graded, the policy
     * named and the reading grade set, as {@link #toJson()} writes it:
     *
     * <pre>{@code
     * {"policy": "patient-facing", "readabilityMaxGrade": 8.0,
     *  "rules": {"ONC-READABILITY": {"enabled": true, "severity": "INFO"}, ...}}
     * }</pre>
     *
     * <p>Rules not named keep their standard setting.
     *
     * @throws IllegalArgumentException naming every problem: unknown keys or rule ids, a rule's setting
     *     that is not an object, a severity or policy that does not exist, a grade that is not a positive
     *     finite number, text that is not JSON
     */
    public static RuleSet fromJson(String json, EvidenceBase evidence) {
        JsonNode root;
        try {
            root = OncodexJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rule-set configuration is not JSON: " + e.getOriginalMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("rule-set configuration must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String key = field.getKey();
            if (!List.of("policy", "readabilityMaxGrade", "rules").contains(key)) {
                problems.add("unknown key \"" + key + "\" (known: policy, readabilityMaxGrade, rules)");
            }
        }
        String policy = root.path("policy").asText(PATIENT);
        if (!policy.equals(PATIENT) && !policy.equals(CLINICIAN)) {
            problems.add("policy must be \"" + PATIENT + "\" or \"" + CLINICIAN + "\": \"" + policy + "\"");
        }
        double grade = DEFAULT_MAX_GRADE;
        JsonNode g = root.get("readabilityMaxGrade");
        if (g != null) {
            if (g.isNumber() && g.asDouble() > 0 && Double.isFinite(g.asDouble())) {
                grade = g.asDouble();
            } else {
                problems.add("readabilityMaxGrade must be a positive finite number: " + g);
            }
        }
        RuleSet set = standard(evidence, policy.equals(CLINICIAN) ? CLINICIAN : PATIENT, grade);
        JsonNode rules = root.path("rules");
        if (!rules.isMissingNode() && !rules.isObject()) {
            problems.add("rules must be an object of rule ids");
        }
        for (Map.Entry<String, JsonNode> rule : rules.properties()) {
            String id = rule.getKey();
            if (set.rules.stream().noneMatch(r -> r.id().equals(id))) {
                problems.add("unknown rule id \"" + id + "\"");
                continue;
            }
            if (!rule.getValue().isObject()) {
                problems.add(id + " must be an object of enabled and severity: " + rule.getValue());
                continue;
            }
            for (Map.Entry<String, JsonNode> setting : rule.getValue().properties()) {
                String key = setting.getKey();
                if (!key.equals("enabled") && !key.equals("severity")) {
                    problems.add("unknown key \"" + key + "\" in " + id + " (known: enabled, severity)");
                }
            }
            JsonNode enabled = rule.getValue().get("enabled");
            if (enabled != null && !enabled.isBoolean()) {
                problems.add(id + ".enabled must be true or false: " + enabled);
            } else if (enabled != null && !enabled.asBoolean()) {
                set = set.without(id);
                continue;
            }
            JsonNode severity = rule.getValue().get("severity");
            if (severity != null) {
                Optional<Severity> s = severityNamed(severity.asText());
                if (s.isPresent()) {
                    set = set.regrade(id, s.get());
                } else {
                    problems.add(id + ".severity must be ERROR, WARNING or INFO: " + severity);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "rule-set configuration has " + problems.size() + " problem(s): " + String.join("; ", problems));
        }
        return set;
    }

    private static Optional<Severity> severityNamed(String name) {
        for (Severity s : Severity.values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** This configuration as JSON, readable by {@link #fromJson(String, EvidenceBase)}. */
    public String toJson() {
        ObjectNode root = OncodexJson.mapper().createObjectNode();
        root.put("policy", policyName);
        root.put("readabilityMaxGrade", maxGrade);
        ObjectNode rulesNode = root.putObject("rules");
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        standard(evidence, policyName, maxGrade).rules.forEach(r -> enabled.put(r.id(), false));
        rules.forEach(r -> enabled.put(r.id(), true));
        enabled.forEach((id, on) -> {
            ObjectNode r = rulesNode.putObject(id);
            r.put("enabled", on);
            if (on) {
                r.put("severity", severityOf(id).name());
            }
        });
        try {
            return OncodexJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule set's JSON cannot fail to write", e);
        }
    }

    /** The rules, in the order they run. */
    public List<ContentRule> rules() {
        return rules;
    }

    /** The severity findings of rule {@code id} get in this set. */
    public Severity severityOf(String id) {
        Severity graded = grades.get(id);
        if (graded != null) {
            return graded;
        }
        return rules.stream()
                .filter(r -> r.id().equals(id))
                .map(ContentRule::severity)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in this set"));
    }

    /**
     * This set with {@code ONC-DISCLAIMER-OUTDATED} holding disclaimers against {@code catalog}, your
     * own wording, instead of the bundled catalogue. A set without that rule is returned as is.
     */
    public RuleSet withCatalog(DisclaimerCatalog catalog) {
        List<ContentRule> replaced = rules.stream()
                .map(r -> r instanceof DisclaimerRules.Outdated ? new DisclaimerRules.Outdated(catalog) : r)
                .toList();
        return new RuleSet(evidence, policyName, maxGrade, replaced, grades);
    }

    /**
     * This set with {@code rule} added after the others.
     *
     * @throws IllegalArgumentException if a rule with the same id is in the set
     */
    public RuleSet with(ContentRule rule) {
        checkArgument(
                rules.stream().noneMatch(r -> r.id().equals(rule.id())), "the set has a rule %s already", rule.id());
        List<ContentRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new RuleSet(evidence, policyName, maxGrade, more, grades);
    }

    /**
     * This set without the rule {@code id}.
     *
     * @throws IllegalArgumentException if no rule has that id
     */
    public RuleSet without(String id) {
        checkArgument(rules.stream().anyMatch(r -> r.id().equals(id)), "no rule %s in this set", id);
        Map<String, Severity> left = new LinkedHashMap<>(grades);
        left.remove(id);
        return new RuleSet(
                evidence,
                policyName,
                maxGrade,
                rules.stream().filter(r -> !r.id().equals(id)).toList(),
                left);
    }

    /**
     * This set with the findings of rule {@code id} graded {@code severity}.
     *
     * @throws IllegalArgumentException if no rule has that id
     */
    public RuleSet regrade(String id, Severity severity) {
        checkArgument(rules.stream().anyMatch(r -> r.id().equals(id)), "no rule %s in this set", id);
        Map<String, Severity> more = new LinkedHashMap<>(grades);
        more.put(id, severity);
        return new RuleSet(evidence, policyName, maxGrade, rules, more);
    }

    /**
     * Checks the answer against every rule. Never throws: a rule that throws a runtime exception, or
     * runs out of stack on text nested or repeated beyond what it can follow ({@link
     * StackOverflowError}, caught here for that rule alone), is reported as an error finding ({@code
     * ONC-RULE-FAILED}) rather than passing silently, and the other rules still run.
     */
    public Report check(Answer answer) {
        return NumberCheck.sharedWithin(() -> checkEach(answer));
    }

    private Report checkEach(Answer answer) {
        List<Finding> findings = new ArrayList<>();
        for (ContentRule rule : rules) {
            try {
                for (Finding f : rule.check(answer)) {
                    Severity graded = grades.get(f.ruleId());
                    findings.add(graded == null ? f : f.withSeverity(graded));
                }
            } catch (RuntimeException e) {
                findings.add(failed(rule, e.toString()));
            } catch (StackOverflowError e) {
                // third-party code (regular expressions, parsers) may still recurse on hostile text
                findings.add(failed(rule, "the answer's text nests or repeats beyond what the rule can follow"));
            }
        }
        return new Report(findings, rules);
    }

    private static Finding failed(ContentRule rule, String why) {
        return Finding.builder()
                .ruleId("ONC-RULE-FAILED")
                .severity(Severity.ERROR)
                .location(Location.answer())
                .message("rule " + rule.id() + " failed: " + why)
                .build();
    }

    @Override
    public String toString() {
        return "RuleSet" + rules.stream().map(ContentRule::id).toList();
    }
}
