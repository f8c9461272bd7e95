package org.oncodex.model;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncodex.model.internal.Problems;

/** The rules and the name list that every {@link Concept} shares. */
final class Concepts {
    private Concepts() {}

    /** Starts the problems of a concept with the checks all concepts share. */
    static Problems validate(String type, Concept concept, List<String> otherNames) {
        Problems problems = Problems.of(type + " \"" + concept.id() + "\"");
        problems.id("id", concept.id());
        problems.text("name", concept.name());
        problems.distinctTexts("synonyms", concept.synonyms());
        // repeats within one list are reported by that list's own check; here only repeats across lists
        Set<String> seen = new HashSet<>();
        for (List<String> names : List.of(List.of(concept.name()), concept.synonyms(), otherNames)) {
            for (String name : new LinkedHashSet<>(names)) {
                problems.check(
                        seen.add(name), "names must not repeat across name, synonyms and other names: \"%s\"", name);
            }
        }
        for (Map.Entry<CodeSystem, String> code : concept.codes().entrySet()) {
            problems.check(
                    code.getKey().isWellFormed(code.getValue()),
                    "%s code must match %s: \"%s\"",
                    code.getKey().displayName(),
                    code.getKey().syntax(),
                    code.getValue());
        }
        return problems;
    }

    static List<String> names(Concept concept, List<String> otherNames) {
        return ImmutableList.<String>builder()
                .add(concept.name())
                .addAll(concept.synonyms())
                .addAll(otherNames)
                .build();
    }
}
