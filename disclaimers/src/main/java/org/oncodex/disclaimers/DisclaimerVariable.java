package org.oncodex.disclaimers;

import java.util.Arrays;
import java.util.Optional;

/**
 * A named gap in a disclaimer's text, written {@code {cancerType}}, that is filled when the
 * disclaimer is rendered. These four are the only variables a text may use.
 */
public enum DisclaimerVariable {
    /** The cancer type the answer is about, as the answer names it: {@code {cancerType}}. */
    CANCER_TYPE("cancerType"),
    /** The therapy that made a disclaimer necessary, as the answer names it: {@code {therapy}}. */
    THERAPY("therapy"),
    /** The guideline an answer is based on, such as its title and year: {@code {guideline}}. */
    GUIDELINE("guideline"),
    /** A date, formatted by the caller for the reader's locale: {@code {date}}. */
    DATE("date");

    private final String key;

    DisclaimerVariable(String key) {
        this.key = key;
    }

    /** The name inside the braces, such as {@code cancerType}. */
    public String key() {
        return key;
    }

    /** The variable as a text writes it, such as {@code {cancerType}}. */
    public String placeholder() {
        return "{" + key + "}";
    }

    /** The variable with this name (case-sensitive), if there is one. */
    public static Optional<DisclaimerVariable> forKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
