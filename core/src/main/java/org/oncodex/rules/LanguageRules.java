package org.oncodex.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Block;
import org.oncodex.answer.BulletList;
import org.oncodex.answer.EvidenceTable;
import org.oncodex.answer.NumberedList;
import org.oncodex.answer.Section;
import org.oncodex.disclaimers.Audience;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.Mention;
import org.oncodex.model.Drug;
import org.oncodex.model.text.ReadingLevel;

/** The rules of how an answer speaks: no overpromising, plain enough to read, generic names first. */
final class LanguageRules {
    private LanguageRules() {}

    /** "cure" outside a cited context, "guaranteed", "miracle", "100% effective", "no side effects" and the like. */
    static final class Overpromise extends BaseRule {
        private static final Pattern CURE = Pattern.compile("(?i)\\b(cure[sd]?|curing|curative)\\b");
        private static final Pattern ALWAYS = Pattern.compile(
                "(?i)\\b(guarantee[sd]?|guaranteeing|miracle(s)?|miraculous|100\\s*%\\s+(effective|success(ful)?|cure)"
                        + "|no\\s+side[\\s-]effects|without\\s+(any\\s+)?side[\\s-]effects|risk[\\s-]free|completely\\s+safe"
                        + "|proven\\s+to\\s+work\\s+for\\s+everyone|works\\s+for\\s+everyone|always\\s+works|never\\s+fails"
                        + "|wonder\\s+drug|magic\\s+bullet)\\b");

        /** Words that deny what follows: "no guarantee", "not a cure", "rarely cures", "unlikely to cure". */
        private static final Pattern DENIAL = Pattern.compile(
                "(?i)\\b(?:no|not|never|cannot|can't|can’t|isn't|isn’t|aren't|aren’t|doesn't|doesn’t|don't|don’t|won't|won’t"
                        + "|without|rarely|seldom|unlikely\\s+to|nor|neither)\\s+(?:(?:a|an|any|yet|always|usually|often|be|been"
                        + "|offer|offers|give|gives|provide|provides|promise|considered|expected\\s+to|able\\s+to)\\s+){0,3}$");

        /** Whether the words before {@code at} deny the promise that starts there. */
        static boolean denied(String text, int at) {
            return DENIAL.matcher(text.substring(Math.max(0, at - 60), at)).find();
        }

        /**
         * A clause that says what a result does not mean, which holds a promise only to deny it (held-out batch 14):
         * "It does not mean that 24 out of 100 people were cured."
         */
        private static final Pattern NOT_MEANING = Pattern.compile(
                "(?i)\\b(?:(?:does|do|did)\\s+not|doesn['’]t|don['’]t"
                        + "|didn['’]t)\\s+(?:necessarily\\s+)?(?:mean|imply|say)\\b|\\b(?:is|was)\\s+not\\s+to\\s+say\\b");

        private final EvidenceBase evidence;

        Overpromise(EvidenceBase evidence) {
            super(
                    "ONC-OVERPROMISE",
                    Severity.ERROR,
                    "No overpromising: no \"cure\" outside a cited context, no \"guaranteed\", \"miracle\", "
                            + "\"100% effective\", \"no side effects\" and the like.");
            this.evidence = evidence;
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            for (TextUnit unit : TextUnit.of(answer, evidence)) {
                Matcher always = ALWAYS.matcher(unit.text);
                while (always.find()) {
                    if (!unit.inStatistic(always.start(), always.end()) && !denied(unit.text, always.start())) {
                        findings.add(finding(
                                unit.location.span(always.start(), always.end()),
                                "\"" + always.group() + "\" promises more than any treatment can",
                                Optional.of(always.group()),
                                Optional.of("say what the evidence shows, with its uncertainty")));
                    }
                }
                for (int[] sentence : Sentences.of(unit.text)) {
                    Matcher cure = CURE.matcher(unit.text.substring(sentence[0], sentence[1]));
                    boolean question = unit.text
                            .substring(sentence[0], sentence[1])
                            .strip()
                            .endsWith("?");
                    if (cure.find()
                            && !question
                            && !denied(unit.text, sentence[0] + cure.start())
                            && !NOT_MEANING
                                    .matcher(unit.text.substring(sentence[0], sentence[0] + cure.start()))
                                    .find()
                            && !unit.cited(sentence[0], sentence[1])) {
                        findings.add(finding(
                                unit.location.span(sentence[0] + cure.start(), sentence[0] + cure.end()),
                                "\"" + cure.group() + "\" without a cited source that says so",
                                Optional.of(cure.group()),
                                Optional.of("cite the source that reports cures, or describe the result instead")));
                    }
                }
            }
            return findings;
        }
    }

