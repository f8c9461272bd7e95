package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A single sources line holding several numbered entries in sequence ("Learn more: 1. [site](url) 2. [site](url)",
 * as a chat assistant's link line is copied) is read as one source an entry (issue 12); a line whose later number
 * is no next entry, or whose parts do not each read as a source, stays one. Every line was written for this test.
 *
 * <p>First run ({@code -Dtest=NumberedSourceRunTest}, with the split written): 3 of 3 passed; batch 13's c05 still
 * had its five false errors, since the one-line rest of "Learn more:" had lost its links' addresses; kept since.
 */
class NumberedSourceRunTest {
    @Test
    void a_line_of_numbered_links_is_one_source_an_entry() {
        assertThat(SourceList.entries("1. example.org (https://example.org/a) 2. example.com (https://example.com/b)"))
                .containsExactly("1. example.org (https://example.org/a)", "2. example.com (https://example.com/b)");
        assertThat(SourceList.entries("[1] Smith J, et al. Lancet. 2019. [2] Doe A. J Clin Oncol. 2020."
                        + " [3] https://example.org/x"))
                .hasSize(3);
    }

    @Test
    void a_line_whose_later_number_is_no_next_entry_stays_one() {
        assertThat(SourceList.entries("1. Smith J, et al. Cancer study, vol 3. pages 4-9. 2019."))
                .containsExactly("1. Smith J, et al. Cancer study, vol 3. pages 4-9. 2019.");
        assertThat(SourceList.entries("1. Smith J, et al. Lancet. 2019. 2. the second trial"))
                .hasSize(1);
        assertThat(SourceList.entries("Finn RS, et al. J Clin Oncol. 2020. 2. more"))
                .hasSize(1);
    }

    @Test
    void a_long_line_is_read_in_linear_time() {
        String line = "1. a 2019 " + "x 2. ".repeat(20_000);
        long start = System.nanoTime();
        List<String> parts = SourceList.entries(line);
        assertThat(parts).isNotEmpty();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
