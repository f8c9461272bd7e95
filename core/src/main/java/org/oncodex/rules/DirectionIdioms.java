package org.oncodex.rules;

import java.util.regex.Pattern;

/**
 * Direction words in idioms a ratio or a pair of rates or medians can contradict (held-out batch 11), shared by
 * {@link WordingRule} and {@link PairDirections}: the cancer "held in check longer" or "kept from growing for less
 * time", "a smaller share of people responded", treatment that "cost patients survival time"; and (held-out batch
 * 12) a treatment that "worked better" or "was protective", or that "trailed" or "came out behind" the other arm.
 * Each is a regular expression fragment with no capturing group, to stand as one alternative among a pattern's.
 */
final class DirectionIdioms {
    private static final String PEOPLE = "(?:people|patients|participants)";
    private static final String HELD = "(?:held|kept|holds|keeps|holding|keeping)\\s+(?:the\\s+|their\\s+)?"
            + "(?:cancer|disease|tumou?rs?)\\s+(?:in\\s+check|under\\s+control|at\\s+bay"
            + "|from\\s+(?:growing|progressing|spreading|coming\\s+back))\\s+(?:for\\s+)?";
    private static final String SHARE = "\\s+(?:share|proportion|percentage|fraction)\\s+of\\s+" + PEOPLE
            + "\\s+(?:responded|survived|were\\s+(?:still\\s+)?alive)";

    /** The arm did better: the disease held in check longer, a larger share responded. */
    static final String BETTER =
            HELD + "(?:longer|more\\s+time|a\\s+longer\\s+time)" + "|(?:larger|greater|higher|bigger)" + SHARE
                    + "|work(?:s|ed|ing)?\\s+better|(?:was|were|is|are|proved|seemed|appeared)\\s+protective";

    /** The arm did worse: the disease held in check for less time, a smaller share responded, survival it cost. */
    static final String WORSE = HELD + "(?:less\\s+time|a\\s+shorter\\s+time|less\\s+long)"
            + "|(?:smaller|lower)" + SHARE
            + "|cost\\s+(?:" + PEOPLE + "\\s+|them\\s+)?(?:survival(?:\\s+time)?|(?:months|time)\\s+of\\s+(?:life"
            + "|survival)|li(?:fe|ves))"
            // "sorafenib trailed placebo", "came out behind placebo": the subject's arm lost
            + "|trail(?:s|ed|ing)|(?:came|comes|come|fell|falls|lagged|lags)\\s+(?:out\\s+)?behind"
            // (held-out batch 13) "lost ground to sorafenib"; "detrimental" said of the result, after a form of "be"
            // or a dash or colon ("OS HR 0.69 — detrimental"), not "no detrimental effect"
            + "|(?:lost|loses|lose|losing)\\s+ground"
            + "|(?<=(?:was|were|is|are|proved|seemed|appeared|looked)\\s|[—–:]\\s|[—–:])(?:detrimental|harmful)";

    /** The comparator's arm named by its part, as a ratio is said to favour it: "control", "the control arm". */
    static final Pattern COMPARATOR_ARM =
            Pattern.compile("(?i)(?:control|comparator)(?:\\s+(?:arm|group|therapy|treatment))?\\b");

    private DirectionIdioms() {}
}
