package org.oncodex.evidence;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A knowledge base could not be loaded or built: it lists every problem found, each with its
 * location, so that a curator can fix them all in one pass. Nothing is half-loaded: when this is
 * thrown, no {@link EvidenceBase} exists.
 */
public final class EvidenceFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int PROBLEMS_IN_MESSAGE = 50;

    /** Not serialized with the exception: problems are for the code that catches it. */
    private final transient ImmutableList<Problem> problems;

    /**
     * An exception listing the problems.
     *
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public EvidenceFormatException(List<Problem> problems) {
        super(message(problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem, in the order found: structure first, then references and statistics. */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an EvidenceFormatException needs at least one problem");
        }
        StringBuilder s = new StringBuilder("knowledge base has ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        problems.stream()
                .limit(PROBLEMS_IN_MESSAGE)
                .forEach(p -> s.append("\n  ").append(p));
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            s.append("\n  ... and ")
                    .append(problems.size() - PROBLEMS_IN_MESSAGE)
                    .append(" more");
        }
        return s.toString();
    }
}
