package org.oncodex.model.text;

import java.util.List;
import org.oncodex.model.stats.Proportion;

/**
 * A count and the percentage it makes, a few words apart: "only 5 of the 33 trials Phase III
 * randomized trials (15%)", "17 of the first 24 patients (71%; 95% CI, 49%–87%)". The two become one
 * proportion with its count, total, percentage and interval, when the counts give the percentage
 * (within rounding). Runs once over the statements: linear.
 */
final class CountShares {
    private static final int MAX_GAP = 60;

    private CountShares() {}

    static void join(Tokens t, List<EffectStatement> statements) {
        int k = 0;
        while (k + 1 < statements.size()) {
            int at = k++;
            EffectStatement count = statements.get(at);
            EffectStatement share = statements.get(at + 1);
            if (count.kind() != EffectStatement.Kind.COUNT
                    || share.kind() != EffectStatement.Kind.PROPORTION
                    || !(count.estimate().orElse(null) instanceof Proportion c)
                    || !(share.estimate().orElse(null) instanceof Proportion p)
                    || c.count().isEmpty()
                    || c.total().isEmpty()
                    || p.count().isPresent()
                    || p.percent().isEmpty()) {
                continue;
            }
            if (share.start() < count.end() || share.start() - count.end() > MAX_GAP) {
                continue;
            }
            if (!wordsAndBrackets(t.slice(/* start= */ count.end(), /* endExclusive= */ share.start()))) {
                continue;
            }
            int n = c.count().getAsInt();
            int total = c.total().getAsInt();
            double percent = p.percent().getAsDouble();
            if (total <= 0 || Math.abs(100.0 * n / total - percent) >= 0.6) {
                continue;
            }
            Proportion.Builder b =
                    Proportion.builder().percent(percent).count(n).total(total);
            p.ci().ifPresent(b::ci);
            Proportion joined;
            try {
                joined = b.build();
            } catch (IllegalArgumentException e) {
                continue;
            }
            ImmutableEffectStatement.Builder s = EffectStatement.builder()
                    .from(share)
                    .estimate(joined)
                    .start(count.start())
                    .text(t.slice(count.start(), share.end()));
            if (share.endpoint().isEmpty() && count.endpoint().isPresent()) {
                s.endpoint(count.endpoint().get());
                count.endpointLabel().ifPresent(s::endpointLabel);
            }
            statements.set(at, s.build());
            statements.remove(at + 1);
            k = at + 1;
        }
    }

    private static boolean wordsAndBrackets(String between) {
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (Character.isDigit(c) || c == ';' || c == '\n' || c == '%' || c == ')' || c == ']') {
                return false;
            }
            if (c == '.' && i + 1 < between.length() && Character.isWhitespace(between.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }
}
