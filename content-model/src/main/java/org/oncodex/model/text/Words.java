package org.oncodex.model.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.Unit;

/** The words the recognizers look for: endpoints, units of time, the labels of each kind. */
final class Words {
    static final int MAX_PHRASE_WORDS = 6;

    static final Map<String, Endpoint> ENDPOINTS = endpointPhrases();

    /** {@link Endpoint#values()} once: the method copies its array at every call. */
    private static final List<Endpoint> ALL_ENDPOINTS = List.of(Endpoint.values());

    static final Map<String, Unit> TIME_UNITS = timeUnits();

    /** Labels that name a kind, lower-cased; multi-word labels joined by single spaces. */
    static final Map<String, EffectStatement.Kind> LABELS = labels();

    /** Every word-prefix of an endpoint phrase or a label ("hazard", "hazard ratio"): a phrase read stops where none continues. */
    static final Set<String> PREFIXES = prefixes();

    /**
     * The endpoint phrases and labels as a tree of words, so that a phrase is read a token at a time
     * with each token's own lower-cased word, without building and hashing the phrase so far.
     */
    static final Phrase PHRASES = phrases();

    /** A node of {@link #PHRASES}: the words read so far, what they name, and the words that may follow. */
    static final class Phrase {
        private final Map<String, Phrase> next = new HashMap<>();
        private @Nullable Endpoint endpoint;
        private EffectStatement.@Nullable Kind label;

        /** The phrase this one continues into with {@code lowerCaseWord}, or null. */
        @Nullable
        Phrase then(String lowerCaseWord) {
            return next.get(lowerCaseWord);
        }

        /** The endpoint the words so far name, or null. */
        @Nullable
        Endpoint endpoint() {
            return endpoint;
        }

        /** The kind the words so far label, or null. */
        EffectStatement.@Nullable Kind label() {
            return label;
        }
    }

    /**
     * {@code from.then(tok.lower)}, without a lookup for a word no phrase holds: every word of a phrase is a
     * known word (KnownWords), so a word the lexer does not know, in none of the cases it knows words in, is
     * in none.
     */
    static @Nullable Phrase then(Phrase from, Lexer.Lexeme tok) {
        if (tok.type != Lexer.Sym.WORD) {
            return from.then(tok.lower);
        }
        KnownWords.Entry known = tok.known;
        if (known != null && from == PHRASES) {
            return known.phrase;
        }
        return tok.mayBeListed() ? from.then(tok.lower) : null;
    }

    private static Phrase phrases() {
        Phrase root = new Phrase();
        ENDPOINTS.forEach((phrase, e) -> node(root, phrase).endpoint = e);
        LABELS.forEach((phrase, k) -> node(root, phrase).label = k);
        return root;
    }

    private static Phrase node(Phrase root, String phrase) {
        Phrase at = root;
        for (String word : phrase.split(" ", -1)) {
            at = at.next.computeIfAbsent(word, w -> new Phrase());
        }
        return at;
    }

