package org.oncodex.model.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.OddsRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.RiskRatio;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/*
 * A hand-written scanner over the lexer's tokens. It walks left to right; at each token it tries
 * the statement shapes in a fixed order (P value, ratio, endpoint or time-point context, interval,
 * bound, range, relative change, proportion, median) and, when one matches, consumes its tokens.
 * Context — the endpoint last named, a pending "8-year", "median", "approximately" — is carried
 * forward until a sentence ends or a statement uses it. Anything the model cannot hold becomes a
 * diagnostic; nothing is guessed and nothing throws.
 */
final class Parser {
    private static final int MAX_LABEL_WORDS = 6;
    private static final int CONTEXT_GAP = 2;
    private static final Map<String, Endpoint> ENDPOINT_PHRASES = endpointPhrases();
    private static final Map<String, Unit> TIME_UNITS = timeUnits();
    private static final Set<String> LABEL_WORDS = Set.of(
            "for",
            "of",
            "was",
            "is",
            "were",
            "the",
            "a",
            "an",
            "death",
            "progression",
            "disease",
            "recurrence",
            "relapse",
            "or",
            "and",
            "any",
            "cause",
            "adjusted",
            "overall",
            "stratified",
            "unstratified");
    private static final Set<String> HIGHER = Set.of("higher", "greater", "increased", "increase", "more");
    private static final Set<String> LOWER =
            Set.of("lower", "reduced", "reduction", "decreased", "decrease", "less", "fewer", "smaller");
    private static final Set<String> APPROXIMATE =
            Set.of("approximately", "about", "around", "approx", "nearly", "roughly", "circa", "ca");
    private static final Set<String> VERSUS = Set.of("vs", "versus", "v");
    private static final Set<String> PEOPLE =
            Set.of("patients", "patient", "people", "participants", "subjects", "pts");

    private final String text;
    private final List<Lexeme> t;
    private final Lexeme end;
    private final boolean[] strayCloser;
    private final List<EffectStatement> statements = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private @Nullable Endpoint endpoint;
    private @Nullable String endpointLabel;
    private @Nullable TimePoint timePoint;
    private boolean median;
    private int contextStart = -1;
    private int contextEnd = -1;
    private boolean contextIsEndpoint;
    private int approximateUntil = -1;

    private Parser(String text) {
        this.text = text;
        this.t = Lexer.tokens(text);
        this.end = new Lexeme(Sym.OTHER, text.length(), text.length(), true, "", 0, 0);
        this.strayCloser = strayClosers(t);
    }

    static ParseResult parse(String text) {
        Parser parser = new Parser(text);
        try {
            parser.run();
        } catch (RuntimeException e) {
            // the contract is "never throws": a parser bug surfaces as a diagnostic the tests look for
            parser.diagnostics.add(
                    Diagnostic.of(Diagnostic.Code.PARSER_FAILURE, "parser failure: " + e, 0, text.length()));
        }
        return ParseResult.of(List.copyOf(parser.statements), List.copyOf(parser.diagnostics));
    }

    // ---------------------------------------------------------------------------------------------
    // the walk

    private void run() {
        int i = 0;
        while (i < t.size()) {
            int next = step(i);
            i = Math.max(next, i + 1);
        }
    }

    private int step(int i) {
        Lexeme tok = at(i);
        return switch (tok.type) {
            case STOP -> {
                clearContext();
                yield i + 1;
            }
            case WORD -> word(i);
            case NUM -> number(i);
            case LT, GT, LE, GE -> bound(i, i + 1, relationOf(tok.type));
            default -> i + 1;
        };
    }

    private int word(int i) {
        Lexeme tok = at(i);
        if (APPROXIMATE.contains(tok.lower)) {
            approximateUntil = i + 3;
            return i + 1;
        }
        int p = pValue(i);
        if (p > i) {
            return p;
        }
        int r = ratio(i);
        if (r > i) {
            return r;
        }
        int e = endpointContext(i);
        if (e > i) {
            return e;
        }
        if (tok.lower.equals("median")) {
            median = true;
            markContext(i, i + 1);
            return i + 1;
        }
        if (tok.lower.equals("ci") || tok.lower.equals("confidence")) {
            return intervalAlone(i);
        }
        if ((tok.lower.equals("nr") && tok.text.equals("NR")) || isNotReached(i)) {
            if (median || (endpoint != null && endpoint.isTimeToEvent() && afterSeparator(i))) {
                return medianNotReached(i);
            }
        }
        int b = boundWords(i);
        if (b > i) {
            return b;
        }
        return i + 1;
    }

