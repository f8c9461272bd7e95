package org.oncodex.rules;

import java.util.List;
import org.oncodex.answer.Answer;

/**
 * A content rule: a stable id ({@code ONC-...}), a default severity, a one-line description, and a
 * check that returns what it finds in an answer. Implement it for rules of your own and add them to
 * a {@link RuleSet}.
 *
 * <p>Implementations are stateless and thread-safe; {@link #check(Answer)} never throws for any
 * answer.
 */
public interface ContentRule {

    /** The stable id, such as {@code ONC-OVERPROMISE}. */
    String id();

    /** The severity of its findings unless a rule set re-grades it. */
    Severity severity();

    /** What the rule checks, in one line. */
    String description();

    /** Everything the rule finds in the answer, each finding at this rule's severity. */
    List<Finding> check(Answer answer);
}
