package org.oncodex.model.stats;

/** The unit of a reported number: a percentage, a span of time, or none. */
public enum Unit {
    /** Percent, 0 to 100. */
    PERCENT("%", "%"),
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

    /** The English word for one of this unit ({@code "month"}), {@code "%"} for percent, empty for none. */
    public String singular() {
        return singular;
    }

    /** The English word for several of this unit ({@code "months"}), {@code "%"} for percent, empty for none. */
    public String plural() {
        return plural;
    }
}
