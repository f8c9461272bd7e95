package org.oncodex.model.stats;

/** The unit of a reported number: a percentage, percentage points, a span of time, or none. */
public enum Unit {
    /** Percent, 0 to 100. */
    PERCENT("%", "%"),
    /**
     * Percentage points: the unit of an absolute difference between two percentages (45% against 30%
     * is 15 percentage points), as opposed to a relative change in percent.
     */
    PERCENTAGE_POINTS("percentage point", "percentage points"),
    /** Days. */
    DAYS("day", "days"),
    /** Weeks. */
    WEEKS("week", "weeks"),
    /** Months. */
    MONTHS("month", "months"),
    /** Years. */
    YEARS("year", "years"),
    /** A plain number, such as a count or a ratio. */
    NONE("", "");

    private final String singular;
    private final String plural;

    Unit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** Whether this unit measures time. */
    public boolean isTime() {
        return this == DAYS || this == WEEKS || this == MONTHS || this == YEARS;
    }

    /**
     * The English words for one of this unit ({@code "month"}, {@code "percentage point"}), {@code "%"}
     * for percent, empty for none.
     */
    public String singular() {
        return singular;
    }

    /**
     * The English words for several of this unit ({@code "months"}, {@code "percentage points"}),
     * {@code "%"} for percent, empty for none.
     */
    public String plural() {
        return plural;
    }
}
