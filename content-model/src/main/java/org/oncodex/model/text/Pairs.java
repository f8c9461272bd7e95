package org.oncodex.model.text;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Quantity;

/**
 * Pairs of arms: "94.1% (95% CI, 90.3 to 96.4) with drug A and 85.9% with drug B", "67.2% ... versus
 * 54.6%", "45.1% and 39.8%, respectively". The second value becomes
 * the first one's comparator; both stay statements of their own. Runs once over the statements of a
 * parse, looking only at the short text between two neighbours: linear.
 */
final class Pairs {
    private static final int MAX_GAP = 90;
    private static final Splitter WORDS =
            Splitter.on(CharMatcher.whitespace().or(CharMatcher.is(','))).omitEmptyStrings();
    /** How far apart two values may stand when the words right before the second compare them. */
    private static final int LONG_GAP = 200;

    private static final Set<String> CONNECTORS =
            Set.of("vs", "versus", "v", "compared", "whereas", "against", "and", "while", "than");

    private Pairs() {}

    static void link(Tokens t, List<EffectStatement> statements) {
        if (statements.size() < 2) {
            return; // nothing to join
        }
        // P values that join a pair are dropped once at the end, not removed one by one: linear
        boolean[] joined = new boolean[statements.size()];
        for (int k = 0; k + 1 < statements.size(); k++) {
            EffectStatement a = statements.get(k);
            EffectStatement b = statements.get(k + 1);
            if (b.kind() == EffectStatement.Kind.BOUND && a.kind() != b.kind() && k + 2 < statements.size()) {
                // "two-thirds of patients survive at least five years ..., compared to just half of patients":
                // a bound on the time the first share counts stands between the two arms
                b = statements.get(k + 2);
            }
            if (a.kind() != b.kind() || a.comparatorEstimate().isPresent() || !comparable(a, b)) {
                continue;
            }
            if (b.start() < a.end() || b.start() - a.end() > LONG_GAP || listed(t, statements, k)) {
                continue;
            }
            String between = t.slice(/* start= */ a.end(), /* endExclusive= */ b.start());
            if (between.length() > MAX_GAP && !comparedRightBefore(between)) {
                continue;
            }
            // "12.3/13.6 months", "28%/12%": a slash with no space joins two arms' values
            if (endsSentence(between) || !(connected(between) || between.equals("/"))) {
                continue;
            }
            EffectEstimate comparator = b.estimate().orElseThrow();
            ImmutableEffectStatement.Builder linked =
                    EffectStatement.builder().from(a).comparatorEstimate(comparator);
            // the P of a comparison belongs to the pair: on the second value, or standing right after it
            if (b.pValue().isPresent()) {
                linked.pValue(b.pValue().get());
            } else if (k + 2 < statements.size()) {
                EffectStatement p = statements.get(k + 2);
                boolean near = p.start() - b.end() <= MAX_GAP
                        && !endsSentence(t.slice(/* start= */ b.end(), /* endExclusive= */ p.start()));
                if (p.kind() == EffectStatement.Kind.P_VALUE && p.pValue().isPresent() && near && !joined[k + 2]) {
                    linked.pValue(p.pValue().get());
                    joined[k + 2] = true;
                }
            }
            statements.set(k, linked.build());
        }
        int kept = 0;
        for (int k = 0; k < statements.size(); k++) {
            if (!joined[k]) {
                statements.set(kept++, statements.get(k));
            }
        }
        statements.subList(kept, statements.size()).clear();
        shareComparisonP(t, statements);
    }

    /**
     * "67.2%, 54.6% and 28% are the figures quoted": a value after another of its kind and a comma is
     * an item of a list, not the first arm of a pair.
     */
    private static boolean listed(Tokens t, List<EffectStatement> statements, int k) {
        if (k == 0) {
            return false;
        }
        EffectStatement before = statements.get(k - 1);
        EffectStatement a = statements.get(k);
        return before.kind() == a.kind()
                && before.end() <= a.start()
                && t.slice(/* start= */ before.end(), /* endExclusive= */ a.start())
                        .strip()
                        .equals(",");
    }

