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

/** The README's quickstart is real code: identical to {@link Quickstart}'s tagged region, which runs. */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path QUICKSTART =
            Path.of("src", "main", "java", "org", "oncodex", "examples", "Quickstart.java");

    @Test
    void the_quickstart_block_is_the_quickstart_class() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- quickstart -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find())
                .as("README has a java block after <!-- quickstart -->")
                .isTrue();

        String source = Files.readString(QUICKSTART, StandardCharsets.UTF_8);
        String region = source.substring(
                source.indexOf("// tag::quickstart[]") + "// tag::quickstart[]".length(),
                source.indexOf("// end::quickstart[]"));
        assertThat(normalize(block.group(1))).isEqualTo(normalize(region));
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
