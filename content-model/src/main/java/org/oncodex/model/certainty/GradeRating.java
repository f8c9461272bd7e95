package org.oncodex.model.certainty;

import java.util.List;

/**
 * The four GRADE levels of certainty in a body of evidence, from high to very low.
 *
 * <p>As the GRADE Handbook defines them, the levels say how confident one can be that the true
 * effect lies close to the estimate: very confident (high) down to very little confidence (very
 * low).
 */
public enum GradeRating {
    /** ⊕⊕⊕⊕: further research is very unlikely to change confidence in the estimate. */
    HIGH("High", "high"),
    /** ⊕⊕⊕◯: the true effect is likely close to the estimate, but may be substantially different. */
    MODERATE("Moderate", "moderate"),
    /** ⊕⊕◯◯: the true effect may be substantially different from the estimate. */
    LOW("Low", "low"),
    /** ⊕◯◯◯: the true effect is likely to be substantially different from the estimate. */
    VERY_LOW("Very low", "very low");

    private final String printed;
    private final String label;

    GradeRating(String printed, String label) {
        this.printed = printed;
        this.label = label;
    }

    /** As summary-of-findings tables print it: "High", "Moderate", "Low", "Very low". */
    public String printed() {
        return printed;
    }

    /** In running text: "high", "moderate", "low", "very low". */
    public String label() {
        return label;
    }

    /** The rating {@code steps} levels down (negative: up), kept within high and very low. */
    public GradeRating move(int steps) {
        List<GradeRating> order = List.of(HIGH, MODERATE, LOW, VERY_LOW);
        int index = Math.max(0, Math.min(order.size() - 1, order.indexOf(this) + steps));
        return order.get(index);
    }

    /**
     * The rating as printed, in any case: "High", "moderate", "VERY LOW", "very-low".
     *
     * @throws IllegalArgumentException if the text is none of the four ratings
     */
    public static GradeRating parse(String text) {
        String t = text.strip().replace('-', ' ').replace('_', ' ');
        for (GradeRating r : values()) {
            if (r.label.equalsIgnoreCase(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException(
                "GRADE rating must be one of High, Moderate, Low, Very low: \"" + text + "\"");
    }
}
