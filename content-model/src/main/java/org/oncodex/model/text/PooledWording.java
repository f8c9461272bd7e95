package org.oncodex.model.text;

import java.util.Locale;
import java.util.Optional;
import org.oncodex.model.Endpoint;
import org.oncodex.model.certainty.Certainty;
import org.oncodex.model.certainty.GradeCertainty;
import org.oncodex.model.certainty.OncoKbLevel;
import org.oncodex.model.certainty.PdqLevel;
import org.oncodex.model.stats.Bounds;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.PooledEstimate;
import org.oncodex.model.stats.Unit;

/**
 * The patient wording of pooled estimates and of certainty ratings, for {@link PlainLanguage}.
 *
 * <p>Consistency between studies is worded from I²: below 30% "consistent", below 60% "varied
 * somewhat", else "varied a lot". These cut points are this library's; published guides give
 * overlapping bands because I² depends on the number and size of the studies. GRADE wording
 * follows the GRADE convention of matching the verb to the certainty ("shows", "suggests", "may",
 * "very uncertain"). PDQ and OncoKB levels are named as printed, with what they mean, never
 * translated into GRADE words.
 */
final class PooledWording {
    private PooledWording() {}

    static String describe(PooledEstimate pooled, Endpoint endpoint, String comparator) {
        int k = pooled.studyCount();
        StringBuilder text = new StringBuilder(
                k == 1 ? "This is based on one study. " : "This combines the results of " + k + " studies. ");
        text.append(withCertainty(PlainLanguage.describe(pooled.effect(), endpoint, comparator), pooled.certainty()));
        if (k >= 2) {
            text.append(' ').append(consistency(pooled.heterogeneity().i2()));
        }
        if (k >= 3) {
            pooled.predictionInterval().ifPresent(b -> text.append(' ').append(prediction(pooled, b)));
        }
        return text.toString();
    }

    /** The sentence about how much the studies agree. */
    static String consistency(double i2) {
        if (i2 < 30) {
            return "The results were consistent between studies.";
        }
        if (i2 < 60) {
            return "The results varied somewhat between studies.";
        }
        return "The results varied a lot between studies.";
    }

    private static String prediction(PooledEstimate pooled, Bounds b) {
        EffectEstimate.Kind kind = pooled.kind().orElse(EffectEstimate.Kind.MEAN_DIFFERENCE);
        String range;
        if (kind.isRatio()) {
            long near = Math.round(Math.abs(1 - (b.upper() < 1 ? b.upper() : b.lower())) * 100);
            long far = Math.round(Math.abs(1 - (b.upper() < 1 ? b.lower() : b.upper())) * 100);
            if (b.upper() < 1 || b.lower() > 1) {
                String direction = b.upper() < 1 ? "lower" : "higher";
                return "In a new study, the effect could be between " + near + "% and " + far + "% " + direction + ".";
            }
            range = PlainLanguage.boundPhrase(b.lower()) + " to " + PlainLanguage.boundPhrase(b.upper());
        } else {
            Unit unit = ((MeanDifference) pooled.effect()).unit();
            range = PlainLanguage.differencePhrase(b.lower(), unit) + " to "
                    + PlainLanguage.differencePhrase(b.upper(), unit);
        }
        return "In a new study, the effect could be anywhere from " + range + ".";
    }

    /** The sentence about an estimate, led or followed by what its certainty rating says. */
    static String withCertainty(String sentence, Optional<Certainty> certainty) {
        if (certainty.isEmpty()) {
            return sentence;
        }
        Certainty c = certainty.get();
        if (c instanceof GradeCertainty grade) {
            String rest = decapitalize(sentence);
            return switch (grade.rating()) {
                case HIGH -> "High-certainty evidence shows " + rest;
                case MODERATE -> "Moderate-certainty evidence suggests " + rest;
                case LOW -> "Low-certainty evidence suggests " + rest + " The true effect may be quite different.";
                case VERY_LOW -> "The evidence is very uncertain. It suggests " + rest;
            };
        }
        if (c instanceof PdqLevel pdq) {
            return sentence + " The NCI rates this evidence as level " + pdq.printed() + ": it comes from "
                    + pdq.design().plainWords() + ", which measured "
                    + pdq.endpoint().plainWords() + ".";
        }
        OncoKbLevel level = (OncoKbLevel) c;
        String about = level.isResistance() ? "resistance to the drug" : "response to the drug";
        return sentence + " OncoKB rates the evidence linking this biomarker to " + about + " as " + level.printed()
                + " (Level 1 is the strongest).";
    }

    private static String decapitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
