package org.oncodex.disclaimers;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid disclaimer values: the one place this module's tests get them from. */
final class DisclaimerGenerators {
    private static final List<String> WORDS =
            List.of("talk", "with", "your", "care", "team", "médico", "niño", "this", "is", "not", "advice", "ça");
    private static final List<String> TAGS = List.of("en", "es", "es-MX", "es-419", "pt-BR", "fr", "zh-Hant-TW", "tr");

    private DisclaimerGenerators() {}

    /** Lowercase words joined by single hyphens. */
    static Gen<String> ids() {
        return lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 6))
                .ofSizeBetween(1, 4)
                .mix(lists().of(Generate.pick(List.of("ai", "2", "v2", "x9"))).ofSizeBetween(1, 2))
                .map(parts -> String.join("-", parts));
    }

    /** Locales that name a language, some with a region or script. */
    static Gen<Locale> locales() {
        return Generate.pick(TAGS).map(Locale::forLanguageTag);
    }

    /** Well-formed texts: words and punctuation with zero or more variables among them. */
    static Gen<String> texts() {
        Gen<String> piece = Generate.frequency(
                org.quicktheories.api.Pair.of(6, Generate.pick(WORDS)),
                org.quicktheories.api.Pair.of(
                        2, Generate.enumValues(DisclaimerVariable.class).map(DisclaimerVariable::placeholder)),
                org.quicktheories.api.Pair.of(1, Generate.pick(List.of(".", ",", "(", ")", "—", "\""))));
        return lists().of(piece).ofSizeBetween(1, 12).map(pieces -> String.join(" ", pieces));
    }

    /** Valid disclaimers. */
    static Gen<Disclaimer> disclaimers() {
        return in -> Disclaimer.builder()
                .id(ids().generate(in))
                .kind(Generate.enumValues(DisclaimerKind.class).generate(in))
                .version(Generate.range(1, 1000).generate(in))
                .locale(locales().generate(in))
                .placement(Generate.enumValues(Placement.class).generate(in))
                .text(texts().generate(in))
                .build();
    }

    /** Non-blank values, including braces, quotes and non-Latin letters, for every variable. */
    static Gen<Map<DisclaimerVariable, String>> values() {
        Gen<String> value = strings()
                .basicMultilingualPlaneAlphabet()
                .ofLengthBetween(1, 20)
                .mix(Generate.pick(
                        List.of("CAR-T cell therapy", "{therapy}", "}{", "liver cancer", "cáncer de hígado")))
                .assuming(v -> !v.isBlank());
        return in -> {
            Map<DisclaimerVariable, String> values = new EnumMap<>(DisclaimerVariable.class);
            for (DisclaimerVariable variable : DisclaimerVariable.values()) {
                values.put(variable, value.generate(in));
            }
            return values;
        };
    }

    /** Facts about an answer, any combination. */
    static Gen<AnswerFacts> facts() {
        Gen<TherapyMention> mention = Generate.pick(List.of("CAR-T cell therapy", "pembrolizumab", "sorafenib"))
                .zip(Generate.enumValues(ApprovalState.class), TherapyMention::of);
        return in -> AnswerFacts.builder()
                .audience(Generate.enumValues(Audience.class).generate(in))
                .channel(Generate.enumValues(Channel.class).generate(in))
                .aiGenerated(Generate.booleans().generate(in))
                .cancerType(Generate.pick(List.of("liver cancer", "lung cancer"))
                        .toOptionals(30)
                        .generate(in))
                .therapies(lists().of(mention).ofSizeBetween(0, 3).generate(in))
                .mentionsClinicalTrials(Generate.booleans().generate(in))
                .mentionsOffLabelUse(Generate.booleans().generate(in))
                .mentionsUrgentSymptoms(Generate.booleans().generate(in))
                .build();
    }
}
