package org.oncodex.model;

import java.util.regex.Pattern;

/**
 * A terminology whose codes a concept may carry, with the syntax its codes follow.
 *
 * <p>Only the syntax is checked here. Whether a code means the concept is a matter of the source that
 * states it: carry only codes a cited source gives; never a guessed one.
 */
public enum CodeSystem {
    /** OncoTree (Memorial Sloan Kettering), such as {@code HCC}. */
    ONCOTREE("OncoTree", "[A-Z][A-Z0-9_]*"),
    /** NCI Thesaurus, such as {@code C3099}. */
    NCI_THESAURUS("NCI Thesaurus", "C[0-9]+"),
    /** UMLS Metathesaurus concept unique identifier, such as {@code C0019204}. */
    UMLS("UMLS", "C[0-9]{7}"),
    /** Medical Subject Headings descriptor or supplementary concept, such as {@code D006528}. */
    MESH("MeSH", "[DC][0-9]{6}(?:[0-9]{3})?"),
    /** RxNorm concept unique identifier (digits). */
    RXNORM("RxNorm", "[1-9][0-9]*"),
    /** ICD-10 category or subcategory, such as {@code C22.0}. */
    ICD_10("ICD-10", "[A-Z][0-9]{2}(?:\\.[0-9A-Z]{1,4})?"),
    /** ICD-O-3 morphology with behaviour code, such as {@code 8170/3}. */
    ICD_O_3_MORPHOLOGY("ICD-O-3 morphology", "[89][0-9]{3}/[0-9]");

    private final String displayName;
    private final Pattern syntax;

    CodeSystem(String displayName, String syntax) {
        this.displayName = displayName;
        this.syntax = Pattern.compile(syntax);
    }

    /** The terminology's usual name, such as "NCI Thesaurus". */
    public String displayName() {
        return displayName;
    }

    /** Whether {@code code} follows this terminology's syntax. */
    public boolean isWellFormed(String code) {
        return syntax.matcher(code).matches();
    }

    /** The syntax of this terminology's codes, as a regular expression. */
    public String syntax() {
        return syntax.pattern();
    }
}
