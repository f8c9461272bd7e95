package org.oncodex.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check that {@link HtmlRenderer}'s output holds only the renderer's own markup: every {@code <}
 * starts one of its tags, with its attributes, and links are http, https or the answer's own anchors.
 * Shared by the escaping property and the fuzz tests.
 */
public final class OwnMarkup {
    private static final Set<String> TAGS = Set.of(
            "article", "header", "h1", "p", "aside", "section", "h2", "ol", "ul", "li", "em", "strong", "dfn", "span",
            "sup", "a", "table", "caption", "thead", "tr", "th", "tbody", "td", "footer");
    private static final Set<String> ATTRIBUTES = Set.of("class", "lang", "href", "id", "title", "role", "scope");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[a-zA-Z-]+=\"[^\"<>]*\")*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

    private OwnMarkup() {}

    /** Fails, quoting the place, if {@code html} holds a tag, attribute or link the renderer does not write. */
    public static void assertOnly(String html) {
        // every '<' starts one of our tags, with our attributes, and nothing else
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while ((at = html.indexOf('<', at)) >= 0) {
            assertThat(tag.find(at) && tag.start() == at)
                    .as("a '<' that is not one of our tags at %s: %s", at, snippet(html, at))
                    .isTrue();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            assertThat(TAGS).as("tag <%s> in %s", name, snippet(html, at)).contains(name);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String attr = attribute.group(1);
                String value = attribute.group(2);
                assertThat(ATTRIBUTES.contains(attr) || attr.startsWith("data-"))
                        .as("attribute %s in %s", attr, snippet(html, at))
                        .isTrue();
                if (attr.equals("href")) {
                    assertThat(value).matches("https?://[^\\s]*|#source-[0-9]+");
                }
            }
            at = tag.end();
        }
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    }

    private static String snippet(String html, int at) {
        return html.substring(Math.max(0, at - 40), Math.min(html.length(), at + 60));
    }
}
