package org.oncodex.model.certainty;

/** Where a GRADE assessment starts: high for randomized trials, low for observational studies. */
public enum GradeStart {
    /** A body of randomized trials: starts at {@link GradeRating#HIGH}. */
    RANDOMIZED_TRIALS(GradeRating.HIGH),
    /** A body of observational studies: starts at {@link GradeRating#LOW}. */
    OBSERVATIONAL_STUDIES(GradeRating.LOW);

    private final GradeRating rating;

    GradeStart(GradeRating rating) {
        this.rating = rating;
    }

    /** The rating the assessment starts from. */
    public GradeRating rating() {
        return rating;
    }
}
