package org.oncodex.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.RatioEstimate;

/** The wording rule's check of the arm a ratio is said to favour, split out of {@link WordingRule}. */
final class FavouredArms {
    private static final Pattern FAVOURED = Pattern.compile(
            "(?i)\\b(?:favou?r(?:s|ed|ing)?|(?:survival\\s+)?(?:advantage|benefit|edge)\\s+went\\s+to)\\s+(?:the\\s+)?");

    /**
     * "The hazard ratio of 0.58 favoured sorafenib": the arm a ratio favours is its intervention's below 1
     * and its comparator's above 1, for the result the sentence's ratio is grounded in.
     */
    static void check(
            TextUnit unit,
            int[] sentence,
            EvidenceBase evidence,
            ArmWordings.Flag flag,
            List<NumberCheck.Outcome> ratioOutcomes) {
        String text = unit.text.substring(sentence[0], sentence[1]);
        Matcher favour = FAVOURED.matcher(text);
        if (!favour.find()) {
            return;
        }
        List<TrialResult> results = ratioOutcomes.stream()
                .filter(o ->
                        o.statement().start() >= sentence[0] && o.statement().end() <= sentence[1])
                .flatMap(o -> o.matches().stream())
                .filter(m ->
                        m.role() == Attribution.Role.INTERVENTION && m.result().estimate() instanceof RatioEstimate)
                .map(Attribution.Match::result)
                .toList();
        if (results.isEmpty()) {
            return;
        }
        int at = favour.end();
        String rest = text.substring(at);
        for (TrialResult r : results) {
            double ratio = ((RatioEstimate) r.estimate()).value();
            boolean placebo = rest.regionMatches(true, 0, "placebo", 0, 7);
            Optional<org.oncodex.evidence.Mention> arm = evidence.vocabulary().tag(rest).stream()
                    .filter(m -> m.start() == 0)
                    .findFirst();
            Matcher control = DirectionIdioms.COMPARATOR_ARM.matcher(rest);
            boolean byPart = !placebo && control.lookingAt(); // "favoured control", "favoured the control arm"
            boolean comparator = (byPart || placebo)
                    ? byPart
                            || r.comparison()
                                    .comparator()
                                    .map(c ->
                                            c.toLowerCase(java.util.Locale.ROOT).contains("placebo"))
                                    .orElse(false)
                    : arm.isPresent()
                            && r.comparison()
                                    .comparatorIds()
                                    .contains(arm.get().concept().id());
            boolean intervention = arm.isPresent()
                    && r.comparison()
                            .interventionIds()
                            .contains(arm.get().concept().id());
            if ((ratio < 1 && comparator) || (ratio > 1 && intervention)) {
                String named = placebo
                        ? "placebo"
                        : byPart
                                ? control.group()
                                : arm.map(org.oncodex.evidence.Mention::text).orElse("");
                flag.at(
                        sentence[0] + favour.start(),
                        sentence[0] + at + named.length(),
                        "\"" + favour.group() + named + "\" says the ratio " + ratio + " favours the "
                                + (comparator ? "comparator" : "treatment") + " it lies "
                                + (ratio < 1 ? "below" : "above")
                                + " 1 against",
                        favour.group() + named,
                        ratio < 1 ? "a ratio below 1 favours the treatment" : "a ratio above 1 favours the comparator");
                return;
            }
        }
    }

    private FavouredArms() {}
}
