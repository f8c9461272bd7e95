package org.oncodex.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * The patterns are strict on purpose: they find markup a writer meant as markup (a tag, **bold**, a
 * [link](url)), not the symbols patients' text uses as symbols ("P < 0.05", "5 * 3", "50%", "A & B",
 * "snake_case"). A false alarm in a user's test costs more than a rare miss.
 */
/** Finds HTML and Markdown markup in text that renderers would show as literal characters. */
final class StrayMarkup {
    private record Kind(String name, Pattern pattern) {}

    /** In the order messages list them. */
    private static final List<Kind> KINDS = List.of(
            new Kind("an HTML tag", Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>")),
            new Kind("an HTML comment", Pattern.compile("<!--")),
            new Kind(
                    "an HTML character entity",
                    Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")),
            new Kind("Markdown bold", Pattern.compile("(\\*\\*|__)(?=\\S)[^\\n]+?(?<=\\S)\\1")),
            new Kind(
                    "Markdown italics", Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])[^*\\n]+?(?<=[^\\s*])\\*(?![*\\w])")),
            new Kind("a Markdown link", Pattern.compile("!?\\[[^\\]\\n]+]\\([^)\\s]+\\)")),
            new Kind("a Markdown heading", Pattern.compile("(?m)^#{1,6}\\s")),
            new Kind("Markdown code", Pattern.compile("`[^`\\n]+`|```")));

    private StrayMarkup() {}

    /** Each piece of markup in {@code text}, described as {@code an HTML tag "<b>"}, in a fixed order. */
    static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern().matcher(text);
            while (m.find()) {
                found.add(kind.name() + " \"" + m.group().strip() + "\"");
            }
        }
        return found;
    }
}
