package org.oncodex.model.plot;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.Heterogeneity;
import org.oncodex.model.stats.PooledEstimate;
import org.oncodex.model.stats.Scale;
import org.oncodex.model.stats.StudyEffect;

/**
 * Draws a pooled estimate as a forest plot: one row per study (its estimate as a box whose area
 * follows its weight, its confidence interval as a line), the pooled estimate as a diamond spanning
 * its interval, the prediction interval of a random-effects model, a dashed line at no difference,
 * and the method and heterogeneity underneath. Ratios are drawn on a log axis.
 *
 * <p>{@link #svg(PooledEstimate)} writes a standalone SVG 1.1 document, without scripts, styles or
 * external references, that a web page or a report can embed as it is; every text from the input is
 * escaped for XML. {@link #text(PooledEstimate)} draws the same plot in plain ASCII for terminals
 * and logs. Both number formats ignore the default locale.
 */
public final class ForestPlot {
    private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
    private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();
    private static final int WIDTH = 880;
    private static final int ROW = 24;
    private static final int TOP = 56;
    private static final int PLOT_LEFT = 360;
    private static final int PLOT_RIGHT = 660;
    private static final int LABEL_CHARS = 40;
    private static final int TEXT_PLOT = 31;

    private ForestPlot() {}

    /** The plot as a standalone SVG document, UTF-8, starting with the XML declaration. */
    public static String svg(PooledEstimate pooled) {
        Axis axis = axis(pooled);
        List<StudyEffect> studies = pooled.studies();
        int rows = studies.size() + 1 + (pooled.predictionInterval().isPresent() ? 1 : 0);
        int axisY = TOP + rows * ROW + 8;
        int height = axisY + 92;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title>").append(TEXT.escape(title(pooled))).append("</title>\n");
        svg.append("<desc>").append(TEXT.escape(summary(pooled))).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        header(svg, pooled);
        double maxWeight = Collections.max(pooled.weights());
        for (int i = 0; i < studies.size(); i++) {
            StudyEffect s = studies.get(i);
            int y = TOP + i * ROW + ROW / 2;
            Interval iv = Interval.of(pooled, s);
            double est = iv.estimate();
            double lo = iv.lower();
            double hi = iv.upper();
            double weight = pooled.weights().get(i);
            text(svg, 12, y, "start", s.label(), "");
            text(svg, PLOT_LEFT - 16, y, "end", percent(weight), "");
            line(svg, x(axis, lo), y, x(axis, hi), y, "black", "");
            double side = 4 + 12 * Math.sqrt(weight / maxWeight);
            svg.append("<rect x=\"")
                    .append(coordinate(x(axis, est) - side / 2))
                    .append("\" y=\"")
                    .append(coordinate(y - side / 2))
                    .append("\" width=\"")
                    .append(coordinate(side))
                    .append("\" height=\"")
                    .append(coordinate(side))
                    .append("\" fill=\"#1f4e79\"/>\n");
            text(svg, PLOT_RIGHT + 16, y, "start", interval(est, lo, hi), "");
        }
        int pooledY = TOP + studies.size() * ROW + ROW / 2;
        double est = pooled.scale().fromScale(pooled.estimate());
        double lo = pooled.scale().fromScale(pooled.lower());
        double hi = pooled.scale().fromScale(pooled.upper());
        text(svg, 12, pooledY, "start", capitalize(pooled.method()), " font-weight=\"bold\"");
        text(svg, PLOT_LEFT - 16, pooledY, "end", "100%", " font-weight=\"bold\"");
        svg.append("<polygon points=\"")
                .append(coordinate(x(axis, lo)))
                .append(',')
                .append(pooledY)
                .append(' ')
                .append(coordinate(x(axis, est)))
                .append(',')
                .append(pooledY - 7)
                .append(' ')
                .append(coordinate(x(axis, hi)))
                .append(',')
                .append(pooledY)
                .append(' ')
                .append(coordinate(x(axis, est)))
                .append(',')
                .append(pooledY + 7)
                .append("\" fill=\"#c0504d\"/>\n");
        text(svg, PLOT_RIGHT + 16, pooledY, "start", interval(est, lo, hi), " font-weight=\"bold\"");
        pooled.predictionInterval().ifPresent(b -> {
            int y = pooledY + ROW;
            text(svg, 12, y, "start", "Prediction interval", " font-style=\"italic\"");
            line(svg, x(axis, b.lower()), y, x(axis, b.upper()), y, "#c0504d", " stroke-width=\"2\"");
            line(svg, x(axis, b.lower()), y - 4, x(axis, b.lower()), y + 4, "#c0504d", "");
            line(svg, x(axis, b.upper()), y - 4, x(axis, b.upper()), y + 4, "#c0504d", "");
            text(svg, PLOT_RIGHT + 16, y, "start", "[" + number(b.lower()) + ", " + number(b.upper()) + "]", "");
        });
        double nullX = x(axis, Axis.nullValue(axis.scale()));
        line(svg, nullX, TOP - 4, nullX, axisY, "#808080", " stroke-dasharray=\"4 3\"");
        line(svg, PLOT_LEFT, axisY, PLOT_RIGHT, axisY, "black", "");
        for (double tick : axis.ticks()) {
            double tx = x(axis, tick);
            line(svg, tx, axisY, tx, axisY + 5, "black", "");
            text(svg, tx, axisY + 18, "middle", tick(tick), "");
        }
        text(svg, (PLOT_LEFT + PLOT_RIGHT) / 2.0, axisY + 36, "middle", axisLabel(pooled), "");
        text(svg, 12, axisY + 60, "start", heterogeneityLine(pooled), "");
        text(
                svg,
                12,
                axisY + 78,
                "start",
                "Boxes: study estimates, area by weight. Lines: " + level(pooled) + " confidence intervals.",
                " fill=\"#404040\"");
        return svg.append("</svg>\n").toString();
    }

