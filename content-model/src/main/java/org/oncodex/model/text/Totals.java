package org.oncodex.model.text;

import java.util.List;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The total a count and its percentage are of, when the text printed it before them: "We retrieved 76
 * trials, and gain in OS was reported in 15 cases (19.7%)", "Among 208 studies, 79 (38%) ...", or a
 * column header's "(n=279)" over "229 (82%)". A number is taken as the total only when the count over
 * it gives the percentage as printed (rounded to its decimals), so a year, a dose or another count
 * nearby is not; the nearest such number in the sentence wins. Runs once over the statements, looking
 * back a bounded number of tokens from each: linear.
 */
final class Totals {
    /** How many tokens back from a count its total may stand. */
    private static final int REACH = 40;

    private Totals() {}

    static void fill(Tokens t, List<EffectStatement> statements, int headerTotal) {
        for (int s = 0; s < statements.size(); s++) {
            EffectStatement st = statements.get(s);
            if (st.kind() != EffectStatement.Kind.PROPORTION
                    || !(st.estimate().orElse(null) instanceof Proportion p)
                    || p.count().isEmpty()
                    || p.total().isPresent()
                    || p.percent().isEmpty()) {
                continue;
            }
            int count = p.count().getAsInt();
            double percent = p.percent().getAsDouble();
            double tolerance = tolerance(st.printedValue().orElse(""));
            int total = before(t, t.indexAt(st.start()), count, percent, tolerance);
            if (total <= 0 && headerTotal > count && rounds(count, headerTotal, percent, tolerance)) {
                total = headerTotal;
            }
            if (total <= 0) {
                continue;
            }
            EffectEstimate withTotal;
            try {
                withTotal = Proportion.builder().from(p).total(total).build();
            } catch (IllegalArgumentException e) {
                continue;
            }
            statements.set(
                    s, EffectStatement.builder().from(st).estimate(withTotal).build());
        }
    }

    /** The total "n = 279" or "N=154" in a column header, or 0. */
    static int inHeader(Tokens header) {
        for (int k = 0; k + 2 < header.size(); k++) {
            Lexeme n = header.at(k + 2);
            if (header.at(k).isWord("n")
                    && header.at(k + 1).is(Sym.EQ)
                    && n.isWhole()
                    && !n.spelled
                    && n.number > 0
                    && n.number < Integer.MAX_VALUE) {
                return (int) n.number;
            }
        }
        return 0;
    }

    /** The nearest number before token {@code at}, in the same sentence, that the count and percentage make a total of; or 0. */
    private static int before(Tokens t, int at, int count, double percent, double tolerance) {
        for (int k = at - 1; k >= 0 && k >= at - REACH; k--) {
            Lexeme tok = t.at(k);
            if (tok.is(Sym.STOP) && !Parser.isAbbreviationDot(t, k)) {
                return 0;
            }
            if (!tok.is(Sym.NUM)
                    || !tok.isWhole()
                    || tok.number <= count
                    || tok.number >= Integer.MAX_VALUE
                    || t.at(k + 1).is(Sym.PCT)
                    || t.at(k - 1).is(Sym.SLASH)) {
                continue;
            }
            if (rounds(count, tok.number, percent, tolerance)) {
                return (int) tok.number;
            }
        }
        return 0;
    }

    private static boolean rounds(double count, double total, double percent, double tolerance) {
        return total > 0 && Math.abs(100.0 * count / total - percent) <= tolerance;
    }

    /** Half a unit of the printed percentage's last decimal: "44" 0.5, "19.7" 0.05. */
    private static double tolerance(String printed) {
        int dot = printed.indexOf('.');
        int decimals = dot < 0 ? 0 : printed.length() - dot - 1;
        return 0.5 * Math.pow(10, -Math.min(decimals, 6)) + 1e-9;
    }
}
