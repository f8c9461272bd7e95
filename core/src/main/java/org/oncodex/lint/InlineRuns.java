package org.oncodex.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.oncodex.answer.CitationMarker;
import org.oncodex.answer.Inline;
import org.oncodex.model.evidence.Citation;

/**
 * The inline runs of a paragraph as the answer holds them: text and emphasis as shown, inline HTML as the
 * text a browser shows, and each bracketed number or footnote reference that names a source as a citation
 * of it. Split out of {@link AnswerReader}, which reads the blocks.
 */
final class InlineRuns {
    /** The numbered sources of the whole answer, from a first reading: "[2]" in the text cites source 2. */
    private final Map<String, Citation> numbered;

    /** The sources read so far, whose footnote labels a reference names. */
    private final SourceList sources;

    InlineRuns(Map<String, Citation> numbered, SourceList sources) {
        this.numbered = numbered;
        this.sources = sources;
    }

    private static final Pattern BRACKETED = Pattern.compile("\\[(\\d{1,3})]");

    /** Text, with each bracketed number that names a numbered source as a citation of it. */
    private void cited(String text, List<Inline> out) {
        Matcher m = BRACKETED.matcher(text);
        int last = 0;
        while (m.find()) {
            Citation c = numbered.get(m.group(1));
            if (c != null) {
                if (m.start() > last) {
                    out.add(org.oncodex.answer.Text.of(text.substring(last, m.start())));
                }
                out.add(CitationMarker.of(c));
                last = m.end();
            }
        }
        if (last < text.length() || out.isEmpty()) {
            out.add(org.oncodex.answer.Text.of(text.substring(last)));
        }
    }

    /** Whether the emphasis {@code n} holds a bracketed number that names a numbered source. */
    private boolean citesASource(Node n) {
        Matcher m = BRACKETED.matcher(MarkdownText.of(n));
        while (m.find()) {
            if (numbered.containsKey(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The runs of {@code parent}'s inline children; never empty. */
    List<Inline> of(Node parent) {
        List<Inline> out = new ArrayList<>();
        InlineHtml tags = new InlineHtml();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline html) {
                String shown = tags.shown(html.getLiteral());
                if (!shown.isEmpty()) {
                    out.add(org.oncodex.answer.Text.of(shown));
                }
            } else if (n instanceof Text t) {
                cited(t.getLiteral(), out);
            } else if (n instanceof Code c) {
                out.add(org.oncodex.answer.Text.of(c.getLiteral()));
            } else if ((n instanceof Emphasis || n instanceof StrongEmphasis) && citesASource(n)) {
                // "**Pembrolizumab worked for one person in four [15]**": a bullet bolded from end to end still cites
                out.addAll(of(n));
            } else if (n instanceof Emphasis) {
                out.add(org.oncodex.answer.Emphasis.of(MarkdownText.of(n)));
            } else if (n instanceof StrongEmphasis) {
                out.add(org.oncodex.answer.Emphasis.strong(MarkdownText.of(n)));
            } else if (n instanceof FootnoteReference ref) {
                Citation c = sources.labelled(ref.getLabel()).orElse(null);
                out.add(c != null ? CitationMarker.of(c) : org.oncodex.answer.Text.of("[^" + ref.getLabel() + "]"));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.add(org.oncodex.answer.Text.of(" "));
            } else {
                String t = MarkdownText.of(n);
                if (!t.isEmpty()) {
                    out.add(org.oncodex.answer.Text.of(t));
                }
            }
        }
        String end = tags.end();
        if (!end.isEmpty()) {
            out.add(org.oncodex.answer.Text.of(end));
        }
        return out.isEmpty() ? List.of(org.oncodex.answer.Text.of("")) : joined(out);
    }

    /**
     * The runs of a paragraph, with those that touch inside a word joined into one text: a browser
     * shows "cu**r**es", "cu`res`" or "cu<b></b>res" as one word, and the rules, which put a space
     * between runs, must read it as one. Linear: each maximal group of touching runs is joined once.
     */
    private static List<Inline> joined(List<Inline> runs) {
        List<Inline> out = new ArrayList<>(runs.size());
        int i = 0;
        while (i < runs.size()) {
            int j = i + 1;
            // runs inside a direction override are shown in one order, so are read as one text too
            int open = Math.max(0, overrides(runs.get(i)));
            while (j < runs.size()
                    && !(runs.get(j) instanceof CitationMarker)
                    && (open > 0 || touch(runs.get(j - 1), runs.get(j)))) {
                open = Math.max(0, open + overrides(runs.get(j)));
                j++;
            }
            if (j == i + 1) {
                out.add(runs.get(i));
            } else {
                StringBuilder word = new StringBuilder();
                runs.subList(i, j).forEach(r -> word.append(r.plainText()));
                out.add(org.oncodex.answer.Text.of(word.toString()));
            }
            i = j;
        }
        return out;
    }

    /** How many direction overrides and embeddings a run opens, less those it closes. */
    private static int overrides(Inline run) {
        if (run instanceof CitationMarker) {
            return 0;
        }
        String text = run.plainText();
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E' && c != '\u202C') || (c >= '\u2066' && c <= '\u2068')) {
                open++;
            } else if (c == '\u202C' || c == '\u2069') {
                open--;
            }
        }
        return open;
    }

    private static boolean touch(Inline before, Inline after) {
        if (before instanceof CitationMarker || after instanceof CitationMarker) {
            return false;
        }
        String a = before.plainText();
        String b = after.plainText();
        return !a.isEmpty()
                && !b.isEmpty()
                && Character.isLetterOrDigit(a.charAt(a.length() - 1))
                && Character.isLetterOrDigit(b.charAt(0));
    }
}
