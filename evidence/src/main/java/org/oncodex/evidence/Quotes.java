package org.oncodex.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.ValueRange;

/*
 * Whether a fact's quote contains the fact's numbers as printed. A quote is the source's own words;
 * a number the record states that its quote does not contain was typed from somewhere else, which
 * is how wrong numbers reach patients. Numbers compare by value (0.60 is 0.6) and without sign (a
 * hyphen before a number is usually punctuation); the Lancet's mid-dot decimal counts as a point.
 * The confidence level (95%) is not required: sources often leave it implicit.
 */
final class Quotes {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");

    private Quotes() {}

    /** The numbers a result states that its quote does not contain; empty when it has no quote. */
    static List<Double> missingNumbers(TrialResult result) {
        if (result.quote().isEmpty()) {
            return List.of();
        }
        List<BigDecimal> printed = numbers(result.quote().get());
        List<Double> missing = new ArrayList<>();
        for (double n : stated(result)) {
            BigDecimal wanted = new BigDecimal(Double.toString(Math.abs(n)));
            if (printed.stream().noneMatch(p -> p.compareTo(wanted) == 0)) {
                missing.add(n);
            }
        }
        return missing;
    }

    /** The numbers printed in a text, in order. */
    static List<BigDecimal> numbers(String text) {
        Matcher m = NUMBER.matcher(text.replace('\u00b7', '.'));
        List<BigDecimal> out = new ArrayList<>();
        while (m.find()) {
            out.add(new BigDecimal(m.group()));
        }
        return out;
    }

    /** Every number a result states: its estimates with their intervals, its P value and time point. */
    static List<Double> stated(TrialResult r) {
        List<Double> out = new ArrayList<>();
        add(r.estimate(), out);
        r.comparatorEstimate().ifPresent(e -> add(e, out));
        r.overallEstimate().ifPresent(e -> add(e, out));
        r.pValue().ifPresent(p -> out.add(p.value()));
        r.timePoint().ifPresent(t -> out.add(t.value()));
        return out;
    }

    private static void add(EffectEstimate e, List<Double> out) {
        if (e instanceof RatioEstimate ratio) {
            out.add(ratio.value());
            ratio.ci().ifPresent(ci -> bounds(ci, out));
        } else if (e instanceof MedianTime m) {
            m.value().ifPresent(out::add);
            m.ciLower().ifPresent(out::add);
            m.ciUpper().ifPresent(out::add);
        } else if (e instanceof Proportion p) {
            p.percent().ifPresent(out::add);
            p.count().ifPresent(c -> out.add((double) c));
            p.total().ifPresent(t -> out.add((double) t));
            p.ci().ifPresent(ci -> bounds(ci, out));
        } else if (e instanceof ValueRange v) {
            v.lower().ifPresent(out::add);
            v.upper().ifPresent(out::add);
        } else if (e instanceof Quantity q) {
            out.add(q.value());
            q.ci().ifPresent(ci -> bounds(ci, out));
        } else if (e instanceof MeanDifference d) {
            out.add(d.value());
            d.ci().ifPresent(ci -> bounds(ci, out));
        }
    }

    private static void bounds(ConfidenceInterval ci, List<Double> out) {
        out.add(ci.lower());
        out.add(ci.upper());
    }
}
