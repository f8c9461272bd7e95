package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.NumberWords;

/*
 * "People on cabozantinib went about four times as long before the cancer grew (5.2 vs 1.9 months)", "lenvatinib
 * more than tripled median progression-free survival", "the response rate was five times the rate with sorafenib":
 * a multiple said of two arms' medians or rates is their quotient, and the two values beside it (or, when the
 * sentence prints none, the two arms' values of the result it is about) give that quotient. People round a
 * multiple: "about three times" stands for 2.5 to 3.5, "nearly three times" for a little less than three, "more
 * than tripled" for more than three. Only a rise is read; "halved" is a relative change, which the rules read as
 * such.
 */
/** Multiples said of two arms' medians or rates, and the quotients they may stand for. */
final class MultipleWordings {
    /**
     * One multiple: where its words stand, what they say ("about four times"), and the least and the most
     * quotient they may stand for.
     */
    record Multiple(int start, int end, String words, double least, double most) {
        boolean standsFor(double quotient) {
            return quotient >= least - 1e-9 && quotient <= most + 1e-9;
        }
    }

    /**
     * "Four times as long", "five times the rate", "3 times longer", "twice as likely", "doubled", "more than
     * tripled": a multiple of an amount, not of a risk ("three times the risk" is a ratio, which the parser reads)
     * nor a count ("three times a day").
     */
    private static final String AMOUNT = "(?:long|high|likely|many|much|often|large|great)";

    private static final String RISK = "(?:risk|odds|hazard|chance)";

    private static final Pattern MULTIPLE =
            Pattern.compile("(?i)\\b(?:(?:[\\p{L}]+|\\d+(?:\\.\\d+)?)[\\s-](?:times|fold)"
                    + "\\s+(?:as\\s+" + AMOUNT + "|the\\s+(?!" + RISK + ")|(?:longer|higher|greater|larger)(?!\\s+"
                    + RISK
                    + "))|twice\\s+as\\s+" + AMOUNT + "|(?:doubled|tripled|quadrupled))");

    private MultipleWordings() {}

    /** The multiples {@code sentence} says, in order. */
    static List<Multiple> of(String sentence) {
        List<Multiple> out = new ArrayList<>();
        Matcher m = MULTIPLE.matcher(sentence);
        while (m.find()) {
            Optional<NumberWords.Reading> read = NumberWords.read(sentence, m.start());
            if (read.isEmpty()
                    || read.get().kind() != NumberWords.Kind.MULTIPLE
                    || read.get().value() <= 1) {
                continue;
            }
            double n = read.get().value();
            String before = sentence.substring(Math.max(0, m.start() - 16), m.start());
            Matcher above = Fractions.ABOVE.matcher(before);
            Matcher nearly = Fractions.NEARLY.matcher(before);
            int start = m.start();
            double least = n - Math.max(0.5, 0.15 * n);
            double most = n + Math.max(0.5, 0.15 * n);
            if (above.find()) {
                start = start - before.length() + above.start();
                least = n;
                most = Double.MAX_VALUE;
            } else if (nearly.find()) {
                start = start - before.length() + nearly.start();
                least = n - Math.max(0.6, 0.2 * n);
                most = n;
            }
            int end = m.end();
            while (end > m.start() && sentence.charAt(end - 1) == ' ') {
                end--;
            }
            if (sentence.regionMatches(true, end - 4, " the", 0, 4)) {
                end -= 4; // "five times the rate": the multiple's words end before what it multiplies
            }
            out.add(new Multiple(start, end, sentence.substring(start, end), least, most));
        }
        return out;
    }

    /** A multiple the two arms' values beside it, or those of its sentence's result, do not give. */
    record Contradiction(Multiple multiple, double first, double second) {
        String message() {
            return "\"" + multiple.words() + "\" is not the quotient of the two arms' values, " + printed(first)
                    + " and " + printed(second) + " ("
                    + printed(quotient(first, second).orElse(0)) + " times)";
        }
    }

