package org.oncodex.model.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The words that give the numbers after them their meaning, without being statistics themselves:
 * labels ("HR", "hazard ratio for death", "rate ratio", "median"), endpoints ("OS", "progression-free
 * survival"), landmark time points ("12-month", "two-year"), "approximately", and announcements of
 * what a bracket will hold ("Median (95% CI) PFS", "n (%)", "(range)"). Each updates the scope.
 */
final class ContextWords implements Recognizer {

    /** Where it may start ({@link Recognizer#mayStartAt}): at a number, only a level ("95% CI") or a time point ("5-year"). */
    @Override
    public boolean mayStartAt(Tokens t, int i) {
        return !t.at(i).is(Sym.NUM) || t.at(i + 1).is(Sym.PCT) || t.at(i + 1).is(Sym.DASH);
    }

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        if (tok.type == Sym.NUM) {
            Step level = levelAnnounced(t, i, scope);
            return level != null ? level : timePoint(t, i, scope);
        }
        if (Tokens.isOpener(tok.type)) {
            return announcement(t, i, scope, out);
        }
        if (tok.type != Sym.WORD) {
            return null;
        }
        Step series = timePointSeries(t, i, scope);
        if (series != null) {
            return series;
        }
        if ((tok.lower.equals("at") || tok.lower.equals("by") || tok.lower.equals("after"))
                && !NearValue.valuedAt(t, i)
                && t.at(i + 1).is(Sym.NUM)
                && !t.at(i + 1).spelled
                && Words.timeUnit(t.at(i + 2)) != null
                && t.at(i + 1).number > 0) {
            Unit unit = Words.timeUnit(t.at(i + 2));
            if (unit != null && !t.at(i + 3).is(Sym.PCT)) {
                return new Step(i + 3, scope.withTimePoint(TimePoint.of(t.at(i + 1).number, unit)));
            }
        }
        if (Words.isApproximate(tok)) {
            return new Step(i + 1, scope.withApproximateUntil(i + 4));
        }
        Step label = label(t, i, scope, out);
        if (label != null) {
            return label;
        }
        // "median and ranges for ...", "medians and ranges": the brackets after hold ranges
        if ((tok.lower.equals("median") || tok.lower.equals("medians"))
                && t.at(i + 1).isWord("and")
                && (t.at(i + 2).isWord("range") || t.at(i + 2).isWord("ranges"))) {
            return new Step(i + 3, scope.withMedian(i).withDeclaredInterval(0, Spread.Kind.RANGE));
        }
        if (tok.lower.equals("median") || tok.lower.equals("medians")) {
            // "median age", "median per-allele odds ratio": a median of something other than time
            if (t.at(i + 1).isWord("age")
                    || t.at(i + 1).isWord("number")
                    || t.at(i + 1).isWord("dose")) {
                return new Step(i + 2, scope.withMedian(i).withLabel(EffectStatement.Kind.MEDIAN, t.span(i, i + 1), i));
            }
            return new Step(i + 1, scope.withMedian(i));
        }
        // "a median (interquartile range [IQR]) age of 51", "Age, yr, median (IQR)": an age, not a time to an event
        if ((tok.lower.equals("age") || tok.lower.equals("aged"))
                && scope.median()
                && (scope.labelAt() < 0 || i - scope.labelAt() <= 8)) {
            return new Step(i + 1, scope.withLabel(EffectStatement.Kind.MEDIAN, "median age", scope.labelAt()));
        }
        Step spelledTime = spelledTimePoint(t, i, scope);
        if (spelledTime != null) {
            return spelledTime;
        }
        return endpoint(t, i, scope);
    }

    /** A label naming a kind: the longest phrase of {@link Words#LABELS}, or an abbreviation as written. */
    private static @Nullable Step label(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        // every abbreviation is a known word as written: an unknown word is none
        KnownWords.Entry known = tok.known;
        EffectStatement.Kind abbreviated = known != null ? known.abbreviation : null;
        Step correlation = correlation(t, i, scope);
        if (correlation != null) {
            return correlation;
        }
        if (abbreviated == null && known == null) {
            // "ORb" under a table's footnote mark, "IRRs": the abbreviation with a letter run on
            String bare = Words.unsuffixed(tok.text);
            abbreviated = bare == null ? null : Words.ABBREVIATIONS.get(bare);
        }
        if (abbreviated != null) {
            int next = i + 1;
            // "an RRR of approximately 30%": a relative risk reduction in per cent, where "RRR 1.10" is a ratio of
            // ratios
            if (abbreviated == EffectStatement.Kind.RATIO_OF_RATIOS && tok.text.equals("RRR") && percentNext(t, next)) {
                return new Step(next, scope.withLabel(EffectStatement.Kind.RELATIVE_CHANGE, tok.text, i));
            }
            // "HR for death", "OR (95% CI)"
            return new Step(next, scope.withLabel(abbreviated, tok.text, i));
        }
        // "ratio of OS-HRs": a ratio of hazard ratios, with the endpoint in the word
        if (tok.lower.equals("ratio") && t.at(i + 1).isWord("of") && t.at(i + 2).is(Sym.WORD)) {
            String what = t.at(i + 2).lower;
            if (what.endsWith("-hrs") || what.endsWith("-hr") || what.endsWith("-ors")) {
                int dash = what.lastIndexOf('-');
                Scope s = scope.withLabel(EffectStatement.Kind.RATIO_OF_RATIOS, t.span(i, i + 2), i);
                Endpoint named = Words.ENDPOINTS.get(what.substring(0, dash));
                if (named != null) {
                    s = s.withEndpoint(named, t.at(i + 2).text.substring(0, dash), i + 2);
                }
                return new Step(i + 3, s);
            }
        }
        Words.Phrase phrase = Words.then(Words.PHRASES, tok);
        if (phrase == null) {
            return null;
        }
        EffectStatement.Kind found = null;
        int end = -1;
        for (int w = 1; w <= Words.MAX_PHRASE_WORDS && phrase != null; w++) {
            EffectStatement.Kind k = phrase.label();
            if (k != null) {
                found = k;
                end = i + w;
            }
            Lexeme next = t.at(i + w);
            if (next.type != Sym.WORD) {
                break;
            }
            phrase = Words.then(phrase, next);
        }
        if (found == null) {
            return null;
        }
        // "difference" alone labels only a number right after it or after "of"/"was"
        if (found == EffectStatement.Kind.RISK_DIFFERENCE && end == i + 1 && tok.lower.equals("difference")) {
            Lexeme next = t.at(end);
            boolean close = next.is(Sym.NUM)
                    || next.isWord("of")
                    || next.isWord("was")
                    || next.is(Sym.COLON)
                    || next.is(Sym.EQ)
                    || next.is(Sym.COMMA);
            if (!close) {
                return null;
            }
        }
        // "rate ratio [RR]", "hazard ratio (HR)": the abbreviation in brackets belongs to the label
        if (Tokens.isOpener(t.at(end).type) && t.at(end + 1).is(Sym.WORD) && Tokens.isCloser(t.at(end + 2).type)) {
            Lexeme abbreviation = t.at(end + 1);
            if (Words.ABBREVIATIONS.containsKey(abbreviation.text) || abbreviation.text.equals("CI")) {
                EffectStatement.Kind shortFor = Words.ABBREVIATIONS.get(abbreviation.text);
                // "risk ratio (HR) 0.58": the words are read, the disagreement said; RR and RRR stand for
                // more than one statistic in the literature (risk or rate ratio; ratio of ratios or risk reduction)
                boolean unambiguous =
                        shortFor == EffectStatement.Kind.HAZARD_RATIO || shortFor == EffectStatement.Kind.ODDS_RATIO;
                if (unambiguous && shortFor != found) {
                    out.report(
                            Diagnostic.Code.CONFLICTING_LABEL,
                            "\"" + t.span(i, end + 2) + "\" names a "
                                    + found.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                    + " and abbreviates another; read as the words say",
                            t.at(i).start,
                            t.at(end + 2).end);
                }
                Scope s = scope.withLabel(found, t.span(i, end - 1), i);
                return new Step(end + 3, s);
            }
        }
        Scope s = scope.withLabel(found, t.span(i, end - 1), i);
        // "hazard ratio for death" / "hazard ratio for disease progression or death": the endpoint in words
        if (found == EffectStatement.Kind.HAZARD_RATIO && t.at(end).isWord("for")) {
            if (t.at(end + 1).isWord("death") && !t.at(end + 2).isWord("or")) {
                s = s.withEndpoint(Endpoint.OS, t.span(end + 1, end + 1), end + 1);
            } else if ((t.at(end + 1).isWord("progression") || t.at(end + 2).isWord("progression"))
                    && (t.at(end + 3).isWord("death") || t.at(end + 4).isWord("death"))) {
                s = s.withEndpoint(Endpoint.PFS, t.span(end + 1, end + 1), end + 1);
            }
        }
        return new Step(end, s);
    }

    /** Correlation coefficients as printed: "r", "R2", "rs", "rho", "ρ"; "R²" is "R" and a superscript. */
    static final java.util.Set<String> CORRELATIONS = java.util.Set.of("r", "R", "R2", "r2", "rs", "rho", "Rho", "ρ");

    /**
     * "(R2 = 0.89; 95% CI, 0.80 to 0.98)", "OS HR (r, 0.82 [95% CI 0.42-0.97])": a correlation coefficient,
     * a kind the model lacks, read as an unlabeled estimate whatever label or endpoint stood before it.
     */
    private static @Nullable Step correlation(Tokens t, int i, Scope scope) {
        Lexeme tok = t.at(i);
        if (!CORRELATIONS.contains(tok.text)) {
            return null;
        }
        // "hazard ratio r= 0.60": the letter names the label's own value
        if (scope.label() != null
                && scope.labelAt() >= 0
                && i - scope.labelAt() <= 3
                && t.at(i - 1).is(Sym.WORD)) {
            return null;
        }
        int j = i + 1;
        boolean squared = t.at(j).is(Sym.OTHER) && t.at(j).text.equals("²");
        if (tok.text.equalsIgnoreCase("r") && squared) {
            j++;
        } else if (tok.text.equals("R")) {
            return null; // a capital R alone is an arm or a name as often as a correlation
        }
        Lexeme sep = t.at(j);
        if (!(sep.is(Sym.EQ) || sep.is(Sym.COMMA) || sep.is(Sym.COLON))
                || !t.at(j + 1).is(Sym.NUM)) {
            return null;
        }
        Scope s = scope.withLabel(EffectStatement.Kind.UNLABELED_ESTIMATE, t.span(i, j - 1), i);
        return new Step(j, s.endpoint() == null ? s : s.withoutEndpoint());
    }

    /**
     * Whether the first number within four tokens of {@code i} ("of approximately 30%", "= 25%", "was 40%") is a
     * percentage, with only words, "=" or ":" before it.
     */
    private static boolean percentNext(Tokens t, int i) {
        for (int k = i; k < i + 4; k++) {
            Lexeme tok = t.at(k);
            if (tok.is(Sym.NUM)) {
                return t.at(k + 1).is(Sym.PCT);
            }
            if (!tok.is(Sym.WORD) && !tok.is(Sym.EQ) && !tok.is(Sym.COLON)) {
                return false;
            }
        }
        return false;
    }

    /** "at 12 and 24 months", "at 1, 2 and 3 years": landmarks, not medians. */
    private static @Nullable Step timePointSeries(Tokens t, int i, Scope scope) {
        if (!t.at(i).isWord("at") || NearValue.valuedAt(t, i) || !t.at(i + 1).is(Sym.NUM) || t.at(i + 1).spelled) {
            return null;
        }
        int k = i + 2;
        int items = 1;
        while (items < 6
                && (t.at(k).is(Sym.COMMA) || t.at(k).isWord("and") || t.at(k).isWord("or"))) {
            k++;
            if (t.at(k).isWord("and") || t.at(k).isWord("or")) {
                k++;
            }
            if (!t.at(k).is(Sym.NUM)) {
                return null;
            }
            k++;
            items++;
        }
        Unit unit = Words.timeUnit(t.at(k));
        if (items < 2 || unit == null || !(t.at(i + 1).number > 0)) {
            return null;
        }
        return new Step(k + 1, scope.withTimePoint(TimePoint.of(t.at(i + 1).number, unit)));
    }

    /**
     * "the two-sided 90% confidence interval of the hazard ratio", "a 95% binomial confidence interval
     * of": a level named with no bounds right after it is no proportion; it says what a later interval
     * holds.
     */
    private static @Nullable Step levelAnnounced(Tokens t, int i, Scope scope) {
        if (!t.at(i + 1).is(Sym.PCT)) {
            return null;
        }
        int j = i + 2;
        if (t.at(j).is(Sym.WORD) && !t.at(j).isWord("confidence") && t.at(j + 1).isWord("confidence")) {
            j++; // "95% binomial confidence interval"
        }
        boolean named = t.at(j).isWord("confidence")
                || t.at(j).isWord("credible")
                || t.at(j).isWord("uncertainty")
                || t.at(j).text.equals("CI")
                || t.at(j).text.equals("CIs")
                || t.at(j).text.equals("UI");
        if (!named || LEVEL_READER.read(t, i, scope, Findings.discarding()) != null) {
            return null; // "95% CI 0.5-0.9" is an interval, read as one
        }
        Lexeme level = t.at(i);
        if (!(level.number > 50 && level.number < 100)) {
            return null;
        }
        int next = t.at(j).isWord("confidence")
                        || t.at(j).isWord("credible")
                        || t.at(j).isWord("uncertainty")
                ? (t.at(j + 1).isWord("interval") || t.at(j + 1).isWord("intervals") ? j + 2 : j + 1)
                : j + 1;
        return new Step(next, scope.withDeclaredInterval(IntervalWords.fraction(level), null));
    }

    private static final Intervals LEVEL_READER = new Intervals();

    /** {@code 8-year}, {@code 12-month}, {@code 2 year} before a rate. */
    private static @Nullable Step timePoint(Tokens t, int i, Scope scope) {
        Lexeme num = t.at(i);
        if (!(num.number > 0) || num.spelled) {
            return null;
        }
        if (t.at(i + 1).is(Sym.DASH) && !t.at(i + 1).spaceBefore) {
            Unit unit = Words.timeUnit(t.at(i + 2));
            if (unit != null) {
                return new Step(i + 3, scope.withTimePoint(TimePoint.of(num.number, unit)));
            }
        }
        return null;
    }

    /** "two-year", "five-year". */
    private static @Nullable Step spelledTimePoint(Tokens t, int i, Scope scope) {
        String w = t.at(i).lower;
        int dash = w.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        Unit unit = Words.TIME_UNITS.get(w.substring(dash + 1));
        if (unit == null) {
            return null;
        }
        int n = spelled(w.substring(0, dash));
        if (n <= 0) {
            return null;
        }
        return new Step(i + 1, scope.withTimePoint(TimePoint.of(n, unit)));
    }

    private static int spelled(String w) {
        return switch (w) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "twelve" -> 12;
            case "eighteen" -> 18;
            case "twenty-four" -> 24;
            default -> -1;
        };
    }

    /** An endpoint and the token after the words that name it. */
    record Phrased(Endpoint endpoint, int next) {}

    /** The longest endpoint phrase (OS, overall survival) starting at token {@code i}, or null. */
    static @Nullable Phrased longestEndpoint(Tokens t, int i) {
        Phrased found = null;
        Words.Phrase phrase = Words.PHRASES;
        for (int w = 0; w < Words.MAX_PHRASE_WORDS; w++) {
            Lexeme tok = t.at(i + w);
            if (tok.is(Sym.STOP)
                    || tok.is(Sym.COMMA)
                    || tok.is(Sym.SEMI)
                    || tok.is(Sym.COLON)
                    || Tokens.isOpener(tok.type)
                    || Tokens.isCloser(tok.type)
                    || (w == 0 && tok.type != Sym.WORD)) {
                break;
            }
            phrase = Words.then(phrase, tok);
            if (phrase == null) {
                break;
            }
            Endpoint e = phrase.endpoint();
            // "median os", "median pfs": after "median" a lower-case abbreviation can only be the endpoint
            if (e != null && (w > 0 || Words.isAbbreviationAsWritten(tok) || afterMedian(t, i))) {
                found = new Phrased(e, i + w + 1);
            }
        }
        return found;
    }

    private static boolean afterMedian(Tokens t, int i) {
        return t.at(i - 1).isWord("median") || t.at(i - 1).isWord("medians");
    }

    /** An endpoint phrase (OS, overall survival); the longest match. */
    private static @Nullable Step endpoint(Tokens t, int i, Scope scope) {
        int best = -1;
        Endpoint found = null;
        Phrased longest = longestEndpoint(t, i);
        if (longest != null) {
            best = longest.next();
            found = longest.endpoint();
        }
        if (found == null && t.at(i).known == null) {
            // "reported ORRs", "OSa" under a footnote mark: the endpoint's abbreviation with a letter run on
            String bare = Words.unsuffixed(t.at(i).text);
            Endpoint e = bare == null ? null : Words.ENDPOINTS.get(bare.toLowerCase(Locale.ROOT));
            if (e != null) {
                return new Step(i + 1, scope.withEndpoint(e, t.at(i).text, i));
            }
        }
        if (found == null) {
            // mPFS, mOS, MedianDFS: a median of the endpoint
            String w = t.at(i).text;
            int from = w.startsWith("m") ? 1 : w.startsWith("Median") ? 6 : w.length();
            // "months", "metastases": most words here are no abbreviation, and are passed over uncopied
            if (w.length() - from < 2 || !upperCaseFrom(w, from)) {
                return null;
            }
            String rest = w.substring(from);
            Endpoint e = Words.ENDPOINTS.get(rest.toLowerCase(Locale.ROOT));
            if (e != null && e.isTimeToEvent()) {
                return new Step(i + 1, scope.withMedian(i).withEndpoint(e, w, i));
            }
            // mCSS, mDSS: a median of a survival the model has no endpoint for; "mRS" (a disability scale) is none
            if (rest.length() >= 3 && rest.length() <= 4 && rest.endsWith("S") && w.startsWith("m")) {
                return new Step(i + 1, scope.withMedian(i));
            }
            return null;
        }
        // "OS rate", "ORR of", "PFS-rate"
        return new Step(best, scope.withEndpoint(found, t.span(i, best - 1), i));
    }

    /** Whether {@code w} from {@code from} on is what upper-casing it gives: "PFS" of "mPFS", not "onths". */
    private static boolean upperCaseFrom(String w, int from) {
        for (int k = from; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c > 0x7F) {
                String rest = w.substring(from);
                return rest.equals(rest.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * "(95% CI)", "(range)", "(IQR)", "n (%)", "(n/N)" or "(months)" with no numbers: the bracket says
     * what the brackets after the numbers will hold, or the unit of the numbers.
     */
    private static @Nullable Step announcement(Tokens t, int i, Scope scope, Findings out) {
        int j = i + 1;
        Intervals.Descriptor d = IntervalWords.descriptor(t, j, out);
        if (d != null && Tokens.isCloser(t.at(d.next()).type)) {
            Spread.Kind spread = d.what() == Intervals.What.RANGE
                    ? Spread.Kind.RANGE
                    : d.what() == Intervals.What.IQR ? Spread.Kind.IQR : null;
            return new Step(d.next() + 1, scope.withDeclaredInterval(spread == null ? d.level() : 0, spread));
        }
        // "Median OS (months): 12.3": the unit of the values that follow
        Unit time = t.at(j).is(Sym.WORD) ? Words.timeUnit(t.at(j)) : null;
        if (time != null && Tokens.isCloser(t.at(j + 1).type)) {
            return new Step(j + 2, scope.withUnit(time));
        }
        // (%) after n, (n/N), (n)
        if (t.at(j).is(Sym.PCT) && Tokens.isCloser(t.at(j + 1).type)) {
            return new Step(j + 2, scope.withDeclaredCounts());
        }
        if (t.at(j).is(Sym.WORD)
                && t.at(j).lower.equals("n")
                && t.at(j + 1).is(Sym.SLASH)
                && t.at(j + 2).is(Sym.WORD)
                && t.at(j + 2).lower.toLowerCase(Locale.ROOT).equals("n")
                && Tokens.isCloser(t.at(j + 3).type)) {
            return new Step(j + 4, scope.withDeclaredCounts());
        }
        return null;
    }
}