    /** The plot in plain ASCII, one line per row, for terminals and logs. */
    public static String text(PooledEstimate pooled) {
        Axis axis = axis(pooled);
        StringBuilder out = new StringBuilder();
        out.append(title(pooled)).append('\n');
        out.append(pad("Study", LABEL_CHARS))
                .append(padLeft("Weight", 7))
                .append("  ")
                .append(pad(effectLabel(pooled) + " [" + level(pooled) + " CI]", 24))
                .append('\n');
        for (int i = 0; i < pooled.studyCount(); i++) {
            StudyEffect s = pooled.studies().get(i);
            Interval iv = Interval.of(pooled, s);
            double est = iv.estimate();
            double lo = iv.lower();
            double hi = iv.upper();
            char[] bar = bar(axis, lo, hi, '-', '-', '-');
            bar[column(axis, est)] = 'o';
            row(out, s.label(), percent(pooled.weights().get(i)), interval(est, lo, hi), bar);
        }
        double est = pooled.scale().fromScale(pooled.estimate());
        double lo = pooled.scale().fromScale(pooled.lower());
        double hi = pooled.scale().fromScale(pooled.upper());
        char[] diamond = bar(axis, lo, hi, '<', '=', '>');
        diamond[column(axis, est)] = '#';
        row(out, capitalize(pooled.method()), "100%", interval(est, lo, hi), diamond);
        pooled.predictionInterval()
                .ifPresent(b -> row(
                        out,
                        "Prediction interval",
                        "",
                        "[" + number(b.lower()) + ", " + number(b.upper()) + "]",
                        bar(axis, b.lower(), b.upper(), '[', '-', ']')));
        List<Double> ticks = axis.ticks();
        out.append(" ".repeat(LABEL_CHARS + 7 + 2 + 24))
                .append(number(ticks.get(0)))
                .append(" ... ")
                .append(number(ticks.get(ticks.size() - 1)))
                .append(axis.scale() == Scale.LOG ? " (log scale, : marks 1)" : " (: marks 0)")
                .append('\n');
        return out.append(heterogeneityLine(pooled)).append('\n').toString();
    }

    private static void row(StringBuilder out, String label, String weight, String interval, char[] bar) {
        String shown = label.length() > LABEL_CHARS - 1 ? label.substring(0, LABEL_CHARS - 4) + "..." : label;
        out.append(pad(shown, LABEL_CHARS))
                .append(padLeft(weight, 7))
                .append("  ")
                .append(pad(interval, 24))
                .append(new String(bar).stripTrailing())
                .append('\n');
    }

    private static char[] bar(Axis axis, double lo, double hi, char left, char fill, char right) {
        char[] bar = new char[TEXT_PLOT];
        Arrays.fill(bar, ' ');
        bar[column(axis, Axis.nullValue(axis.scale()))] = ':';
        int a = column(axis, lo);
        int b = column(axis, hi);
        for (int c = a; c <= b; c++) {
            bar[c] = fill;
        }
        bar[a] = left;
        bar[b] = right;
        return bar;
    }

    private static int column(Axis axis, double value) {
        return (int) Math.round(axis.position(value) * (TEXT_PLOT - 1));
    }

    private static Axis axis(PooledEstimate pooled) {
        List<Double> values = new ArrayList<>();
        for (StudyEffect s : pooled.studies()) {
            Interval iv = Interval.of(pooled, s);
            values.add(iv.lower());
            values.add(iv.upper());
        }
        values.add(pooled.scale().fromScale(pooled.lower()));
        values.add(pooled.scale().fromScale(pooled.upper()));
        pooled.predictionInterval().ifPresent(b -> {
            values.add(b.lower());
            values.add(b.upper());
        });
        return Axis.holding(pooled.scale(), values);
    }

    private static void header(StringBuilder svg, PooledEstimate pooled) {
        text(svg, 12, 22, "start", title(pooled), " font-size=\"14\" font-weight=\"bold\"");
        int y = TOP - 12;
        text(svg, 12, y, "start", "Study", " font-weight=\"bold\"");
        text(svg, PLOT_LEFT - 16, y, "end", "Weight", " font-weight=\"bold\"");
        text(
                svg,
                PLOT_RIGHT + 16,
                y,
                "start",
                effectLabel(pooled) + " [" + level(pooled) + " CI]",
                " font-weight=\"bold\"");
    }

