package org.oncodex.disclaimers;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oncodex.disclaimers.DisclaimerCatalogException.Problem;
import org.oncodex.disclaimers.internal.Problems;

/*
 * A catalogue must hold an English entry for every kind. English is the fallback for every other
 * locale, so with that one rule a lookup can never come back empty: a service that requires a kind
 * always has wording for it, and a gap in a translation shows the English text rather than nothing.
 * Checking it at load time moves the failure from a patient's request to the service's start-up.
 */
/**
 * The versioned, localized wording of every {@link DisclaimerKind}: the {@linkplain #bundled()
 * bundled} catalogue in English, Spanish, French, German, Italian, Portuguese and Dutch, or your own.
 *
 * <p>Look a disclaimer up by kind and locale with {@link #disclaimer(DisclaimerKind, Locale)}, or
 * render what a policy requires with {@link #render(Requirement, Locale, Map)}:
 *
 * <pre>{@code
 * DisclaimerCatalog catalog = DisclaimerCatalog.bundled();
 * for (Requirement r : DisclaimerPolicy.patientFacing().requirements(facts)) {
 *     RenderedDisclaimer shown = catalog.render(r, Locale.forLanguageTag("es"), Map.of());
 *     log.info("showed {}", shown); // id, version, locale and placement of the exact wording
 * }
 * }</pre>
 *
 * <p><b>Rules of a catalogue.</b> Every entry is a valid {@link Disclaimer}. Within one locale an id
 * appears once; an id names one kind in every locale; a kind has one entry per locale; and every
 * kind has an English ({@code en}) entry, the fallback for every other locale.
 *
 * <p><b>File format</b> (UTF-8 JSON): {@code {"disclaimers": [{"id": "not-medical-advice", "kind":
 * "NOT_MEDICAL_ADVICE", "version": 1, "locale": "en", "placement": "HEADER", "text": "...",
 * "paraphrases": ["not * medical advice", ...]}, ...]}}. The paraphrases, optional, are the other
 * ways a writer or a language model says the same thing ({@link Disclaimer#paraphrases()}); they let
 * {@link #kindsStatedBy(String, Locale)} recognise a disclaimer by meaning. No other fields are
 * allowed, so a misspelt one is reported rather than ignored.
 *
 * <p>Catalogues are immutable and thread-safe.
 */
public final class DisclaimerCatalog {
    private static final String RESOURCE = "catalog.json";

    private final ImmutableList<Disclaimer> disclaimers;
    private final ImmutableMap<DisclaimerKind, ImmutableMap<Locale, Disclaimer>> byKind;

    private DisclaimerCatalog(List<Disclaimer> disclaimers) {
        this.disclaimers = ImmutableList.copyOf(disclaimers);
        Map<DisclaimerKind, Map<Locale, Disclaimer>> byKind = new EnumMap<>(DisclaimerKind.class);
        for (Disclaimer d : disclaimers) {
            byKind.computeIfAbsent(d.kind(), k -> new LinkedHashMap<>()).put(d.locale(), d);
        }
        ImmutableMap.Builder<DisclaimerKind, ImmutableMap<Locale, Disclaimer>> frozen = ImmutableMap.builder();
        byKind.forEach((kind, locales) -> frozen.put(kind, ImmutableMap.copyOf(locales)));
        this.byKind = frozen.buildOrThrow();
    }

    /**
     * The catalogue that ships with Oncodex: every kind in English, Spanish, French, German, Italian, Portuguese and Dutch, written in plain
     * language (the English at reading grade 8 or below).
     */
    public static DisclaimerCatalog bundled() {
        return Bundled.CATALOG;
    }

    /** Loaded once, on first use. */
    private static final class Bundled {
        static final DisclaimerCatalog CATALOG = readBundled();