    /**
     * The multiples {@code words} says that none of {@code pairs} (two arms' rates or medians) gives: the pairs
     * the sentence prints, else {@code results}' pairs, those of the results it is about; none when it has neither.
     */
    static List<Contradiction> contradicted(String words, List<double[]> pairs, Supplier<List<double[]>> results) {
        List<Multiple> multiples = of(words);
        if (multiples.isEmpty()) {
            return List.of();
        }
        List<double[]> against = pairs.isEmpty() ? results.get() : pairs;
        List<Contradiction> out = new ArrayList<>();
        for (Multiple m : multiples) {
            boolean given =
                    against.stream().anyMatch(p -> quotient(p[0], p[1]).stream().anyMatch(m::standsFor));
            if (!against.isEmpty() && !given) {
                out.add(new Contradiction(m, against.get(0)[0], against.get(0)[1]));
            }
        }
        return out;
    }

    /** The quotient of two arms' values, the larger over the smaller; empty when either is not above 0. */
    static OptionalDouble quotient(double a, double b) {
        if (a <= 0 || b <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(a, b) / Math.min(a, b));
    }

    /** The pairs of two arms' rates or medians the statements from {@code from} on give ("5.2 vs 1.9 months"). */
    static List<double[]> printedPairs(List<EffectStatement> statements, int from) {
        List<double[]> out = new ArrayList<>();
        for (EffectStatement st : statements) {
            OptionalDouble a = st.estimate().map(PairDirections::value).orElse(OptionalDouble.empty());
            OptionalDouble b =
                    st.comparatorEstimate().map(PairDirections::value).orElse(OptionalDouble.empty());
            if (st.start() >= from && a.isPresent() && b.isPresent()) {
                out.add(new double[] {a.getAsDouble(), b.getAsDouble()});
            }
        }
        return out;
    }

    /**
     * The pairs of two arms' rates or medians, the quoted ones included, of the {@link #resultsAbout results the
     * sentence is about}.
     */
    static List<double[]> pairsAbout(
            TextUnit unit, int[] sentence, String words, List<TrialResult> cited, TrialNames names) {
        List<double[]> out = new ArrayList<>();
        for (TrialResult r : resultsAbout(unit, sentence, words, cited, names)) {
            OptionalDouble a = PairDirections.value(r.estimate());
            OptionalDouble b = r.comparatorEstimate().map(PairDirections::value).orElse(OptionalDouble.empty());
            if (a.isPresent() && b.isPresent()) {
                out.add(new double[] {a.getAsDouble(), b.getAsDouble()});
            }
        }
        return out;
    }

    /**
     * The {@code cited} results, with the arm values their quotes state, whose trial the sentence (else the unit
     * before it, or its heading) names and whose endpoint it names; none when it names no trial or no endpoint.
     */
    static List<TrialResult> resultsAbout(
            TextUnit unit, int[] sentence, String words, List<TrialResult> cited, TrialNames names) {
        List<String> trials = names.named(words);
        if (trials.isEmpty()) {
            trials = names.named(unit.text.substring(0, sentence[0]) + " "
                    + unit.location.sectionHeading().orElse(""));
        }
        Optional<Endpoint> endpoint = EndpointWords.near(words, 0);
        List<TrialResult> out = new ArrayList<>();
        if (trials.isEmpty() || endpoint.isEmpty()) {
            return out;
        }
        for (TrialResult result : cited) {
            List<TrialResult> withQuoted = new ArrayList<>(QuotedValues.of(result));
            withQuoted.add(result);
            for (TrialResult r : withQuoted) {
                if (TrialNames.key(r.study().name()).map(trials::contains).orElse(false)
                        && EndpointWords.same(endpoint.get(), r.endpoint())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** A value to two decimals, without a trailing ".0": "2.74", "28". */
    static String printed(double v) {
        double rounded = Math.round(v * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
