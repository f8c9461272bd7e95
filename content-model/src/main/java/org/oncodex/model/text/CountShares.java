package org.oncodex.model.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
        if (statements.size() < 2 || !Findings.anyOf(statements, EffectStatement.Kind.COUNT)) {
            return; // nothing to join
        }
        // a new list, not removals from the middle: linear however many join
        List<EffectStatement> out = new ArrayList<>(statements.size());
        for (EffectStatement share : statements) {
            EffectStatement count = out.isEmpty() ? null : out.get(out.size() - 1);
            EffectStatement joined = count == null ? null : joined(t, count, share);
            if (joined != null) {
                out.set(out.size() - 1, joined);
            } else {
                out.add(share);
            }
        }
        if (out.size() != statements.size()) {
            statements.clear();
            statements.addAll(out);
        }
    }

    /** One proportion from a count and the share after it, or null when they do not belong together. */
    private static @Nullable EffectStatement joined(Tokens t, EffectStatement count, EffectStatement share) {
        if (count.kind() != EffectStatement.Kind.COUNT
                || share.kind() != EffectStatement.Kind.PROPORTION
                || !(count.estimate().orElse(null) instanceof Proportion c)
                || !(share.estimate().orElse(null) instanceof Proportion p)
                || c.count().isEmpty()
                || c.total().isEmpty()
                || p.count().isPresent()
                || p.percent().isEmpty()) {
            return null;
        }
        if (share.start() < count.end() || share.start() - count.end() > MAX_GAP) {
            return null;
        }
        if (!wordsAndBrackets(t.slice(/* start= */ count.end(), /* endExclusive= */ share.start()))) {
            return null;
        }
        int n = c.count().getAsInt();
        int total = c.total().getAsInt();
        double percent = p.percent().getAsDouble();
        if (!Counts.gives(n, total, percent)) {
            return null;
        }
        Proportion.Builder b = Proportion.builder().percent(percent).count(n).total(total);
        p.ci().ifPresent(b::ci);
        Proportion both;
        try {
            both = b.build();
        } catch (IllegalArgumentException e) {
            return null;
        }
        ImmutableEffectStatement.Builder s = EffectStatement.builder()
                .from(share)
                .estimate(both)
                .start(count.start())
                .text(t.slice(count.start(), share.end()));
        if (share.endpoint().isEmpty() && count.endpoint().isPresent()) {
            s.endpoint(count.endpoint().get());
            count.endpointLabel().ifPresent(s::endpointLabel);
        }
        return s.build();
    }

    private static boolean wordsAndBrackets(String between) {
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (LateIntervals.stops(between, i) || c == ')' || c == ']') {
                return false; // a bracket may open before the share, but none closes
            }
        }
        return true;
    }
}