    /** Abbreviated labels that count only as written (upper or mixed case as in the literature). */
    static final Map<String, EffectStatement.Kind> ABBREVIATIONS = Map.ofEntries(
            Map.entry("HR", EffectStatement.Kind.HAZARD_RATIO),
            Map.entry("HRs", EffectStatement.Kind.HAZARD_RATIO),
            Map.entry("aHR", EffectStatement.Kind.HAZARD_RATIO),
            Map.entry("AHR", EffectStatement.Kind.HAZARD_RATIO),
            // subdistribution and cause-specific hazard ratios of competing-risk analyses
            Map.entry("sHR", EffectStatement.Kind.HAZARD_RATIO),
            Map.entry("SHR", EffectStatement.Kind.HAZARD_RATIO),
            Map.entry("sdHR", EffectStatement.Kind.HAZARD_RATIO),
            Map.entry("csHR", EffectStatement.Kind.HAZARD_RATIO),
            Map.entry("OR", EffectStatement.Kind.ODDS_RATIO),
            Map.entry("ORs", EffectStatement.Kind.ODDS_RATIO),
            Map.entry("aOR", EffectStatement.Kind.ODDS_RATIO),
            Map.entry("AOR", EffectStatement.Kind.ODDS_RATIO),
            Map.entry("RR", EffectStatement.Kind.RISK_RATIO),
            Map.entry("RRs", EffectStatement.Kind.RISK_RATIO),
            Map.entry("aRR", EffectStatement.Kind.RISK_RATIO),
            Map.entry("IRR", EffectStatement.Kind.RATE_RATIO),
            Map.entry("aIRR", EffectStatement.Kind.RATE_RATIO),
            Map.entry("RaR", EffectStatement.Kind.RATE_RATIO),
            Map.entry("SIR", EffectStatement.Kind.RATE_RATIO),
            Map.entry("SMR", EffectStatement.Kind.RATE_RATIO),
            Map.entry("RRR", EffectStatement.Kind.RATIO_OF_RATIOS),
            Map.entry("ROR", EffectStatement.Kind.RATIO_OF_RATIOS),
            Map.entry("RHR", EffectStatement.Kind.RATIO_OF_RATIOS),
            Map.entry("MD", EffectStatement.Kind.MEAN_DIFFERENCE),
            Map.entry("WMD", EffectStatement.Kind.MEAN_DIFFERENCE),
            Map.entry("SMD", EffectStatement.Kind.MEAN_DIFFERENCE),
            Map.entry("RD", EffectStatement.Kind.RISK_DIFFERENCE),
            Map.entry("ARD", EffectStatement.Kind.RISK_DIFFERENCE),
            // "VE (%)", "VE 26%": vaccine efficacy or effectiveness, 100 × (1 − the ratio), a relative change
            Map.entry("VE", EffectStatement.Kind.RELATIVE_CHANGE));

    static final Set<String> HIGHER = Set.of("higher", "greater", "increased", "increase", "more", "rise");
    static final Set<String> LOWER = Set.of(
            "lower",
            "reduced",
            "reduction",
            "reductions",
            "decreased",
            "decrease",
            "less",
            "fewer",
            "smaller",
            "drop",
            "decline");
    static final Set<String> APPROXIMATE =
            Set.of("approximately", "about", "around", "approx", "nearly", "roughly", "circa", "ca", "almost", "some");
    /** Units of measure other than time and percent, kept as printed: "26 metres", "0.4 points"; not doses ("200 mg arm"). */
    static final Set<String> MEASURES =
            Set.of("metres", "meters", "points", "kg", "cm", "mm", "minutes", "hours", "units");

    static final Set<String> VERSUS = Set.of("vs", "versus", "v", "compared", "against");
    static final Set<String> PEOPLE = Set.of(
            "patients",
            "patient",
            "people",
            "participants",
            "subjects",
            "pts",
            "persons",
            "men",
            "women",
            "individuals",
            "cases",
            "children",
            "adults");

    /**
     * Every word at which some recognizer can start (lower case). The parser skips any other word at
     * once: most words of a sentence are prose. A recognizer that starts at a new word adds it here.
     */
    private static final Set<String> STARTS = starts();

    private Words() {}

    /** Whether a recognizer may start at this word; hyphenated words and "mPFS"-style words always may. */
    static boolean mayStart(Lexer.Lexeme word) {
        KnownWords.Entry known = word.known;
        return (known != null ? known.start : word.mayBeListed() && STARTS.contains(word.lower))
                || word.lower.indexOf('-') >= 0
                || word.text.startsWith("m")
                || word.text.startsWith("Median")
                || (known == null && unsuffixed(word.text) != null);
    }

