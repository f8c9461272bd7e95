package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QuoteLinesTest {
    @Test
    void finds_each_quote_on_its_line() {
        QuoteLines lines = new QuoteLines("# Q?\n\nThis cures cancer.\n\nIt CURES cancer.\n");
        assertThat(lines.line("cures cancer", false)).isEqualTo(OptionalInt.of(3));
        assertThat(lines.line("it cures cancer", false)).as("ignoring case").isEqualTo(OptionalInt.of(5));
        assertThat(lines.line("not there", false)).isEmpty();
    }

    @Test
    void lines_of_a_source_cost_about_an_int_each() {
        // issue 16: the line starts were collected as boxed integers, and the source was lower-cased
        // up front; a million blank lines made writing SARIF take 100 times as long as 100,000 did.
        // Allocation is counted (deterministic), not timed: before, about 30 bytes per line
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String source = "\n".repeat(1_000_000) + "It cures cancer.\n";
        long before = threads.getCurrentThreadAllocatedBytes();
        QuoteLines lines = new QuoteLines(source);
        OptionalInt line = lines.line("It cures cancer.", false);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(line).isEqualTo(OptionalInt.of(1_000_001));
        assertThat(allocated).as("bytes allocated for 1,000,000 lines").isLessThan(6L * 1_000_000);
    }
}
