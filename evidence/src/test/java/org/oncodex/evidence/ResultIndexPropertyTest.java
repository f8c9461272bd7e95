package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** The intersection of position bitmaps, smallest first, equals the intersection of sets and leaves its inputs. */
class ResultIndexPropertyTest {

    static RoaringBitmap bitmap(List<Integer> values) {
        return RoaringBitmap.bitmapOf(
                values.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void intersection_equals_set_intersection() {
        qt().withExamples(500)
                .forAll(
                        lists().of(integers().between(0, 300)).ofSizeBetween(0, 40),
                        lists().of(integers().between(0, 300)).ofSizeBetween(0, 400),
                        // spans several Roaring containers (65,536 positions each), dense and sparse
                        lists().of(integers().between(0, 200_000)).ofSizeBetween(0, 3000))
                .checkAssert((a, b, c) -> {
                    TreeSet<Integer> expected = new TreeSet<>(a);
                    expected.retainAll(new TreeSet<>(b));
                    expected.retainAll(new TreeSet<>(c));
                    int[] want = expected.stream().mapToInt(Integer::intValue).toArray();
                    RoaringBitmap small = bitmap(a);
                    RoaringBitmap large = bitmap(b);
                    RoaringBitmap wide = bitmap(c);
                    assertThat(ResultIndex.intersect(List.of(small, large, wide))
                                    .toArray())
                            .containsExactly(want);
                    assertThat(ResultIndex.intersect(List.of(wide, large, small))
                                    .toArray())
                            .containsExactly(want);
                    assertThat(small).isEqualTo(bitmap(a));
                    assertThat(large).isEqualTo(bitmap(b));
                    assertThat(wide).isEqualTo(bitmap(c));
                });
    }
}