    private int number(int i) {
        Lexeme num = at(i);
        if (isDecimalComma(i)) {
            Lexeme after = at(i + 2);
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.AMBIGUOUS_DECIMAL_COMMA,
                    "\"" + span(num.start, after.end) + "\" uses a comma inside a number; not read as a decimal",
                    num.start,
                    after.end));
            return i + 3;
        }
        // 8-year, 5-year rate, 12-month
        if (at(i + 1).is(Sym.DASH) && at(i + 2).is(Sym.WORD) && TIME_UNITS.containsKey(at(i + 2).lower)) {
            Unit unit = TIME_UNITS.get(at(i + 2).lower);
            if (unit != null && num.number > 0) {
                timePoint = TimePoint.of(num.number, unit);
                markContext(i, i + 3);
            }
            return i + 3;
        }
        if (startsLevel(i)) {
            return intervalAlone(i);
        }
        if (at(i + 1).is(Sym.PCT)) {
            return percent(i);
        }
        if (isCountThenPercent(i)) {
            return countsThenPercent(i);
        }
        if ((at(i + 1).is(Sym.DASH) || at(i + 1).isWord("to"))
                && at(i + 2).is(Sym.NUM)
                && at(i + 3).is(Sym.WORD)
                && TIME_UNITS.containsKey(at(i + 3).lower)) {
            return timeRange(i, TIME_UNITS.get(at(i + 3).lower));
        }
        if (at(i + 1).is(Sym.WORD) && TIME_UNITS.containsKey(at(i + 1).lower)) {
            if (median || (endpoint != null && endpoint.isTimeToEvent()) || startsText(i)) {
                return medianValue(i);
            }
            return i + 2;
        }
        if (endpoint != null
                && !endpoint.isTimeToEvent()
                && afterSeparator(i)
                && !at(i + 1).is(Sym.DASH)) {
            return percentWithoutSign(i);
        }
        return i + 1;
    }

    // ---------------------------------------------------------------------------------------------
    // P values

    /** {@code P = 0.01}, {@code p<.001}, {@code P value = 0.03}; returns {@code i} when none starts here. */
    private int pValue(int i) {
        Lexeme tok = at(i);
        int j;
        if (tok.lower.equals("p") || tok.lower.equals("p-value")) {
            j = i + 1;
        } else {
            return i;
        }
        if (at(j).isWord("value")) {
            j++;
        }
        PValue.@Nullable Relation relation = relationAt(j);
        if (relation == null) {
            if (tok.lower.equals("p-value") && at(j).is(Sym.NUM)) {
                relation = PValue.Relation.EQUAL;
                j--;
            } else {
                return i;
            }
        }
        j++;
        if (!at(j).is(Sym.NUM)) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.MISSING_VALUE,
                    "\"" + span(tok.start, at(j - 1).end) + "\" has no number after it",
                    tok.start,
                    at(j - 1).end));
            return j;
        }
        Lexeme num = at(j);
        PValue p = pValueOf(num, relation, tok.start);
        if (p != null) {
            statements.add(EffectStatement.builder()
                    .kind(EffectStatement.Kind.P_VALUE)
                    .start(tok.start)
                    .end(num.end)
                    .text(span(tok.start, num.end))
                    .pValue(p)
                    .printedValue(num.text)
                    .build());
        }
        return j + 1;
    }

    /** A P value after a statement: {@code , P = 0.01} or {@code ; p<0·0001}. Returns null when absent. */
    private @Nullable Tail trailingP(int i) {
        int j = i;
        if (at(j).is(Sym.COMMA) || at(j).is(Sym.SEMI)) {
            j++;
        }
        // (P = 0.006) right after a value without an interval
        boolean paren = at(j).is(Sym.LPAREN);
        if (paren) {
            j++;
        }
        Lexeme tok = at(j);
        if (!(tok.lower.equals("p") || tok.lower.equals("p-value"))) {
            return null;
        }
        int k = j + 1;
        if (at(k).isWord("value")) {
            k++;
        }
        PValue.@Nullable Relation relation = relationAt(k);
        if (relation == null || !at(k + 1).is(Sym.NUM)) {
            return null;
        }
        int next = k + 2;
        if (paren) {
            if (!at(next).is(Sym.RPAREN)) {
                return null;
            }
            next++;
        }
        PValue p = pValueOf(at(k + 1), relation, tok.start);
        return new Tail(next, p);
    }

    private @Nullable PValue pValueOf(Lexeme num, PValue.Relation relation, int start) {
        try {
            return PValue.of(num.number, relation);
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.INVALID_VALUE,
                    "\"" + span(start, num.end) + "\" is not a possible P value: " + e.getMessage(),
                    start,
                    num.end));
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // ratios

    private int ratio(int i) {
        RatioLabel label = ratioLabel(i);
        if (label == null) {
            return i;
        }
        int j = label.next;
        // [HR] or (HR) after a spelled-out label
        if ((at(j).is(Sym.LBRACK) || at(j).is(Sym.LPAREN))
                && at(j + 1).is(Sym.WORD)
                && (at(j + 2).is(Sym.RBRACK) || at(j + 2).is(Sym.RPAREN))) {
            j += 3;
        }
        // "for death", "of", "was": words between the label and its value
        int words = 0;
        while (at(j).is(Sym.WORD)
                && words < MAX_LABEL_WORDS + 2
                && (LABEL_WORDS.contains(at(j).lower) || ENDPOINT_PHRASES.containsKey(at(j).lower))) {
            Endpoint named = ENDPOINT_PHRASES.get(at(j).lower);
            if (named != null && endpoint == null) {
                endpoint = named;
                endpointLabel = at(j).text;
            }
            j++;
            words++;
        }
        boolean separator = false;
        while (at(j).is(Sym.EQ) || at(j).is(Sym.COLON) || at(j).is(Sym.COMMA)) {
            separator |= !at(j).is(Sym.COMMA);
            j++;
        }
        boolean negative = at(j).is(Sym.MINUS);
        if (negative) {
            j++;
        }
        if (!at(j).is(Sym.NUM)) {
            if (separator) {
                diagnostics.add(Diagnostic.of(
                        Diagnostic.Code.MISSING_VALUE,
                        "\"" + span(at(i).start, at(j - 1).end) + "\" has no number after it",
                        at(i).start,
                        at(j - 1).end));
            }
            return separator ? j : i;
        }
        if (isDecimalComma(j)) {
            return number(j);
        }
        Lexeme value = at(j);
        double v = negative ? -value.number : value.number;
        j++;
        Interval ci = interval(j, false);
        if (ci != null) {
            j = ci.next;
        }
        Tail p = trailingP(j);
        if (p != null) {
            j = consumeStrayCloser(p.next);
        }
        PValue pv = p != null ? p.p : ci != null ? ci.p : null;
        int endAt = at(j - 1).end;
        if (label.kind == null) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.UNSUPPORTED,
                    "\"" + span(at(i).start, endAt) + "\": a " + label.text + " has no type in the model; not read",
                    at(i).start,
                    endAt));
            return j;
        }
        EffectStatement.Kind kind = label.kind;
        ConfidenceInterval interval = checkedInterval(ci, v);
        EffectEstimate estimate = buildRatio(kind, v, interval, at(i).start, endAt);
        ImmutableEffectStatement.Builder b =
                statement(kind, at(i).start, endAt).label(label.text).printedValue(value.text);
        if (estimate != null) {
            b.estimate(estimate);
        }
        if (interval != null) {
            b.ci(interval);
        }
        if (pv != null) {
            b.pValue(pv);
        }
        add(b, i);
        return j;
    }

    private @Nullable EffectEstimate buildRatio(
            EffectStatement.Kind kind, double v, @Nullable ConfidenceInterval ci, int start, int endAt) {
        EffectEstimate withCi = ci == null ? null : tryRatio(kind, v, ci, start, endAt);
        return withCi != null ? withCi : tryRatio(kind, v, null, start, endAt);
    }

    private @Nullable EffectEstimate tryRatio(
            EffectStatement.Kind kind, double v, @Nullable ConfidenceInterval ci, int start, int endAt) {
        try {
            return switch (kind) {
                case ODDS_RATIO -> ci == null ? OddsRatio.of(v) : OddsRatio.of(v, ci);
                case RISK_RATIO -> ci == null ? RiskRatio.of(v) : RiskRatio.of(v, ci);
                default -> ci == null ? HazardRatio.of(v) : HazardRatio.of(v, ci);
            };
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.INVALID_VALUE, "\"" + span(start, endAt) + "\": " + e.getMessage(), start, endAt));
            return null;
        }
    }

    private @Nullable RatioLabel ratioLabel(int i) {
        Lexeme tok = at(i);
        EffectStatement.@Nullable Kind abbreviated = switch (tok.text) {
            case "HR", "aHR" -> EffectStatement.Kind.HAZARD_RATIO;
            case "OR", "aOR" -> EffectStatement.Kind.ODDS_RATIO;
            case "RR", "aRR" -> EffectStatement.Kind.RISK_RATIO;
            default -> null;
        };
        if (abbreviated != null) {
            return new RatioLabel(abbreviated, i + 1, tok.text);
        }
        String second = at(i + 1).lower;
        if (second.equals("ratio")) {
            String written = span(tok.start, at(i + 1).end);
            return switch (tok.lower) {
                case "hazard" -> new RatioLabel(EffectStatement.Kind.HAZARD_RATIO, i + 2, written);
                case "odds" -> new RatioLabel(EffectStatement.Kind.ODDS_RATIO, i + 2, written);
                case "risk" -> new RatioLabel(EffectStatement.Kind.RISK_RATIO, i + 2, written);
                case "rate", "incidence" -> new RatioLabel(null, i + 2, written);
                default -> null;
            };
        }
        if (tok.lower.equals("relative") && second.equals("risk")) {
            return new RatioLabel(EffectStatement.Kind.RISK_RATIO, i + 2, span(tok.start, at(i + 1).end));
        }
        // ratio of OS-HRs = 1.10: a ratio of hazard ratios is itself read as a hazard ratio
        if (tok.lower.equals("ratio") && second.equals("of") && at(i + 2).is(Sym.WORD)) {
            String what = at(i + 2).lower;
            if (what.endsWith("hrs") || what.endsWith("hr")) {
                int dash = what.lastIndexOf('-');
                if (dash > 0) {
                    Endpoint named = ENDPOINT_PHRASES.get(what.substring(0, dash));
                    if (named != null) {
                        endpoint = named;
                        endpointLabel = at(i + 2).text.substring(0, dash);
                    }
                }
                return new RatioLabel(EffectStatement.Kind.HAZARD_RATIO, i + 3, span(tok.start, at(i + 2).end));
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // intervals

    /**
     * An interval starting at {@code i}: {@code , 95% CI: 0.44-0.87}, {@code (95% CI 0.44 to 0.87)},
     * {@code ; 95% CI, 0.44 to 0.87}, {@code [0.70-0.91]}, {@code CI 95% [0.78-1.04]}. With
     * {@code alone}, the interval stands without a value before it and must name itself.
     */
    private @Nullable Interval interval(int i, boolean alone) {
        int j = i;
        Sym opener = null;
        if (!alone && (at(j).is(Sym.COMMA) || at(j).is(Sym.SEMI))) {
            j++;
        }
        if (at(j).is(Sym.LPAREN) || at(j).is(Sym.LBRACK)) {
            opener = at(j).type;
            j++;
        }
        double level = ConfidenceInterval.DEFAULT_LEVEL;
        boolean named = false;
        int levelAt = levelAt(j);
        if (levelAt > j) {
            level = at(j).number / 100;
            j = levelAt;
            int ci = ciWords(j);
            if (ci == j) {
                return null;
            }
            j = ci;
            named = true;
        } else {
            int ci = ciWords(j);
            if (ci > j) {
                j = ci;
                named = true;
                int after = levelAt(j);
                if (after > j) {
                    level = at(j).number / 100;
                    j = after;
                }
            }
        }
        if (!named && (alone || opener == null)) {
            return null;
        }
        // [CI] or (CI) after the words
        if ((at(j).is(Sym.LBRACK) || at(j).is(Sym.LPAREN))
                && at(j + 1).isWord("ci")
                && (at(j + 2).is(Sym.RBRACK) || at(j + 2).is(Sym.RPAREN))) {
            j += 3;
        }
        if (at(j).is(Sym.COLON) || at(j).is(Sym.COMMA) || at(j).is(Sym.EQ)) {
            j++;
        }
        Sym innerOpener = null;
        if (named && (at(j).is(Sym.LBRACK) || at(j).is(Sym.LPAREN))) {
            innerOpener = at(j).type;
            j++;
        }
        Bound lower = bound(j);
        if (lower == null) {
            return null;
        }
        j = lower.next;
        boolean comma = at(j).is(Sym.COMMA);
        if (at(j).is(Sym.DASH) || at(j).isWord("to") || (comma && named)) {
            j++;
        } else {
            return null;
        }
        Bound upper = bound(j);
        if (upper == null) {
            return null;
        }
        j = upper.next;
        if (innerOpener != null && at(j).is(closerOf(innerOpener))) {
            j++;
        }
        Interval interval = new Interval(lower, upper, level, !named, at(i).start, j);
        if (opener != null) {
            Tail p = trailingP(j);
            if (p != null) {
                interval.p = p.p;
                j = p.next;
            }
            if (at(j).is(closerOf(opener))) {
                j++;
            }
            interval.next = j;
        } else {
            interval.next = j;
        }
        interval.next = consumeStrayCloser(interval.next);
        return interval;
    }

    private int consumeStrayCloser(int j) {
        if (j < t.size() && strayCloser[j]) {
            Lexeme stray = at(j);
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.UNBALANCED_BRACKET,
                    "\"" + stray.text + "\" after the interval closes nothing; ignored",
                    stray.start,
                    stray.end));
            return j + 1;
        }
        return j;
    }

    /** {@code 95%} or {@code 95 percent} at {@code i}; returns the index after it, or {@code i}. */
    private int levelAt(int i) {
        Lexeme num = at(i);
        if (!num.is(Sym.NUM) || num.number <= 0 || num.number >= 100) {
            return i;
        }
        if (at(i + 1).is(Sym.PCT)) {
            return i + 2;
        }
        if (at(i + 1).isWord("percent") || (at(i + 1).isWord("per") && at(i + 2).isWord("cent"))) {
            return at(i + 1).isWord("percent") ? i + 2 : i + 3;
        }
        return i;
    }

    private boolean startsLevel(int i) {
        int l = levelAt(i);
        return l > i && ciWords(l) > l;
    }

    /** {@code CI}, {@code confidence interval}, {@code confidence limits}; returns the index after, or {@code i}. */
    private int ciWords(int i) {
        if (at(i).isWord("ci") || at(i).isWord("cis")) {
            return i + 1;
        }
        if (at(i).isWord("confidence")
                && (at(i + 1).isWord("interval")
                        || at(i + 1).isWord("intervals")
                        || at(i + 1).isWord("limits"))) {
            return i + 2;
        }
        return i;
    }

    /** One bound: a number with an optional sign, % or time unit, or "not reached". */
    private @Nullable Bound bound(int i) {
        int j = i;
        boolean negative = false;
        if (at(j).is(Sym.MINUS) || (at(j).is(Sym.DASH) && at(j + 1).is(Sym.NUM) && !at(j + 1).spaceBefore)) {
            negative = true;
            j++;
        }
        if (at(j).is(Sym.NUM)) {
            if (isDecimalComma(j)) {
                return null;
            }
            Lexeme num = at(j);
            j++;
            // a bound may repeat the estimate's unit: 64.1%-73.8%, 18.3 months to not reached
            Unit unit = null;
            if (at(j).is(Sym.PCT)) {
                unit = Unit.PERCENT;
                j++;
            } else if (at(j).is(Sym.WORD) && TIME_UNITS.containsKey(at(j).lower)) {
                unit = TIME_UNITS.get(at(j).lower);
                j++;
            }
            return new Bound(negative ? -num.number : num.number, false, unit, j);
        }
        if (negative) {
            return null;
        }
        if (at(j).text.equals("NR") || at(j).text.equals("NE") || at(j).isWord("nr") || at(j).isWord("ne")) {
            return new Bound(0, true, null, j + 1);
        }
        if (isNotReached(j)) {
            return new Bound(0, true, null, j + 2);
        }
        return null;
    }

    private int intervalAlone(int i) {
        Interval ci = interval(i, true);
        if (ci == null) {
            return i + 1;
        }
        int j = ci.next;
        Tail p = trailingP(j);
        if (p != null) {
            j = p.next;
        }
        int endAt = at(j - 1).end;
        ImmutableEffectStatement.Builder b = statement(EffectStatement.Kind.INTERVAL, at(i).start, endAt);
        ConfidenceInterval interval = checkedInterval(ci, Double.NaN);
        if (interval != null) {
            b.ci(interval);
        }
        PValue pv = p != null ? p.p : ci.p;
        if (pv != null) {
            b.pValue(pv);
        }
        add(b, i);
        return j;
    }

    /**
     * The interval as a value, or null with a diagnostic when it cannot be one; also reports a point
     * estimate {@code v} outside it.
     */
    private @Nullable ConfidenceInterval checkedInterval(@Nullable Interval ci, double v) {
        if (ci == null || ci.lower.notReached || ci.upper.notReached) {
            return null;
        }
        String printed = span(ci.start, at(ci.next - 1).end);
        if (ci.lower.value >= ci.upper.value) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.INVERTED_INTERVAL,
                    "\"" + printed + "\": lower bound " + ci.lower.value + " is not below upper bound " + ci.upper.value
                            + "; the interval was not attached",
                    ci.start,
                    at(ci.next - 1).end));
            return null;
        }
        if (ci.levelAssumed) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.LEVEL_ASSUMED,
                    "\"" + printed + "\" does not state its confidence level; 95% assumed",
                    ci.start,
                    at(ci.next - 1).end));
        }
        ConfidenceInterval interval;
        try {
            interval = ConfidenceInterval.of(ci.lower.value, ci.upper.value, ci.level);
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.INVALID_VALUE,
                    "\"" + printed + "\": " + e.getMessage(),
                    ci.start,
                    at(ci.next - 1).end));
            return null;
        }
        if (!Double.isNaN(v) && !interval.contains(v)) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.POINT_OUTSIDE_INTERVAL,
                    "\"" + printed + "\": the estimate " + v + " lies outside its interval " + ci.lower.value + " to "
                            + ci.upper.value,
                    ci.start,
                    at(ci.next - 1).end));
        }
        return interval;
    }

    // ---------------------------------------------------------------------------------------------
    // percentages: ranges, relative changes, proportions; bounds

    private int percent(int i) {
        Lexeme num = at(i);
        // 80%-95%, 7%-19%, 80% to 95%
        if ((at(i + 2).is(Sym.DASH) || at(i + 2).isWord("to"))
                && at(i + 3).is(Sym.NUM)
                && at(i + 4).is(Sym.PCT)) {
            return range(i, num, at(i + 3), i + 5, Unit.PERCENT);
        }
        Lexeme next = at(i + 2);
        if (next.is(Sym.WORD) && (HIGHER.contains(next.lower) || LOWER.contains(next.lower))) {
            return relativeChange(i, num, next);
        }
        return proportion(i, num.number, num, i + 2, null);
    }

    private int timeRange(int i, @Nullable Unit unit) {
        if (unit == null) {
            return i + 1;
        }
        return range(i, at(i), at(i + 2), i + 4, unit);
    }

    private int range(int i, Lexeme low, Lexeme high, int next, Unit unit) {
        int endAt = at(next - 1).end;
        ImmutableEffectStatement.Builder b =
                statement(EffectStatement.Kind.RANGE, at(i).start, endAt).printedValue(low.text + "-" + high.text);
        try {
            b.estimate(ValueRange.between(low.number, high.number, unit));
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.INVALID_VALUE,
                    "\"" + span(at(i).start, endAt) + "\": " + e.getMessage(),
                    at(i).start,
                    endAt));
            return next;
        }
        return addWithP(b, i, next);
    }

    /** Records the statement, with a P value that follows it ({@code 80%-95%; P = .01}). */
    private int addWithP(ImmutableEffectStatement.Builder b, int firstToken, int next) {
        Tail p = trailingP(next);
        int j = next;
        if (p != null) {
            j = p.next;
            b.end(at(j - 1).end);
            if (p.p != null) {
                b.pValue(p.p);
            }
        }
        add(b, firstToken);
        return j;
    }

    private int relativeChange(int i, Lexeme num, Lexeme direction) {
        int j = i + 3;
        StringBuilder measure = new StringBuilder();
        int words = 0;
        while (at(j).is(Sym.WORD) && words < 5 && !VERSUS.contains(at(j).lower) && !at(j).isWord("than")) {
            boolean leading =
                    measure.length() == 0 && (at(j).isWord("in") || at(j).isWord("the") || at(j).isWord("of"));
            if (!leading) {
                if (measure.length() > 0) {
                    measure.append(' ');
                }
                measure.append(at(j).lower);
            }
            j++;
            words++;
        }
        int endAt = at(j - 1).end;
        RelativeChange change = RelativeChange.of(
                num.number,
                HIGHER.contains(direction.lower) ? RelativeChange.Direction.HIGHER : RelativeChange.Direction.LOWER,
                measure.toString().strip());
        add(
                statement(EffectStatement.Kind.RELATIVE_CHANGE, at(i).start, endAt)
                        .relativeChange(change)
                        .printedValue(num.text),
                i);
        return j;
    }

    /** A percentage at token {@code i}, continuing at {@code j}; {@code counts} when already read. */
    private int proportion(int i, double percent, Lexeme printed, int j, int @Nullable [] counts) {
        int[] n = counts;
        // (4 of 22 patients) or (4/22)
        Interval ci = null;
        if (n == null && at(j).is(Sym.LPAREN)) {
            int[] found = countsAt(j + 1);
            if (found != null && at(found[2]).is(Sym.RPAREN)) {
                n = found;
                j = found[2] + 1;
            } else if (found != null
                    && (at(found[2]).is(Sym.SEMI) || at(found[2]).is(Sym.COMMA))) {
                // 18% (4 of 22; 95% CI, 5.2-40.3)
                Interval inner = interval(found[2], false);
                if (inner != null && at(inner.next).is(Sym.RPAREN)) {
                    n = found;
                    ci = inner;
                    j = inner.next + 1;
                }
            }
        }
        // 18% OS rate
        Endpoint own = null;
        String ownLabel = null;
        if (at(j).is(Sym.WORD)) {
            Endpoint named = ENDPOINT_PHRASES.get(at(j).lower);
            if (named != null && isAbbreviationAsWritten(at(j))) {
                own = named;
                ownLabel = at(j).text;
                j++;
                if (at(j).isWord("rate") || at(j).isWord("rates")) {
                    j++;
                }
            }
        }
        if (ci == null) {
            ci = interval(j, false);
            if (ci != null) {
                j = ci.next;
            }
        }
        // 35.9% vs 8.9%, (vs 11% with chemo alone)
        Proportion comparator = null;
        int k = j;
        boolean paren = at(k).is(Sym.LPAREN);
        if (paren) {
            k++;
        }
        if (at(k).is(Sym.WORD)
                && VERSUS.contains(at(k).lower)
                && at(k + 1).is(Sym.NUM)
                && at(k + 2).is(Sym.PCT)) {
            comparator = safeProportion(at(k + 1).number, null);
            k += 3;
            if (paren) {
                int words = 0;
                while (!at(k).is(Sym.RPAREN) && at(k).is(Sym.WORD) && words < 6) {
                    k++;
                    words++;
                }
                if (at(k).is(Sym.RPAREN)) {
                    k++;
                }
            }
            j = k;
        }
        Tail p = trailingP(j);
        if (p != null) {
            j = p.next;
        }
        PValue pv = p != null ? p.p : ci != null ? ci.p : null;
        int endAt = at(j - 1).end;
        ImmutableEffectStatement.Builder b =
                statement(EffectStatement.Kind.PROPORTION, at(i).start, endAt).printedValue(printed.text);
        ConfidenceInterval interval = checkedInterval(ci, percent);
        Proportion estimate = safeProportion(percent, n, interval, at(i).start, endAt);
        if (estimate == null) {
            return j;
        }
        b.estimate(estimate);
        if (interval != null) {
            b.ci(interval);
        }
        if (comparator != null) {
            b.comparatorEstimate(comparator);
        }
        if (pv != null) {
            b.pValue(pv);
        }
        if (own != null && ownLabel != null) {
            b.endpoint(own).endpointLabel(ownLabel);
        }
        if (timePoint != null) {
            b.timePoint(timePoint);
            timePoint = null;
        }
        add(b, i);
        return j;
    }

    private @Nullable Proportion safeProportion(double percent, int @Nullable [] counts) {
        try {
            Proportion.Builder b = Proportion.builder().percent(percent);
            if (counts != null) {
                b.count(counts[0]).total(counts[1]);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private @Nullable Proportion safeProportion(
            double percent, int @Nullable [] counts, @Nullable ConfidenceInterval ci, int start, int endAt) {
        try {
            Proportion.Builder b = Proportion.builder().percent(percent);
            if (counts != null) {
                b.count(counts[0]).total(counts[1]);
            }
            if (ci != null) {
                b.ci(ci);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.INVALID_VALUE, "\"" + span(start, endAt) + "\": " + e.getMessage(), start, endAt));
            return null;
        }
    }

    /** {@code 4 of 22 [patients]} or {@code 4/22} at {@code i}: {count, total, next}, or null. */
    private int @Nullable [] countsAt(int i) {
        if (!at(i).is(Sym.NUM) || at(i).decimals > 0 || at(i).text.contains(".")) {
            return null;
        }
        int j = i + 1;
        if (at(j).isWord("of") || at(j).is(Sym.SLASH)) {
            j++;
        } else {
            return null;
        }
        if (!at(j).is(Sym.NUM) || at(j).decimals > 0 || at(j).text.contains(".")) {
            return null;
        }
        double count = at(i).number;
        double total = at(j).number;
        if (count > Integer.MAX_VALUE || total > Integer.MAX_VALUE) {
            return null;
        }
        j++;
        if (at(j).is(Sym.WORD) && PEOPLE.contains(at(j).lower)) {
            j++;
        }
        return new int[] {(int) count, (int) total, j};
    }

    private boolean isCountThenPercent(int i) {
        int[] counts = countsAt(i);
        return counts != null
                && at(counts[2]).is(Sym.LPAREN)
                && at(counts[2] + 1).is(Sym.NUM)
                && at(counts[2] + 2).is(Sym.PCT)
                && at(counts[2] + 3).is(Sym.RPAREN);
    }

    /** {@code 4/22 (18%)}, {@code 4 of 22 patients (18%)}. */
    private int countsThenPercent(int i) {
        int[] counts = countsAt(i);
        if (counts == null) {
            return i + 1;
        }
        Lexeme percent = at(counts[2] + 1);
        return proportion(i, percent.number, percent, counts[2] + 4, counts);
    }

    /** {@code ORR = 18 (4/22)}: a proportion endpoint followed by a number without the sign. */
    private int percentWithoutSign(int i) {
        Lexeme num = at(i);
        if (num.number < 0 || num.number > 100) {
            return i + 1;
        }
        return proportion(i, num.number, num, i + 1, null);
    }

    /** {@code ≥ 85%}, {@code < 10%}, also for times: {@code > 12 months}. */
    private int bound(int i, int j, PValue.Relation relation) {
        int k = j;
        boolean approx = false;
        if (at(k).is(Sym.WORD) && APPROXIMATE.contains(at(k).lower)) {
            approx = true;
            k++;
        }
        if (!at(k).is(Sym.NUM)) {
            return j;
        }
        Lexeme num = at(k);
        Unit unit;
        if (at(k + 1).is(Sym.PCT)) {
            unit = Unit.PERCENT;
        } else if (at(k + 1).is(Sym.WORD) && TIME_UNITS.containsKey(at(k + 1).lower)) {
            unit = TIME_UNITS.get(at(k + 1).lower);
        } else {
            return k + 1; // "< 3 cm", "> 3 metastatic sites": a bound, but not a statistic
        }
        if (unit == null) {
            return k + 1;
        }
        int next = k + 2;
        int endAt = at(next - 1).end;
        ValueRange range;
        try {
            range = switch (relation) {
                case LESS_THAN -> ValueRange.lessThan(num.number, unit);
                case LESS_THAN_OR_EQUAL -> ValueRange.atMost(num.number, unit);
                case GREATER_THAN -> ValueRange.greaterThan(num.number, unit);
                default -> ValueRange.atLeast(num.number, unit);
            };
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.INVALID_VALUE,
                    "\"" + span(at(i).start, endAt) + "\": " + e.getMessage(),
                    at(i).start,
                    endAt));
            return next;
        }
        ImmutableEffectStatement.Builder b = statement(EffectStatement.Kind.BOUND, at(i).start, endAt)
                .estimate(range)
                .printedValue(num.text);
        if (approx) {
            b.approximate(true);
        }
        return addWithP(b, i, next);
    }

    /** {@code up to 33%}, {@code at least 85%}, {@code more than 10%}, {@code less than 10%}. */
    private int boundWords(int i) {
        String first = at(i).lower;
        String second = at(i + 1).lower;
        PValue.@Nullable Relation relation = null;
        if ((first.equals("up") && second.equals("to")) || (first.equals("at") && second.equals("most"))) {
            relation = PValue.Relation.LESS_THAN_OR_EQUAL;
        } else if (first.equals("at") && second.equals("least")) {
            relation = PValue.Relation.GREATER_THAN_OR_EQUAL;
        } else if ((first.equals("more") || first.equals("greater")) && second.equals("than")) {
            relation = PValue.Relation.GREATER_THAN;
        } else if ((first.equals("less") || first.equals("fewer")) && second.equals("than")) {
            relation = PValue.Relation.LESS_THAN;
        }
        if (relation == null) {
            return i;
        }
        int next = bound(i, i + 2, relation);
        return next;
    }

    // ---------------------------------------------------------------------------------------------
    // medians

    private int medianValue(int i) {
        Lexeme num = at(i);
        Unit unit = TIME_UNITS.get(at(i + 1).lower);
        if (unit == null) {
            return i + 1;
        }
        int j = i + 2;
        Interval ci = interval(j, false);
        if (ci != null) {
            j = ci.next;
        }
        MedianTime comparator = null;
        if (at(j).is(Sym.WORD)
                && VERSUS.contains(at(j).lower)
                && at(j + 1).is(Sym.NUM)
                && at(j + 2).is(Sym.WORD)
                && TIME_UNITS.get(at(j + 2).lower) == unit) {
            comparator = safeMedian(at(j + 1).number, unit, null);
            j += 3;
        }
        Tail p = trailingP(j);
        if (p != null) {
            j = p.next;
        }
        PValue pv = p != null ? p.p : ci != null ? ci.p : null;
        int endAt = at(j - 1).end;
        MedianTime.Builder mb = MedianTime.builder().value(num.number).unit(unit);
        ConfidenceInterval closed = null;
        if (ci != null) {
            if (ci.lower.notReached || ci.upper.notReached) {
                openInterval(mb, ci);
            } else {
                closed = checkedInterval(ci, num.number);
                if (closed != null) {
                    mb.ciLevel(closed.level()).ciLower(closed.lower()).ciUpper(closed.upper());
                }
            }
        }
        MedianTime estimate = built(mb, at(i).start, endAt);
        if (estimate == null) {
            return j;
        }
        ImmutableEffectStatement.Builder b = statement(EffectStatement.Kind.MEDIAN_TIME, at(i).start, endAt)
                .estimate(estimate)
                .printedValue(num.text);
        if (closed != null) {
            b.ci(closed);
        }
        if (comparator != null) {
            b.comparatorEstimate(comparator);
        }
        if (pv != null) {
            b.pValue(pv);
        }
        median = false;
        add(b, i);
        return j;
    }

    /** Sets the interval's level and the bounds that were reached; "NR" bounds stay open. */
    private static void openInterval(MedianTime.Builder mb, Interval ci) {
        mb.ciLevel(ci.level);
        if (!ci.lower.notReached) {
            mb.ciLower(ci.lower.value);
        }
        if (!ci.upper.notReached) {
            mb.ciUpper(ci.upper.value);
        }
    }

    /** The median, or null with an INVALID_VALUE diagnostic over {@code start..end} when it breaks a rule. */
    private @Nullable MedianTime built(MedianTime.Builder mb, int start, int end) {
        try {
            return mb.build();
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.of(
                    Diagnostic.Code.INVALID_VALUE, "\"" + span(start, end) + "\": " + e.getMessage(), start, end));
            return null;
        }
    }

    private @Nullable MedianTime safeMedian(double value, Unit unit, @Nullable ConfidenceInterval ci) {
        try {
            return ci == null ? MedianTime.of(value, unit) : MedianTime.of(value, unit, ci);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private int medianNotReached(int i) {
        int j = isNotReached(i) ? i + 2 : i + 1;
        String printed = span(at(i).start, at(j - 1).end);
        Interval ci = interval(j, false);
        if (ci != null) {
            j = ci.next;
        }
        Tail p = trailingP(j);
        if (p != null) {
            j = p.next;
        }
        PValue pv = p != null ? p.p : ci != null ? ci.p : null;
        int endAt = at(j - 1).end;
        // "not reached" prints no unit; take the interval's if it has one, else months, as survival uses
        Unit unit = Unit.MONTHS;
        if (ci != null && ci.lower.unit != null && ci.lower.unit.isTime()) {
            unit = ci.lower.unit;
        } else if (ci != null && ci.upper.unit != null && ci.upper.unit.isTime()) {
            unit = ci.upper.unit;
        }
        MedianTime.Builder mb = MedianTime.builder().unit(unit);
        if (ci != null) {
            openInterval(mb, ci);
        }
        MedianTime estimate = built(mb, at(i).start, endAt);
        if (estimate == null) {
            return j;
        }
        ImmutableEffectStatement.Builder b = statement(EffectStatement.Kind.MEDIAN_TIME, at(i).start, endAt)
                .estimate(estimate)
                .printedValue(printed);
        if (pv != null) {
            b.pValue(pv);
        }
        add(b, i);
        median = false;
        return j;
    }

    private boolean isNotReached(int i) {
        return at(i).isWord("not") && (at(i + 1).isWord("reached") || at(i + 1).isWord("estimable"));
    }

    // ---------------------------------------------------------------------------------------------
    // context

    /** An endpoint label (OS, overall survival, grade ≥ 3 toxicity) at {@code i}; returns the index after it. */
    private int endpointContext(int i) {
        int best = -1;
        Endpoint found = null;
        StringBuilder phrase = new StringBuilder();
        for (int w = 0; w < MAX_LABEL_WORDS && i + w < t.size(); w++) {
            Lexeme tok = at(i + w);
            if (tok.is(Sym.STOP) || tok.is(Sym.COMMA) || tok.is(Sym.SEMI) || tok.is(Sym.COLON)) {
                break;
            }
            if (w > 0) {
                phrase.append(' ');
            }
            phrase.append(tok.lower);
            Endpoint e = ENDPOINT_PHRASES.get(phrase.toString());
            if (e != null && (w > 0 || isAbbreviationAsWritten(tok))) {
                best = i + w + 1;
                found = e;
            }
        }
        if (found == null) {
            return i;
        }
        endpoint = found;
        endpointLabel = span(at(i).start, at(best - 1).end);
        if (contextIsEndpoint) {
            contextStart = -1; // a second endpoint label replaces the first: "survival (OS: ..."
        }
        markContext(i, best);
        contextIsEndpoint = true;
        return best;
    }

    /** Abbreviations count only as written (OS, not "os"); full words in any case. */
    private static boolean isAbbreviationAsWritten(Lexeme tok) {
        for (Endpoint e : Endpoint.values()) {
            if (e.abbreviation().equalsIgnoreCase(tok.text)) {
                return e.abbreviation().equals(tok.text) || tok.text.equals(tok.text.toUpperCase(Locale.ROOT));
            }
        }
        return true;
    }

    /** Records tokens {@code [start, end)} as context; adjacent context tokens join into one run. */
    private void markContext(int start, int endExclusive) {
        if (contextStart < 0 || start - contextEnd > CONTEXT_GAP) {
            contextStart = start;
        }
        contextEnd = endExclusive;
        contextIsEndpoint = false;
    }

    private void clearContext() {
        endpoint = null;
        endpointLabel = null;
        timePoint = null;
        median = false;
        contextStart = -1;
        contextIsEndpoint = false;
    }

    private ImmutableEffectStatement.Builder statement(EffectStatement.Kind kind, int start, int endAt) {
        return EffectStatement.builder().kind(kind).start(start).end(endAt);
    }

    /** Completes a statement with the context in force and records it. */
    private void add(ImmutableEffectStatement.Builder b, int firstToken) {
        EffectStatement draft = b.text("").build();
        int start = draft.start();
        // the context run joins the statement's text only when it stands right before it
        boolean adjacent = contextStart >= 0 && contextStart < firstToken && firstToken - contextEnd <= CONTEXT_GAP;
        if (adjacent && at(contextStart).start < start) {
            start = at(contextStart).start;
        }
        b.start(start).text(span(start, draft.end()));
        // ratios and medians take the endpoint named earlier in the sentence ("OS: ... HR = 0.58");
        // shares of patients only an endpoint right before them: "96% metastatic" is no PFS rate
        EffectStatement.Kind kind = draft.kind();
        boolean looseContext = kind == EffectStatement.Kind.HAZARD_RATIO
                || kind == EffectStatement.Kind.ODDS_RATIO
                || kind == EffectStatement.Kind.RISK_RATIO
                || kind == EffectStatement.Kind.MEDIAN_TIME;
        if (draft.endpoint().isEmpty() && endpoint != null && endpointLabel != null && (looseContext || adjacent)) {
            b.endpoint(endpoint).endpointLabel(endpointLabel);
        }
        if (firstToken <= approximateUntil) {
            b.approximate(true);
        }
        statements.add(b.build());
        contextStart = -1;
    }

    // ---------------------------------------------------------------------------------------------
    // small helpers

    private Lexeme at(int i) {
        return i >= 0 && i < t.size() ? t.get(i) : end;
    }

    private String span(int start, int endExclusive) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(endExclusive, text.length()));
        return text.substring(s, e);
    }

    private boolean startsText(int i) {
        for (int k = 0; k < i; k++) {
            Sym ty = at(k).type;
            if (ty == Sym.NUM || ty == Sym.WORD) {
                return false;
            }
        }
        return true;
    }

    private boolean afterSeparator(int i) {
        Sym before = at(i - 1).type;
        return before == Sym.EQ || before == Sym.COLON;
    }

    /** {@code 0,62}: digits, a comma, digits, no space around the comma, no decimal point before it. */
    private boolean isDecimalComma(int i) {
        Lexeme num = at(i);
        Lexeme comma = at(i + 1);
        Lexeme after = at(i + 2);
        return num.is(Sym.NUM)
                && comma.is(Sym.COMMA)
                && !comma.spaceBefore
                && after.is(Sym.NUM)
                && !after.spaceBefore
                && !num.text.contains(".")
                && !num.text.contains("·");
    }

    private PValue.@Nullable Relation relationAt(int j) {
        return switch (at(j).type) {
            case EQ -> PValue.Relation.EQUAL;
            case LT -> PValue.Relation.LESS_THAN;
            case GT -> PValue.Relation.GREATER_THAN;
            case LE -> PValue.Relation.LESS_THAN_OR_EQUAL;
            case GE -> PValue.Relation.GREATER_THAN_OR_EQUAL;
            default -> null;
        };
    }

    private static PValue.Relation relationOf(Sym type) {
        return switch (type) {
            case LT -> PValue.Relation.LESS_THAN;
            case GT -> PValue.Relation.GREATER_THAN;
            case LE -> PValue.Relation.LESS_THAN_OR_EQUAL;
            default -> PValue.Relation.GREATER_THAN_OR_EQUAL;
        };
    }

    private static Sym closerOf(Sym opener) {
        return opener == Sym.LBRACK ? Sym.RBRACK : Sym.RPAREN;
    }

    private static boolean[] strayClosers(List<Lexeme> tokens) {
        boolean[] stray = new boolean[tokens.size()];
        Deque<Sym> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Sym ty = tokens.get(i).type;
            if (ty == Sym.LPAREN || ty == Sym.LBRACK) {
                open.push(ty);
            } else if (ty == Sym.RPAREN || ty == Sym.RBRACK) {
                Sym want = ty == Sym.RPAREN ? Sym.LPAREN : Sym.LBRACK;
                if (!open.isEmpty() && open.peek() == want) {
                    open.pop();
                } else {
                    stray[i] = true;
                }
            }
        }
        return stray;
    }

    private static Map<String, Endpoint> endpointPhrases() {
        Map<String, Endpoint> map = new HashMap<>();
        for (Endpoint e : Endpoint.values()) {
            map.put(e.abbreviation().toLowerCase(Locale.ROOT), e);
            map.put(e.label(), e);
            for (String s : e.synonyms()) {
                map.put(s.toLowerCase(Locale.ROOT), e);
            }
        }
        // the abbreviation of local control ("LC") is too short to trust in running text
        map.remove("lc");
        return Map.copyOf(map);
    }

    private static Map<String, Unit> timeUnits() {
        Map<String, Unit> map = new HashMap<>();
        for (String s : List.of("month", "months", "mo", "mos")) {
            map.put(s, Unit.MONTHS);
        }
        for (String s : List.of("year", "years", "yr", "yrs", "y")) {
            map.put(s, Unit.YEARS);
        }
        for (String s : List.of("week", "weeks", "wk", "wks")) {
            map.put(s, Unit.WEEKS);
        }
        for (String s : List.of("day", "days", "d")) {
            map.put(s, Unit.DAYS);
        }
        return Map.copyOf(map);
    }

    // ---------------------------------------------------------------------------------------------
    // small records of partial parses

    private static final class RatioLabel {
        final EffectStatement.@Nullable Kind kind;
        final int next;
        final String text;

        RatioLabel(EffectStatement.@Nullable Kind kind, int next, String text) {
            this.kind = kind;
            this.next = next;
            this.text = text;
        }
    }

    private static final class Bound {
        final double value;
        final boolean notReached;
        final @Nullable Unit unit;
        final int next;

        Bound(double value, boolean notReached, @Nullable Unit unit, int next) {
            this.value = value;
            this.notReached = notReached;
            this.unit = unit;
            this.next = next;
        }
    }

    private static final class Interval {
        final Bound lower;
        final Bound upper;
        final double level;
        final boolean levelAssumed;
        final int start;
        int next;

        @Nullable
        PValue p;

        Interval(Bound lower, Bound upper, double level, boolean levelAssumed, int start, int next) {
            this.lower = lower;
            this.upper = upper;
            this.level = level;
            this.levelAssumed = levelAssumed;
            this.start = start;
            this.next = next;
        }
    }

    private static final class Tail {
        final int next;
        final @Nullable PValue p;

        Tail(int next, @Nullable PValue p) {
            this.next = next;
            this.p = p;
        }
    }

    static Optional<Endpoint> endpointNamed(String phrase) {
        return Optional.ofNullable(ENDPOINT_PHRASES.get(phrase.toLowerCase(Locale.ROOT)));
    }
}
