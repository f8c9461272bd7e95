package org.oncodex.lint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oncodex.answer.Provenance;
import org.oncodex.disclaimers.Audience;
import org.oncodex.disclaimers.DisclaimerCatalog;
import org.oncodex.evidence.EvidenceBase;

/**
 * What the caller of {@link MarkdownAnswers#read(String, ReadOptions)} knows about an answer that its
 * text may not say: the evidence base whose vocabulary names its cancer type, the disclaimer
 * catalogue whose wording and paraphrases recognise its disclaimers, who wrote it, its language and
 * its audience. Immutable; each method returns a copy with one setting changed.
 *
 * <pre>{@code
 * Answer answer = MarkdownAnswers.read(markdown, ReadOptions.defaults()
 *         .evidence(EvidenceBase.bundled())
 *         .provenance(Provenance.aiGenerated("our-model-v3")));
 * }</pre>
 */
public final class ReadOptions {
    private final @Nullable EvidenceBase evidence;
    private final DisclaimerCatalog catalog;
    private final @Nullable Provenance provenance;
    private final @Nullable Locale locale;
    private final Audience audience;
    private final @Nullable String question;
    private final int maxChars;

    /** How many characters of Markdown are read unless {@link #maxChars(int)} says otherwise: 4 Mi. */
    public static final int DEFAULT_MAX_CHARS = 4 * 1024 * 1024;

    private ReadOptions(
            @Nullable EvidenceBase evidence,
            DisclaimerCatalog catalog,
            @Nullable Provenance provenance,
            @Nullable Locale locale,
            Audience audience,
            @Nullable String question,
            int maxChars) {
        this.evidence = evidence;
        this.catalog = catalog;
        this.provenance = provenance;
        this.locale = locale;
        this.audience = audience;
        this.question = question;
        this.maxChars = maxChars;
    }

    /**
     * No evidence base (cancer types are named only), the bundled disclaimer catalogue, provenance as
     * the text states it, no language given (read as English, with disclaimers recognised in every
     * language of the catalogue), for patients.
     */
    public static ReadOptions defaults() {
        return new ReadOptions(
                null, DisclaimerCatalog.bundled(), null, null, Audience.PATIENT, null, DEFAULT_MAX_CHARS);
    }

    /** These options with cancer types, therapies and brands resolved in {@code evidence}'s vocabulary. */
    public ReadOptions evidence(EvidenceBase evidence) {
        return new ReadOptions(
                checkNotNull(evidence, "evidence"), catalog, provenance, locale, audience, question, maxChars);
    }

    /** These options with disclaimers recognised by the wording and paraphrases of {@code catalog}. */
    public ReadOptions catalog(DisclaimerCatalog catalog) {
        return new ReadOptions(
                evidence, checkNotNull(catalog, "catalog"), provenance, locale, audience, question, maxChars);
    }

    /**
     * These options with who wrote the answer as the caller knows it, which wins over what the
     * answer's byline or disclaimers say (a service knows that its model wrote the text).
     */
    public ReadOptions provenance(Provenance provenance) {
        return new ReadOptions(
                evidence, catalog, checkNotNull(provenance, "provenance"), locale, audience, question, maxChars);
    }

    /**
     * These options with the answer's language: disclaimers are recognised in it alone. Without it,
     * they are recognised in every language the catalogue holds, the answer's own first.
     */
    public ReadOptions locale(Locale locale) {
        return new ReadOptions(
                evidence, catalog, provenance, checkNotNull(locale, "locale"), audience, question, maxChars);
    }

    /** These options with the answer's audience. */
    public ReadOptions audience(Audience audience) {
        return new ReadOptions(
                evidence, catalog, provenance, locale, checkNotNull(audience, "audience"), question, maxChars);
    }

    /**
     * These options with the question the answer answers, as the caller asked it; it wins over the
     * answer's title (a model's answer often has none).
     */
    public ReadOptions question(String question) {
        return new ReadOptions(
                evidence, catalog, provenance, locale, audience, checkNotNull(question, "question"), maxChars);
    }

    /**
     * These options with the most characters of Markdown read: an answer longer than that is read up
     * to the limit, and the rest reported as unreadable (so the rules reject it) rather than held in
     * memory and checked at a cost that grows with whatever a client sends.
     *
     * @throws IllegalArgumentException if {@code maxChars} is not positive
     */
    public ReadOptions maxChars(int maxChars) {
        com.google.common.base.Preconditions.checkArgument(maxChars > 0, "maxChars must be positive: %s", maxChars);
        return new ReadOptions(evidence, catalog, provenance, locale, audience, question, maxChars);
    }

    /** The most characters of Markdown read. */
    public int maxChars() {
        return maxChars;
    }

    /** The question, if the caller gave it. */
    public Optional<String> question() {
        return Optional.ofNullable(question);
    }

    /** The evidence base, if one was given. */
    public Optional<EvidenceBase> evidence() {
        return Optional.ofNullable(evidence);
    }

    /** The disclaimer catalogue. */
    public DisclaimerCatalog catalog() {
        return catalog;
    }

    /** Who wrote the answer, if the caller said. */
    public Optional<Provenance> provenance() {
        return Optional.ofNullable(provenance);
    }

    /** The answer's language: the one given, else English. */
    public Locale locale() {
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** Whether the caller gave the answer's language ({@link #locale(Locale)}). */
    public boolean localeGiven() {
        return locale != null;
    }

    /** The answer's audience. */
    public Audience audience() {
        return audience;
    }

    @Override
    public String toString() {
        return "ReadOptions[evidence=" + (evidence != null) + ", catalog=" + catalog + ", provenance=" + provenance
                + ", locale=" + (locale == null ? "not given" : locale.toLanguageTag()) + ", audience=" + audience
                + ", question=" + question + "]";
    }
}
