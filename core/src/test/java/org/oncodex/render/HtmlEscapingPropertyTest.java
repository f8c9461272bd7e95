package org.oncodex.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Callout;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.answer.StatisticStyle;
import org.oncodex.disclaimers.ApprovalState;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.model.CancerType;
import org.oncodex.model.evidence.Citation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Text from a language model may carry markup. Hostile strings in every text field of an answer
 * (question, cancer type name, headings, paragraphs, emphasis, terms and definitions, list items,
 * callouts, questions, takeaway, related questions, a therapy name that reaches a disclaimer, a
 * citation's title) never bring a tag or attribute of their own into the HTML.
 */
class HtmlEscapingPropertyTest {
    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' onmouseover='alert(1)",
            "javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">click</a>",
            "&lt;b&gt; &amp; &#60;script&#62;",
            "</p></section><iframe src=//evil>",
            "<!-- comment --> <![CDATA[x]]>",
            "**bold** _it_ [link](javascript:alert(1))",
            "{therapy} {cancerType}");

    private static Gen<String> hostile() {
        return Generate.pick(HOSTILE)
                .mix(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(1, 30), 40);
    }

    @Test
    void no_tag_or_attribute_of_its_own_reaches_the_html() {
        qt().withExamples(300)
                .forAll(hostile(), hostile(), hostile(), hostile())
                .checkAssert((a, b, c, d) -> {
                    String html = new HtmlRenderer().render(answer(a, b, c, d));
                    OwnMarkup.assertOnly(html);
                    // every field starts with a letter of its own, so no script text follows a tag of ours
                    assertThat(html).doesNotContain(">alert(");
                });
    }

    private static Answer answer(String rawA, String rawB, String rawC, String rawD) {
        // a visible word first, so that no field is blank whatever the generator shrinks to
        String a = "A " + rawA;
        String b = "B " + rawB;
        String c = "C " + rawC;
        String d = "D " + rawD;
        CancerType type =
                CancerType.builder().id("hostile-cancer").name(b + " cancer").build();
        Citation cited = Citation.builder()
                .title(c)
                .url("https://example.org/" + Integer.toHexString(d.hashCode()))
                .build();
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question(a + "?")
                .cancerType(type)
                .date(ReferenceAnswers.DATE)
                .aiGenerated(d, c)
                .mentions("Therapy " + a, ApprovalState.NOT_APPROVED)
                .section(
                        b,
                        s -> s.paragraph(c)
                                .emphasis(d)
                                .strong(a)
                                .term(b, c)
                                .cite(cited)
                                .statistic(
                                        ReferenceAnswers.KB
                                                .result("keynote-189-os-liver-mets")
                                                .orElseThrow(),
                                        StatisticStyle.NEJM)
                                .bullets(a, b)
                                .numbered(c, d)
                                .callout(Callout.Kind.WARNING, a))
                .questionsToAsk(a + "?", b + "?", c + "?")
                .keyTakeaway(d)
                .relatedQuestion(a, b)
                .build();
    }
}
