package org.oncodex.model.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.PooledEstimate;
import org.oncodex.model.stats.Pooling;
import org.oncodex.model.stats.PoolingExamples;
import org.oncodex.model.stats.StudyEffect;
import org.oncodex.model.stats.TauEstimator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Forest plots of the reference review's rows and of the BCG trials, parsed back with the JDK's XML
 * parser; the pictures in docs/ are these renderings.
 *
 * <p>To regenerate docs/forest-plot*.svg after an intended change: {@code ./mvnw -pl content-model
 * test -Dtest=ForestPlotTest -Doncodex.golden.update=true}, then look at them.
 */
class ForestPlotTest {
    private static final Path DOCS = Path.of("..", "docs");

    /**
     * The three NSCLC liver-metastasis OS rows of Table 2 of Pham et al., World J Clin Oncol
     * 2026;17(3):116093 (/work/shared/reference/wjco-2026-liver-metastases-tables.txt), pooled by
     * REML with Knapp–Hartung for illustration (the review does not pool them).
     */
    static final PooledEstimate WJCO =
            Pooling.of(PoolingExamples.WJCO_NSCLC_LIVER_METASTASES_OS).randomEffects();

    static final PooledEstimate BCG = Pooling.of(PoolingExamples.BCG).randomEffects(TauEstimator.REML);

    static Document parse(String svg) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(svg)));
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void the_reference_reviews_rows_render_as_well_formed_svg() throws Exception {
        Document doc = parse(ForestPlot.svg(WJCO));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(texts(doc))
                .contains("CheckMate 017/057", "KEYNOTE-189", "IMpower150")
                .contains("0.68 [0.50, 0.91]", "0.62 [0.44, 0.87]", "0.68 [0.45, 1.02]")
                .contains("Random effects (REML, Knapp–Hartung)", "Prediction interval", "HR [95% CI]")
                .contains("Hazard ratio (log scale)");
        // one box per study on a white background, one diamond
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect")
                        .getLength())
                .isEqualTo(4);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polygon")
                        .getLength())
                .isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Forest plot: 3 studies, random effects (REML, Knapp–Hartung)");
    }

    @Test
    void has_no_script_and_no_external_reference() {
        String svg = ForestPlot.svg(BCG);
        assertThat(svg).doesNotContain("<script", "href", "onload", "<style", "url(");
    }

    @Test
    void escapes_every_label_for_xml() throws Exception {
        String label = "<script>alert(\"x\")</script> & 'co'";
        PooledEstimate pooled = Pooling.of(List.of(
                        StudyEffect.ratio(label, HazardRatio.of(0.7, 0.5, 0.98)),
                        StudyEffect.ratio("B]]>", HazardRatio.of(0.8, 0.6, 1.1))))
                .fixedEffect();
        String svg = ForestPlot.svg(pooled);
        assertThat(svg).doesNotContain("<script>");
        assertThat(texts(parse(svg))).contains(label, "B]]>");
    }

    @Test
    void widths_of_boxes_follow_the_weights() throws Exception {
        Document doc = parse(ForestPlot.svg(BCG));
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        List<Double> sides = new ArrayList<>();
        for (int i = 1; i < rects.getLength(); i++) {
            sides.add(Double.parseDouble(((Element) rects.item(i)).getAttribute("width")));
        }
        int heaviest = BCG.weights().indexOf(java.util.Collections.max(BCG.weights()));
        assertThat(sides.get(heaviest)).isEqualTo(java.util.Collections.max(sides));
    }

    @Test
    void the_text_plot_has_a_row_per_study_the_pooled_row_and_the_prediction_interval() {
        String text = ForestPlot.text(WJCO);
        assertThat(text.lines())
                .anySatisfy(l -> assertThat(l).startsWith("CheckMate 017/057").contains("0.68 [0.50, 0.91]"))
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Random effects (REML, Knapp–Hartung)")
                        .contains("#"))
                .anySatisfy(l -> assertThat(l).startsWith("Prediction interval"));
        assertThat(text).contains("Heterogeneity: Q = 0.19, df = 2");
    }

    @Test
    void the_pictures_in_docs_are_the_current_renderings() throws IOException {
        assertGolden("forest-plot.svg", ForestPlot.svg(WJCO));
        assertGolden("forest-plot-bcg.svg", ForestPlot.svg(BCG));
    }

    private static void assertGolden(String file, String rendered) throws IOException {
        Path path = DOCS.resolve(file);
        if (Boolean.getBoolean("oncodex.golden.update")) {
            Files.createDirectories(DOCS);
            Files.writeString(path, rendered, StandardCharsets.UTF_8);
        }
        assertThat(path)
                .as("%s exists; regenerate with -Doncodex.golden.update=true", path)
                .exists();
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(rendered);
    }
}