        private static DisclaimerCatalog readBundled() {
            try (InputStream in = DisclaimerCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled disclaimer catalogue is missing: " + RESOURCE);
                }
                return read(in, "Bundled disclaimer catalog");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Loads a complete catalogue, such as your legal team's wording, from UTF-8 JSON in the
     * {@linkplain DisclaimerCatalog file format}. The stream is read to its end and not closed.
     *
     * @throws DisclaimerCatalogException listing every problem at once: JSON that does not parse, an
     *     invalid entry (each of its invalid fields), a repeated id or kind in one locale, a kind
     *     without an English entry
     * @throws IOException if the stream cannot be read
     */
    public static DisclaimerCatalog load(InputStream in) throws IOException {
        return read(in, "Disclaimer catalog");
    }

    /**
     * Loads a complete catalogue from a UTF-8 JSON file, as {@link #load(InputStream)} does; the
     * message of the exception names the file.
     *
     * @throws DisclaimerCatalogException listing every problem of the file at once
     * @throws IOException if the file cannot be read
     */
    public static DisclaimerCatalog load(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, "Disclaimer catalog " + path);
        }
    }

    private static DisclaimerCatalog read(InputStream in, String source) throws IOException {
        CatalogFiles.Read read = CatalogFiles.read(in);
        List<Located> located = new ArrayList<>();
        for (CatalogFiles.Entry entry : read.entries()) {
            located.add(new Located(CatalogFiles.LIST + "[" + entry.index() + "]", entry.index(), entry.disclaimer()));
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(conflicts(located));
        if (read.hasList()) {
            problems.addAll(missingEnglish(located, read.invalidEnglish()));
        }
        if (!problems.isEmpty()) {
            throw new DisclaimerCatalogException(source, problems);
        }
        return new DisclaimerCatalog(located.stream().map(Located::disclaimer).toList());
    }

    /**
     * This catalogue with some entries replaced or added: an override replaces the entry of the same
     * kind and locale, in place, and adds one for a locale the kind did not have. An override may
     * bring its own id (your legal team's) as long as the rules of a catalogue still hold.
     *
     * @throws DisclaimerCatalogException listing every override that breaks a rule of the catalogue,
     *     located as {@code overrides[i]}
     */
    public DisclaimerCatalog withOverrides(Collection<Disclaimer> overrides) {
        List<Located> located = new ArrayList<>();
        int i = 0;
        for (Disclaimer override : overrides) {
            located.add(new Located("overrides[" + i + "]", i, checkNotNull(override, "overrides[%s]", i)));
            i++;
        }
        return merge(located, "Disclaimer overrides");
    }

    /**
     * This catalogue with the entries of a UTF-8 JSON file in the {@linkplain DisclaimerCatalog file
     * format} as overrides (see {@link #withOverrides(Collection)}); the file may hold as few
     * entries as you like. The stream is read to its end and not closed.
     *
     * @throws DisclaimerCatalogException listing every problem at once, entries located as {@code
     *     disclaimers[i]} of the file
     * @throws IOException if the stream cannot be read
     */
    public DisclaimerCatalog withOverrides(InputStream in) throws IOException {
        CatalogFiles.Read read = CatalogFiles.read(in);
        List<Located> located = new ArrayList<>();
        for (CatalogFiles.Entry entry : read.entries()) {
            located.add(new Located(CatalogFiles.LIST + "[" + entry.index() + "]", entry.index(), entry.disclaimer()));
        }
        if (!read.problems().isEmpty()) {
            List<Problem> problems = new ArrayList<>(read.problems());
            problems.addAll(conflicts(located));
            throw new DisclaimerCatalogException("Disclaimer overrides", problems);
        }
        return merge(located, "Disclaimer overrides");
    }

    private DisclaimerCatalog merge(List<Located> overrides, String source) {
        Map<String, Disclaimer> replacing = new HashMap<>();
        for (Located override : overrides) {
            replacing.putIfAbsent(slot(override.disclaimer()), override.disclaimer());
        }
        List<Located> merged = new ArrayList<>();
        List<Disclaimer> result = new ArrayList<>();
        for (Disclaimer existing : disclaimers) {
            Disclaimer replacement = replacing.remove(slot(existing));
            if (replacement == null) {
                merged.add(new Located("catalog entry " + existing, null, existing));
            }
            result.add(replacement == null ? existing : replacement);
        }
        // the base entries first, so a conflict is reported against the override, not the catalogue
        merged.addAll(overrides);
        List<Problem> problems = conflicts(merged);
        if (!problems.isEmpty()) {
            throw new DisclaimerCatalogException(source, problems);
        }
        for (Located override : overrides) {
            if (replacing.remove(slot(override.disclaimer())) != null) {
                result.add(override.disclaimer());
            }
        }
        return new DisclaimerCatalog(result);
    }

    /**
     * The wording of {@code kind} for {@code locale}: the entry whose locale matches best by RFC 4647
     * lookup ({@code es-MX}, then {@code es}), else the English ({@code en}) entry, which every
     * catalogue has. A more specific entry is never chosen for a less specific locale: {@code es}
     * does not find an {@code es-MX} entry.
     */
    public Disclaimer disclaimer(DisclaimerKind kind, Locale locale) {
        ImmutableMap<Locale, Disclaimer> forKind = byKind.getOrDefault(kind, ImmutableMap.of());
        Disclaimer exact = forKind.get(locale);
        if (exact != null) {
            return exact;
        }
        @Nullable Locale match = Locale.lookup(Locale.LanguageRange.parse(locale.toLanguageTag()), forKind.keySet());
        Disclaimer found = match == null ? null : forKind.get(match);
        if (found != null) {
            return found;
        }
        Disclaimer english = forKind.get(Locale.ENGLISH);
        if (english == null) {
            // the constructor's callers check that every kind has an English entry
            throw new IllegalStateException("no English entry for " + kind);
        }
        return english;
    }

    /**
     * Renders what a policy requires: the {@linkplain #disclaimer(DisclaimerKind, Locale) wording}
     * of the requirement's kind for {@code locale}, at the requirement's placement, with its
     * variables filled from the requirement's own values (the therapy and cancer type of the
     * answer's facts) and then from {@code values}. Where both give a value, the requirement's
     * wins: it names the content that made the disclaimer necessary.
     *
     * @throws MissingVariableException naming every variable the wording uses that neither gives a
     *     value
     */
    public RenderedDisclaimer render(Requirement requirement, Locale locale, Map<DisclaimerVariable, String> values) {
        Map<DisclaimerVariable, String> all = new EnumMap<>(DisclaimerVariable.class);
        all.putAll(values);
        all.putAll(requirement.variables());
        return disclaimer(requirement.kind(), locale).render(all, requirement.placement());
    }

    /**
     * The kinds {@code text} says, by meaning: each kind whose entry for {@code locale} (chosen as
     * {@link #disclaimer(DisclaimerKind, Locale)} does) {@linkplain Disclaimer#isStatedBy(String) is
     * stated by} the text, in its wording or a paraphrase. "This isn't medical advice — talk to
     * your oncologist" states {@link DisclaimerKind#NOT_MEDICAL_ADVICE} and {@link
     * DisclaimerKind#CONSULT_CARE_TEAM}.
     */
    public Set<DisclaimerKind> kindsStatedBy(String text, Locale locale) {
        Set<DisclaimerKind> kinds = EnumSet.noneOf(DisclaimerKind.class);
        // a kind's own wording first; the text it covers says that kind alone, so the paraphrases of
        // other kinds are tried on the rest ("Ask your care team if a trial could be right for you"
        // closes the clinical-trials wording, and is not a consult-care-team disclaimer of its own)
        StringBuilder rest = new StringBuilder(Paraphrases.normalize(text));
        for (DisclaimerKind kind : byKind.keySet()) {
            Disclaimer d = disclaimer(kind, locale);
            if (rest.indexOf(d.wordingWords()) < 0) {
                continue;
            }
            Matcher wording = d.wordingPattern().matcher(rest);
            while (wording.find()) {
                kinds.add(kind);
                for (int i = wording.start(); i < wording.end(); i++) {
                    rest.setCharAt(i, '.');
                }
            }
        }
        // a paraphrase's pattern is run only on a text that holds one of the words it needs: the words are
        // looked up once each, so the cost is a few scans of the text, not every pattern at every position
        Map<String, Boolean> held = new HashMap<>();
        for (DisclaimerKind kind : byKind.keySet()) {
            if (kinds.contains(kind)) {
                continue;
            }
            Disclaimer d = disclaimer(kind, locale);
            List<Pattern> patterns = d.paraphrasePatterns();
            List<List<String>> words = d.paraphraseWords();
            for (int i = 0; i < patterns.size(); i++) {
                List<String> needed = words.get(i);
                if ((needed.isEmpty()
                                || needed.stream().anyMatch(w -> held.computeIfAbsent(w, k -> rest.indexOf(k) >= 0)))
                        && patterns.get(i).matcher(rest).find()) {
                    kinds.add(kind);
                    break;
                }
            }
        }
        return Collections.unmodifiableSet(kinds);
    }

    /** Every entry, in the order of the catalogue file (overrides in place of what they replaced). */
    public List<Disclaimer> disclaimers() {
        return disclaimers;
    }

    /** The locales the catalogue has entries in. */
    public Set<Locale> locales() {
        return disclaimers.stream().map(Disclaimer::locale).collect(ImmutableSet.toImmutableSet());
    }

    /** For logs: {@code DisclaimerCatalog of 18 entries in [en, es]}. */
    @Override
    public String toString() {
        return "DisclaimerCatalog of " + disclaimers.size() + " entries in "
                + locales().stream().map(Locale::toLanguageTag).toList();
    }

    /** An entry with where it came from, for problems. */
    private record Located(String location, @Nullable Integer index, Disclaimer disclaimer) {}

    private static String slot(Disclaimer d) {
        return d.kind() + " " + d.locale().toLanguageTag();
    }

    /** Repeated ids or kinds within a locale, and ids that name two kinds; later entries are blamed. */
    private static List<Problem> conflicts(List<Located> entries) {
        Map<String, Located> byIdAndLocale = new HashMap<>();
        Map<String, Located> byId = new HashMap<>();
        Map<String, Located> byKindAndLocale = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Located entry : entries) {
            Disclaimer d = entry.disclaimer();
            String tag = d.locale().toLanguageTag();
            Located sameId = byIdAndLocale.putIfAbsent(d.id() + " " + tag, entry);
            Located firstOfId = byId.putIfAbsent(d.id(), entry);
            Located sameKind = byKindAndLocale.putIfAbsent(slot(d), entry);
            if (sameId != null) {
                problems.add(problem(
                        entry,
                        "id",
                        d.id(),
                        "must appear once in locale " + tag + " (" + sameId.location() + " has it)"));
            } else if (firstOfId != null && firstOfId.disclaimer().kind() != d.kind()) {
                problems.add(problem(
                        entry,
                        "kind",
                        d.kind(),
                        "must be the same in every translation of id \"" + d.id() + "\" (" + firstOfId.location()
                                + " is " + firstOfId.disclaimer().kind() + ")"));
            } else if (sameKind != null) {
                problems.add(problem(
                        entry,
                        "locale",
                        tag,
                        "must hold one " + d.kind() + " entry (" + sameKind.location() + " is one)"));
            }
        }
        return problems;
    }

    private static Problem problem(Located entry, String field, Object value, String rule) {
        return new Problem(entry.location(), entry.index(), entry.disclaimer().id(), field, Problems.show(value), rule);
    }

    /** Kinds without a valid English entry, except those whose English entry was reported invalid. */
    private static List<Problem> missingEnglish(List<Located> entries, Set<DisclaimerKind> reported) {
        Set<DisclaimerKind> english = entries.stream()
                .map(Located::disclaimer)
                .filter(d -> d.locale().equals(Locale.ENGLISH))
                .map(Disclaimer::kind)
                .collect(ImmutableSet.toImmutableSet());
        List<Problem> problems = new ArrayList<>();
        for (DisclaimerKind kind : DisclaimerKind.values()) {
            if (!english.contains(kind) && !reported.contains(kind)) {
                problems.add(new Problem(
                        "catalog",
                        null,
                        null,
                        "kind",
                        kind.name(),
                        "must have an English (en) entry, the fallback for every other locale"));
            }
        }
        return problems;
    }
}
