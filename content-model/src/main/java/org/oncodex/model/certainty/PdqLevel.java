package org.oncodex.model.certainty;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * A level of evidence on the NCI PDQ scale for adult and pediatric cancer treatment studies: the
 * strength of the study design and of its end point, printed together as in the PDQ summaries —
 * "1iiA" for a nonblinded randomized trial with overall survival as its end point, "3iiiDiv" for a
 * phase II trial of selected patients with response rate as its end point
 * (https://www.cancer.gov/publications/pdq/levels-evidence/treatment).
 *
 * @param design the strength of the study design
 * @param endpoint the strength of the end point
 */
public record PdqLevel(PdqDesign design, PdqEndpoint endpoint) implements Certainty {
    private static final PdqDesign[] DESIGNS_LONGEST_FIRST = Arrays.stream(PdqDesign.values())
            .sorted(Comparator.comparingInt((PdqDesign d) -> d.code().length()).reversed())
            .toArray(PdqDesign[]::new);

    /** The level of a design and an end point. */
    public static PdqLevel of(PdqDesign design, PdqEndpoint endpoint) {
        return new PdqLevel(design, endpoint);
    }

    /**
     * The level as PDQ prints it, such as "1iiA", "2Diii" or "3iiiDiv": a design code then an end
     * point code, case as printed, surrounding spaces ignored.
     *
     * @throws IllegalArgumentException if the text is not a design code followed by an end point code
     */
    public static PdqLevel parse(String text) {
        String t = text.strip();
        for (PdqDesign design : DESIGNS_LONGEST_FIRST) {
            if (t.startsWith(design.code())) {
                String rest = t.substring(design.code().length());
                for (PdqEndpoint endpoint : PdqEndpoint.values()) {
                    if (endpoint.code().equals(rest)) {
                        return new PdqLevel(design, endpoint);
                    }
                }
            }
        }
        throw new IllegalArgumentException("PDQ level of evidence must be a study design ("
                + Arrays.stream(PdqDesign.values()).map(PdqDesign::code).collect(Collectors.joining(", "))
                + ") followed by an end point ("
                + Arrays.stream(PdqEndpoint.values()).map(PdqEndpoint::code).collect(Collectors.joining(", "))
                + "): \"" + text + "\"");
    }

    @Override
    public CertaintyScale scale() {
        return CertaintyScale.NCI_PDQ;
    }

    /** The level as PDQ prints it: "1iiA". */
    @Override
    public String printed() {
        return design.code() + endpoint.code();
    }

    @Override
    public String toString() {
        return printed();
    }
}
