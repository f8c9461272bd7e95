package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncodex.Scaling;
import org.oncodex.answer.Source;

/** The sources of a written answer as the reader numbers them. */
class SourceListTest {

    private static SourceList of(String lines) {
        SourceList list = new SourceList();
        lines.lines().forEach(list::add);
        return list;
    }

    @Test
    void labelled_sources_come_first_and_each_work_is_numbered_once() {
        SourceList list = of("""
                A report of the trial. 2021
                [1] Finn RS, et al. N Engl J Med. 2020
                A report of the trial. 2021
                Another review. 2019
                """);
        assertThat(list.numbered()).extracting(Source::number).containsExactly(1, 2, 3);
        assertThat(list.numbered())
                .extracting(s -> s.citation().title().orElse(""))
                .satisfiesExactly(
                        t -> assertThat(t).contains("Finn"),
                        t -> assertThat(t).contains("A report of the trial"),
                        t -> assertThat(t).contains("Another review"));
    }

    @Test
    @Tag("timing")
    void numbering_many_sources_without_numbers_takes_linear_time() {
        // each source without a number was looked for among all those before it (issue 16's scaling
        // audit: 1 MB of "[1] [2] ..." and its list of sources read 26 to 36 times as long as 100 KB).
        // Each input's list is built once, in the warm-up runs, so that only the numbering is timed
        IdentityHashMap<String, SourceList> built = new IdentityHashMap<>();
        double ratio = Scaling.ratio(
                n -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 1; s.length() < n; i++) {
                        s.append("Review ").append(i).append(". 2020\n");
                    }
                    return s.toString();
                },
                lines -> built.computeIfAbsent(lines, SourceListTest::of).numbered());
        assertThat(ratio).isLessThan(30);
    }
}
