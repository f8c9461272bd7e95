package org.oncodex.rules;

/** Numbers of time written in words, as the rules' patterns look for them: "eight and a half", "twenty-three". */
final class NumberWordsIn {
    /** A whole number from one to thirty-nine in words, with "and a half" after it if written. */
    static final String SPELLED = "(?:(?:twenty|thirty)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen)(?:\\s+and\\s+a\\s+half)?";

    private NumberWordsIn() {}
}