    private static String title(PooledEstimate pooled) {
        return "Forest plot: " + pooled.studyCount() + (pooled.studyCount() == 1 ? " study, " : " studies, ")
                + pooled.method();
    }

    private static String summary(PooledEstimate pooled) {
        double est = pooled.scale().fromScale(pooled.estimate());
        double lo = pooled.scale().fromScale(pooled.lower());
        double hi = pooled.scale().fromScale(pooled.upper());
        String prediction = pooled.predictionInterval()
                .map(b -> "; prediction interval " + number(b.lower()) + " to " + number(b.upper()))
                .orElse("");
        return "Pooled " + effectLabel(pooled) + " " + number(est) + " (" + level(pooled) + " CI " + number(lo) + " to "
                + number(hi) + ")" + prediction + ". " + heterogeneityLine(pooled);
    }

    private static String heterogeneityLine(PooledEstimate pooled) {
        Heterogeneity h = pooled.heterogeneity();
        if (h.degreesOfFreedom() == 0) {
            return "One study: no heterogeneity to estimate.";
        }
        String p = h.qPValue().isPresent() && h.qPValue().getAsDouble() < 0.0001
                ? "P < 0.0001"
                : "P = " + fixed(h.qPValue().orElse(1), 4);
        return "Heterogeneity: Q = " + fixed(h.q(), 2) + ", df = " + h.degreesOfFreedom() + ", " + p + "; I² = "
                + fixed(h.i2(), 1) + "%; τ² = " + fixed(h.tau2(), 4);
    }

    private static String axisLabel(PooledEstimate pooled) {
        String label = pooled.kind().map(EffectEstimate.Kind::label).orElse("estimate");
        return capitalize(label) + (pooled.scale() == Scale.LOG ? " (log scale)" : "");
    }

    private static String effectLabel(PooledEstimate pooled) {
        Optional<EffectEstimate.Kind> kind = pooled.kind();
        if (kind.isEmpty()) {
            return "Estimate";
        }
        return switch (kind.get()) {
            case HAZARD_RATIO -> "HR";
            case ODDS_RATIO -> "OR";
            case RISK_RATIO -> "RR";
            case RATE_RATIO -> "Rate ratio";
            case MEAN_DIFFERENCE -> "MD";
            default -> capitalize(kind.get().label());
        };
    }

    private static String level(PooledEstimate pooled) {
        return BigDecimal.valueOf(pooled.level())
                        .movePointRight(2)
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }

    private static String interval(double est, double lo, double hi) {
        return number(est) + " [" + number(lo) + ", " + number(hi) + "]";
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text, String extra) {
        svg.append("<text x=\"")
                .append(coordinate(x))
                .append("\" y=\"")
                .append(coordinate(y + 4))
                .append("\" text-anchor=\"")
                .append(ATTRIBUTE.escape(anchor))
                .append('"')
                .append(extra)
                .append('>')
                .append(TEXT.escape(text))
                .append("</text>\n");
    }

    private static void line(
            StringBuilder svg, double x1, double y1, double x2, double y2, String color, String extra) {
        svg.append("<line x1=\"")
                .append(coordinate(x1))
                .append("\" y1=\"")
                .append(coordinate(y1))
                .append("\" x2=\"")
                .append(coordinate(x2))
                .append("\" y2=\"")
                .append(coordinate(y2))
                .append("\" stroke=\"")
                .append(color)
                .append('"')
                .append(extra)
                .append("/>\n");
    }

    private static double x(Axis axis, double value) {
        return PLOT_LEFT + axis.position(value) * (PLOT_RIGHT - PLOT_LEFT);
    }

    /** A coordinate with one decimal, whatever the default locale. */
    private static String coordinate(double value) {
        return fixed(value, 1);
    }

    /** 2 decimals, 3 below 0.1 in size; infinite values as "inf". */
    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return fixed(value, value != 0 && Math.abs(value) < 0.1 ? 3 : 2);
    }

    /** A tick value: its significant digits only, "0.1", "2", "-0.25". */
    private static String tick(double value) {
        BigDecimal d = new BigDecimal(number(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }

    private static String percent(double share) {
        return fixed(share * 100, 1) + "%";
    }

    private static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A study's estimate and interval on the printed scale: its interval as printed when it was
     * printed at the pooled estimate's level, else {@code estimate ± z·SE}.
     */
    private record Interval(double estimate, double lower, double upper) {
        static Interval of(PooledEstimate pooled, StudyEffect s) {
            Scale scale = pooled.scale();
            Optional<ConfidenceInterval> printed = s.printedInterval().filter(ci -> ci.level() == pooled.level());
            if (printed.isPresent()) {
                return new Interval(
                        scale.fromScale(s.estimate()),
                        printed.get().lower(),
                        printed.get().upper());
            }
            double half = ConfidenceInterval.criticalValue(pooled.level()) * s.standardError();
            return new Interval(
                    scale.fromScale(s.estimate()),
                    scale.fromScale(s.estimate() - half),
                    scale.fromScale(s.estimate() + half));
        }
    }
}
