package org.oncodex.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;

/*
 * A rounded time glossed by the exact one in brackets: "just over 16 months (16.4 months)", "a little under two years
 * with nivolumab plus ipilimumab (23.7 months)". The parser reads the rounded words as a bound ("over 16 months"),
 * which no result has, and leaves the exact value in brackets unread beside it. When the bracket's time lies on the
 * side of the bound the words give, and near it (within a sixth of it: "just over", "a little under"), the bound is
 * the gloss's rounding: the sentence is read again with the bound's words blanked out (padded to their length, so
 * every offset stays the text's), and the statements the parser then reads in the bracket stand for the bound (none,
 * when the bracket holds a time whose endpoint no word names, as "held back for 5.2 months" alone is read). A
 * bracket on the wrong side ("just over two years (16.4 months)") or far from it leaves the bound as it was.
 *
 * The same rounding also comes after the exact time it restates: "13.9 months with pembrolizumab, just under 14 months".
 * A hedged bound ("just", "a little", "slightly", "a bit") set off by a comma or dash within a few words (no numbers,
 * no sentence end) after a median time on its side and near it is that time's rounding: the bound goes, and the
 * median stands as it is read. So is one before the exact time it rounds, set off by a colon or dash: "just over 10
 * months with cabozantinib: 10.2 months".
 */
/** Rounded times glossed by an exact one in brackets, read as the exact one. */
final class GlossedBounds {
    /** Words up to an opening bracket and the time in it: " with nivolumab plus ipilimumab (23.7 months". */
    private static final Pattern BRACKET = Pattern.compile(
            "(?i)^[^.;:()\\d]{0,60}\\(\\s*(\\d{1,3}(?:[.,·]\\d{1,2})?)\\s?(months?|mos?|years?|weeks?|days?)\\b");

    /** Words between a median time and the hedged bound that restates it: " with pembrolizumab, just ". */
    private static final Pattern RESTATING =
            Pattern.compile("(?i)[^\\d;.!?()\\[\\]]{0,40}[,—–]\\s*(?:or\\s+|that\\s+is\\s+)?");

    /** The hedge that makes a bound a rounding, before or at the start of the bound's words. */
    private static final Pattern HEDGE = Pattern.compile("(?i)(?:just|a\\s+little|slightly|a\\s+bit)\\s+");

    /** The most characters between a median and the hedged bound that restates it: the words RESTATING allows. */
    private static final int MAX_GAP = 64;

    /** The hedge as the last words before a bound. */
    private static final Pattern HEDGE_LAST = Pattern.compile("(?i)(?:just|a\\s+little|slightly|a\\s+bit)\\s+$");

    /** How near the bound the bracket's time must be, as a share of the bound. */
    private static final double NEAR = 1.0 / 6;

    private GlossedBounds() {}

    /** What reading the glossed bounds in {@code text} changes: the bounds to drop and the statements to add. */
    record Reading(List<EffectStatement> dropped, List<EffectStatement> added) {}

    /** The glossed bounds among {@code statements} and what the parser reads in their brackets once they are blanked. */
    static Reading of(String text, List<EffectStatement> statements) {
        List<EffectStatement> glossed = new ArrayList<>();
        List<int[]> brackets = new ArrayList<>();
        for (EffectStatement st : statements) {
            int bracket = bracketOf(text, st);
            if (bracket >= 0) {
                glossed.add(st);
                brackets.add(new int[] {bracket, Math.min(text.length(), bracket + 24)});
            }
        }
        List<EffectStatement> restating = restating(text, statements, new HashSet<>(glossed));
        if (glossed.isEmpty()) {
            return new Reading(restating, List.of());
        }
        StringBuilder blanked = new StringBuilder(text);
        for (EffectStatement st : glossed) {
            int start = Math.max(0, st.start());
            int end = Math.min(text.length(), st.end());
            blanked.replace(start, end, " ".repeat(end - start));
        }
        List<EffectStatement> added = new ArrayList<>();
        for (EffectStatement st : EffectStatements.parse(blanked.toString()).statements()) {
            if (brackets.stream().anyMatch(b -> st.end() > b[0] && st.start() < b[1])) {
                added.add(st);
            }
        }
        // a bracket the parser reads nothing in ("held back for a little over 5 months (5.2 months)": a time with no
        // endpoint named) still glosses the bound: the bound goes, and the time stands as it would alone
        glossed.addAll(restating);
        return new Reading(glossed, added);
    }

    /**
     * The bounds among {@code statements}, other than {@code glossed}, that round the statement ending last before
     * them: one pass over the statements in order of start, with those in order of end beside it.
     */
    private static List<EffectStatement> restating(
            String text, List<EffectStatement> statements, Set<EffectStatement> glossed) {
        List<EffectStatement> byStart = new ArrayList<>(statements);
        byStart.sort(Comparator.comparingInt(EffectStatement::start));
        List<EffectStatement> byEnd = new ArrayList<>(statements);
        byEnd.sort(Comparator.comparingInt(EffectStatement::end));
        List<EffectStatement> out = new ArrayList<>();
        @Nullable EffectStatement before = null;
        int next = 0;
        for (int i = 0; i < byStart.size(); i++) {
            EffectStatement st = byStart.get(i);
            while (next < byEnd.size() && byEnd.get(next).end() <= st.start()) {
                before = byEnd.get(next++);
            }
            @Nullable EffectStatement after = i + 1 < byStart.size() ? byStart.get(i + 1) : null;
            if (!glossed.contains(st)
                    && ((before != null && restates(text, st, before))
                            || (after != null && restatedAfter(text, st, after)))) {
                out.add(st);
            }
        }
        return out;
    }

