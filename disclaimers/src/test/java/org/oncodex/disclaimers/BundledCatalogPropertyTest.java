package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every bundled entry, in every locale, renders completely; lookups always find wording. */
class BundledCatalogPropertyTest {
    private static final DisclaimerCatalog BUNDLED = DisclaimerCatalog.bundled();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(cancerType|therapy|guideline|date)}");
    private static final Gen<Locale> ANY_LOCALE = DisclaimerGenerators.locales()
            .mix(Generate.pick(List.of("es-MX", "es-ES", "en-GB", "de", "ar", "und"))
                    .map(Locale::forLanguageTag));

    /** The text filled by an independent reading of the template rules. */
    private static String filledByHand(String text, Map<DisclaimerVariable, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start())
                    .append(values.get(DisclaimerVariable.forKey(m.group(1)).orElseThrow()));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    @Test
    void every_bundled_entry_in_every_locale_renders_with_all_its_variables_filled() {
        qt().forAll(DisclaimerGenerators.values()).checkAssert(values -> {
            for (Disclaimer d : BUNDLED.disclaimers()) {
                RenderedDisclaimer shown = d.render(values);
                assertThat(shown.text()).as("%s", d).isEqualTo(filledByHand(d.text(), values));
                assertThat(shown.id()).isEqualTo(d.id());
                assertThat(shown.version()).isEqualTo(d.version());
                assertThat(shown.locale()).isEqualTo(d.locale());
            }
        });
    }

    @Test
    void leaving_out_any_variable_an_entry_uses_names_exactly_those_missing() {
        qt().forAll(
                        DisclaimerGenerators.values(),
                        lists().of(Generate.enumValues(DisclaimerVariable.class))
                                .ofSizeBetween(1, 4))
                .checkAssert((values, removed) -> {
                    Map<DisclaimerVariable, String> partial = new EnumMap<>(values);
                    removed.forEach(partial::remove);
                    for (Disclaimer d : BUNDLED.disclaimers()) {
                        List<DisclaimerVariable> missing =
                                d.variables().stream().filter(removed::contains).toList();
                        if (missing.isEmpty()) {
                            assertThat(d.render(partial).text()).isEqualTo(filledByHand(d.text(), partial));
                        } else {
                            assertThatThrownBy(() -> d.render(partial))
                                    .as("%s without %s", d, removed)
                                    .isInstanceOfSatisfying(
                                            MissingVariableException.class,
                                            e -> assertThat(e.missing()).containsExactlyElementsOf(missing));
                        }
                    }
                });
    }

    @Test
    void ids_are_unique_in_every_locale_and_each_names_one_kind() {
        qt().forAll(ANY_LOCALE).checkAssert(locale -> {
            Set<String> ids = new HashSet<>();
            for (DisclaimerKind kind : DisclaimerKind.values()) {
                Disclaimer d = BUNDLED.disclaimer(kind, locale);
                assertThat(d.kind()).isEqualTo(kind);
                assertThat(ids.add(d.id()))
                        .as("id %s for %s in %s", d.id(), kind, locale)
                        .isTrue();
            }
        });
        for (Disclaimer d : BUNDLED.disclaimers()) {
            assertThat(BUNDLED.disclaimers())
                    .filteredOn(other -> other.id().equals(d.id()))
                    .as("entries with id %s", d.id())
                    .allSatisfy(other -> assertThat(other.kind()).isEqualTo(d.kind()))
                    .extracting(Disclaimer::locale)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void a_lookup_finds_the_requested_language_or_english() {
        qt().forAll(ANY_LOCALE, Generate.enumValues(DisclaimerKind.class)).checkAssert((locale, kind) -> {
            Locale found = BUNDLED.disclaimer(kind, locale).locale();
            if (BUNDLED.locales().contains(Locale.forLanguageTag(locale.getLanguage()))) {
                assertThat(found.getLanguage()).isEqualTo(locale.getLanguage());
            } else {
                assertThat(found).isEqualTo(Locale.ENGLISH);
            }
        });
    }

    @Test
    void every_requirement_of_the_patient_policy_renders_from_the_answer_facts_alone() {
        qt().forAll(DisclaimerGenerators.facts(), ANY_LOCALE).checkAssert((facts, locale) -> {
            DisclaimerPolicy policy = DisclaimerPolicy.patientFacing();
            if (!policy.appliesTo(facts) || facts.cancerType().isEmpty()) {
                return;
            }
            for (Requirement r : policy.requirements(facts)) {
                RenderedDisclaimer shown = BUNDLED.render(r, locale, Map.of());
                assertThat(shown.kind()).isEqualTo(r.kind());
                assertThat(shown.placement()).isEqualTo(r.placement());
                r.therapy().ifPresent(t -> assertThat(shown.text()).contains(t.name()));
            }
        });
    }
}
