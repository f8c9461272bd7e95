package org.oncodex.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.text.EffectFormat;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;
import org.oncodex.model.text.NumberWords;
import org.oncodex.model.text.ParseContext;
import org.oncodex.model.text.ParseResult;
import org.oncodex.model.text.PlainLanguage;

/**
 * The README's effect-statements example, verbatim between the tags: read a table cell, a label
 * separated from its value, a cell with its column header, an estimate nothing labels and the newer
 * kinds; write an estimate in two journal styles, explain it to a patient, and see an ambiguous comma
 * reported.
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

        // a label several words before its value; a table cell whose column header says what it holds
        EffectStatement death = EffectStatements.parse(
                        "the hazard ratio for death with drug A versus drug B was 0.71 (95% CI, 0.55 to 0.90)")
                .statements()
                .get(0); // HR 0.71 (0.55 to 0.90), endpoint OS
        List<EffectEstimate> median = EffectStatements.estimates(
                "11.2 (9.8–13.0)", ParseContext.column("Median OS, mo (95% CI)")); // 11.2 months (9.8 to 13.0)
        EffectStatement bare =
                EffectStatements.parse("0.84 (0.73–0.97)").statements().get(0); // UNLABELED_ESTIMATE
        List<EffectEstimate> kinds = EffectStatements.estimates("rate ratio 0·91; 95% CI 0·83–0·99. "
                + "Mean difference −1.2, 95% CI −2.0 to −0.5. 12·4 million (95% UI 10·1–15·2 million)");

        HazardRatio keynote189 = HazardRatio.of(0.62, 0.44, 0.87);
        String ama = EffectFormat.AMA.format(keynote189, PValue.of(0.006)); // HR, 0.62; 95% CI, 0.44-0.87; P = .006
        String lancet = EffectFormat.LANCET.format(keynote189); // HR 0·62, 95% CI 0·44–0·87
        String forPatients = PlainLanguage.describe(keynote189, Endpoint.OS, "chemotherapy");
        // About 38% lower risk of death at any given time, compared with chemotherapy. The true effect ...

        ParseResult ambiguous = EffectStatements.parse("HR 1,5 (0.8-2.1)"); // "1,5" may be a list: reported

        // how abstracts and news put it: endpoints listed with "respectively", a change "from" one value
        // "to" another, a count and its share apart, a relative change whose event names the endpoint
        List<EffectStatement> listed = EffectStatements.parse(
                        "The median PFS and OS were 7.6 months and 17.6 months, respectively.")
                .statements(); // 7.6 months PFS, 17.6 months OS
        EffectStatement change = EffectStatements.parse("the response rate improved from 70.3% to 84.9% (p < 0.001)")
                .statements()
                .get(0); // 84.9%, compared with 70.3%, P < 0.001
        EffectStatement share = EffectStatements.parse("17 of the first 24 patients (71%; 95% CI, 49%–87%)")
                .statements()
                .get(0); // 17 of 24, 71% (49 to 87)
        EffectStatement news = EffectStatements.parse("the drug reduced the risk of death by 51 percent")
                .statements()
                .get(0); // RELATIVE_CHANGE, 51% lower, endpoint OS

        // a P that closes a pair of arms also belongs to the ratio printed right after it; a count in words
        EffectStatement ratioAfterPair = EffectStatements.parse("DFS, 42.3% vs. 37.2%; p = 0.70; HR, 1.08")
                .statements()
                .get(1); // HR 1.08, P = 0.70
        EffectStatement inWords = EffectStatements.parse("Progressive disease was observed in nine patients (16%).")
                .statements()
                .get(0); // 16%, 9 patients

        // numbers in words (read by the public NumberWords), quartiles as an IQR, a multiple of a risk
        EffectStatement fraction = EffectStatements.parse("roughly a quarter of the patients relapsed")
                .statements()
                .get(0); // 25%, approximate
        EffectStatement quartiles = EffectStatements.parse("Median OS was 12.4 months (quartiles 6.1/20.3).")
                .statements()
                .get(0); // 12.4 months, IQR 6.1 to 20.3
        EffectStatement fold = EffectStatements.parse("smoking raised the risk by 2.5-fold")
                .statements()
                .get(0); // RISK_RATIO 2.5
        double twelve =
                NumberWords.parse("one hundred and twelve").orElseThrow().value(); // 112.0

        // a slash pair with its unit, a gain in median time, a duration in words against another
        EffectStatement slash = EffectStatements.parse("Median PFS was 12.3/13.6 months.")
                .statements()
                .get(0); // 12.3 months, compared with 13.6
        EffectStatement gain = EffectStatements.parse(
                        "a median overall survival benefit of 1.86 months (95% CI, 1.30–2.42)")
                .statements()
                .get(0); // MEAN_DIFFERENCE 1.86 months (1.30 to 2.42)
        EffectStatement spelled = EffectStatements.parse(
                        "median survival was eight and a half months versus nine months")
                .statements()
                .get(0); // 8.5 months, compared with 9

        // natural frequencies in words, an interval with a bare level, a bound told by denial, a halving
        EffectStatement frequency =
                EffectStatements.parse("one in four women").statements().get(0); // COUNT 1 of 4
        EffectStatement bareLevel = EffectStatements.parse("median OS 9.0 months (95%, 8.3–9.7)")
                .statements()
                .get(0); // 9.0 months (95% CI 8.3 to 9.7), not bounds 95 and 8.3
        EffectStatement denied = EffectStatements.parse("the median can not be lower than 22.7 months")
                .statements()
                .get(0); // BOUND: at least 22.7 months
        EffectStatement halved = EffectStatements.parse("the combination halved the risk of death")
                .statements()
                .get(0); // RELATIVE_CHANGE 50% lower, endpoint OS
        // end::effect-statements[]
        out.println(rate.estimate().orElseThrow() + " vs "
                + rate.comparatorEstimate().orElseThrow() + ", "
                + rate.endpoint().orElseThrow() + ", " + rate.timePoint().orElseThrow());
        out.println(hr.estimate().orElseThrow() + ", " + hr.pValue().orElseThrow());
        out.println(death.estimate().orElseThrow() + ", " + death.endpoint().orElseThrow());
        out.println(median);
        out.println(bare.kind() + " " + bare.ci().orElseThrow());
        out.println(kinds);
        out.println(ama);
        out.println(lancet);
        out.println(forPatients);
        out.println(ambiguous.diagnostics());
        out.println(listed.stream()
                .map(s -> s.printedValue().orElseThrow() + " " + s.endpoint().orElseThrow())
                .toList());
        out.println(change.estimate().orElseThrow() + " vs "
                + change.comparatorEstimate().orElseThrow() + ", "
                + change.pValue().orElseThrow());
        out.println(share.estimate().orElseThrow());
        out.println(news.kind() + " " + news.relativeChange().orElseThrow() + ", "
                + news.endpoint().orElseThrow());
        out.println(ratioAfterPair.estimate().orElseThrow() + ", "
                + ratioAfterPair.pValue().orElseThrow());
        out.println(inWords.estimate().orElseThrow());
        out.println(fraction.estimate().orElseThrow() + ", approximate " + fraction.approximate());
        out.println(quartiles.spread().orElseThrow());
        out.println(fold.kind() + " " + fold.estimate().orElseThrow());
        out.println(twelve);
        out.println("slash " + slash.estimate().orElseThrow() + " vs "
                + slash.comparatorEstimate().orElseThrow());
        out.println("gain " + gain.kind() + " " + gain.estimate().orElseThrow());
        out.println("spelled " + spelled.estimate().orElseThrow() + " vs "
                + spelled.comparatorEstimate().orElseThrow());
        out.println("frequency " + frequency.kind() + " " + frequency.estimate().orElseThrow());
        out.println("bare level " + bareLevel.estimate().orElseThrow());
        out.println("denied " + denied.kind() + " " + denied.estimate().orElseThrow());
        out.println("halved " + halved.relativeChange().orElseThrow() + ", "
                + halved.endpoint().orElseThrow());
    }
}
