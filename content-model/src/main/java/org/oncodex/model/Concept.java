package org.oncodex.model;

import java.util.List;
import java.util.Map;

/**
 * A named oncology concept that a knowledge base lists in its vocabulary: a cancer type, a drug, a
 * therapy, a regimen or a biomarker.
 *
 * <p>Every concept has a stable {@link #id()} (lowercase words joined by hyphens, such as {@code
 * hepatocellular-carcinoma}) by which evidence records refer to it, a preferred {@link #name()},
 * {@link #synonyms()} and any codes a cited source gives it.
 */
public sealed interface Concept permits CancerType, Drug, Therapy, Regimen, Biomarker {

    /** The stable identifier, such as {@code hepatocellular-carcinoma}. */
    String id();

    /** The preferred name, such as "hepatocellular carcinoma". */
    String name();

    /** Other names the concept goes by, in their usual spelling. */
    List<String> synonyms();

    /** Codes in standard terminologies, at most one per system. */
    Map<CodeSystem, String> codes();

    /**
     * Every name the concept can be recognised by: the preferred name, then synonyms, then
     * kind-specific names such as abbreviations or brand names.
     */
    List<String> names();
}
