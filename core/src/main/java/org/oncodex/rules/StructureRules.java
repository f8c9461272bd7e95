package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Answers;
import org.oncodex.answer.Block;
import org.oncodex.answer.CitationMarker;
import org.oncodex.answer.Inline;
import org.oncodex.answer.QuestionsToAsk;
import org.oncodex.answer.Section;
import org.oncodex.answer.Source;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.internal.ReaderNotes;
import org.oncodex.model.evidence.Citation;

/** The rules of an answer's shape: question, content, questions to ask, sources and citation markers. */
final class StructureRules {
    private StructureRules() {}

    static final class QuestionMissing extends BaseRule {
        QuestionMissing() {
            super("ONC-QUESTION-MISSING", Severity.ERROR, "The answer states the question it answers.");
        }

        /**
         * An answer with no question is an error, but a written answer that the reader found no title in
         * (a chat reply, which answers the message before it) is information: its question is stated elsewhere.
         */
        @Override
        public List<Finding> check(Answer answer) {
            if (!answer.question().isBlank()) {
                return List.of();
            }
            Finding missing = finding(Location.of(Location.Part.QUESTION), "the answer has no question as its title");
            return List.of(
                    answer.readerNotes().contains(ReaderNotes.NO_QUESTION)
                            ? missing.withSeverity(Severity.INFO)
                            : missing);
        }
    }

    static final class ContentMissing extends BaseRule {
        ContentMissing() {
            super("ONC-CONTENT-MISSING", Severity.ERROR, "The answer has at least one section with content.");
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            if (answer.sections().stream().allMatch(s -> s.blocks().isEmpty())) {
                findings.add(finding(Location.answer(), "the answer has no content section"));
            }
            for (int i = 0; i < answer.sections().size(); i++) {
                Section s = answer.sections().get(i);
                if (s.blocks().isEmpty() && answer.sections().size() > 1) {
                    findings.add(finding(
                            Location.builder()
                                    .part(Location.Part.SECTION)
                                    .sectionIndex(i)
                                    .sectionHeading(s.heading())
                                    .build(),
                            "section \"" + s.heading() + "\" has a heading and no content"));
                }
            }
            return findings;
        }
    }

    /** Parts of a written answer that its reader could not turn into text: unseen by the other rules. */
    static final class Unreadable extends BaseRule {
        Unreadable() {
            super(
                    "ONC-UNREADABLE",
                    Severity.ERROR,
                    "Everything a reader of the answer would see is text the rules can check.");
        }

        @Override
        public List<Finding> check(Answer answer) {
            return answer.unreadable().stream()
                    .map(what -> finding(Location.answer(), "part of the answer could not be read: " + what))
                    .toList();
        }
    }

    /** What the reader of a written answer assumed where its shape was ambiguous: for a human to confirm. */
    static final class ReaderAssumed extends BaseRule {
        ReaderAssumed() {
            super(
                    "ONC-READER-ASSUMED",
                    Severity.INFO,
                    "Where a written answer's shape allows more than one reading, the reading taken is stated.");
        }

        @Override
        public List<Finding> check(Answer answer) {
            return answer.readerNotes().stream()
                    .map(note -> finding(Location.answer(), "the reader assumed: " + note))
                    .toList();
        }
    }

    /*
     * The count is the accepted format's, not a safety property: an answer with two good questions, or with
     * eleven, has not misled anyone, so it is a warning. No questions at all is an error for patients, whose
     * answers must end with them, and information for clinicians, whose evidence summaries rarely have them.
     */
    static final class QuestionsToAskRule extends BaseRule {
        private final boolean patientFacing;

        QuestionsToAskRule(boolean patientFacing) {
            super(
                    "ONC-QUESTIONS-TO-ASK",
                    Severity.ERROR,
                    "The answer ends with 3 to 10 questions to ask the care team, each a question.");
            this.patientFacing = patientFacing;
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            List<String> questions = answer.questionsToAsk().questions();
            Location at = Location.of(Location.Part.QUESTIONS_TO_ASK);
            if (questions.isEmpty()) {
                Finding none = finding(
                        at,
                        patientFacing
                                ? "the answer has no questions to ask the care team"
                                : "the clinician-facing answer has no questions to ask the care team; none are required of it",
                        Optional.empty(),
                        Optional.of("add a section \"" + QuestionsToAsk.DEFAULT_HEADING + "\" with 3 to 10 questions"));
                findings.add(patientFacing ? none : none.withSeverity(Severity.INFO));
                return findings;
            }
            if (questions.size() < QuestionsToAsk.MIN_QUESTIONS || questions.size() > QuestionsToAsk.MAX_QUESTIONS) {
                findings.add(finding(
                                at,
                                "the answer gives " + questions.size()
                                        + " questions to ask the care team; the format asks for "
                                        + QuestionsToAsk.MIN_QUESTIONS + " to " + QuestionsToAsk.MAX_QUESTIONS)
                        .withSeverity(Severity.WARNING));
            }
            for (int i = 0; i < questions.size(); i++) {
                String q = questions.get(i);
                if (!QuestionsToAsk.isQuestion(q)) {
                    findings.add(finding(
                            Location.builder().from(at).itemIndex(i).build(),
                            "\"" + q + "\" is not a question",
                            Optional.of(q),
                            Optional.of("end it with a question mark")));
                }
            }
            return findings;
        }
    }

    static final class SourcesMissing extends BaseRule {
        SourcesMissing() {
            super("ONC-SOURCES-MISSING", Severity.ERROR, "The answer lists its sources.");
        }

