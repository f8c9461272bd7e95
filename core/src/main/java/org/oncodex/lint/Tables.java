package org.oncodex.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/** Tables as the rules read them: a line per row, each cell with a number under its column's header. */
final class Tables {
    private Tables() {}

    /**
     * The lines of a table, one per row (the header row first). A cell with a number is read under its column's header ("Hazard
     * ratio for death (95% CI): 0.58 (0.42–0.79)"), so its statistic is read as the header says and
     * checked with the rest of its row (the trial and treatment it names).
     */
    static List<String> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(table, rows);
        return lines(rows);
    }

    /** The rows of a table as their cells' text, the header row first. */
    static List<List<String>> cells(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(table, rows);
        return rows;
    }

    /** A cell that numbers a source: "1", "1.", "[1]", "(1)". */
    private static final Pattern SOURCE_NUMBER = Pattern.compile("^[\\[(]?(\\d{1,3})[.)\\]]?$");

    /**
     * The rows of a table under the sources as lines of a list of sources: a row's cells joined, after its number
     * when its first cell is one ("| 2 | Finn RS, et al. ... | https://... |" is "2. Finn RS, et al. ... https://...");
     * a row that reads as no source (the header row, "| # | Source | Link |") is left out.
     */
    static List<String> sourceLines(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            Matcher number =
                    SOURCE_NUMBER.matcher(row.isEmpty() ? "" : row.get(0).strip());
            boolean numbered = number.matches();
            String rest =
                    String.join(" ", row.subList(numbered ? 1 : 0, row.size())).strip();
            String line = numbered ? number.group(1) + ". " + rest : rest;
            if (!rest.isEmpty() && SourceList.looksLikeSource(line)) {
                out.add(line);
            }
        }
        return out;
    }

    /** The lines of a table given as its rows of cells, the header row first; see {@link #rows(TableBlock)}. */
    static List<String> lines(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = rows.get(0);
        rows.get(0).stream().filter(h -> !h.isBlank()).findAny().ifPresent(h -> out.add(String.join(" | ", header)));
        int body = 1;
        List<String> columns = header;
        if (secondHeader(rows)) {
            columns = merged(header, rows.get(1));
            out.add(String.join(" | ", rows.get(1)));
            body = 2;
        }
        for (List<String> row : rows.subList(body, rows.size())) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String head = i < columns.size() ? columns.get(i) : "";
                boolean number = cell.chars().anyMatch(Character::isDigit);
                boolean named = head.chars().anyMatch(Character::isLetter);
                cells.add(number && named && !cell.startsWith(head) ? head + ": " + cell : cell);
            }
            String text = String.join(" | ", cells);
            if (!text.isBlank()) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * Whether the first body row is a second header under a merged one: the header leaves a cell blank (a
     * header spanning the columns to its right, as "| | Overall survival | |"), and the row below names
     * the columns, no cell of it starting with a number as a value does ("| Trial | Lenvatinib | Sorafenib |",
     * "| Medicine | Hazard ratio (95% CI) | Median, months |").
     */
    private static boolean secondHeader(List<List<String>> rows) {
        if (rows.size() < 3 || rows.get(0).stream().noneMatch(String::isBlank)) {
            return false;
        }
        List<String> second = rows.get(1);
        return second.stream().noneMatch(Tables::startsWithANumber)
                && second.stream()
                                .filter(c -> c.chars().anyMatch(Character::isLetter))
                                .count()
                        >= 2;
    }

    /** Whether a cell starts with a number, as a value does ("0.63 (0.50–0.79)", "~14 mo", "≥ 85%"). */
    private static boolean startsWithANumber(String cell) {
        String c = cell.strip();
        int i = 0;
        while (i < c.length() && "~≈<>≥≤+−-".indexOf(c.charAt(i)) >= 0) {
            i++;
        }
        return i < c.length() && Character.isDigit(c.charAt(i));
    }

    /**
     * Each column's header under a merged one: the spanning header (the nearest named cell at or to the left
     * of the column) then the column's own ("Median overall survival, Lenvatinib").
     */
    private static List<String> merged(List<String> top, List<String> second) {
        List<String> header = new ArrayList<>();
        String spanning = "";
        for (int i = 0; i < Math.max(top.size(), second.size()); i++) {
            String above = i < top.size() ? top.get(i) : "";
            spanning = above.isBlank() ? spanning : above;
            String own = i < second.size() ? second.get(i) : "";
            header.add(spanning.isBlank() ? own : own.isBlank() ? spanning : spanning + ", " + own);
        }
        return header;
    }

    private static void collectRows(Node node, List<List<String>> rows) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.ext.gfm.tables.TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(MarkdownText.of(cell).strip());
                }
                rows.add(cells);
            } else {
                collectRows(c, rows);
            }
        }
    }
}
