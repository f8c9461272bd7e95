package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;
import org.oncodex.disclaimers.Audience;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.disclaimers.Placement;
import org.oncodex.model.CancerType;
import org.oncodex.model.evidence.Citation;

/**
 * An answer to a patient's question: the question, sections, the questions to ask the care team, a
 * key takeaway, numbered sources, related questions, and the disclaimers its policy requires.
 *
 * <pre>{@code
 * Answer answer = Answer.builder(DisclaimerPolicy.patientFacing())
 *         .question("What is immunotherapy and does it work for liver cancer?")
 *         .cancerType(hcc)
 *         .aiGenerated("Navis AI")
 *         .section("Does it work for liver cancer?", s -> s.paragraph("...").statistic(result))
 *         .questionsToAsk("Am I a candidate for immunotherapy?", "...", "...")
 *         .build();
 * }</pre>
 *
 * <p>Build answers with {@link #builder(DisclaimerPolicy)}, which puts the required disclaimers in
 * place and refuses an incomplete answer. An answer read from JSON or from Markdown is taken as it
 * is, complete or not; the content rules check it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnswer.class)
@JsonDeserialize(as = ImmutableAnswer.class)
@ValueJson
public abstract class Answer {
    Answer() {}

    /** The question, shown as the title. */
    public abstract String question();

    /** Who the answer is for. */
    public abstract Audience audience();

    /** The cancer type the question is about, if one. */
    public abstract Optional<CancerType> cancerType();

    /** The date of the answer. */
    public abstract LocalDate date();

    /** The language of the answer and its disclaimers. */
    public abstract Locale locale();

    /** Who wrote it. */
    public abstract Provenance provenance();

    /** The disclaimers, header first, then inline, then footer, each in the policy's order. */
    public abstract List<AnswerDisclaimer> disclaimers();

    /** The content sections, in order. */
    public abstract List<Section> sections();

    /** The questions to ask the care team. */
    public abstract QuestionsToAsk questionsToAsk();

    /** The one thing to remember, if stated. */
    public abstract Optional<String> keyTakeaway();

    /** The numbered sources, in order of first use. */
    public abstract List<Source> sources();

    /** Questions the reader may want to ask next. */
    public abstract List<RelatedQuestion> relatedQuestions();

    /**
     * What the reader of a written answer could not turn into text the rules check, each saying what
     * and where (such as {@code line 12: block quotes nested deeper than 32; ...}); empty for answers
     * built in code. The rule {@code ONC-UNREADABLE} reports each as an error.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<String> unreadable();

    /**
     * What the reader of a written answer assumed where its shape allowed more than one reading, each
     * saying what and where (such as {@code line 3: read "Always consult your oncologist" as the
     * consult-care-team disclaimer}); empty for answers built in code. The rule {@code
     * ONC-READER-ASSUMED} reports each as information, never as an error.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<String> readerNotes();

    /** A builder that applies {@code policy}'s disclaimers and checks completeness at {@link AnswerBuilder#build()}. */
    public static AnswerBuilder builder(DisclaimerPolicy policy) {
        return new AnswerBuilder(policy);
    }

    /** The disclaimers at {@code placement}, in order. */
    public List<AnswerDisclaimer> disclaimers(Placement placement) {
        return disclaimers().stream().filter(d -> d.placement() == placement).toList();
    }

    /** Whether the answer carries a disclaimer of {@code kind}. */
    public boolean hasDisclaimer(DisclaimerKind kind) {
        return disclaimers().stream().anyMatch(d -> d.disclaimer().kind() == kind);
    }

    /** The inline disclaimers that follow the section at {@code sectionIndex}. */
    public List<AnswerDisclaimer> disclaimersAfter(int sectionIndex) {
        return disclaimers().stream()
                .filter(d -> d.afterSection().isPresent() && d.afterSection().getAsInt() == sectionIndex)
                .toList();
    }

    /** The number of {@code citation}'s source, if the answer lists it. */
    public Optional<Integer> sourceNumber(Citation citation) {
        return sources().stream()
                .filter(s -> Sources.sameWork(s.citation(), citation))
                .map(Source::number)
                .findFirst();
    }

    /**
     * A builder that checks nothing but the types: for answers written elsewhere (read from
     * Markdown or storage) that the content rules are to check. Services that write answers use
     * {@link #builder(DisclaimerPolicy)}.
     */
    public static Builder unchecked() {
        return new Builder();
    }

    /**
     * Builds an {@link Answer} as given, complete or not; see {@link #unchecked()}. Required: question,
     * audience, date, locale, provenance, questions to ask.
     */
    public static final class Builder extends ImmutableAnswer.Builder {
        Builder() {}
    }
}
