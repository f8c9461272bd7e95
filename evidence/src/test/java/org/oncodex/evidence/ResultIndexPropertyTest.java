package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The galloping intersection of two ascending position lists equals the intersection of two sets. */
class ResultIndexPropertyTest {

    static int[] ascending(List<Integer> values) {
        return new TreeSet<>(values).stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void galloping_intersection_equals_set_intersection() {
        qt().withExamples(500)
                .forAll(
                        lists().of(integers().between(0, 300)).ofSizeBetween(0, 40),
                        lists().of(integers().between(0, 300)).ofSizeBetween(0, 400))
                .checkAssert((a, b) -> {
                    TreeSet<Integer> expected = new TreeSet<>(a);
                    expected.retainAll(new TreeSet<>(b));
                    int[] small = ascending(a);
                    int[] large = ascending(b);
                    assertThat(ResultIndex.intersect(small, large))
                            .containsExactly(expected.stream()
                                    .mapToInt(Integer::intValue)
                                    .toArray());
                    assertThat(ResultIndex.intersect(large, small))
                            .containsExactly(expected.stream()
                                    .mapToInt(Integer::intValue)
                                    .toArray());
                });
    }
}
