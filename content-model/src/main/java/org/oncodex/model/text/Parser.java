package org.oncodex.model.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/*
 * The pipeline: Lexer -> Tokens (the cursor) -> recognizers, one per statement shape, tried in a
 * fixed order at each token. A recognizer that matches consumes tokens and may add statements; the
 * words that give numbers their meaning (labels, endpoints, "median", column headers) live in an
 * immutable Scope passed from step to step, and a sentence end returns the scope to the caller's
 * ParseContext. Each recognizer looks ahead a bounded number of tokens, and every step consumes at
 * least one, so a parse is linear in the input. Anything the model cannot hold becomes a diagnostic;
 * nothing is guessed and nothing throws.
 */
final class Parser {
    private static final Recognizer HYPHEN_DECIMALS = new HyphenDecimals();
    private static final Recognizer P_VALUES = new PValues();
    private static final Recognizer RELATIVE_CHANGES = new RelativeChanges();
    private static final Recognizer COUNTS = new Counts();
    private static final Recognizer FROM_TO = new FromTo();
    private static final Recognizer RANGES = new Ranges();
    private static final Recognizer BOUNDS = new Bounds();
    private static final Recognizer CONTEXT_WORDS = new ContextWords();
    private static final Recognizer INTERVALS = new Intervals();
    private static final Recognizer WORDED_INTERVALS = new WordedIntervals();
    private static final Recognizer VALUES = new Values();
    private static final Recognizer WORD_SHARES = new WordShares();
    private static final Recognizer MULTIPLES = new Multiples();
    private static final Recognizer HALVINGS = new Halvings();

    /**
     * The recognizers tried at a token, by the token's type, in the order they are tried: a shape
     * that starts with a number is not looked for at a word. Add a recognizer here.
     */
    private static final Map<Sym, Recognizer[]> BY_FIRST_TOKEN = byFirstToken();

    private static final Recognizer[] NONE = {};

    private static Map<Sym, Recognizer[]> byFirstToken() {
        Map<Sym, List<Recognizer>> m = new EnumMap<>(Sym.class);
        m.put(
                Sym.NUM,
                List.of(
                        WORDED_INTERVALS,
                        HYPHEN_DECIMALS,
                        P_VALUES,
                        RELATIVE_CHANGES,
                        WORD_SHARES,
                        COUNTS,
                        FROM_TO,
                        RANGES,
                        MULTIPLES,
                        BOUNDS,
                        CONTEXT_WORDS,
                        INTERVALS,
                        VALUES));
        m.put(
                Sym.WORD,
                List.of(
                        WORDED_INTERVALS,
                        WORD_SHARES,
                        MULTIPLES,
                        P_VALUES,
                        RELATIVE_CHANGES,
                        HALVINGS,
                        BOUNDS,
                        CONTEXT_WORDS,
                        INTERVALS,
                        VALUES));
        for (Sym relation : List.of(Sym.LT, Sym.GT, Sym.LE, Sym.GE)) {
            m.put(relation, List.of(P_VALUES, BOUNDS));
        }
        m.put(Sym.LPAREN, List.of(CONTEXT_WORDS, INTERVALS));
        m.put(Sym.LBRACK, List.of(CONTEXT_WORDS, INTERVALS));
        m.put(Sym.MINUS, List.of(RANGES, INTERVALS, VALUES));
        m.put(Sym.DASH, List.of(INTERVALS, VALUES));
        Map<Sym, Recognizer[]> out = new EnumMap<>(Sym.class);
        for (Sym s : Sym.values()) {
            out.put(s, m.getOrDefault(s, List.of()).toArray(new Recognizer[0]));
        }
        return out;
    }

    /** Words that say how a column's intervals were computed: "Exact 95% CI". */
    private static final Set<String> INTERVAL_METHODS = Set.of(
            "exact",
            "asymptotic",
            "approximate",
            "bootstrap",
            "bootstrapped",
            "binomial",
            "wald",
            "wilson",
            "clopper-pearson",
            "profile",
            "likelihood",
            "bayesian");

    private Parser() {}

    /**
     * Long texts are read a part at a time, each part ending at a line break or a sentence end, where
     * the scope returns to the caller's context anyway: the result is the same, and the tokens alive at
     * once stay few, so a megabyte costs ten times what a hundred kilobytes cost.
     */
    static final int PART = 32_768;

    static ParseResult parse(String text, ParseContext context) {
        return parse(text, context, true);
    }