    /** Flesch–Kincaid grade per section, for answers to patients and caregivers. */
    static final class HardReading extends BaseRule {
        /** Sections shorter than this are too short for a stable grade. */
        private static final int MIN_WORDS = 20;

        /** List items shorter than this are names, not sentences. */
        private static final int MIN_ITEM_WORDS = 5;

        private final double maxGrade;

        HardReading(double maxGrade) {
            super(
                    "ONC-READABILITY",
                    Severity.WARNING,
                    "Sections for patients and caregivers read at Flesch-Kincaid grade " + format(maxGrade)
                            + " or below.");
            this.maxGrade = maxGrade;
        }

        double maxGrade() {
            return maxGrade;
        }

        @Override
        public List<Finding> check(Answer answer) {
            if (answer.audience() == Audience.CLINICIAN) {
                return List.of();
            }
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < answer.sections().size(); i++) {
                Section section = answer.sections().get(i);
                String text = prose(section);
                if (ReadingLevel.wordCount(text) < MIN_WORDS) {
                    continue;
                }
                double grade = ReadingLevel.fleschKincaidGrade(text);
                if (grade > maxGrade) {
                    findings.add(finding(
                            Location.builder()
                                    .part(Location.Part.SECTION)
                                    .sectionIndex(i)
                                    .sectionHeading(section.heading())
                                    .build(),
                            "section \"" + section.heading() + "\" reads at grade " + format(grade) + ", above "
                                    + format(maxGrade),
                            Optional.empty(),
                            Optional.of("use shorter sentences and everyday words")));
                }
            }
            return findings;
        }

        /**
         * The section's prose: paragraphs, callouts, and list items of a few words or more; a list of
         * names ("atezolizumab + bevacizumab") is not prose and would read as hard.
         */
        private static String prose(Section section) {
            StringBuilder text = new StringBuilder();
            for (Block block : section.blocks()) {
                List<String> parts = block instanceof BulletList l
                        ? l.items().stream().map(p -> p.plainText()).toList()
                        : block instanceof NumberedList l
                                ? l.items().stream().map(p -> p.plainText()).toList()
                                : block instanceof EvidenceTable ? List.of() : List.of(block.plainText());
                for (String part : parts) {
                    if (ReadingLevel.wordCount(part) >= MIN_ITEM_WORDS) {
                        text.append(part).append('\n');
                    }
                }
            }
            return text.toString();
        }

        private static String format(double grade) {
            return String.format(Locale.ROOT, "%.1f", grade);
        }
    }

    /** A drug named by its brand gives its generic name at first use: "tisagenlecleucel (Kymriah)". */
    static final class BrandName extends BaseRule {
        private final EvidenceBase evidence;

        BrandName(EvidenceBase evidence) {
            super(
                    "ONC-BRAND-WITHOUT-GENERIC",
                    Severity.WARNING,
                    "A drug named by a brand name gives its generic name at first use.");
            this.evidence = evidence;
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            Set<String> introduced = new HashSet<>();
            for (TextUnit unit : TextUnit.of(answer, evidence)) {
                if (unit.location.part() == Location.Part.QUESTION || unit.location.part() == Location.Part.BYLINE) {
                    continue; // the patient's words, or names: the answer gives the generic name at its first use
                }
                for (Mention m : evidence.vocabulary().tag(unit.text)) {
                    if (!(m.concept() instanceof Drug drug)) {
                        continue;
                    }
                    boolean brand = drug.brandNames().stream().anyMatch(b -> b.equalsIgnoreCase(m.text()));
                    if (!brand) {
                        introduced.add(drug.id());
                        continue;
                    }
                    int[] sentence = Sentences.of(unit.text).stream()
                            .filter(s -> s[0] <= m.start() && m.start() < s[1])
                            .findFirst()
                            .orElse(new int[] {0, unit.text.length()});
                    boolean genericHere = unit.text
                            .substring(sentence[0], sentence[1])
                            .toLowerCase(Locale.ROOT)
                            .contains(drug.name().toLowerCase(Locale.ROOT));
                    if (!introduced.contains(drug.id()) && !genericHere) {
                        findings.add(finding(
                                unit.location.span(m.start(), m.end()),
                                "\"" + m.text() + "\" is a brand name; its generic name, " + drug.name()
                                        + ", is not given at first use",
                                Optional.of(m.text()),
                                Optional.of("write \"" + drug.name() + " (" + m.text() + ")\"")));
                    }
                    introduced.add(drug.id());
                }
            }
            return findings;
        }
    }
}
