package org.oncodex.lint;

import java.util.ArrayList;
import java.util.List;
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
        List<String> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        collectRows(table, rows);
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = rows.get(0);
        rows.get(0).stream().filter(h -> !h.isBlank()).findAny().ifPresent(h -> out.add(String.join(" | ", header)));
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String head = i < header.size() ? header.get(i) : "";
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
