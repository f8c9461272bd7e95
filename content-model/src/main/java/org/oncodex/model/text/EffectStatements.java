package org.oncodex.model.text;

import java.util.List;
import org.oncodex.model.stats.EffectEstimate;

/**
 * Reads the statistics that tables, abstracts, trial reports and model-written answers print: hazard,
 * odds, risk and rate ratios, ratios of ratios, mean and absolute differences, medians (also "not
 * reached"), proportions with counts, counts, landmark rates, amounts with uncertainty intervals,
 * ranges, bounds, P values and intervals alone, and relative changes in words.
 *
 * <pre>{@code
 * ParseResult r = EffectStatements.parse("OS: HR = 0.68, 95%CI: 0.45-1.02");
 * HazardRatio hr = (HazardRatio) r.statements().get(0).estimate().orElseThrow();
 * ParseResult cell = EffectStatements.parse("0.69 (0.55-0.87)", ParseContext.column("HR of OS (95% CI)"));
 * }</pre>
 *
 * <p>Accepted forms include the journals' styles ({@code HR 0.62 (95% CI 0.44–0.87)}, {@code
 * hazard ratio, 0.58; 95% CI, 0.42 to 0.79}, {@code HR=0.80 [0.70-0.91]}, {@code HR 0·62, 95% CI
 * 0·44–0·87; p=0·006}, {@code 95% CI: 0.44, 0.87}, {@code P = .002}); a label separated from its value
 * by words ({@code the hazard ratio for death with A versus B was 0.71 (95% CI, 0.55 to 0.90)}); medians
 * around their interval ({@code Median (95% CI) PFS was 7.3 (6.1‒8.9) mo}) or with a range or IQR; pairs
 * and series ({@code 9 vs. 4.1 months}, {@code 45.1% and 39.8%, respectively}); counts ({@code 36 of 120
 * patients}, {@code 3/48 (6.3%)}, {@code 129 (72%)}); numbers in words before a percent or a unit of
 * time; one-sided, uncertainty and credible intervals; open bounds ({@code NR}, {@code NE}, {@code
 * 37.9+}); en, em and figure dashes, the Unicode minus, {@code ≤ ≥ < >}, thin and no-break spaces,
 * scientific notation ({@code 2.3×10-9}); {@code 95% Cl} with a lower-case L (read, with a diagnostic);
 * and a decimal comma where it can only be one ({@code 0,62}, or a text with no decimal points).
 *
 * <p>Text extraction's damage is read only where it can mean one thing, and always reported: the Lancet's
 * mid-dots printed as hyphens in the whole shape {@code 23-6 million (22-2-24-9)} (23·6, 22·2–24·9).
 *
 * <p>What it will not guess: a comma that may separate a list ({@code 1,5}) is reported, not read; an
 * interval whose bounds are inverted is reported and not attached; a point outside its interval is
 * returned with a diagnostic. A number with a unit of time is read as a median only after "median",
 * after a time-to-event endpoint, at the start of the text (a table cell) or in a column that says so;
 * "every 3 months" and "at 12 months" are not statistics. A number in brackets with nothing saying what
 * it estimates is an {@link EffectStatement.Kind#UNLABELED_ESTIMATE}: give a {@link ParseContext}. Bare
 * numbers (trial names, phases, reference markers) are ignored.
 *
 * <p>Time and memory are linear in the length of the text: every recognizer looks a bounded number of
 * tokens ahead.
 */
public final class EffectStatements {
    private EffectStatements() {}

    /**
     * Every statistic in {@code text}, in order, with diagnostics for what was skipped or
     * inconsistent. Never throws for any string.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static ParseResult parse(String text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        return Parser.parse(text, ParseContext.none());
    }

    /**
     * Every statistic in {@code text}, read with what the surrounding document says: the column header
     * of a table cell, or the endpoint of a paragraph. Never throws for any string.
     *
     * @throws NullPointerException if {@code text} or {@code context} is null
     */
    public static ParseResult parse(String text, ParseContext context) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        if (context == null) {
            throw new NullPointerException("context");
        }
        return Parser.parse(text, context);
    }

    /** The estimates of {@link #parse(String)}, in order; what has no estimate is left out. */
    public static List<EffectEstimate> estimates(String text) {
        return parse(text).estimates();
    }

    /** The estimates of {@link #parse(String, ParseContext)}, in order; what has no estimate is left out. */
    public static List<EffectEstimate> estimates(String text, ParseContext context) {
        return parse(text, context).estimates();
    }
}
