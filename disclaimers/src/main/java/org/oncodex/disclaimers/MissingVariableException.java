package org.oncodex.disclaimers;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a disclaimer is rendered without a value for a variable its text uses: a reader must
 * never see {@code {therapy}}. It names every missing variable at once.
 */
public final class MissingVariableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String disclaimerId;
    private final int version;
    private final String languageTag;
    private final ImmutableList<DisclaimerVariable> missing;

    MissingVariableException(Disclaimer disclaimer, List<DisclaimerVariable> missing) {
        super("Disclaimer " + disclaimer + " needs a value for every variable its text uses; missing: "
                + missing.stream().map(DisclaimerVariable::placeholder).collect(Collectors.joining(", ")));
        this.disclaimerId = disclaimer.id();
        this.version = disclaimer.version();
        this.languageTag = disclaimer.locale().toLanguageTag();
        this.missing = ImmutableList.copyOf(missing);
    }

    /** The id of the disclaimer that could not be rendered. */
    public String disclaimerId() {
        return disclaimerId;
    }

    /** The version of its wording. */
    public int version() {
        return version;
    }

    /** The language tag of its wording, such as {@code es}. */
    public String languageTag() {
        return languageTag;
    }

    /** The variables that had no value or a blank one, in the order the text uses them. */
    public List<DisclaimerVariable> missing() {
        return missing;
    }
}
