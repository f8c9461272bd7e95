package org.oncodex.disclaimers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Splitter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.oncodex.disclaimers.internal.LanguageTags;
import org.oncodex.disclaimers.internal.Problems;
import org.oncodex.disclaimers.internal.ValueJson;

/**
 * One versioned wording of a {@link DisclaimerKind} in one locale: a catalogue entry.
 *
 * <p>The {@link #id()} names the disclaimer across its translations ({@code not-medical-advice} in
 * English and in Spanish); {@link #id()}, {@link #version()} and {@link #locale()} together name
 * the exact text a reader saw, and every {@link RenderedDisclaimer} keeps them. Change the text,
 * raise the version.
 *
 * <p>The {@link #text()} may use the {@link DisclaimerVariable}s, written {@code {therapy}}, which
 * {@link #render(Map)} fills. Braces are reserved for variables: a text cannot hold a literal brace.
 *
 * <p>Its JSON form is the shape of an entry in a catalogue file: {@code {"id":
 * "not-medical-advice", "kind": "NOT_MEDICAL_ADVICE", "version": 1, "locale": "en", "placement":
 * "HEADER", "text": "...", "paraphrases": ["not * medical advice"]}} (the paraphrases may be left
 * out).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDisclaimer.class)
@JsonDeserialize(as = ImmutableDisclaimer.class)
@ValueJson
public abstract class Disclaimer {

    Disclaimer() {}

    /** The stable identifier, shared by the translations of one disclaimer, such as {@code not-medical-advice}. */
    public abstract String id();

    /** What the disclaimer tells the reader. */
    public abstract DisclaimerKind kind();

    /** The version of this wording, 1 or more; a changed text gets a higher version. */
    public abstract int version();

    /** The language (and optionally region) of the text, such as {@code es} or {@code es-MX}. */
    @JsonSerialize(using = LanguageTags.Serializer.class)
    @JsonDeserialize(using = LanguageTags.Deserializer.class)
    public abstract Locale locale();

    /** Where this wording is written to stand; a policy may place the kind elsewhere. */
    public abstract Placement placement();

    /** The wording, possibly with {@code {variable}}s. */
    public abstract String text();

    /**
     * Other ways of saying what this disclaimer says, in the phrase language of the catalogue: words,
     * {@code (a|b)} choices, {@code (a|b)?} optional choices and {@code *} gaps of up to six words,
     * matched ignoring case within a sentence, such as {@code not * medical advice}. A text that
     * holds one {@linkplain #isStatedBy(String) states} the disclaimer, so an answer written in a
     * model's own words is recognised. None by default.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<String> paraphrases();

    /** The paraphrases compiled, once. */
    @Value.Lazy
    List<Pattern> paraphrasePatterns() {
        return paraphrases().stream().map(Paraphrases::compile).toList();
    }

    /** For each paraphrase, the words a text must hold one of to match it ({@link Paraphrases#requiredWords}). */
    @Value.Lazy
    List<List<String>> paraphraseWords() {
        return paraphrases().stream().map(Paraphrases::requiredWords).toList();
    }

    /** The longest run of the wording outside its variables, which a text must hold to match it. */
    @Value.Lazy
    String wordingWords() {
        String longest = "";
        for (String part : Splitter.on(Pattern.compile("\\{[a-zA-Z]+}")).split(text())) {
            String normalized = Paraphrases.normalize(part);
            if (normalized.length() > longest.length()) {
                longest = normalized;
            }
        }
        return longest;
    }

    /** The wording itself, its variables standing for any words, compiled once. */
    @Value.Lazy
    Pattern wordingPattern() {
        StringBuilder regex = new StringBuilder();
        java.util.regex.Matcher variable = Pattern.compile("\\{[a-zA-Z]+}").matcher(text());
        int last = 0;
        while (variable.find()) {
            String before = Paraphrases.normalize(text().substring(last, variable.start()));
            if (regex.length() == 0 && before.isEmpty()) {
                // a wording that starts with its variable ("{therapy} is not approved ..."): the
                // variable's words need only be there, one character of them, before the rest. As a
                // lazy run of up to 200 at the front, every position of the text tried 200 lengths.
                regex.append("(?<=[^.!?])");
            } else {
                regex.append(Pattern.quote(before)).append("[^.!?]{1,200}?");
            }
            last = variable.end();
        }
        regex.append(Pattern.quote(Paraphrases.normalize(text().substring(last))));
        return Pattern.compile(regex.toString());
    }

    /**
     * Whether {@code text} says what this disclaimer says: it holds the wording (its variables
     * standing for any words) or one of the {@linkplain #paraphrases() paraphrases}, ignoring case,
     * quote and dash styles and emphasis.
     */
    public boolean isStatedBy(String text) {
        String normalized = Paraphrases.normalize(text);
        return wordingPattern().matcher(normalized).find()
                || paraphrasePatterns().stream()
                        .anyMatch(p -> p.matcher(normalized).find());
    }

    /** A builder; every attribute is required but the paraphrases. */
    public static Builder builder() {
        return new Builder();
    }

    /** The variables the text uses, in order of first use; they must all have values to render it. */
    public Set<DisclaimerVariable> variables() {
        return Placeholders.variables(text());
    }

    /**
     * The text with its variables filled, at this disclaimer's own {@link #placement()}.
     *
     * <p>Values for variables the text does not use are ignored, so one map of an answer's values
     * can render all its disclaimers. Values are inserted as they are, never scanned for variables.
     *
     * @throws MissingVariableException naming every variable the text uses that has no value or a
     *     blank one; nothing is rendered then
     */
    public RenderedDisclaimer render(Map<DisclaimerVariable, String> values) {
        return render(values, placement());
    }

    /** As {@link #render(Map)}, at the given placement. */
    RenderedDisclaimer render(Map<DisclaimerVariable, String> values, Placement at) {
        Placeholders.Filled filled = Placeholders.fill(text(), values);
        if (!filled.missing().isEmpty()) {
            throw new MissingVariableException(this, filled.missing());
        }
        return ImmutableRenderedDisclaimer.builder()
                .id(id())
                .kind(kind())
                .version(version())
                .locale(locale())
                .placement(at)
                .text(filled.text())
                .build();
    }

    /** For logs: {@code not-medical-advice v1 en}. */
    @Override
    public String toString() {
        return id() + " v" + version() + " " + locale().toLanguageTag();
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Disclaimer \"" + id() + "\"");
        problems.id("id", id());
        checkVersion(problems, version());
        checkLocale(problems, locale());
        checkText(problems, text());
        checkParaphrases(problems, paraphrases());
        problems.throwIfAny();
    }

    // the rules of single fields, shared with the catalogue loader and RenderedDisclaimer

    static final String LOCALE_RULE =
            "must be a well-formed language tag that names a language (such as \"es\" or \"es-MX\")";

    static void checkVersion(Problems problems, int version) {
        problems.check(version >= 1, "version", version, "must be a whole number of 1 or more");
    }

    static void checkLocale(Problems problems, Locale locale) {
        problems.check(LanguageTags.isWellFormed(locale), "locale", locale.toLanguageTag(), LOCALE_RULE);
    }

    static void checkText(Problems problems, String text) {
        if (!problems.text("text", text)) {
            return;
        }
        problems.check(text.strip().equals(text), "text", text, "must not start or end with white space");
        for (String rule : Placeholders.problems(text)) {
            problems.check(false, "text", text, rule);
        }
    }

    static void checkParaphrases(Problems problems, List<String> paraphrases) {
        for (int i = 0; i < paraphrases.size(); i++) {
            String phrase = paraphrases.get(i);
            Optional<String> problem = Paraphrases.problem(phrase);
            problems.check(problem.isEmpty(), "paraphrases[" + i + "]", phrase, problem.orElse(""));
        }
    }

    /** Builds a {@link Disclaimer}. */
    public static final class Builder extends ImmutableDisclaimer.Builder {
        Builder() {}
    }
}
