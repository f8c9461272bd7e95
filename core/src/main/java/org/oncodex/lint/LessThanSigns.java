package org.oncodex.lint;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/*
 * A '<' that cannot start an autolink or inline HTML is plain text, decided without reading past the
 * next '<'. commonmark's own parsers for '<' look for a '>' in the rest of the paragraph, so a
 * paragraph of many '<' ("P<0.001" in every sentence, "a < b") took time quadratic in its length
 * (200 KB of "a < b and cures. ": 0.75 s, 100 KB: 0.18 s). Both constructs end at a '>' before any
 * other '<' (HTML's quoted attribute values aside, which may hold one); a comment ("<!--") is left
 * to commonmark, which looks for its "-->".
 */
final class LessThanSigns implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('<');
    }

    @Override
    public InlineContentParser create() {
        return state -> {
            Scanner scanner = state.scanner();
            Position start = scanner.position();
            scanner.next();
            if (scanner.next("!--")) {
                scanner.setPosition(start);
                return ParsedInline.none();
            }
            while (scanner.hasNext()) {
                char c = scanner.peek();
                if (c == '>') {
                    scanner.setPosition(start);
                    return ParsedInline.none();
                }
                if (c == '<') {
                    break;
                }
                scanner.next();
            }
            scanner.setPosition(start);
            scanner.next();
            return ParsedInline.of(new Text("<"), scanner.position());
        };
    }
}
