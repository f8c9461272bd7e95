package org.oncodex.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void none_says_whether_anything_was_recorded() {
        Problems problems = Problems.of("Thing");
        assertThat(problems.none()).isTrue();
        problems.check(true, "never recorded");
        assertThat(problems.none()).isTrue();
        problems.check(false, "size must be positive: %s", -1L);
        assertThat(problems.none()).isFalse();
    }

    @Test
    void show_prints_a_number_or_none() {
        assertThat(Problems.show(OptionalDouble.of(0.25))).isEqualTo("0.25");
        assertThat(Problems.show(OptionalDouble.empty())).isEqualTo("none");
    }

    @Test
    void text_and_id_return_whether_the_value_passed() {
        Problems problems = Problems.of("Thing");
        assertThat(problems.text("name", "a name")).isTrue();
        assertThat(problems.text("name", "  ")).isFalse();
        assertThat(problems.id("id", "liver-cancer")).isTrue();
        assertThat(problems.id("id", "liver--cancer")).isFalse();
        assertThat(problems.id("id", "-liver")).isFalse();
        assertThat(problems.id("id", "liver-")).isFalse();
        assertThat(problems.id("id", "")).isFalse();
        assertThatThrownBy(problems::throwIfAny)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Thing has 5 problems: name must not be blank: \"  \"; ");
    }

    @Test
    void a_blank_text_in_a_list_is_reported_as_blank_and_not_again_as_a_repeat() {
        Problems problems = Problems.of("Thing");
        problems.distinctTexts("synonyms", List.of(" ", " ", "a", "a"));
        assertThatThrownBy(problems::throwIfAny)
                .hasMessage("Thing has 3 problems: synonyms must not be blank: \" \"; synonyms must not be blank:"
                        + " \" \"; synonyms must not repeat: \"a\"");
    }

    @Test
    void each_overload_formats_its_arguments_only_when_the_check_fails() {
        Problems problems = Problems.of("Thing");
        problems.check(false, "a %s b %s", 1.5, 2.5)
                .check(false, "c %s d %s", 3, 4)
                .check(false, "e %s", OptionalDouble.empty())
                .check(false, "f %s g %s", OptionalDouble.of(1), OptionalDouble.empty())
                .check(false, "h %s", (Object) "x")
                .check(false, "i %s %s", "y", "z")
                .check(false, "j %s", 0.5);
        assertThat(problems.finite("k", Double.NaN)).isFalse();
        assertThat(problems.finite("k", 1)).isTrue();
        assertThatThrownBy(problems::throwIfAny)
                .hasMessage("Thing has 8 problems: a 1.5 b 2.5; c 3 d 4; e none; f 1.0 g none; h x; i y z; j 0.5;"
                        + " k must be a finite number: NaN");
    }
}
