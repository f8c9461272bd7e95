package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link HtmlBlocks#hasUnclosedComment}: a comment opened and never closed, as HTML reads it. */
class HtmlBlocksCommentTest {
    /** An opener no "-->" follows, "<!-->" and "<!--->" (closed where they open) aside. */
    private static final Pattern UNCLOSED = Pattern.compile("<!--(?!-?>)(?:(?!-->).)*$", Pattern.DOTALL);

    private static final List<String> PIECES = List.of("<!--", "-->", "<!-->", "<!--->", "-", ">", "<", "!", "x ");

    private static final Gen<String> FRAGMENTS = lists().of(integers().between(0, PIECES.size() - 1))
            .ofSizeBetween(0, 12)
            .map(ix -> {
                StringBuilder b = new StringBuilder();
                ix.forEach(i -> b.append(PIECES.get(i)));
                return b.toString();
            });

    @Test
    void agrees_with_a_regular_expression_on_every_mix_of_openers_and_closers() {
        qt().withExamples(2000)
                .forAll(FRAGMENTS)
                .checkAssert(f -> assertThat(HtmlBlocks.hasUnclosedComment(f))
                        .as(f)
                        .isEqualTo(UNCLOSED.matcher(f).find()));
    }

    @Test
    void examples() {
        assertThat(HtmlBlocks.hasUnclosedComment("<!-- note -->")).isFalse();
        assertThat(HtmlBlocks.hasUnclosedComment("<div>x</div>")).isFalse();
        assertThat(HtmlBlocks.hasUnclosedComment("<!-->")).isFalse();
        assertThat(HtmlBlocks.hasUnclosedComment("<!--->")).isFalse();
        assertThat(HtmlBlocks.hasUnclosedComment("<!--\nCures everyone.")).isTrue();
        assertThat(HtmlBlocks.hasUnclosedComment("<!-- a --> <!-- b")).isTrue();
        assertThat(HtmlBlocks.hasUnclosedComment("<div><!-- hidden</div>")).isTrue();
    }
}
