package org.oncodex.rules;

import java.util.regex.Pattern;
import org.oncodex.evidence.Mention;
import org.oncodex.evidence.Vocabulary;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;

/*
 * An approval claim in a nested bullet whose treatment the parent item names (held-out batch 13): "- Stivarga
 * (regorafenib)" over "  - FDA-approved for people who have had no earlier treatment". The reader keeps a nested
 * list's items in their parent item as lines of their own, so the claim's sentence names no treatment; the item's
 * first line, when it is a short label that names one, is the claim's subject.
 */
/** The label of a list item that names the treatment a later line's approval claim is about. */
final class ApprovalLabels {
    /** How long a label may be: a treatment's name with its brand or trial in brackets, not a sentence. */
    private static final int MAX_LABEL = 80;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s");

    private ApprovalLabels() {}

    /**
     * The claim's sentence with the item's label before it ("Stivarga (regorafenib): FDA-approved for ..."), when the
     * sentence is a later line of a list item and names no treatment while the item's first line is a short label that
     * names one; else the sentence as it is.
     */
    static String withLabel(TextUnit unit, int[] sentence, String text, Vocabulary vocabulary) {
        int firstBreak = unit.text.indexOf('\n');
        // where the sentence's words begin: a sentence may start at the line break before them
        int start = Math.min(Math.max(0, sentence[0]), unit.text.length());
        while (start < unit.text.length() && Character.isWhitespace(unit.text.charAt(start))) {
            start++;
        }
        if (unit.location.itemIndex().isEmpty()
                || firstBreak < 0
                || firstBreak > MAX_LABEL
                || start <= firstBreak
                || !unit.text
                        .substring(unit.text.lastIndexOf('\n', start - 1) + 1, start)
                        .isBlank()) {
            return text;
        }
        String label = unit.text.substring(0, firstBreak).strip();
        if (SENTENCE_END.matcher(label + " ").find() || names(text, vocabulary) || !names(label, vocabulary)) {
            return text;
        }
        return label.replaceFirst("[\\s:：\\-–—]+$", "") + ": " + text;
    }

    private static boolean names(String text, Vocabulary vocabulary) {
        for (Mention m : vocabulary.tag(text)) {
            if (m.concept() instanceof Drug || m.concept() instanceof Therapy || m.concept() instanceof Regimen) {
                return true;
            }
        }
        return false;
    }
}
