package org.oncodex.lint;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.AnswerDisclaimer;
import org.oncodex.disclaimers.Disclaimer;
import org.oncodex.disclaimers.DisclaimerCatalog;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.Placement;
import org.oncodex.disclaimers.RenderedDisclaimer;

/**
 * The disclaimers of a written answer, recognised paragraph by paragraph: marked with an HTML
 * comment before them, or by meaning, in the catalogue's wording or one of its paraphrases. One
 * paragraph may say several kinds.
 */
final class Disclaimers {
    private static final Pattern MARKER = Pattern.compile(
            "<!--\\s*oncodex:disclaimers?\\s+([A-Za-z_\\s-]+?)(?:\\s+v(\\d{1,4}))?\\s*-->", Pattern.CASE_INSENSITIVE);

    /** What a paragraph is to the reader. */
    enum Reading {
        /** No disclaimer: content. */
        CONTENT,
        /** A disclaimer in the header or footer, read as that alone. */
        DISCLAIMER,
        /** A disclaimer within the content, read as a disclaimer and kept as content too. */
        DISCLAIMER_IN_CONTENT
    }

    private final DisclaimerCatalog catalog;
    private final Locale locale;
    private final List<AnswerDisclaimer> found = new ArrayList<>();
    private List<String> marker = List.of();
    private int markerVersion;
    private int sectionsSoFar;

    Disclaimers(DisclaimerCatalog catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
    }

    /** The disclaimers found so far, in order. */
    List<AnswerDisclaimer> found() {
        return List.copyOf(found);
    }

    /** How many disclaimers were found so far. */
    int count() {
        return found.size();
    }

    /** Remembers a marker comment in raw HTML: it names the kinds of the paragraph that follows. */
    void marker(String html) {
        Matcher m = MARKER.matcher(html);
        if (m.find()) {
            marker = Splitter.onPattern("\\s+").omitEmptyStrings().splitToList(m.group(1));
            markerVersion = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        }
    }

    /**
     * Records the paragraph as the disclaimers it says, if it says any, at {@code placement}; {@code
     * sections} is how many sections stand before it, for an inline one.
     */
    Reading recognise(String text, Placement placement, int sections, int line, List<String> notes) {
        sectionsSoFar = sections;
        List<String> ids = marker;
        int version = markerVersion;
        marker = List.of();
        List<Disclaimer> known = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (String id : ids) {
                catalog.disclaimers().stream()
                        .filter(d ->
                                d.id().equalsIgnoreCase(id) || d.kind().name().equalsIgnoreCase(id.replace('-', '_')))
                        .findFirst()
                        .ifPresent(known::add);
            }
            // the marker names what the author meant to say; what the words say as well counts too
            for (DisclaimerKind kind : catalog.kindsStatedBy(text, locale)) {
                if (known.stream().noneMatch(d -> d.kind() == kind)) {
                    known.add(catalog.disclaimer(kind, locale));
                }
            }
        } else {
            Set<DisclaimerKind> kinds = catalog.kindsStatedBy(text, locale);
            for (DisclaimerKind kind : kinds) {
                Disclaimer d = catalog.disclaimer(kind, locale);
                known.add(d);
                version = Math.max(version, d.version());
            }
            if (!kinds.isEmpty() && !wordedAsCatalogue(text, kinds)) {
                notes.add("line " + line + ": \"" + shorten(text) + "\" is read as the "
                        + String.join(
                                ", ",
                                kinds.stream()
                                        .map(k -> catalog.disclaimer(k, locale).id())
                                        .toList())
                        + " disclaimer" + (kinds.size() > 1 ? "s" : "") + ", in its own words");
            }
        }
        if (known.isEmpty()) {
            return Reading.CONTENT;
        }
        for (Disclaimer d : known) {
            RenderedDisclaimer rendered;
            try {
                rendered = Disclaimer.builder()
                        .id(d.id())
                        .kind(d.kind())
                        .version(Math.max(1, ids.isEmpty() ? d.version() : version))
                        .locale(d.locale())
                        .placement(placement)
                        .text(text.strip().replace("{", "(").replace("}", ")"))
                        .build()
                        .render(Map.of());
            } catch (IllegalArgumentException e) {
                return Reading.CONTENT;
            }
            found.add(
                    placement == Placement.INLINE
                            ? AnswerDisclaimer.inline(rendered, Math.max(0, sectionsSoFar))
                            : AnswerDisclaimer.of(rendered));
        }
        return placement == Placement.INLINE ? Reading.DISCLAIMER_IN_CONTENT : Reading.DISCLAIMER;
    }

    private boolean wordedAsCatalogue(String text, Set<DisclaimerKind> kinds) {
        String said = text.strip().replaceAll("\\s+", " ");
        return kinds.stream().allMatch(k -> catalog.disclaimer(k, locale).text().equalsIgnoreCase(said));
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