    /**
     * {@code filtered}: whether recognizers are skipped where {@link Recognizer#mayStartAt} says they cannot
     * start. Parsing without is slower and gives the same result; the tests compare the two.
     */
    static ParseResult parse(String text, ParseContext context, boolean filtered) {
        ParseResult plain = parseWhole(text, context, filtered);
        return TableRows.read(text, context, plain, (t, c) -> parseWhole(t, c, filtered));
    }

    private static ParseResult parseWhole(String text, ParseContext context, boolean filtered) {
        if (text.length() <= 2 * PART) {
            return parsePart(text, context, filtered).result();
        }
        Findings out = new Findings();
        int from = 0;
        while (from < text.length()) {
            int to = partEnd(text, from + PART);
            Findings part = parsePart(text.substring(from, to), context, filtered);
            for (EffectStatement st : part.statements) {
                out.add(EffectStatement.builder()
                        .from(st)
                        .start(st.start() + from)
                        .end(st.end() + from)
                        .build());
            }
            for (Diagnostic d : part.diagnostics) {
                out.report(d.code(), d.message(), d.start() + from, d.end() + from);
            }
            from = to;
        }
        return out.result();
    }

    /** Where a part that should end near {@code at} ends: after a line break or a sentence's full stop. */
    static int partEnd(String text, int at) {
        int n = text.length();
        for (int i = Math.max(at, 1); i < n - 2; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            // "... in the placebo group. The": a full stop after a word of four lower-case letters or more
            if (c == '.'
                    && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2))
                    && i >= 4
                    && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLowerCase(text.charAt(i - 2))
                    && Character.isLowerCase(text.charAt(i - 3))
                    && Character.isLowerCase(text.charAt(i - 4))) {
                return i + 1;
            }
        }
        return n;
    }

    private static Findings parsePart(String text, ParseContext context, boolean filtered) {
        Findings out = new Findings();
        try {
            Tokens tokens = new Tokens(text);
            run(tokens, initialScope(context), out, filtered);
            out.sort();
            LateIntervals.join(tokens, out.statements);
            CountShares.join(tokens, out.statements);
            Totals.fill(tokens, out.statements, headerTotal(context));
            RelativeChanges.lendEndpoints(tokens, out.statements);
            Respectively.distribute(tokens, out.statements);
            Pairs.link(tokens, out.statements);
            Unread.report(tokens, out.statements, out);
            Mojibake.report(text, out);
        } catch (RuntimeException e) {
            // the contract is "never throws": a parser bug surfaces as a diagnostic the tests look for
            out.report(Diagnostic.Code.PARSER_FAILURE, "parser failure: " + e, 0, text.length());
        }
        return out;
    }

    private static void run(Tokens t, Scope initial, Findings out, boolean filtered) {
        int n = t.size();
        for (int k = 0; k < n; k++) {
            Lexeme tok = t.at(k);
            if (!tok.is(Sym.NUM)) {
                continue;
            }
            if (tok.decimalComma) {
                out.report(
                        Diagnostic.Code.DECIMAL_COMMA_READ,
                        "\"" + tok.text + "\" read with a decimal comma as " + tok.digits,
                        tok.start,
                        tok.end);
            } else if (t.isAmbiguousComma(k)) {
                out.report(
                        Diagnostic.Code.AMBIGUOUS_DECIMAL_COMMA,
                        "\"" + t.span(k, k + 2) + "\" uses a comma inside a number; not read as a decimal",
                        tok.start,
                        t.at(k + 2).end);
            }
        }
        Scope scope = initial;
        int i = 0;
        int sentenceStart = 0;
        while (i < n) {
            Lexeme tok = t.at(i);
            if (tok.is(Sym.STOP) && !isAbbreviationDot(t, i)) {
                scope = scope.reset();
                i++;
                sentenceStart = out.statements.size();
                continue;
            }
            if (tok.is(Sym.WORD) && !Words.mayStart(tok)) {
                i++; // prose
                continue;
            }
            int before = out.statements.size();
            Recognizer.Step step = null;
            for (Recognizer r : BY_FIRST_TOKEN.getOrDefault(tok.type, NONE)) {
                if (filtered && !r.mayStartAt(t, i)) {
                    continue;
                }
                step = r.read(t, i, scope, out);
                if (step != null) {
                    break;
                }
            }
            if (step == null) {
                i++;
            } else {
                scope = step.scope();
                i = Math.max(step.next(), i + 1);
                if (before < out.statements.size()) {
                    attachP(t, out, sentenceStart);
                }
            }
        }
    }

    /**
     * A P value standing after an estimate in the same sentence ("the ORR was 18% vs 36% (P =.07)")
     * belongs to that estimate when it has none of its own: it joins it rather than standing alone.
     */
    private static void attachP(Tokens t, Findings out, int sentenceStart) {
        List<EffectStatement> list = out.statements;
        int last = list.size() - 1;
        EffectStatement p = list.get(last);
        if (p.kind() != EffectStatement.Kind.P_VALUE && last - 1 >= sentenceStart) {
            attachLeadingP(t, list, last);
            return;
        }
        if (p.kind() != EffectStatement.Kind.P_VALUE || last - 1 < sentenceStart) {
            return;
        }
        EffectStatement target = list.get(last - 1);
        // only a comparison has a P value: a ratio, a difference, a relative change, a pair of arms
        boolean estimate = (target.estimate().isPresent() && comparative(target))
                || target.kind() == EffectStatement.Kind.RELATIVE_CHANGE;
        if (target.pValue().isPresent() || !estimate || p.pValue().isEmpty()) {
            return;
        }
        EffectStatement joined = EffectStatement.builder()
                .from(target)
                .pValue(p.pValue().get())
                .end(p.end())
                .text(t.slice(target.start(), p.end()))
                .build();
        list.remove(last);
        list.set(last - 1, joined);
    }

    /**
     * "(rs620861, P = 1.3 x 10(-10), heterozygote OR = 1.17, 95% CI 1.10-1.24)", "(P = 0.003; HR 0.70)": a P
     * value printed just before a comparison, separated from it by a comma or semicolon and at most two
     * words, belongs to it when it has none of its own; so does the P that closes a pair of arms printed
     * just before the ratio of the same arms, which then both hold it.
     */
    private static void attachLeadingP(Tokens t, List<EffectStatement> list, int last) {
        EffectStatement target = list.get(last);
        EffectStatement p = list.get(last - 1);
        // "DFS, 42.3% vs. 37.2%; p = 0.70; HR, 1.08": the P closes a pair of arms and stands before the
        // ratio of the same two arms; both keep it
        boolean shared = p.kind() != EffectStatement.Kind.P_VALUE
                && p.comparatorEstimate().isPresent();
        if ((p.kind() != EffectStatement.Kind.P_VALUE && !shared)
                || p.pValue().isEmpty()
                || target.pValue().isPresent()
                || !comparative(target)
                || target.start() < p.end()) {
            return;
        }
        int k = t.indexAt(p.end());
        if (!t.at(k).is(Sym.COMMA) && !t.at(k).is(Sym.SEMI)) {
            return;
        }
        int words = 0;
        k++;
        while (t.at(k).is(Sym.WORD) && t.at(k).end <= target.start() && words < 3) {
            k++;
            words++;
        }
        if (words > 2 || t.at(k).start != target.start()) {
            return;
        }
        list.set(
                last,
                EffectStatement.builder().from(target).pValue(p.pValue().get()).build());
        if (!shared) {
            list.remove(last - 1);
        }
    }

    private static boolean comparative(EffectStatement s) {
        return switch (s.kind()) {
            case HAZARD_RATIO, ODDS_RATIO, RISK_RATIO, RATE_RATIO, RATIO_OF_RATIOS, MEAN_DIFFERENCE, RISK_DIFFERENCE ->
                true;
            default -> s.comparatorEstimate().isPresent();
        };
    }

    /** "vs." and "v." and "approx." end no sentence. */
    static boolean isAbbreviationDot(Tokens t, int i) {
        if (!t.at(i).text.equals(".")) {
            return false;
        }
        Lexeme before = t.at(i - 1);
        if (before.is(Sym.NUM) && t.at(i + 1).is(Sym.NUM) && !t.at(i + 1).spaceBefore) {
            return true;
        }
        return before.is(Sym.WORD)
                && !t.at(i).spaceBefore
                && (before.isWord("vs")
                        || before.isWord("v")
                        || before.isWord("approx")
                        || before.isWord("mo")
                        || before.isWord("no")
                        || before.isWord("ca")
                        || before.isWord("al")
                        || before.isWord("e")
                        || before.isWord("i")
                        || before.isWord("mos")
                        || before.isWord("yr")
                        || before.isWord("fig"));
    }

    /** The scope a caller's context sets: the column header read as words, the endpoint given. */
    static Scope initialScope(ParseContext context) {
        Scope scope = Scope.EMPTY;
        if (context.column().isPresent()) {
            // "Relative reductionb": a footnote letter run on a word of the header is no part of it
            String column = HeaderFootnotes.strip(context.column().get());
            Tokens header = new Tokens(column);
            Findings ignored = new Findings();
            ContextWords words = new ContextWords();
            for (int i = 0; i < header.size(); ) {
                Lexeme tok = header.at(i);
                if (Tokens.isOpener(tok.type)
                        && Words.timeUnit(header.at(i + 1)) != null
                        && Tokens.isCloser(header.at(i + 2).type)
                        && namesAgeBefore(header, i + 1)) {
                    i += 3; // "by age group (years)": the unit of the ages that name the rows, not of the values
                    continue;
                }
                Recognizer.Step step = words.read(header, i, scope, ignored);
                if (step != null
                        && scope.endpoint() != null
                        && step.scope().endpoint() != scope.endpoint()
                        && Tokens.isOpener(header.at(i - 1).type)) {
                    // "ORR (CR+PR)": an endpoint in brackets after another defines it, and does not replace it
                    i = Math.max(step.next(), i + 1);
                    continue;
                }
                if (step != null) {
                    scope = step.scope();
                    i = Math.max(step.next(), i + 1);
                    continue;
                }
                // "Age, yr"; "5 years of tamoxifen vs none": ages and durations, not the unit of the cells
                Unit time =
                        namesAgeBefore(header, i) || HeaderKinds.countedTime(header, i) ? null : Words.timeUnit(tok);
                if (tok.is(Sym.PCT)) {
                    scope = scope.withUnit(Unit.PERCENT);
                } else if (time != null) {
                    scope = scope.withUnit(time);
                } else if (tok.isWord("n")
                        && ((header.at(i + 1).is(Sym.LPAREN) && header.at(i + 2).is(Sym.PCT))
                                || (header.at(i + 1).is(Sym.SLASH)
                                        && header.at(i + 2).isWord("n")))) {
                    scope = scope.withDeclaredCounts(); // "n (%)", "n/N"
                } else if ((tok.isWord("rate") || tok.isWord("response"))
                        && scope.label() == null
                        && !(header.at(i - 2).isWord("n") && Tokens.isOpener(header.at(i - 1).type))) {
                    // "ORR", "Response rate": percentages; "n (rate)" is a count and a rate per person-time
                    scope = scope.withUnit(Unit.PERCENT);
                }
                i++;
            }
            // "RR (%)", "RR, %": a ratio is no percentage, so its abbreviation stands for a rate (in oncology
            // tables, a response rate); the cells are shares
            if (scope.label() != null
                    && Values.isRatio(scope.label())
                    && Words.ABBREVIATIONS.containsKey(scope.labelText())
                    && namesPercent(header)) {
                scope = scope.withoutLabel().withUnit(Unit.PERCENT);
            }
            // "Difference (%)", "Difference 1 (%) (95% CI)": a difference in per cent, as under "Difference, %"
            boolean percentDifference =
                    scope.unit() == null && namesPercent(header) && HeaderKinds.differenceInPercent(column);
            if (percentDifference) {
                scope = scope.withUnit(Unit.PERCENT);
            }
            // a column of P values: "P", "P value", "Meta P", "Stratified log-rank test, p value"; not "Model
            // coefficient, 95 % CI and p value", whose cells hold an estimate, its interval and its P value
            if (namesP(header) && scope.label() == null && !HeaderKinds.intervalBeforeP(header)) {
                scope = scope.withLabel(EffectStatement.Kind.P_VALUE, column, -1);
            }
            // "95% CI", "(95% CI)", "95% CI for the hazard ratio": a column of intervals
            int d0 = Tokens.isOpener(header.at(0).type) ? 1 : 0;
            // "Exact 95% CI", "Bootstrap 95% CI": how the intervals were computed, before what they are
            while (d0 < 3 && INTERVAL_METHODS.contains(header.at(d0).lower)) {
                d0++;
            }
            Intervals.Descriptor d = IntervalWords.descriptor(header, d0, ignored);
            if (d != null && d.level() > 0) {
                Scope interval = Scope.EMPTY
                        .withLabel(EffectStatement.Kind.INTERVAL, header.span(d0, d.next() - 1), -1)
                        .withDeclaredInterval(d.level(), null);
                // "95% CI for median PFS (months)": the endpoint the intervals belong to stays
                scope = scope.endpoint() != null
                        ? interval.withEndpoint(scope.endpoint(), scope.endpointLabel(), -1)
                        : interval;
            } else if (d != null && (d.what() == Intervals.What.RANGE || d.what() == Intervals.What.IQR)) {
                // "Range", "(range)", "IQR": a column of ranges, each cell's two numbers a spread
                Scope range = Scope.EMPTY
                        .withLabel(EffectStatement.Kind.RANGE, header.span(d0, d.next() - 1), -1)
                        .withDeclaredInterval(0, d.what() == Intervals.What.IQR ? Spread.Kind.IQR : Spread.Kind.RANGE);
                if (scope.unit() != null) {
                    range = range.withUnit(scope.unit());
                }
                scope = scope.endpoint() != null
                        ? range.withEndpoint(scope.endpoint(), scope.endpointLabel(), -1)
                        : range;
            }
            // "Δ from Control (LS Mean ± SE)": what a header names outright outweighs the "mean" in it
            boolean mean = scope.label() == EffectStatement.Kind.QUANTITY
                    && scope.labelText().equalsIgnoreCase("mean");
            if (scope.label() == null || mean) {
                EffectStatement.Kind k = HeaderKinds.of(column);
                // "Difference in ORR (95% CI)": a difference of response rates is one of risks, in points
                if (k == EffectStatement.Kind.MEAN_DIFFERENCE
                        && (percentDifference
                                || (scope.endpoint() != null
                                        && !scope.endpoint().isTimeToEvent()))) {
                    k = EffectStatement.Kind.RISK_DIFFERENCE;
                    scope = scope.unit() == null ? scope.withUnit(Unit.PERCENT) : scope;
                }
                if (k != null && (!mean || k != EffectStatement.Kind.QUANTITY)) {
                    scope = scope.withLabel(k, column, -1);
                }
            }
            int total = column.indexOf('=') < 0 ? 0 : Totals.inHeader(header);
            if (total > 0) {
                scope = scope.withDeclaredTotal(total);
            }
            // "Age, yr, median (IQR)": a median age
            if (scope.median() && scope.label() != EffectStatement.Kind.MEDIAN && namesAge(header)) {
                scope = scope.withLabel(EffectStatement.Kind.MEDIAN, "median age", -1);
            }
            // a column of ratios or medians labels every number in it
            if (scope.label() == null && scope.median()) {
                scope = scope.withLabel(EffectStatement.Kind.MEDIAN_TIME, "median", -1);
            }
        }
        if (context.endpoint().isPresent()) {
            Endpoint e = context.endpoint().get();
            scope = scope.withEndpoint(e, e.abbreviation(), -1);
        }
        if (scope.equals(Scope.EMPTY)) {
            return scope;
        }
        return contextual(scope).asContext();
    }

    /** The "n = 279" of a column header, or 0. */
    private static int headerTotal(ParseContext context) {
        String column = context.column().orElse("");
        return column.indexOf('=') < 0 ? 0 : Totals.inHeader(new Tokens(column));
    }

    private static boolean namesP(Tokens header) {
        for (int k = 0; k < header.size(); k++) {
            String w = header.at(k).lower;
            if (w.equals("p") || w.startsWith("p-value") || w.equals("pvalue") || w.equals("p-values")) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesPercent(Tokens header) {
        for (int k = 0; k < header.size(); k++) {
            if (header.at(k).is(Sym.PCT) && !header.at(k - 1).is(Sym.NUM)) { // "95% CI" names no unit
                return true;
            }
        }
        return false;
    }

    private static boolean namesAgeBefore(Tokens header, int i) {
        // "Age, yr", "Age (years)", "Age of patients (years)"
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (header.at(k).isWord("age")) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAge(Tokens header) {
        for (int k = 0; k < header.size(); k++) {
            if (header.at(k).isWord("age")) {
                return true;
            }
        }
        return false;
    }

    /** Positions from the header mean nothing in the cell: a header's label labels every number. */
    private static Scope contextual(Scope s) {
        Scope base = Scope.EMPTY;
        if (s.label() != null) {
            base = base.withLabel(s.label(), s.labelText(), -1);
        }
        if (s.median()) {
            base = base.withMedian(-1);
            if (s.label() != null) {
                base = base.withLabel(s.label(), s.labelText(), -1);
            }
        }
        if (s.endpoint() != null) {
            base = base.withEndpoint(s.endpoint(), s.endpointLabel(), -1);
        }
        if (s.unit() != null) {
            base = base.withUnit(s.unit());
        }
        if (s.timePoint() != null) {
            base = base.withTimePoint(s.timePoint());
        }
        if (s.declaredLevel() > 0 || s.declaredSpread() != null) {
            base = base.withDeclaredInterval(s.declaredLevel(), s.declaredSpread());
        }
        if (s.declaredCounts()) {
            base = base.withDeclaredCounts();
        }
        if (s.declaredTotal() > 0) {
            base = base.withDeclaredTotal(s.declaredTotal());
        }
        return base;
    }
}
