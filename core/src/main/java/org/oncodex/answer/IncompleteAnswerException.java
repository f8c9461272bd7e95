package org.oncodex.answer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link AnswerBuilder#build()} when an answer lacks a required part; lists every problem
 * at once, as data ({@link #problems()}) and in the message.
 */
public final class IncompleteAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<AnswerProblem> problems;

    IncompleteAnswerException(List<AnswerProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the answer's parts. */
    public List<AnswerProblem> problems() {
        return problems;
    }

    private static String message(List<AnswerProblem> problems) {
        return "the answer is incomplete (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n"
                + problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"));
    }
}
