package org.oncodex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.model.stats.HazardRatio;
import org.quicktheories.core.Gen;

class OncodexGensTest {

    private static <T> List<T> sample(Gen<T> gen, long seed, int n) {
        List<T> values = new ArrayList<>();
        qt().withFixedSeed(seed).withExamples(n).forAll(gen).checkAssert(values::add);
        return values;
    }

    @Test
    void a_fixed_quicktheories_seed_reproduces_the_values() {
        List<Answer> first = sample(OncodexGens.answers(), 42, 20);
        assertThat(first).hasSize(20).doesNotHaveDuplicates();
        assertThat(sample(OncodexGens.answers(), 42, 20)).isEqualTo(first);
        assertThat(sample(OncodexGens.answers(), 43, 20)).isNotEqualTo(first);
    }

    @Test
    void each_value_is_the_arbitrarys_value_for_a_seed_drawn_by_quicktheories() {
        List<HazardRatio> expected = sample(longs().all(), 9, 30).stream()
                .map(seed -> OncodexArbitraries.hazardRatio(new SplittableRandom(seed)))
                .toList();
        assertThat(sample(OncodexGens.hazardRatios(), 9, 30)).isEqualTo(expected);
    }
}
