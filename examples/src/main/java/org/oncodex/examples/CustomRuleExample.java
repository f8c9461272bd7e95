package org.oncodex.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.Answer;
import org.oncodex.rules.BaseRule;
import org.oncodex.rules.Finding;
import org.oncodex.rules.Sentences;
import org.oncodex.rules.Severity;
import org.oncodex.rules.TextUnit;

/** The README's custom-rule example: a rule of your own with the helpers the standard rules use. */
public final class CustomRuleExample {
    private CustomRuleExample() {}

    // tag::custom-rule[]
    /** Our house style: no "breakthrough" in a sentence without a citation. */
    public static final class NoBreakthrough extends BaseRule {
        private static final Pattern WORD = Pattern.compile("(?i)\\bbreakthroughs?\\b");

        public NoBreakthrough() {
            super("ACME-BREAKTHROUGH", Severity.WARNING, "No \"breakthrough\" without a citation in its sentence.");
        }

        @Override
        public List<Finding> check(Answer answer) {
            List<Finding> findings = new ArrayList<>();
            for (TextUnit unit : TextUnit.of(answer)) { // paragraphs, list items, takeaway, ...
                for (int[] sentence : Sentences.of(unit.text())) {
                    Matcher m = WORD.matcher(unit.text()).region(sentence[0], sentence[1]);
                    if (m.find() && !unit.cited(sentence[0], sentence[1])) {
                        findings.add(finding(
                                unit.location().span(m.start(), m.end()),
                                "\"" + m.group() + "\" without a citation",
                                Optional.of(m.group()),
                                Optional.of("cite the source or say what the result was")));
                    }
                }
            }
            return findings;
        }
    }
    // Use it: RuleSet rules = RuleSet.standard(kb).with(new NoBreakthrough());
    // end::custom-rule[]
}
