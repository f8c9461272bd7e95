package org.oncodex.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncodex.answer.Answer;
import org.oncodex.answer.ReferenceAnswers;

/**
 * The three reference answers rendered in Markdown, HTML and plain text, compared byte for byte with
 * golden files reviewed by hand. Rendering twice gives the same bytes.
 *
 * <p>To regenerate after an intended change: {@code ./mvnw -pl core test -Dtest=GoldenRenderingTest
 * -Doncodex.golden.update=true}, then review the diff.
 */
class GoldenRenderingTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "org", "oncodex", "render", "golden");

    static Stream<Arguments> renderings() {
        Function<Answer, String> md = new MarkdownRenderer()::render;
        Function<Answer, String> html = new HtmlRenderer()::render;
        Function<Answer, String> txt = new PlainTextRenderer()::render;
        return Stream.of(
                        new Object[] {"immunotherapy-liver-cancer", ReferenceAnswers.immunotherapyForLiverCancer()},
                        new Object[] {"car-t-liver-cancer", ReferenceAnswers.carTForLiverCancer()},
                        new Object[] {"how-immunotherapy-works", ReferenceAnswers.howImmunotherapyWorks()})
                .flatMap(a -> Stream.of(
                        Arguments.of(a[0] + ".md", a[1], md),
                        Arguments.of(a[0] + ".html", a[1], html),
                        Arguments.of(a[0] + ".txt", a[1], txt)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void renders_as_the_reviewed_golden_file(String file, Answer answer, Function<Answer, String> renderer)
            throws IOException {
        String rendered = renderer.apply(answer);
        assertThat(renderer.apply(answer)).as("rendering twice").isEqualTo(rendered);
        if (Boolean.getBoolean("oncodex.golden.update")) {
            Files.writeString(GOLDEN.resolve(file), rendered, StandardCharsets.UTF_8);
        }
        try (InputStream in = GoldenRenderingTest.class.getResourceAsStream("golden/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            assertThat(rendered).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