    /**
     * "The median PFS was 10 versus 11 months (HR=0.96, p=0.84)": the P of the ratio that compares the
     * two arms right after a pair is the pair's P too (the ratio keeps it).
     */
    private static void shareComparisonP(Tokens t, List<EffectStatement> statements) {
        for (int k = 0; k + 1 < statements.size(); k++) {
            EffectStatement pair = statements.get(k);
            if (pair.comparatorEstimate().isEmpty() || pair.pValue().isPresent()) {
                continue;
            }
            // the pair's second value may stand as a statement of its own between the pair and the ratio
            int r = k + 1;
            EffectStatement second = statements.get(r);
            if (second.kind() == pair.kind()
                    && second.estimate().equals(pair.comparatorEstimate())
                    && r + 1 < statements.size()) {
                r++;
            }
            EffectStatement ratio = statements.get(r);
            int end = statements.get(r - 1).end();
            if (!Values.isRatio(ratio.kind())
                    || ratio.pValue().isEmpty()
                    || ratio.start() < end
                    || ratio.start() - end > MAX_GAP / 2) {
                continue;
            }
            if (endsSentence(t.slice(/* start= */ end, /* endExclusive= */ ratio.start()))) {
                continue;
            }
            statements.set(
                    k,
                    EffectStatement.builder()
                            .from(pair)
                            .pValue(ratio.pValue().get())
                            .build());
        }
    }

    private static boolean comparable(EffectStatement a, EffectStatement b) {
        if (a.estimate().isEmpty() || b.estimate().isEmpty()) {
            return false;
        }
        // "PFS and OS were 7.6 and 17.6 months, respectively": two endpoints, not two arms
        if (a.endpoint().isPresent()
                && b.endpoint().isPresent()
                && a.endpoint().get() != b.endpoint().get()) {
            return false;
        }
        EffectEstimate x = a.estimate().get();
        EffectEstimate y = b.estimate().get();
        if (x.kind() != y.kind()) {
            return false;
        }
        return switch (x.kind()) {
            case PROPORTION -> true;
            case MEDIAN_TIME -> ((MedianTime) x).unit() == ((MedianTime) y).unit();
            // "mean overall survival 98 and 91 months"
            case QUANTITY -> ((Quantity) x).unit().equals(((Quantity) y).unit());
            default -> false;
        };
    }

    /**
     * "15% of women had no progression of their cancer 12 months after taking the drug compared with
     * only 5%": the words right before the second value compare it with the first, however long the
     * clause between them.
     */
    private static boolean comparedRightBefore(String between) {
        List<String> words = WORDS.splitToList(between.toLowerCase(Locale.ROOT));
        int n = words.size();
        int last = n > 0 && (words.get(n - 1).equals("only") || words.get(n - 1).equals("just")) ? n - 2 : n - 1;
        if (last < 0) {
            return false;
        }
        String w = words.get(last);
        String before = last > 0 ? words.get(last - 1) : "";
        return ((w.equals("with") || w.equals("to")) && before.equals("compared"))
                || (w.equals("to") && before.equals("relative"))
                || w.equals("versus")
                || w.equals("vs")
                || w.equals("vs.")
                || w.equals("whereas")
                || (w.equals("while") && last < n - 1);
    }

    private static boolean endsSentence(String between) {
        // "11 months. HR=0.96": a full stop right after the first value (a decimal point would be in it)
        String rest = between.stripLeading();
        if (rest.length() >= 2 && rest.charAt(0) == '.' && Character.isWhitespace(rest.charAt(1))) {
            return true;
        }
        for (int i = 0; i + 1 < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '\n'
                    || (c == '.'
                            && Character.isWhitespace(between.charAt(i + 1))
                            && i > 0
                            && Character.isLowerCase(between.charAt(i - 1))
                            && !between.startsWith("vs", i - 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean connected(String between) {
        String lower = between.toLowerCase(Locale.ROOT);
        // "79.4% of patients were event-free at two years, relative to 66.2%"
        if (lower.endsWith("relative to ")) {
            return true;
        }
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            if (i > start && CONNECTORS.contains(lower.substring(start, i))) {
                return true;
            }
        }
        return false;
    }
}
