package org.oncodex.model.certainty;

/**
 * The strength of study design on the NCI PDQ levels of evidence for treatment studies, strongest
 * first, with the code the PDQ summaries print (https://www.cancer.gov/publications/pdq/levels-evidence/treatment).
 * Meta-analyses of randomized trials are placed with randomized trials, not above them.
 */
public enum PdqDesign {
    /** 1i: randomized, controlled, double-blinded trial. */
    RANDOMIZED_DOUBLE_BLINDED(
            "1i", "a randomized trial where neither patients nor doctors knew who got which treatment"),
    /** 1ii: randomized, controlled trial that was not blinded. */
    RANDOMIZED_NONBLINDED("1ii", "a randomized trial"),
    /** 2: nonrandomized controlled trial. */
    NONRANDOMIZED_CONTROLLED("2", "a trial that compared groups without assigning them at random"),
    /** 3i: case series, population-based and consecutive. */
    CASE_SERIES_POPULATION_BASED("3i", "a study of all patients treated in a population"),
    /** 3ii: case series of consecutive patients, not population-based. */
    CASE_SERIES_CONSECUTIVE("3ii", "a study of patients treated one after another at some centers"),
    /** 3iii: case series of nonconsecutive (selected) patients, such as a phase II trial of selected patients. */
    CASE_SERIES_NONCONSECUTIVE("3iii", "a study of selected patients, without a comparison group");

    private final String code;
    private final String words;

    PdqDesign(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The code as PDQ prints it: "1i", "1ii", "2", "3i", "3ii", "3iii". */
    public String code() {
        return code;
    }

    /** The design in plain words, for patients. */
    public String plainWords() {
        return words;
    }

    /** The numeric tier, 1 (strongest) to 3. */
    public int tier() {
        return code.charAt(0) - '0';
    }
}
