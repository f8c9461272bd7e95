package org.oncodex.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.text.EffectFormat;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;
import org.oncodex.model.text.ParseResult;
import org.oncodex.model.text.PlainLanguage;

/**
 * The README's effect-statements example, verbatim between the tags: read a table cell, write an
 * estimate in two journal styles, explain it to a patient, and see a decimal comma refused.
 */
public final class EffectStatementsExample {
    private EffectStatementsExample() {}

    /** Runs the example and prints what it found and wrote. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // tag::effect-statements[]
        ParseResult cell = EffectStatements.parse("Yes (CLOCC: 8-year OS 35.9% vs 8.9%, HR = 0.58, P = 0.01)");
        EffectStatement rate = cell.statements().get(0); // 35.9% vs 8.9%, OS, 8-year
        EffectStatement hr = cell.statements().get(1); // HR 0.58, OS, P = 0.01

        HazardRatio keynote189 = HazardRatio.of(0.62, 0.44, 0.87);
        String ama = EffectFormat.AMA.format(keynote189, PValue.of(0.006)); // HR, 0.62; 95% CI, 0.44-0.87; P = .006
        String lancet = EffectFormat.LANCET.format(keynote189); // HR 0·62, 95% CI 0·44–0·87
        String forPatients = PlainLanguage.describe(keynote189, Endpoint.OS, "chemotherapy");
        // About 38% lower risk of death at any given time, compared with chemotherapy. The true effect ...

        ParseResult ambiguous = EffectStatements.parse("HR = 0,62"); // no estimate: a decimal comma is reported
        // end::effect-statements[]
        out.println(rate.estimate().orElseThrow() + " vs "
                + rate.comparatorEstimate().orElseThrow() + ", "
                + rate.endpoint().orElseThrow() + ", " + rate.timePoint().orElseThrow());
        out.println(hr.estimate().orElseThrow() + ", " + hr.pValue().orElseThrow());
        out.println(ama);
        out.println(lancet);
        out.println(forPatients);
        out.println(ambiguous.diagnostics());
    }
}