        @Override
        public List<Finding> check(Answer answer) {
            return answer.sources().isEmpty()
                    ? List.of(finding(Location.of(Location.Part.SOURCES), "the answer lists no source"))
                    : List.of();
        }
    }

    /**
     * Sources a reader can follow: a DOI, a PubMed id or a web address, well formed. A typed
     * citation is well formed by construction; one read from text keeps what it could not read in
     * its title, where this rule finds it.
     */
    static final class SourceMalformed extends BaseRule {
        private static final Pattern DOI_LIKE = Pattern.compile("(?i)\\bdoi:?\\s*(\\S+)");
        private static final Pattern PMID_LIKE = Pattern.compile("(?i)\\bPMID:?\\s*(\\S+)");
        private static final Pattern URL_LIKE = Pattern.compile("(?i)\\b(?:www\\.|https?:/*)\\S+");

        SourceMalformed() {
            super(
                    "ONC-SOURCE-MALFORMED",
                    Severity.ERROR,
                    "Every source can be followed: a well-formed DOI, PubMed id or web address with its scheme.");
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            for (Source source : answer.sources()) {
                Citation c = source.citation();
                Location at = Location.builder()
                        .part(Location.Part.SOURCES)
                        .itemIndex(source.number() - 1)
                        .build();
                String title = c.title().orElse("");
                Matcher doi = DOI_LIKE.matcher(title);
                if (doi.find()) {
                    findings.add(finding(
                            at,
                            "source " + source.number() + " has a DOI that is not one: \"" + doi.group(1) + "\"",
                            Optional.of(doi.group()),
                            Optional.of("a DOI reads 10.<registrant>/<suffix>")));
                }
                Matcher pmid = PMID_LIKE.matcher(title);
                if (pmid.find()) {
                    findings.add(finding(
                            at,
                            "source " + source.number() + " has a PubMed id that is not one: \"" + pmid.group(1) + "\"",
                            Optional.of(pmid.group()),
                            Optional.of("a PubMed id is 1 to 9 digits")));
                }
                Matcher url = URL_LIKE.matcher(title);
                if (url.find()) {
                    findings.add(finding(
                            at,
                            "source " + source.number() + " has a web address without a usable scheme: \"" + url.group()
                                    + "\"",
                            Optional.of(url.group()),
                            Optional.of("write it as https://...")));
                }
            }
            return findings;
        }
    }

    /** A source a reader cannot follow: no DOI, PubMed id or web address (a print guideline, say). */
    static final class SourceUnlinked extends BaseRule {
        SourceUnlinked() {
            super(
                    "ONC-SOURCE-UNLINKED",
                    Severity.INFO,
                    "Sources carry a DOI, a PubMed id or a web address a reader can follow.");
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            for (Source source : answer.sources()) {
                Citation c = source.citation();
                if (c.doi().isEmpty() && c.pmid().isEmpty() && c.url().isEmpty()) {
                    String title = c.title().orElse("");
                    findings.add(finding(
                            Location.builder()
                                    .part(Location.Part.SOURCES)
                                    .itemIndex(source.number() - 1)
                                    .build(),
                            "source " + source.number() + " (\"" + title + "\") has no DOI, PubMed id or web address",
                            Optional.of(title),
                            Optional.of("add one if the source has one")));
                }
            }
            return findings;
        }
    }

    /** Citation markers point at listed sources; no bracketed number points at nothing. */
    static final class CitationUnresolved extends BaseRule {
        private static final Pattern BRACKETED = Pattern.compile("\\[\\^?(\\d{1,3})]");

        CitationUnresolved() {
            super("ONC-CITATION-UNRESOLVED", Severity.ERROR, "Every citation marker points to a listed source.");
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            for (int s = 0; s < answer.sections().size(); s++) {
                Section section = answer.sections().get(s);
                for (int b = 0; b < section.blocks().size(); b++) {
                    Block block = section.blocks().get(b);
                    Location at = Location.builder()
                            .part(Location.Part.SECTION)
                            .sectionIndex(s)
                            .sectionHeading(section.heading())
                            .blockIndex(b)
                            .build();
                    for (Inline inline : Answers.inlines(block)) {
                        Optional<Citation> cited = inline instanceof CitationMarker m
                                ? Optional.of(m.citation())
                                : inline instanceof Statistic st ? st.result().citation() : Optional.empty();
                        if (cited.isPresent()
                                && answer.sourceNumber(cited.get()).isEmpty()) {
                            findings.add(finding(
                                    at,
                                    "a citation of \"" + describe(cited.get()) + "\" points to no listed source",
                                    Optional.empty(),
                                    Optional.of("list it among the sources")));
                        }
                    }
                }
            }
            for (TextUnit unit : TextUnit.of(answer)) {
                Matcher m = BRACKETED.matcher(unit.text);
                while (m.find()) {
                    int n = Integer.parseInt(m.group(1));
                    if (n < 1 || n > answer.sources().size()) {
                        findings.add(finding(
                                unit.location.span(m.start(), m.end()),
                                "\"" + m.group() + "\" points to source " + n + ", but the answer lists "
                                        + answer.sources().size(),
                                Optional.of(m.group()),
                                Optional.empty()));
                    }
                }
            }
            return findings;
        }

        private static String describe(Citation c) {
            return c.doi().or(c::title).or(c::url).or(c::pmid).orElse("a source");
        }
    }
}
