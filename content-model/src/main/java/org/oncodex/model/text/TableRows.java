package org.oncodex.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A table printed one row to a line, where the row's first cell says what its values are: "Unadjusted* HR | 1.00
 * (ref) | 1.03 (0.80-1.33) | ...", "95% confidence interval | 0.55–1.06 | 1.04–1.14", "P value | 0.110 | &lt;0.001",
 * "Event rates per 100 patient-years (95% CI) 8.4 (7.6–9.2) 11.2 (10.0–12.7)". Read as a sentence, the label and
 * its values are cut apart by the cells' bars, and the values read as unlabeled estimates or not at all.
 *
 * <p>A line is such a row when all of these hold, and is then read cell by cell, each value cell the way {@link
 * Parser#initialScope} reads a cell under its column header, with the label as that header:
 *
 * <ul>
 *   <li>it is one line, read without a column header of its own (a header already says what the cells are);
 *   <li>its cells are cut by bars or tabs, the label being the leading cells that hold words and no number
 *       (so "Ischaemic stroke | HR | 0.63" has the label "Ischaemic stroke HR"), and at least one later cell
 *       starts with a value; or, printed without bars, the words before a tail of at least two values and
 *       nothing else ("Adjusted a HR 1.00 (ref) 1.26 (1.07–1.48) 1.52 (1.33–1.74)");
 *   <li>the header logic reads the label as naming a kind of value (a ratio, an interval, a P value, a median, a
 *       rate) or counts with their shares ("no. (%)"); a label that names only a drug or an endpoint
 *       ("Anti-CTLA-4 antibody", "NOAC") leaves the line as it was;
 *   <li>the label holds no statistic of its own (no number at all, when cut by bars; none the parser reads, when
 *       printed without).
 * </ul>
 *
 * <p>What is not a row: prose with one value after its words ("a risk reduction of 0.62", "HR group (n = 120)":
 * a sentence's value continues its words, where a row holds a value per column, so at least two); a label cut off
 * inside a bracket or after "=", which is prose; a row whose first cell is itself a value ("≥2 | 15 | 7417").
 * The diagnostics of the cells are kept; a line with no value cell read under its label is read as before.
 */
final class TableRows {
    private TableRows() {}

    /** At most this many characters of label: a row's label is a few words, not a paragraph. */
    static final int MAX_LABEL = 160;

    /** A row split into its label and the cells under it, each cell a span of the line. */
    record Row(String label, List<int[]> cells) {}

    /**
     * {@code plain}, or, when {@code text} is a printed table row whose label names a kind, the reading of its value
     * cells under that label; {@code parse} reads a text under a context.
     */
    static ParseResult read(
            String text, ParseContext context, ParseResult plain, BiFunction<String, ParseContext, ParseResult> parse) {
        if (context.column().isPresent() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return plain;
        }
        Row row = split(text);
        if (row == null
                || !namesAKind(row.label())
                || !parse.apply(row.label(), ParseContext.none()).statements().isEmpty()) {
            return plain;
        }
        ParseContext column = ParseContext.column(row.label());
        Findings out = new Findings();
        for (int[] cell : row.cells()) {
            ParseResult read = parse.apply(text.substring(cell[0], cell[1]), column);
            for (EffectStatement st : read.statements()) {
                if (referenceLevel(text, st.end() + cell[0], cell[1])) {
                    continue; // "1.00 (ref)": the level the others are compared with, no estimate of its own
                }
                out.add(EffectStatement.builder()
                        .from(st)
                        .start(st.start() + cell[0])
                        .end(st.end() + cell[0])
                        .build());
            }
            for (Diagnostic d : read.diagnostics()) {
                out.report(d.code(), d.message(), d.start() + cell[0], d.end() + cell[0]);
            }
        }
        return out.statements.isEmpty() ? plain : out.result();
    }

    /** Whether a reference mark follows {@code end} within its cell: "1.00 (ref)", "1 [reference]". */
    private static boolean referenceLevel(String text, int end, int cellEnd) {
        int i = end;
        while (i < cellEnd && text.charAt(i) == ' ') {
            i++;
        }
        if (i < cellEnd && (text.charAt(i) == '(' || text.charAt(i) == '[')) {
            i++;
        }
        return text.regionMatches(true, i, "ref", 0, 3) && i + 3 <= cellEnd;
    }

    /** Whether the column-header logic reads {@code label} as naming what the cells under it hold. */
    static boolean namesAKind(String label) {
        Scope s = Parser.initialScope(ParseContext.column(label));
        return s.label() != null || s.declaredCounts();
    }

    /** The line as a row, or null when it has not a row's shape (the label is not yet checked for a kind). */
    static @Nullable Row split(String text) {
        return text.indexOf('|') >= 0 || text.indexOf('\t') >= 0 ? splitBarred(text) : splitBare(text);
    }

    private static boolean isBar(char c) {
        return c == '|' || c == '\t';
    }

    private static @Nullable Row splitBarred(String text) {
        List<int[]> cells = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int to = from;
            while (to < text.length() && !isBar(text.charAt(to))) {
                to++;
            }
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                cells.add(new int[] {start, end});
            }
            from = to + 1;
        }
        StringBuilder label = new StringBuilder();
        int k = 0;
        while (k < cells.size() && isLabelCell(text, cells.get(k))) {
            if (label.length() > 0) {
                label.append(' ');
            }
            label.append(text, cells.get(k)[0], cells.get(k)[1]);
            k++;
        }
        List<int[]> values = cells.subList(k, cells.size());
        if (k == 0 || label.length() > MAX_LABEL || values.isEmpty() || !startsValue(text, values.get(0)[0])) {
            return null;
        }
        return new Row(label.toString(), List.copyOf(values));
    }

    /** A label cell holds words and no number, save a level or a percent sign: "95% CI", "HR", "no. (%)". */
    private static boolean isLabelCell(String text, int[] cell) {
        boolean letter = false;
        for (int i = cell[0]; i < cell[1]; i++) {
            char c = text.charAt(i);
            letter |= Character.isLetter(c);
            if (Character.isDigit(c) && !levelDigit(text, i, cell[1])) {
                return false;
            }
        }
        return letter;
    }

    /** "95% CI", "90% confidence interval", "per 100 patient-years": digits that name, not values. */
    private static boolean levelDigit(String text, int i, int end) {
        int j = i;
        while (j < end && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
            j++;
        }
        int k = i;
        while (k > 0 && Character.isDigit(text.charAt(k - 1))) {
            k--;
        }
        boolean level = j < end
                && text.charAt(j) == '%'
                && j + 1 < end
                && text.charAt(j + 1) == ' '
                && j + 2 < end
                && Character.isLetter(text.charAt(j + 2));
        boolean per = k >= 4 && text.startsWith("per ", k - 4);
        return level || per;
    }

    /** A cell starts with a value: a number, a signed or bounded number, a bracketed one, or an empty-cell dash. */
    private static boolean startsValue(String text, int i) {
        char c = text.charAt(i);
        if (c == '(' || c == '[') {
            return i + 1 < text.length() && startsNumber(text, i + 1);
        }
        return startsNumber(text, i) || c == '—' || (c == '–' && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
    }

    /**
     * Printed without bars: the words before the longest tail of numbers, brackets, signs, open ends and reference
     * marks that starts at a number and holds at least two values; null when there is none.
     */
    private static @Nullable Row splitBare(String text) {
        int tail = text.length();
        while (tail > 0) {
            char c = text.charAt(tail - 1);
            if (!Character.isLetter(c)) {
                tail--;
                continue;
            }
            int word = tail;
            while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
                word--;
            }
            if (!MARKS.contains(text.substring(word, tail))) {
                break;
            }
            tail = word;
        }
        int cut = tail;
        while (cut < text.length() && !startsNumber(text, cut)) {
            cut++;
        }
        if (cut <= 0 || cut >= text.length() || cut > MAX_LABEL || !Character.isWhitespace(text.charAt(cut - 1))) {
            return null;
        }
        String label = text.substring(0, cut).strip();
        // a label ends in a word, a footnote mark, a closing bracket or a percent sign; "P <", "HR =", "n = (" are
        // prose cut before its value
        char last = label.isEmpty() ? ' ' : label.charAt(label.length() - 1);
        if (!balanced(label) || !(Character.isLetter(last) || ")]*%".indexOf(last) >= 0)) {
            return null;
        }
        // the values: runs at bracket depth 0, cut at spaces; a row has a value per column, so at least two
        List<int[]> cells = new ArrayList<>();
        int depth = 0;
        int start = cut;
        for (int i = cut; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if ((c == ' ' && depth == 0 && i + 1 < text.length() && startsNumber(text, i + 1))
                    || i == text.length()) {
                if (i > start) {
                    // a value ends in a digit, a percent sign, a closing bracket or an open end: "5 × 10−7" is one
                    char end = text.charAt(i - 1);
                    if (!(Character.isLetterOrDigit(end) || ")]%".indexOf(end) >= 0)) {
                        return null;
                    }
                    cells.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return cells.size() < 2 ? null : new Row(label, List.copyOf(cells));
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return depth == 0;
    }

    /** Words a row of values may hold: open ends, empty cells and the reference level's mark. */
    private static final Set<String> MARKS = Set.of("NR", "NE", "NA", "ref", "Ref", "reference");

    private static boolean startsNumber(String text, int i) {
        char c = text.charAt(i);
        return Character.isDigit(c)
                || ("−-–<>≤≥".indexOf(c) >= 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
    }
}
