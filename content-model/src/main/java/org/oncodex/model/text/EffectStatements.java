package org.oncodex.model.text;

import java.util.List;
import org.oncodex.model.stats.EffectEstimate;

/**
 * Reads the statistics that tables, abstracts and answers print: hazard, odds and risk ratios with
 * their intervals and P values, medians (also "not reached"), proportions with counts, landmark rates,
 * ranges, bounds, P values and intervals alone, and relative changes in words.
 *
 * <pre>{@code
 * ParseResult r = EffectStatements.parse("OS: HR = 0.68, 95%CI: 0.45-1.02");
 * HazardRatio hr = (HazardRatio) r.statements().get(0).estimate().orElseThrow();
 * }</pre>
 *
 * <p>Accepted forms include the journals' styles ({@code HR 0.62 (95% CI 0.44–0.87)}, {@code
 * hazard ratio, 0.58; 95% CI, 0.42 to 0.79}, {@code HR=0.80 [0.70-0.91]}, {@code HR 0·62, 95% CI
 * 0·44–0·87; p=0·006}, {@code 95% CI: 0.44, 0.87}, {@code P = .002}), en and em dashes, the Unicode
 * minus, {@code ≤ ≥ < >}, thin and no-break spaces, {@code NR} and "not reached", and percentages
 * with or without the sign after a proportion endpoint ({@code ORR = 18}).
 *
 * <p>What it will not guess: a decimal comma ({@code 0,62}) is reported, not read; an interval
 * whose bounds are inverted is reported and not attached; a point outside its interval is returned
 * with a diagnostic; a rate ratio, for which the model has no type, is reported. A number with a
 * unit of time is read as a median only after "median", after a time-to-event endpoint, or at the
 * start of the text (a table cell); "every 3 months" is not a statistic. Bare numbers (trial
 * names, phases, reference markers) are ignored.
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
        return Parser.parse(text);
    }

    /** The estimates of {@link #parse(String)}, in order; what has no estimate is left out. */
    public static List<EffectEstimate> estimates(String text) {
        return parse(text).estimates();
    }
}
