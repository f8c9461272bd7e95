package org.oncodex.model.evidence;

/**
 * What kind of source a {@link Citation} is, which decides what it may support: an approval
 * statement needs a regulatory document or official government information; an AI-generated text
 * supports nothing.
 */
public enum SourceType {
    /** An article in a peer-reviewed journal, such as a trial report, a review or a meta-analysis. */
    PEER_REVIEWED_ARTICLE("peer-reviewed article"),
    /** A clinical practice guideline, or a guideline's patient edition. */
    GUIDELINE("guideline"),
    /**
     * A regulator's own document: a label (prescribing information), an approval notice or letter,
     * or an approval summary written by the agency's reviewers.
     */
    REGULATORY_DOCUMENT("regulatory document"),
    /** Information an official government body publishes for patients, such as NCI PDQ summaries. */
    GOVERNMENT_INFORMATION("government patient information"),
    /** A record in a trial registry, such as ClinicalTrials.gov or the EU Clinical Trials Register. */
    TRIAL_REGISTRY_RECORD("trial registry record"),
    /** An abstract presented at a scientific meeting. */
    CONFERENCE_ABSTRACT("conference abstract"),
    /** A news report, press release or society news item that reports on another source. */
    NEWS("news"),
    /** A terminology or code set, such as OncoTree or the NCI Thesaurus, or a file that lists its codes. */
    TERMINOLOGY("terminology"),
    /** Text written by a language model. It supports no fact; it may be cited only as an example. */
    AI_GENERATED("AI-generated text");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    /** The plain English name, such as "regulatory document". */
    public String label() {
        return label;
    }

    /** Whether a source of this type may support an approval statement: a regulator's or a government's own words. */
    public boolean supportsApprovals() {
        return this == REGULATORY_DOCUMENT || this == GOVERNMENT_INFORMATION;
    }

    /** Whether a source of this type may support any fact at all: every type but AI-generated text. */
    public boolean supportsFacts() {
        return this != AI_GENERATED;
    }
}
