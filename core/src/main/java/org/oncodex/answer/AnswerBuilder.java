package org.oncodex.answer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oncodex.disclaimers.AnswerFacts;
import org.oncodex.disclaimers.ApprovalState;
import org.oncodex.disclaimers.Audience;
import org.oncodex.disclaimers.Channel;
import org.oncodex.disclaimers.DisclaimerCatalog;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.disclaimers.DisclaimerVariable;
import org.oncodex.disclaimers.MissingVariableException;
import org.oncodex.disclaimers.Placement;
import org.oncodex.disclaimers.RenderedDisclaimer;
import org.oncodex.disclaimers.Requirement;
import org.oncodex.disclaimers.TherapyMention;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/**
 * Builds an {@link Answer}: the builder supplies the policy with the answer's facts and puts every
 * required disclaimer in place itself, and {@link #build()} refuses an incomplete answer, listing
 * every missing part at once.
 *
 * <p>Facts the policy sees: whether AI wrote the answer ({@link #aiGenerated(String)} or {@link
 * #humanWritten(String)}, one of them required); the therapies it mentions, with their approval for
 * its cancer type (declared with {@link #mentions(Concept)} or {@link #mentions(String,
 * ApprovalState)}, and, given an {@link #evidence(EvidenceBase) evidence base}, found in its text
 * and looked up there); whether it mentions clinical trials or off-label use (declared, or found
 * in its text); whether it discusses urgent symptoms (declared).
 *
 * <p>Single-valued parts (question, cancer type, date, provenance, questions to ask, key takeaway)
 * may be set once: setting one twice is a programming error and fails at once.
 */
public final class AnswerBuilder {

    private final DisclaimerPolicy policy;
    private @Nullable String question;
    private Audience audience = Audience.PATIENT;
    private Channel channel = Channel.WEB;
    private @Nullable CancerType cancerType;
    private @Nullable LocalDate date;
    private Clock clock = Clock.system(ZoneId.systemDefault());
    private Locale locale = Locale.ENGLISH;
    private @Nullable Provenance provenance;
    private final List<Section> sections = new ArrayList<>();
    private @Nullable QuestionsToAsk questionsToAsk;
    private @Nullable String keyTakeaway;
    private final List<Citation> sources = new ArrayList<>();
    private final List<RelatedQuestion> relatedQuestions = new ArrayList<>();
    private DisclaimerCatalog catalog = DisclaimerCatalog.bundled();
    private @Nullable EvidenceBase evidence;
    private final List<Concept> mentionedConcepts = new ArrayList<>();
    private final List<TherapyMention> mentionedTherapies = new ArrayList<>();
    private boolean clinicalTrials;
    private boolean offLabelUse;
    private boolean urgentSymptoms;

    AnswerBuilder(DisclaimerPolicy policy) {
        this.policy = policy;
    }

    /** The patient's question, shown as the title. */
    public AnswerBuilder question(String question) {
        checkState(this.question == null, "question already set: %s", this.question);
        this.question = question;
        return this;
    }

    /** Who the answer is for; patient unless set. */
    public AnswerBuilder audience(Audience audience) {
        this.audience = audience;
        return this;
    }

    /** How the answer reaches its reader; web unless set. */
    public AnswerBuilder channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    /** The cancer type the question is about. */
    public AnswerBuilder cancerType(CancerType cancerType) {
        checkState(this.cancerType == null, "cancer type already set: %s", this.cancerType);
        this.cancerType = cancerType;
        return this;
    }

    /** The answer's date; today (by the builder's clock) unless set. */
    public AnswerBuilder date(LocalDate date) {
        checkState(this.date == null, "date already set: %s", this.date);
        this.date = date;
        return this;
    }

    /** The clock that gives today's date when no date is set. */
    public AnswerBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** The language of the answer and of its disclaimers; English unless set. */
    public AnswerBuilder locale(Locale locale) {
        this.locale = locale;
        return this;
    }

    /** Generated by the named AI system. */
    public AnswerBuilder aiGenerated(String generator) {
        return provenance(Provenance.aiGenerated(generator));
    }

    /** Generated by the named AI system, grounded in the named sources. */
    public AnswerBuilder aiGenerated(String generator, String groundedIn) {
        return provenance(Provenance.aiGenerated(generator, groundedIn));
    }

