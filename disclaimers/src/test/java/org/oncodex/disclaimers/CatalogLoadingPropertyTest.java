package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Loading a custom catalogue: a valid one loads exactly as written; one with invalid entries is
 * rejected with every problem listed, each at its entry and field; untrusted bytes never escape as
 * anything but the documented exception.
 */
class CatalogLoadingPropertyTest {

    /** One way to break one field of an entry, and the field a problem must then name. */
    private record Breakage(String field, Consumer<ObjectNode> apply) {}

    private static final List<Placement> PLACEMENTS = List.of(Placement.HEADER, Placement.INLINE, Placement.FOOTER);

    private static final List<Breakage> BREAKAGES = List.of(
            new Breakage("id", e -> e.put("id", "Not An Id")),
            new Breakage("id", e -> e.remove("id")),
            new Breakage("kind", e -> e.put("kind", "DISCLAIMER")),
            new Breakage("version", e -> e.put("version", 0)),
            new Breakage("version", e -> e.put("version", 1.5)),
            new Breakage("locale", e -> e.put("locale", "e s")),
            new Breakage("locale", e -> e.put("locale", "")),
            new Breakage("placement", e -> e.put("placement", "SIDEBAR")),
            new Breakage("text", e -> e.put("text", "Ask about {drug}.")),
            new Breakage("text", e -> e.put("text", "Braces { are reserved")),
            new Breakage("text", e -> e.put("text", "   ")),
            new Breakage("text", e -> e.putArray("text")),
            new Breakage("notes", e -> e.put("notes", "a field we do not know")));

    /** A complete custom catalogue: English for every kind, Spanish for some, random wording. */
    private static org.quicktheories.core.Gen<List<Disclaimer>> catalogues() {
        return lists().of(DisclaimerGenerators.texts())
                .ofSize(2 * DisclaimerKind.values().length)
                .map(texts -> {
                    List<Disclaimer> entries = new ArrayList<>();
                    int i = 0;
                    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                        for (DisclaimerKind kind : DisclaimerKind.values()) {
                            entries.add(Disclaimer.builder()
                                    .id("acme-"
                                            + kind.name()
                                                    .toLowerCase(Locale.ROOT)
                                                    .replace('_', '-'))
                                    .kind(kind)
                                    .version(1 + i % 3)
                                    .locale(locale)
                                    .placement(PLACEMENTS.get(i % PLACEMENTS.size()))
                                    .text(texts.get(i++))
                                    .build());
                        }
                    }
                    return entries;
                });
    }

    @Test
    void a_valid_custom_catalogue_loads_exactly_as_written() {
        qt().forAll(catalogues()).checkAssert(entries -> {
            DisclaimerCatalog catalog = CatalogJson.load(CatalogJson.file(entries));
            assertThat(catalog.disclaimers()).isEqualTo(entries);
        });
    }

    @Test
    void a_custom_catalogue_with_invalid_entries_is_rejected_with_every_problem_listed() {
        qt().forAll(
                        catalogues(),
                        lists().of(integers().between(0, 2 * DisclaimerKind.values().length - 1))
                                .ofSizeBetween(1, 6),
                        lists().of(Generate.pick(BREAKAGES)).ofSize(6))
                .checkAssert((entries, targets, breakages) -> {
                    ArrayNode list = CatalogJson.MAPPER.valueToTree(entries);
                    Map<Integer, Breakage> broken = new TreeMap<>();
                    for (int i = 0; i < targets.size(); i++) {
                        broken.putIfAbsent(targets.get(i), breakages.get(i));
                    }
                    Set<String> expected = new LinkedHashSet<>();
                    Set<DisclaimerKind> englishGone = new HashSet<>();
                    broken.forEach((index, breakage) -> {
                        breakage.apply().accept((ObjectNode) list.get(index));
                        expected.add("disclaimers[" + index + "] " + breakage.field());
                        Disclaimer original = entries.get(index);
                        boolean kindOrLocaleLost = breakage.field().equals("kind")
                                || breakage.field().equals("locale");
                        if (original.locale().equals(Locale.ENGLISH) && kindOrLocaleLost) {
                            englishGone.add(original.kind());
                        }
                    });
                    englishGone.forEach(kind -> expected.add("catalog kind " + kind));

                    String json = CatalogJson.rawFile(
                            List.of(list.toString().substring(1, list.toString().length() - 1)));
                    assertThatThrownBy(() -> CatalogJson.load(json))
                            .isInstanceOfSatisfying(DisclaimerCatalogException.class, e -> {
                                assertThat(e.problems())
                                        .extracting(p -> p.location() + " "
                                                + (p.location().equals("catalog")
                                                        ? p.field() + " " + p.value()
                                                        : p.field()))
                                        .containsExactlyInAnyOrderElementsOf(expected);
                                e.problems()
                                        .forEach(p -> assertThat(e.getMessage()).contains(p.message()));
                                e.problems().stream()
                                        .filter(p -> p.entry().isPresent())
                                        .forEach(p -> assertThat(p.id())
                                                .as("the id of %s", p)
                                                .isEqualTo(java.util.Optional.ofNullable(list.get(p.entry()
                                                                        .getAsInt())
                                                                .path("id"))
                                                        .filter(n -> n.isTextual())
                                                        .map(n -> n.textValue())));
                            });
                });
    }

    @Test
    void mutated_catalogue_bytes_load_or_fail_with_the_catalogue_exception_only() throws IOException {
        String json;
        try (var in = java.util.Objects.requireNonNull(DisclaimerCatalog.class.getResourceAsStream("catalog.json"))) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<Character> replacements = List.of('{', '}', '"', ',', ':', '[', ']', '0', '-', ' ', 'x', '\\', 'é');
        qt().withExamples(1000)
                .forAll(
                        lists().of(integers().between(0, json.length() - 1)).ofSizeBetween(1, 4),
                        integers().between(0, 1000))
                .checkAssert((positions, seed) -> {
                    StringBuilder mutated = new StringBuilder(json);
                    int i = 0;
                    for (int position : positions) {
                        int at = Math.min(position, mutated.length() - 1);
                        if ((seed + i) % 3 == 0) {
                            mutated.deleteCharAt(at);
                        } else {
                            mutated.setCharAt(at, replacements.get((seed + i) % replacements.size()));
                        }
                        i++;
                    }
                    try {
                        DisclaimerCatalog loaded = DisclaimerCatalog.load(CatalogJson.stream(mutated.toString()));
                        assertThat(loaded.disclaimers()).isNotEmpty();
                    } catch (DisclaimerCatalogException expected) {
                        assertThat(expected.problems()).isNotEmpty();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (RuntimeException e) {
                        fail("undocumented " + e + " for " + mutated, e);
                    }
                });
    }
}
