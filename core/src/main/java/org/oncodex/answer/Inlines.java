package org.oncodex.answer;

import java.util.List;

/** Joining inlines into the text a reader sees. */
final class Inlines {
    private Inlines() {}

    /** The inlines' text, a space added between runs that would otherwise touch. */
    static String plainText(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            String part = inline.plainText();
            if (part.isEmpty()) {
                continue;
            }
            if (text.length() > 0
                    && !Character.isWhitespace(text.charAt(text.length() - 1))
                    && !Character.isWhitespace(part.charAt(0))
                    && Character.isLetterOrDigit(part.charAt(0))) {
                text.append(' ');
            }
            text.append(part);
        }
        return text.toString();
    }
}
