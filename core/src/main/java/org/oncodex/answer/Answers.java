package org.oncodex.answer;

import java.util.List;

/** Walking an answer's blocks. */
final class Answers {
    private Answers() {}

    /** The inlines of a block, list items' in order; none for a table. */
    static List<Inline> inlines(Block block) {
        if (block instanceof Paragraph p) {
            return p.inlines();
        }
        if (block instanceof Callout c) {
            return c.inlines();
        }
        if (block instanceof BulletList l) {
            return l.items().stream().flatMap(i -> i.inlines().stream()).toList();
        }
        if (block instanceof NumberedList l) {
            return l.items().stream().flatMap(i -> i.inlines().stream()).toList();
        }
        return List.of();
    }
}
