package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Tables as the rules read them; the tables are written for these tests. */
class TablesTest {
    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static List<String> rows(String markdown) {
        Node table = PARSER.parse(markdown).getFirstChild();
        assertThat(table).isInstanceOf(TableBlock.class);
        return Tables.rows((TableBlock) table);
    }

    @Test
    void a_cell_with_a_number_is_read_under_its_columns_header() {
        assertThat(rows("""
                        | Trial | Hazard ratio |
                        |---|---|
                        | REFLECT | 0.92 [3] |
                        """)).containsExactly("Trial | Hazard ratio", "REFLECT | Hazard ratio: 0.92 [3]");
    }

    @Test
    void under_a_merged_header_a_cell_is_read_under_both_headers() {
        assertThat(rows("""
                        | | Median overall survival | |
                        |---|---|---|
                        | Trial | Lenvatinib | Sorafenib |
                        | REFLECT | 13.6 months [3] | 12.3 months [3] |
                        """))
                .contains("REFLECT | Median overall survival, Lenvatinib: 13.6 months [3]"
                        + " | Median overall survival, Sorafenib: 12.3 months [3]");
    }

    @Test
    void a_second_header_may_name_a_level_in_its_words() {
        assertThat(rows("""
                        | | Overall survival |
                        |---|---|
                        | Medicine | Hazard ratio (95% CI) |
                        | Regorafenib | 0.63 (0.50–0.79) [1] |
                        """)).contains("Regorafenib | Overall survival, Hazard ratio (95% CI): 0.63 (0.50–0.79) [1]");
    }

    @Test
    void a_first_row_with_numbers_is_no_second_header() {
        assertThat(rows("""
                        | | Lenvatinib | Sorafenib |
                        |---|---|---|
                        | Median OS | 13.6 months [3] | 12.3 months [3] |
                        | Response rate | 24.1% [3] | 9.2% [3] |
                        """))
                .contains(
                        "Median OS | Lenvatinib: 13.6 months [3] | Sorafenib: 12.3 months [3]",
                        "Response rate | Lenvatinib: 24.1% [3] | Sorafenib: 9.2% [3]");
    }
}
