package org.oncodex.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.commonmark.parser.Parser;

/**
 * The hostile inputs of {@code xss-vectors.txt} (written for the tests, in the manner of the public
 * XSS cheat sheets), each with the context in which it runs a script when written into HTML as it is.
 */
final class XssVectors {
    /** Where in HTML a vector does its harm. */
    enum Context {
        /** Between tags. */
        TEXT,
        /** Inside a double-quoted attribute value. */
        ATTR,
        /** Inside a single-quoted attribute value. */
        ATTR1,
        /** As a link's address. */
        URL,
        /** As Markdown, rendered by a renderer that passes raw HTML and links through. */
        MD
    }

    /** One vector: its line in the file, its context and its text. */
    record Vector(int line, Context context, String text) {
        /**
         * The vector written into its own context without any escaping, as an unsafe page would: the
         * markup the browser check's control expects a script from.
         */
        String unescaped() {
            return switch (context) {
                case TEXT -> text;
                case ATTR -> "<span title=\"" + text + "\">x</span>";
                case ATTR1 -> "<span title='" + text + "'>x</span>";
                case URL -> "<a href=\"" + text + "\">x</a>";
                case MD ->
                    org.commonmark.renderer.html.HtmlRenderer.builder()
                            .build()
                            .render(Parser.builder().build().parse(text));
            };
        }

        @Override
        public String toString() {
            return "xss-vectors.txt:" + line + " " + context.name().toLowerCase(java.util.Locale.ROOT) + ": " + text;
        }
    }

    private static final List<Vector> ALL = read();

    private XssVectors() {}

    /** Every vector of the file, in its order. */
    static List<Vector> all() {
        return ALL;
    }

    private static List<Vector> read() {
        String file;
        try (InputStream in = Objects.requireNonNull(
                XssVectors.class.getResourceAsStream("xss-vectors.txt"), "xss-vectors.txt on the class path")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Vector> vectors = new ArrayList<>();
        String[] lines = file.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("  |")) {
                Vector above = vectors.remove(vectors.size() - 1);
                vectors.add(new Vector(above.line(), above.context(), above.text() + "\n" + line.substring(3)));
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalStateException("xss-vectors.txt:" + (i + 1) + " has no context: " + line);
            }
            Context context = Context.valueOf(line.substring(0, colon).toUpperCase(java.util.Locale.ROOT));
            vectors.add(new Vector(i + 1, context, line.substring(colon + 2)));
        }
        return List.copyOf(vectors);
    }
}
