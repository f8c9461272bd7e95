package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.Statistic;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.text.EffectStatement;

/*
 * A heading gives the verdict its section backs with numbers: "Lenvatinib beat sorafenib for survival" over "the
 * hazard ratio for death was 0.92 (95% CI 0.79–1.06)". The sentence checks read a claim against the estimates of
 * its own sentence, and a heading has none; so a heading that claims a win or a significant result is held against
 * the ratios the section under it gives, and is at fault when every one of them has an interval that includes 1.
 * A heading that asks ("Did lenvatinib beat sorafenib?") or denies ("No clear win") claims nothing.
 */
/** Headings that claim a win for a section whose ratios all have intervals that include 1. */
final class HeadingVerdicts {
    /** A heading's claim: where its words stand in the heading's unit. */
    record Verdict(TextUnit heading, int start, int end, String words) {}

    /** A win or a significant result claimed in a few words: "beat", "a clear win", "statistically significant". */
    private static final Pattern VERDICT = Pattern.compile(
            "(?i)\\b(?:beat(?:s)?|wins?|won|winner|outperform(?:s|ed)?"
                    // "significant" as statistics says it, not as "significant side effects" or "significant findings"
                    + "|superior|statistically\\s+significant(?:ly)?|significant(?:ly)?\\s+(?:better|longer|improv\\w*"
                    + "|benefit\\w*|win|advantage|gain|difference|reduction|survival)"
                    + "|clear(?:ly)?\\s+(?:(?:overall\\s+)?survival\\s+)?(?:better|benefit\\w*|advantage|improv\\w*|win)|proven)\\b");

    private HeadingVerdicts() {}

    /** The headings among {@code units} (in the order of {@link TextUnit#of}) whose verdicts their sections belie. */
    static List<Verdict> of(List<TextUnit> units) {
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TextUnit heading = units.get(i);
            Location at = heading.location;
            if (at.part() != Location.Part.SECTION
                    || at.blockIndex().isPresent()
                    || heading.text.strip().endsWith("?")) {
                continue;
            }
            Matcher verdict = VERDICT.matcher(heading.text);
            if (!WordingRule.claimed(verdict, heading.text)) {
                continue;
            }
            List<RatioEstimate> ratios = new ArrayList<>();
            for (int j = i + 1; j < units.size(); j++) {
                TextUnit u = units.get(j);
                if (u.location.part() != Location.Part.SECTION
                        || !u.location.sectionIndex().equals(at.sectionIndex())) {
                    break;
                }
                ratios.addAll(ratios(u));
            }
            boolean inconclusive = !ratios.isEmpty()
                    && ratios.stream()
                            .allMatch(r -> r.ci().map(ci -> ci.contains(1.0)).orElse(false));
            if (inconclusive) {
                out.add(new Verdict(heading, verdict.start(), verdict.end(), verdict.group()));
            }
        }
        return out;
    }

    /** The ratios a unit gives, in its words and as typed statistics. */
    private static List<RatioEstimate> ratios(TextUnit u) {
        List<RatioEstimate> out = new ArrayList<>();
        for (EffectStatement st : ParsedStatements.of(u.text)) {
            if (st.estimate().orElse(null) instanceof RatioEstimate r && !u.inStatistic(st.start(), st.end())) {
                out.add(r);
            }
        }
        for (Statistic s : u.typed) {
            if (s.result().estimate() instanceof RatioEstimate r) {
                out.add(r);
            }
        }
        return out;
    }
}