    /** Written by a person. */
    public AnswerBuilder humanWritten(String author) {
        return provenance(Provenance.humanWritten(author));
    }

    /** Who wrote the answer. */
    public AnswerBuilder provenance(Provenance provenance) {
        checkState(this.provenance == null, "provenance already set: %s", this.provenance);
        this.provenance = provenance;
        return this;
    }

    /** Adds a section built by {@code content}. */
    public AnswerBuilder section(String heading, Consumer<SectionBuilder> content) {
        SectionBuilder builder = new SectionBuilder();
        content.accept(builder);
        sections.add(Section.of(heading, builder.blocks()));
        return this;
    }

    /** Adds a section. */
    public AnswerBuilder section(Section section) {
        sections.add(section);
        return this;
    }

    /** The questions to ask the care team (3 to 10, each a question), under the default heading. */
    public AnswerBuilder questionsToAsk(String... questions) {
        return questionsToAsk(QuestionsToAsk.of(List.of(questions)));
    }

    /** The questions to ask the care team. */
    public AnswerBuilder questionsToAsk(QuestionsToAsk questions) {
        checkState(this.questionsToAsk == null, "questions to ask already set: %s", this.questionsToAsk);
        this.questionsToAsk = questions;
        return this;
    }

    /** The one thing to remember. */
    public AnswerBuilder keyTakeaway(String takeaway) {
        checkState(this.keyTakeaway == null, "key takeaway already set: %s", this.keyTakeaway);
        this.keyTakeaway = takeaway;
        return this;
    }

    /** A source; sources cited in the text come first, in order of first use, then these. */
    public AnswerBuilder source(Citation citation) {
        sources.add(citation);
        return this;
    }

    /** A question the reader may want to ask next. */
    public AnswerBuilder relatedQuestion(String question) {
        relatedQuestions.add(RelatedQuestion.of(question));
        return this;
    }

    /** A question the reader may want to ask next, with a preview of its answer. */
    public AnswerBuilder relatedQuestion(String question, String snippet) {
        relatedQuestions.add(RelatedQuestion.of(question, snippet));
        return this;
    }

    /** The disclaimer wording; the bundled catalogue unless set. */
    public AnswerBuilder catalog(DisclaimerCatalog catalog) {
        this.catalog = catalog;
        return this;
    }

    /**
     * The evidence base that tells the therapies mentioned in the text and their approval for the
     * answer's cancer type.
     */
    public AnswerBuilder evidence(EvidenceBase evidence) {
        this.evidence = evidence;
        return this;
    }

    /**
     * Declares that the answer mentions a drug, therapy or regimen; its approval for the answer's
     * cancer type is looked up in the {@linkplain #evidence(EvidenceBase) evidence base}, and is
     * unknown without one.
     *
     * @throws IllegalArgumentException if {@code treatment} is not a drug, therapy or regimen
     */
    public AnswerBuilder mentions(Concept treatment) {
        checkArgument(
                treatment instanceof Drug || treatment instanceof Therapy || treatment instanceof Regimen,
                "only drugs, therapies and regimens have approvals: %s",
                treatment.id());
        mentionedConcepts.add(treatment);
        return this;
    }

    /** Declares that the answer mentions a therapy whose approval for its cancer type you know. */
    public AnswerBuilder mentions(String therapy, ApprovalState approval) {
        mentionedTherapies.add(TherapyMention.of(therapy, approval));
        return this;
    }

    /** Declares that the answer mentions clinical trials (also found in its text). */
    public AnswerBuilder mentionsClinicalTrials() {
        clinicalTrials = true;
        return this;
    }

    /** Declares that the answer mentions off-label use (also found in its text). */
    public AnswerBuilder mentionsOffLabelUse() {
        offLabelUse = true;
        return this;
    }

    /** Declares that the answer discusses symptoms that may need urgent care. */
    public AnswerBuilder mentionsUrgentSymptoms() {
        urgentSymptoms = true;
        return this;
    }

