package org.oncodex.model.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;

/**
 * An interval a few words after the value it belongs to: "90% of the patients with stage II to IIIA
 * disease in the osimertinib group (95% confidence interval [CI], 84 to 93)". The interval joins the
 * value before it when nothing numeric stands between them in the same sentence, the value has no
 * interval of its own, and the interval contains it. Runs once over the statements: linear.
 */
final class LateIntervals {
    private static final int MAX_GAP = 90;

    private LateIntervals() {}

    static void join(Tokens t, List<EffectStatement> statements) {
        if (statements.size() < 2 || !Findings.anyOf(statements, EffectStatement.Kind.INTERVAL)) {
            return; // nothing to join
        }
        // a new list, not removals from the middle: linear however many join
        List<EffectStatement> out = new ArrayList<>(statements.size());
        for (EffectStatement interval : statements) {
            EffectStatement value = out.isEmpty() ? null : out.get(out.size() - 1);
            EffectStatement joined = value == null ? null : joined(t, value, interval);
            if (joined != null) {
                out.set(out.size() - 1, joined);
            } else {
                out.add(interval);
            }
        }
        if (out.size() != statements.size()) {
            statements.clear();
            statements.addAll(out);
        }
    }

    /** The value with the interval after it, or null when they do not belong together. */
    private static @Nullable EffectStatement joined(Tokens t, EffectStatement value, EffectStatement interval) {
        if (interval.kind() != EffectStatement.Kind.INTERVAL
                || interval.ci().isEmpty()
                || value.ci().isPresent()
                || value.printedLower().isPresent()
                || value.value().isEmpty()
                || value.estimate().isEmpty()) {
            return null;
        }
        if (interval.start() < value.end() || interval.start() - value.end() > MAX_GAP) {
            return null;
        }
        String between = t.slice(/* start= */ value.end(), /* endExclusive= */ interval.start());
        if (!wordsOnly(between) && !legendStop(value, interval, between)) {
            return null;
        }
        ConfidenceInterval ci = interval.ci().get();
        double v = value.value().getAsDouble();
        if (!(ci.lower() <= v && v <= ci.upper())) {
            return null;
        }
        EffectEstimate withCi = withInterval(value, ci);
        if (withCi == null) {
            return null;
        }
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .from(value)
                .estimate(withCi)
                .ci(ci)
                .end(interval.end())
                .text(t.slice(value.start(), interval.end()));
        interval.printedLower().ifPresent(b::printedLower);
        interval.printedUpper().ifPresent(b::printedUpper);
        if (value.pValue().isEmpty() && interval.pValue().isPresent()) {
            b.pValue(interval.pValue().get());
        }
        return b.build();
    }

    /**
     * "HR = 0.80. 95% CI (0.68, 0.95)": a figure legend ends a ratio with a full stop and gives its
     * interval, with its level and name, right after it.
     */
    private static boolean legendStop(EffectStatement value, EffectStatement interval, String between) {
        if (!Values.isRatio(value.kind()) || !between.strip().equals(".")) {
            return false;
        }
        String named = interval.text();
        int ci = named.indexOf("CI");
        return ci > 0 && Character.isDigit(named.charAt(0)) && named.indexOf('%') < ci;
    }

    /** Words and spaces, perhaps a comma: no number, no sentence end, no bracket still open. */
    private static boolean wordsOnly(String between) {
        int depth = 0;
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (stops(between, i)) {
                return false;
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            }
        }
        return depth <= 0;
    }

    /**
     * Whether the character at {@code i} of the text between two statements keeps them apart: a digit,
     * a percent sign, a semicolon, a line break or a sentence's full stop.
     */
    static boolean stops(String between, int i) {
        char c = between.charAt(i);
        if (Character.isDigit(c) || c == ';' || c == '\n' || c == '%') {
            return true;
        }
        return c == '.' && i + 1 < between.length() && Character.isWhitespace(between.charAt(i + 1));
    }

    private static @Nullable EffectEstimate withInterval(EffectStatement s, ConfidenceInterval ci) {
        EffectEstimate e = s.estimate().orElseThrow();
        try {
            if (e instanceof Proportion p) {
                Proportion.Builder b = Proportion.builder()
                        .percent(p.percent().orElse(s.value().getAsDouble()));
                p.count().ifPresent(b::count);
                p.total().ifPresent(b::total);
                return b.ci(ci).build();
            }
            // "a median PFS of 11.99 months, with a 95% CI of (10.33, 12.94)"
            if (e instanceof MedianTime m && m.value().isPresent()) {
                return MedianTime.of(m.value().getAsDouble(), m.unit(), ci);
            }
            if (Values.isRatio(s.kind())) {
                return Estimates.of(
                        s.kind(),
                        s.value().getAsDouble(),
                        ci,
                        null,
                        null,
                        s.label().orElse(""));
            }
        } catch (IllegalArgumentException x) {
            return null;
        }
        return null;
    }
}