    /**
     * An abbreviation with one lower-case letter run on, the letter dropped: a plural ("ORRs", "IRRs") or a
     * table's footnote mark ("ORb", "HRa"); null for any other word. Whether the rest abbreviates anything is
     * the caller's question.
     */
    static @Nullable String unsuffixed(String text) {
        int n = text.length();
        if (n < 3 || n > 5) {
            return null;
        }
        char last = text.charAt(n - 1);
        if (last != 's' && (last < 'a' || last > 'f')) {
            return null;
        }
        for (int k = 0; k < n - 1; k++) {
            char c = text.charAt(k);
            if (c < 'A' || c > 'Z') {
                return null;
            }
        }
        return text.substring(0, n - 1);
    }

    /** The words at which some recognizer can start, lower case. */
    static Set<String> startWords() {
        return STARTS;
    }

    /** Whether {@code lower} is one of {@link #startWords()}. */
    static boolean isStartWord(String lower) {
        return STARTS.contains(lower);
    }

    private static Set<String> starts() {
        java.util.HashSet<String> out = new java.util.HashSet<>(PREFIXES);
        for (String a : ABBREVIATIONS.keySet()) {
            out.add(a.toLowerCase(Locale.ROOT));
        }
        out.addAll(APPROXIMATE);
        out.addAll(NumberWords.PARTS.keySet()); // "a quarter of", "half the people"
        // "twice the risk", "doubled the risk", "a threefold higher risk", "three times as likely": the
        // words a multiple starts at (Multiples)
        out.addAll(NumberWords.MULTIPLES.keySet());
        for (int n = 2; n <= 20; n++) {
            out.add(NumberWords.toWords(n));
            out.add(NumberWords.toWords(n) + "fold");
        }
        out.addAll(Halvings.HALVING);
        out.addAll(PValues.LEADING);
        out.addAll(RelativeChanges.VERBS.keySet());
        out.addAll(RelativeChanges.GAINS);
        out.addAll(RelativeChanges.ADDS);
        out.addAll(RelativeChanges.NOUNS.keySet());
        for (String c : ContextWords.CORRELATIONS) {
            out.add(c.toLowerCase(Locale.ROOT));
        }
        out.addAll(List.of(
                // P values
                "p",
                "p-value",
                "p-values",
                "pinteraction",
                "ptrend",
                // bounds and time points
                "at",
                "no",
                "not",
                "cannot",
                "up",
                "as",
                "more",
                "greater",
                "over",
                "less",
                "fewer",
                "under",
                "exceeding",
                "exceeded",
                "exceeds",
                "above",
                "below",
                "by",
                "after",
                // labels and context
                "ratio",
                "median",
                "medians",
                "age",
                "aged",
                // intervals
                "one",
                "two",
                "ci",
                "cis",
                "ui",
                "cri",
                "cr",
                "iqr",
                "ic",
                "ki",
                "konfidenzintervall",
                "betrouwbaarheidsinterval",
                "c.i",
                "cl",
                "confidence",
                "uncertainty",
                "credible",
                "credibility",
                "interquartile",
                "range",
                // open values
                "nr",
                "ne",
                "na",
                "nav",
                "nc",
                "nest",
                "not",
                "unreached",
                "inestimable"));
        for (Endpoint e : Endpoint.values()) {
            out.add(e.abbreviation().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    static Optional<Endpoint> endpointNamed(String phrase) {
        return Optional.ofNullable(ENDPOINTS.get(phrase.toLowerCase(Locale.ROOT)));
    }

    static @Nullable Unit timeUnit(Lexer.Lexeme tok) {
        if (tok.type != Lexer.Sym.WORD) {
            return null;
        }
        KnownWords.Entry known = tok.known;
        if (known != null) {
            return known.timeUnit;
        }
        return tok.mayBeListed() ? TIME_UNITS.get(tok.lower) : null;
    }

    /** Abbreviations count only as written (OS, not "os"); full words in any case. */
    static boolean isAbbreviationAsWritten(Lexer.Lexeme tok) {
        KnownWords.Entry known = tok.known;
        return known != null ? known.asWritten : isAbbreviationAsWritten(tok.text);
    }

    /** {@link #isAbbreviationAsWritten(Lexer.Lexeme)} of a word as printed. */
    static boolean isAbbreviationAsWritten(String text) {
        for (Endpoint e : ALL_ENDPOINTS) {
            if (e.abbreviation().equalsIgnoreCase(text)) {
                // "DoR": a mixed-case spelling the endpoint lists as its own counts as written
                return e.abbreviation().equals(text)
                        || text.equals(text.toUpperCase(Locale.ROOT))
                        || e.synonyms().contains(text);
            }
        }
        return true;
    }

    /** Whether the word is one of {@link #APPROXIMATE}; false for any other token. */
    static boolean isApproximate(Lexer.Lexeme tok) {
        if (tok.type != Lexer.Sym.WORD) {
            return false;
        }
        KnownWords.Entry known = tok.known;
        // every word of the set is known in lower case, capitalised and upper case
        return known != null ? known.approximate : tok.mayBeListed() && APPROXIMATE.contains(tok.lower);
    }

    private static Set<String> prefixes() {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String phrase : ENDPOINTS.keySet()) {
            addPrefixes(phrase, out);
        }
        for (String phrase : LABELS.keySet()) {
            addPrefixes(phrase, out);
        }
        return Set.copyOf(out);
    }

    private static void addPrefixes(String phrase, Set<String> out) {
        int at = phrase.indexOf(' ');
        while (at > 0) {
            out.add(phrase.substring(0, at));
            at = phrase.indexOf(' ', at + 1);
        }
        out.add(phrase);
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
        map.put("progression-free", Endpoint.PFS);
        map.put("rpfs", Endpoint.PFS); // radiographic progression-free survival
        // news wording: "patients lived 37.5 months", "survived for 13.8 months on average"
        map.put("lived", Endpoint.OS);
        map.put("survived", Endpoint.OS);
        map.put("radiographic progression-free survival", Endpoint.PFS);
        map.put("progression free survival", Endpoint.PFS);
        map.put("os rate", Endpoint.OS);
        map.put("survival rate", Endpoint.OS);
        map.put("orr", Endpoint.ORR);
        map.put("objective response", Endpoint.ORR);
        map.put("overall response", Endpoint.ORR);
        map.put("duration of response", Endpoint.DOR);
        map.put("response duration", Endpoint.DOR);
        map.put("disease-free survival", Endpoint.DFS);
        map.put("event-free survival", Endpoint.EFS);
        map.put("recurrence-free survival", Endpoint.RFS);
        map.put("relapse-free survival", Endpoint.RFS);
        map.put("time to progression", Endpoint.TTP);
        // plurals of the phrases: "response rates", "overall survival rates"
        for (String phrase : List.copyOf(map.keySet())) {
            if (phrase.endsWith(" rate") || phrase.endsWith(" response")) {
                map.putIfAbsent(phrase + "s", map.get(phrase));
            }
        }
        // the abbreviation of local control ("LC") is too short to trust in running text
        map.remove("lc");
        return Map.copyOf(map);
    }

    private static Map<String, Unit> timeUnits() {
        Map<String, Unit> map = new HashMap<>();
        for (String s : List.of("month", "months", "mo", "mos", "mo.", "mths", "mth", "mon")) {
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

    private static Map<String, EffectStatement.Kind> labels() {
        Map<String, EffectStatement.Kind> m = new HashMap<>();
        m.put("hazard ratio", EffectStatement.Kind.HAZARD_RATIO);
        m.put("hazard ratios", EffectStatement.Kind.HAZARD_RATIO);
        m.put("hazards ratio", EffectStatement.Kind.HAZARD_RATIO);
        m.put("odds ratio", EffectStatement.Kind.ODDS_RATIO);
        m.put("odds ratios", EffectStatement.Kind.ODDS_RATIO);
        m.put("risk ratio", EffectStatement.Kind.RISK_RATIO);
        m.put("risk ratios", EffectStatement.Kind.RISK_RATIO);
        m.put("relative risk", EffectStatement.Kind.RISK_RATIO);
        m.put("relative risks", EffectStatement.Kind.RISK_RATIO);
        m.put("rate ratio", EffectStatement.Kind.RATE_RATIO);
        m.put("rate ratios", EffectStatement.Kind.RATE_RATIO);
        m.put("incidence rate ratio", EffectStatement.Kind.RATE_RATIO);
        m.put("incidence rate ratios", EffectStatement.Kind.RATE_RATIO);
        m.put("ratio of hazard ratios", EffectStatement.Kind.RATIO_OF_RATIOS);
        m.put("ratio of odds ratios", EffectStatement.Kind.RATIO_OF_RATIOS);
        m.put("ratio of relative risks", EffectStatement.Kind.RATIO_OF_RATIOS);
        m.put("ratio of risk ratios", EffectStatement.Kind.RATIO_OF_RATIOS);
        m.put("ratio of rate ratios", EffectStatement.Kind.RATIO_OF_RATIOS);
        m.put("ratio of hrs", EffectStatement.Kind.RATIO_OF_RATIOS);
        m.put("ratio of ors", EffectStatement.Kind.RATIO_OF_RATIOS);
        m.put("relative hazard ratio", EffectStatement.Kind.RATIO_OF_RATIOS);
        m.put("mean", EffectStatement.Kind.QUANTITY);
        m.put("mean difference", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("mean differences", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("difference in means", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("standardised mean difference", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("standardized mean difference", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("standardised difference", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("standardized difference", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("mean change", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("effect size", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("cohen's d", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("cohen’s d", EffectStatement.Kind.MEAN_DIFFERENCE);
        m.put("excess relative risk", EffectStatement.Kind.RELATIVE_CHANGE);
        m.put("relative risk reduction", EffectStatement.Kind.RELATIVE_CHANGE);
        m.put("relative reduction", EffectStatement.Kind.RELATIVE_CHANGE);
        m.put("risk reduction", EffectStatement.Kind.RELATIVE_CHANGE);
        m.put("risk reductions", EffectStatement.Kind.RELATIVE_CHANGE);
        // "lung cancer mortality reduction was 20%", "a reduction in mortality of 26%": a relative change
        // named by its noun; "absolute mortality reduction", a longer phrase, stays a difference of risks
        m.put("mortality reduction", EffectStatement.Kind.RELATIVE_CHANGE);
        m.put("reduction in mortality", EffectStatement.Kind.RELATIVE_CHANGE);
        m.put("hazard reduction", EffectStatement.Kind.RELATIVE_CHANGE);
        m.put("reduction in risk", EffectStatement.Kind.RELATIVE_CHANGE);
        // "Vaccine efficacy (95% CI)", "vaccine effectiveness of 88%": 100 × (1 − the rate ratio), a relative change
        m.put("vaccine efficacy", EffectStatement.Kind.RELATIVE_CHANGE);
        m.put("vaccine effectiveness", EffectStatement.Kind.RELATIVE_CHANGE);
        m.put("standardized incidence ratio", EffectStatement.Kind.RATE_RATIO);
        m.put("standardised incidence ratio", EffectStatement.Kind.RATE_RATIO);
        m.put("standardized mortality ratio", EffectStatement.Kind.RATE_RATIO);
        m.put("standardised mortality ratio", EffectStatement.Kind.RATE_RATIO);
        m.put("absolute difference", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("absolute risk difference", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("risk difference", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("absolute risk reduction", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("absolute benefit", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("absolute reduction", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("absolute reductions", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("absolute mortality reduction", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("absolute increase", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("absolute improvement", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("absolute gain", EffectStatement.Kind.RISK_DIFFERENCE);
        m.put("difference", EffectStatement.Kind.RISK_DIFFERENCE);
        return Map.copyOf(m);
    }
}
