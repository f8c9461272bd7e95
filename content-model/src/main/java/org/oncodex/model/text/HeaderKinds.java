package org.oncodex.model.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/** What a table column's header says its cells are, in the words headers use and running text does not. */
final class HeaderKinds {
    private HeaderKinds() {}

    /**
     * What a header names when it says it in a way running text does not: "Hazard-Ratio", "Meta-OR",
     * "Difference between A and C", "Δ from control", "Rate/1000 person-years", "Absolute risk
     * reduction".
     */
    static EffectStatement.@Nullable Kind of(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        // "Ratio of the OBS:EXP ratios (95% CI)": a ratio of ratios, whatever ratios it compares
        int ratio = h.indexOf("ratio");
        if (ratio >= 0 && h.indexOf(" of ", ratio) > 0 && h.indexOf("ratios", h.indexOf(" of ", ratio)) > 0) {
            return EffectStatement.Kind.RATIO_OF_RATIOS;
        }
        if (h.contains("hazard")) {
            return EffectStatement.Kind.HAZARD_RATIO;
        }
        if (h.contains("odds") || h.contains("meta-or")) {
            return EffectStatement.Kind.ODDS_RATIO;
        }
        EffectStatement.Kind prefixed = prefixedAbbreviation(header);
        if (prefixed != null) {
            return prefixed;
        }
        EffectStatement.Kind modified = modifiedAbbreviation(header);
        if (modified != null) {
            return modified;
        }
        if (h.contains("rate ratio") || h.contains("incidence ratio")) {
            return EffectStatement.Kind.RATE_RATIO;
        }
        if (h.contains("relative risk") || h.contains("risk ratio")) {
            return EffectStatement.Kind.RISK_RATIO;
        }
        if (h.contains("absolute") || h.contains("risk difference") || h.contains("rate difference")) {
            return EffectStatement.Kind.RISK_DIFFERENCE;
        }
        if (h.contains("difference") || h.contains("δ") || h.contains("change from") || h.contains("gained")) {
            return EffectStatement.Kind.MEAN_DIFFERENCE;
        }
        // "Crude incidence (per person-year, 95% CI)", "Attributable cases/million doses": rates per a unit of people
        if (h.contains("per 1")
                || h.contains("/1")
                || h.contains("person-year")
                || h.contains("per million")
                || h.contains("/million")
                || h.contains("incidence rate")) {
            return EffectStatement.Kind.QUANTITY;
        }
        // "Expected survival (after all patients died)", "Mean survival at 22 months": a mean, not a median
        if (h.startsWith("expected ") || h.startsWith("mean ") || h.startsWith("average ")) {
            return EffectStatement.Kind.QUANTITY;
        }
        return null;
    }

    /**
     * The kind a ratio's abbreviation after a hyphenated prefix names, a footnote letter allowed after it:
     * "IV-ORc (95% CI)" (an instrumental-variable odds ratio), "Adj-HR", "MR-OR"; null when none does. The
     * lexer keeps a hyphenated word whole, so the abbreviation is not looked up on its own.
     */
    private static EffectStatement.@Nullable Kind prefixedAbbreviation(String header) {
        int n = header.length();
        for (int dash = header.indexOf('-'); dash > 0; dash = header.indexOf('-', dash + 1)) {
            if (!Character.isLetter(header.charAt(dash - 1))) {
                continue;
            }
            int end = dash + 1;
            while (end < n && Character.isLetter(header.charAt(end))) {
                end++;
            }
            if (end - dash - 1 < 2) {
                continue;
            }
            String word = header.substring(dash + 1, end);
            EffectStatement.Kind k = Words.ABBREVIATIONS.get(word);
            char last = word.charAt(word.length() - 1);
            if (k == null && last >= 'a' && last <= 'f' && Character.isUpperCase(word.charAt(word.length() - 2))) {
                k = Words.ABBREVIATIONS.get(word.substring(0, word.length() - 1)); // "ORc": a footnote letter run on
            }
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** Lower-case letters that qualify a ratio: adjusted, crude, meta or multivariable, pooled, summary, unadjusted. */
    private static final String MODIFIERS = "acmpsu";

    /** The ratios a modifier letter may stand before, printed in capitals. */
    private static final java.util.Map<String, EffectStatement.Kind> MODIFIABLE = java.util.Map.of(
            "HR", EffectStatement.Kind.HAZARD_RATIO,
            "OR", EffectStatement.Kind.ODDS_RATIO,
            "RR", EffectStatement.Kind.RISK_RATIO,
            "IRR", EffectStatement.Kind.RATE_RATIO);

    /**
     * The kind a ratio's capital abbreviation names after one or two lower-case letters that qualify it:
     * "mRR (95% CI)" (a meta risk ratio), "pOR", "uHR", "cIRR"; null when no word of the header is one. Only
     * these ratios and letters count, so "mOS" (a median) or "eGFR" names no ratio.
     */
    private static EffectStatement.@Nullable Kind modifiedAbbreviation(String header) {
        int n = header.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(header.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(header.charAt(end))) {
                end++;
            }
            int p = i;
            while (p < end && p < i + 2 && MODIFIERS.indexOf(header.charAt(p)) >= 0) {
                p++;
            }
            if (p > i) {
                EffectStatement.Kind k = MODIFIABLE.get(header.substring(p, end));
                if (k != null) {
                    return k;
                }
            }
            i = end;
        }
        return null;
    }

    /**
     * Whether the header names a confidence interval before a P value: "Model coefficient, 95 % CI and p
     * value", "OR (95% CI), P". Its cells hold an estimate or interval with the P value after it, so the
     * column is no column of P values alone.
     */
    static boolean intervalBeforeP(Tokens header) {
        boolean interval = false;
        for (int k = 0; k < header.size(); k++) {
            String w = header.at(k).lower;
            if (w.equals("ci") || w.equals("cis") || w.equals("confidence")) {
                interval = true;
            } else if (w.equals("p") || w.startsWith("p-value") || w.equals("pvalue")) {
                return interval;
            }
        }
        return false;
    }

    /** A header of differences that are not of means: "Difference (%)", not "Standardised difference, %". */
    static boolean differenceInPercent(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        return h.contains("difference") && !h.contains("mean") && !h.contains("standardi");
    }

    /**
     * Whether the unit of time at token {@code i} of a header belongs to a number before it ("5 years of
     * tamoxifen vs none", "OS at 12 months, %", "5-year survival"): a duration or a landmark the header
     * names, not the unit of the values in its cells ("Median OS, months").
     */
    static boolean countedTime(Tokens header, int i) {
        Lexeme before = header.at(i - 1);
        return before.is(Sym.NUM) || (before.is(Sym.DASH) && header.at(i - 2).is(Sym.NUM));
    }
}