    /**
     * The answer, with the disclaimers the policy requires for its facts and its sources numbered
     * in order of first use.
     *
     * @throws IncompleteAnswerException listing every missing part: the question, who wrote it, a
     *     content section, 3 to 10 questions to ask (each a question), a source, a citation for
     *     each statistic, a value for each disclaimer variable
     * @throws IllegalArgumentException if the policy does not serve the answer's audience or channel
     */
    public Answer build() {
        List<AnswerProblem> problems = new ArrayList<>();
        String q = question;
        if (q == null || q.isBlank()) {
            problems.add(
                    AnswerProblem.of(AnswerProblem.Part.QUESTION, "the answer has no question: set question(String)"));
        }
        if (provenance == null) {
            problems.add(AnswerProblem.of(
                    AnswerProblem.Part.PROVENANCE,
                    "say who wrote the answer: aiGenerated(name) or humanWritten(author)"));
        }
        checkSections(problems);
        checkQuestions(problems);
        List<Citation> cited = new ArrayList<>();
        checkStatistics(problems, cited);
        cited.addAll(sources);
        List<Source> numbered = Sources.number(cited);
        if (numbered.isEmpty()) {
            problems.add(AnswerProblem.of(
                    AnswerProblem.Part.SOURCES,
                    "the answer cites no source: add source(Citation), or cite statistics whose results carry one"));
        }
        List<AnswerDisclaimer> disclaimers = provenance == null ? List.of() : disclaimers(problems);
        if (!problems.isEmpty()) {
            throw new IncompleteAnswerException(problems);
        }
        Answer.Builder b = Answer.unchecked()
                .question(q == null ? "" : q)
                .audience(audience)
                .date(date != null ? date : LocalDate.now(clock))
                .locale(locale)
                .provenance(Objects.requireNonNull(provenance))
                .disclaimers(disclaimers)
                .sections(sections)
                .questionsToAsk(Objects.requireNonNull(questionsToAsk))
                .sources(numbered)
                .relatedQuestions(relatedQuestions);
        if (cancerType != null) {
            b.cancerType(cancerType);
        }
        if (keyTakeaway != null) {
            b.keyTakeaway(keyTakeaway);
        }
        return b.build();
    }

    private void checkSections(List<AnswerProblem> problems) {
        if (sections.isEmpty()) {
            problems.add(AnswerProblem.of(
                    AnswerProblem.Part.SECTIONS,
                    "the answer has no content section: add section(heading, s -> s.paragraph(...))"));
        }
        for (Section section : sections) {
            if (section.heading().isBlank()) {
                problems.add(AnswerProblem.of(AnswerProblem.Part.SECTIONS, "a section has a blank heading"));
            }
            if (section.blocks().isEmpty()) {
                problems.add(AnswerProblem.of(
                        AnswerProblem.Part.SECTIONS,
                        "section \"" + section.heading()
                                + "\" has no content: give it a paragraph, a list or a table"));
            }
        }
    }

    private void checkQuestions(List<AnswerProblem> problems) {
        QuestionsToAsk questions = questionsToAsk;
        if (questions == null) {
            problems.add(AnswerProblem.of(
                    AnswerProblem.Part.QUESTIONS_TO_ASK,
                    "the answer has no questions to ask the care team: set questionsToAsk(...) with "
                            + QuestionsToAsk.MIN_QUESTIONS + " to " + QuestionsToAsk.MAX_QUESTIONS + " questions"));
            return;
        }
        int n = questions.questions().size();
        if (n < QuestionsToAsk.MIN_QUESTIONS || n > QuestionsToAsk.MAX_QUESTIONS) {
            problems.add(AnswerProblem.of(
                    AnswerProblem.Part.QUESTIONS_TO_ASK,
                    "give " + QuestionsToAsk.MIN_QUESTIONS + " to " + QuestionsToAsk.MAX_QUESTIONS
                            + " questions to ask the care team, not " + n));
        }
        for (String item : questions.questions()) {
            if (!QuestionsToAsk.isQuestion(item)) {
                problems.add(AnswerProblem.of(
                        AnswerProblem.Part.QUESTIONS_TO_ASK,
                        "\"" + item + "\" is not a question: end it with a question mark"));
            }
        }
        if (questions.heading().isBlank()) {
            problems.add(AnswerProblem.of(AnswerProblem.Part.QUESTIONS_TO_ASK, "the questions have a blank heading"));
        }
    }

