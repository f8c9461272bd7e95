package org.oncodex.lint;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** The languages whose wording and paraphrases are tried: the answer's first, then the others if it was not given. */
    private final List<Locale> languages;

    private final List<AnswerDisclaimer> found = new ArrayList<>();
    private List<String> marker = List.of();
    private int markerVersion;
    private int sectionsSoFar;

    /**
     * Disclaimers in {@code locale}, and in every other language of the catalogue as well unless {@code
     * localeGiven}: a Spanish answer read without its language still has its disclaimers read.
     */
    Disclaimers(DisclaimerCatalog catalog, Locale locale, boolean localeGiven) {
        this.catalog = catalog;
        List<Locale> all = new ArrayList<>();
        all.add(locale);
        if (!localeGiven) {
            catalog.locales().stream()
                    .filter(l -> !l.equals(locale))
                    .sorted(Comparator.comparing(Locale::toLanguageTag))
                    .forEach(all::add);
        }
        this.languages = List.copyOf(all);
    }

    /** The kinds {@code text} states, each with the language it states it in (the answer's own first). */
    private Map<DisclaimerKind, Locale> stated(String text) {
        Map<DisclaimerKind, Locale> kinds = new EnumMap<>(DisclaimerKind.class);
        for (Locale language : languages) {
            for (DisclaimerKind kind : catalog.kindsStatedBy(text, language)) {
                kinds.putIfAbsent(kind, language);
            }
        }
        return kinds;
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
            stated(text).forEach((kind, language) -> {
                if (known.stream().noneMatch(d -> d.kind() == kind)) {
                    known.add(catalog.disclaimer(kind, language));
                }
            });
        } else {
            Map<DisclaimerKind, Locale> kinds = stated(text);
            List<Disclaimer> said = new ArrayList<>();
            kinds.forEach((kind, language) -> said.add(catalog.disclaimer(kind, language)));
            for (Disclaimer d : said) {
                known.add(d);
                version = Math.max(version, d.version());
            }
            if (!said.isEmpty() && !wordedAsCatalogue(text, said)) {
                notes.add("line " + line + ": \"" + shorten(text) + "\" is read as the "
                        + String.join(", ", said.stream().map(Disclaimer::id).toList())
                        + " disclaimer" + (said.size() > 1 ? "s" : "") + ", in its own words");
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

    private static boolean wordedAsCatalogue(String text, List<Disclaimer> said) {
        String words = text.strip().replaceAll("\\s+", " ");
        return said.stream().allMatch(d -> d.text().equalsIgnoreCase(words));
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
