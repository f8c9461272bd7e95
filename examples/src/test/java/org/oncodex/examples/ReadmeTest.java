package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's code is real: every java block marked {@code <!-- snippet: file#tag -->} is identical
 * to that file's region between {@code // tag::tag[]} and {@code // end::tag[]}, which a test runs
 * (the quickstart here, the others in their modules' tests).
 */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    /** {@code <!-- snippet: path/from/repo/root#tag -->} followed by a java block. */
    private static final Pattern SNIPPET =
            Pattern.compile("<!-- snippet: ([^#\\s]+)#([a-z-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void every_snippet_block_is_its_tagged_source_region() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher block = SNIPPET.matcher(readme);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            Path source = Path.of("..").resolve(block.group(1));
            String tag = block.group(2);
            String text = Files.readString(source, StandardCharsets.UTF_8);
            String open = "// tag::" + tag + "[]";
            String close = "// end::" + tag + "[]";
            assertThat(text).as("%s has tag %s", source, tag).contains(open).contains(close);
            String region = text.substring(text.indexOf(open) + open.length(), text.indexOf(close));
            assertThat(normalize(block.group(3)))
                    .as("README snippet %s#%s", source, tag)
                    .isEqualTo(normalize(region));
        }
        assertThat(blocks).as("snippets in the README").isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_quickstart_runs_and_prints_what_the_readme_promises() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out)
                .contains("significant: true")
                .contains("standard error: 0.1739")
                .contains("p: P = 0.0059")
                .contains("\"doi\":\"10.5306/wjco.v17.i3.116093\"");
        assertThat(out).containsPattern("99% interval: 99% CI 0\\.395\\d* to 0\\.968");
        assertThat(out)
                .containsPattern(
                        "interaction: HazardRatio 1\\.13\\d* \\(95% CI 0\\.93\\d* to 1\\.37\\d*\\), P = 0\\.18");
    }

    private static List<String> normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