    /** Reports statistics without a citation and collects citations in order of first use. */
    private void checkStatistics(List<AnswerProblem> problems, List<Citation> cited) {
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                for (Inline inline : Answers.inlines(block)) {
                    if (inline instanceof Statistic s) {
                        cite(s.result(), section, problems, cited);
                    } else if (inline instanceof CitationMarker m) {
                        cited.add(m.citation());
                    }
                }
                if (block instanceof EvidenceTable table) {
                    table.results().forEach(r -> cite(r, section, problems, cited));
                }
            }
        }
    }

    private static void cite(TrialResult result, Section section, List<AnswerProblem> problems, List<Citation> cited) {
        Optional<Citation> citation = result.citation();
        if (citation.isPresent()) {
            cited.add(citation.get());
        } else {
            problems.add(AnswerProblem.of(
                    AnswerProblem.Part.STATISTIC_CITATION,
                    "section \"" + section.heading() + "\" states result \"" + result.id()
                            + "\", which has no citation: give the TrialResult its citation"));
        }
    }

    private List<AnswerDisclaimer> disclaimers(List<AnswerProblem> problems) {
        Provenance p = Objects.requireNonNull(provenance);
        List<String> sectionTexts = sections.stream().map(Section::plainText).toList();
        List<String> texts = new ArrayList<>(sectionTexts);
        if (question != null) {
            texts.add(question); // "Does CAR-T work for liver cancer?" is about CAR-T, whatever the text says
        }
        if (keyTakeaway != null) {
            texts.add(keyTakeaway);
        }
        if (questionsToAsk != null) {
            texts.addAll(questionsToAsk.questions());
        }
        // the builder adds the clinical-trials disclaimer for a trial named even in a question to ask;
        // the rules, reading answers written elsewhere, require it only for statements (Answers.facts)
        FactFinder found = FactFinder.find(
                texts, List.of(), mentionedConcepts, mentionedTherapies, Optional.ofNullable(cancerType), evidence);
        AnswerFacts facts = found.facts(
                p.isAiGenerated(),
                audience,
                channel,
                Optional.ofNullable(cancerType),
                clinicalTrials,
                offLabelUse,
                urgentSymptoms);
        Map<String, List<String>> aliases = found.aliases();
        Map<DisclaimerVariable, String> values = new EnumMap<>(DisclaimerVariable.class);
        values.put(DisclaimerVariable.DATE, (date != null ? date : LocalDate.now(clock)).toString());
        List<AnswerDisclaimer> placed = new ArrayList<>();
        for (Requirement requirement : policy.requirements(facts)) {
            RenderedDisclaimer rendered;
            try {
                rendered = catalog.render(requirement, locale, values);
            } catch (MissingVariableException e) {
                problems.add(AnswerProblem.of(
                        AnswerProblem.Part.DISCLAIMER,
                        "the " + requirement.kind() + " disclaimer cannot be shown: " + e.getMessage()
                                + (cancerType == null ? " (set cancerType(...))" : "")));
                continue;
            }
            if (requirement.placement() == Placement.INLINE) {
                placed.add(AnswerDisclaimer.inline(rendered, anchor(requirement, aliases, sectionTexts)));
            } else {
                placed.add(AnswerDisclaimer.of(rendered));
            }
        }
        return List.copyOf(placed);
    }

    private static Pattern names(List<String> names) {
        return Pattern.compile(
                names.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The section an inline disclaimer follows: the first whose text shows what triggered it (the
     * therapy under any of its names, clinical trials, off-label use), else the last.
     */
    private static int anchor(Requirement requirement, Map<String, List<String>> aliases, List<String> sectionTexts) {
        Pattern trigger = switch (requirement.trigger()) {
            case CLINICAL_TRIALS -> FactFinder.CLINICAL_TRIAL;
            case OFF_LABEL_USE -> FactFinder.OFF_LABEL;
            default ->
                requirement
                        .therapy()
                        .map(t -> names(aliases.getOrDefault(t.name(), List.of(t.name()))))
                        .orElse(null);
        };
        if (trigger != null) {
            for (int i = 0; i < sectionTexts.size(); i++) {
                if (trigger.matcher(sectionTexts.get(i)).find()) {
                    return i;
                }
            }
        }
        return Math.max(0, sectionTexts.size() - 1);
    }
}