    /** Words between a hedged bound and the exact time after a colon or dash: " with cabozantinib: ". */
    private static final Pattern LEADING_TO =
            Pattern.compile("(?i)[^\\d;.!?()\\[\\]]{0,40}[:—–]\\s*(?:that\\s+is\\s+|or\\s+)?");

    /**
     * Whether {@code st} is a hedged bound that the median time {@code after} restates exactly after a colon or dash:
     * "just over 10 months with cabozantinib: 10.2 months".
     */
    private static boolean restatedAfter(String text, EffectStatement st, EffectStatement after) {
        ValueRange range = oneSided(st);
        if (range == null
                || !(after.estimate().orElse(null) instanceof MedianTime median)
                || median.value().isEmpty()
                || after.printedValue().isEmpty()) {
            return false;
        }
        int end = Math.max(0, Math.min(st.end(), text.length()));
        int from = Math.max(0, Math.min(st.start(), text.length()));
        int inAfter = after.text().indexOf(after.printedValue().get());
        int value = after.start() + inAfter;
        if (inAfter < 0 || value < end || value - end > MAX_GAP || value > text.length()) {
            return false; // the exact time is not a few words after the bound: no long gap is searched
        }
        String bound = text.substring(from, end);
        String lead = text.substring(Math.max(0, from - 16), from);
        boolean hedged =
                HEDGE.matcher(bound).lookingAt() || HEDGE_LAST.matcher(lead).find();
        if (!hedged || !LEADING_TO.matcher(text.substring(end, value)).matches()) {
            return false;
        }
        OptionalDouble v = NumberMatch.inUnit(median.value().getAsDouble(), median.unit(), range.unit());
        return v.isPresent() && near(v.getAsDouble(), range);
    }

    /** Whether {@code st} is a hedged bound that rounds the median time {@code before}, which ends just before it. */
    private static boolean restates(String text, EffectStatement st, EffectStatement before) {
        ValueRange range = oneSided(st);
        if (range == null
                || !(before.estimate().orElse(null) instanceof MedianTime median)
                || median.value().isEmpty()) {
            return false;
        }
        int from = Math.max(0, Math.min(st.start(), text.length()));
        if (from - before.end() > MAX_GAP) {
            return false; // more than a few words apart: no restating, and no long gap is searched
        }
        String gap = text.substring(Math.min(before.end(), from), from);
        String bound = text.substring(from, Math.max(from, Math.min(st.end(), text.length())));
        boolean hedged;
        if (RESTATING.matcher(gap).matches()) {
            hedged = HEDGE.matcher(bound).lookingAt(); // the bound's words begin with the hedge
        } else {
            Matcher h = HEDGE_LAST.matcher(gap);
            hedged = h.find() && RESTATING.matcher(gap.substring(0, h.start())).matches();
        }
        if (!hedged) {
            return false;
        }
        OptionalDouble v = NumberMatch.inUnit(median.value().getAsDouble(), median.unit(), range.unit());
        return v.isPresent() && near(v.getAsDouble(), range);
    }

    /** The one-sided range {@code st} states, if it is a bound. */
    private static @Nullable ValueRange oneSided(EffectStatement st) {
        return st.kind() == EffectStatement.Kind.BOUND
                        && st.estimate().orElse(null) instanceof ValueRange range
                        && range.lower().isPresent() != range.upper().isPresent()
                ? range
                : null;
    }

    /** Whether {@code v} lies on the side of {@code range}'s one bound that its words give, and near it. */
    private static boolean near(double v, ValueRange range) {
        boolean over = range.lower().isPresent();
        double bound = over ? range.lower().getAsDouble() : range.upper().getAsDouble();
        boolean sideOfWords = over ? v >= bound : v <= bound;
        return sideOfWords && Math.abs(v - bound) <= bound * NEAR;
    }

    /** Where the bracket that glosses {@code st} opens; -1 when {@code st} is no bound glossed by one. */
    static int bracketOf(String text, EffectStatement st) {
        if (st.kind() != EffectStatement.Kind.BOUND
                || !(st.estimate().orElse(null) instanceof ValueRange range)
                || range.lower().isPresent() == range.upper().isPresent()
                || st.end() >= text.length()) {
            return -1;
        }
        Matcher m = BRACKET.matcher(text).region(Math.max(0, st.end()), text.length());
        if (!m.lookingAt()) {
            return -1;
        }
        double exact = Double.parseDouble(m.group(1).replace(',', '.').replace('·', '.'));
        OptionalDouble inBoundUnit = NumberMatch.inUnit(exact, unit(m.group(2)), range.unit());
        if (inBoundUnit.isEmpty()) {
            return -1;
        }
        return near(inBoundUnit.getAsDouble(), range) ? text.indexOf('(', m.regionStart()) : -1;
    }

    private static Unit unit(String word) {
        char c = Character.toLowerCase(word.charAt(0));
        return c == 'y' ? Unit.YEARS : c == 'w' ? Unit.WEEKS : c == 'd' ? Unit.DAYS : Unit.MONTHS;
    }
}
