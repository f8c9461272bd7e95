package org.oncodex.answer;

import org.immutables.value.Value;

/** One reason an answer could not be built: which part, and what to do about it. */
@Value.Immutable(builder = false)
public abstract class AnswerProblem {

    /** The part of the answer at fault. */
    public enum Part {
        /** The question. */
        QUESTION,
        /** Who wrote the answer. */
        PROVENANCE,
        /** The content sections. */
        SECTIONS,
        /** The questions to ask the care team. */
        QUESTIONS_TO_ASK,
        /** The sources. */
        SOURCES,
        /** A statistic whose trial result has no citation. */
        STATISTIC_CITATION,
        /** A disclaimer the policy requires that could not be rendered. */
        DISCLAIMER
    }

    AnswerProblem() {}

    /** The part at fault. */
    @Value.Parameter
    public abstract Part part();

    /** What is wrong and how to fix it. */
    @Value.Parameter
    public abstract String message();

    static AnswerProblem of(Part part, String message) {
        return ImmutableAnswerProblem.of(part, message);
    }

    @Override
    public String toString() {
        return part() + ": " + message();
    }
}
