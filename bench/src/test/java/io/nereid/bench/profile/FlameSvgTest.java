package io.nereid.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG is well-formed XML with one titled rectangle per frame, sized by samples. */
class FlameSvgTest {
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static FlameLayout layout() {
        return FlameLayout.of(FoldedStacks.builder()
                .add(List.of("[nereid-worker-0]", "java.lang.Thread.run", "nq.generated.Stage13.probe"), 60)
                .add(List.of("[nereid-worker-0]", "java.lang.Thread.run", "io.nereid.runtime.Batch.<init>"), 20)
                .add(List.of("[main]", "org.eclipse.collections.Map.get & \"put\""), 20)
                .build(), 0);
    }

    @Test
    void everyFrameIsATitledRectangleWithItsShare() throws Exception {
        FlameLayout l = layout();
        Document doc = parse(FlameSvg.render(l, "pagerank <scale 18>", List.of("100 samples", "load 1.0")));
        Element svg = doc.getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        NodeList titles = doc.getElementsByTagNameNS("*", "title");
        assertThat(titles.getLength()).isEqualTo(l.frames().size());
        List<String> tooltips = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            tooltips.add(titles.item(i).getTextContent());
        }
        assertThat(tooltips).contains("nq.generated.Stage13.probe (60 samples, 60.00%)",
                "io.nereid.runtime.Batch.<init> (20 samples, 20.00%)",
                "org.eclipse.collections.Map.get & \"put\" (20 samples, 20.00%)",
                "[nereid-worker-0] (80 samples, 80.00%)");
        assertThat(svg.getTextContent()).contains("pagerank <scale 18>", "100 samples", "load 1.0");
    }

    @Test
    void widthsAreInProportionToSamplesAndTheOutermostFramesFillTheWidth() throws Exception {
        FlameLayout l = layout();
        Document doc = parse(FlameSvg.render(l, "t", List.of()));
        NodeList titles = doc.getElementsByTagNameNS("*", "title");
        double outermost = 0;
        double usable = 0;
        for (int i = 0; i < titles.getLength(); i++) {
            Element rect = (Element) ((Element) titles.item(i).getParentNode()).getElementsByTagNameNS("*", "rect").item(0);
            FlameLayout.Frame f = l.frames().get(i);
            double width = Double.parseDouble(rect.getAttribute("width"));
            if (f.depth() == 0) {
                outermost += width;
            }
            if (f.name().equals("nq.generated.Stage13.probe")) {
                usable = width / 0.6;
            }
        }
        assertThat(outermost).isCloseTo(FlameSvg.WIDTH - 20, org.assertj.core.data.Offset.offset(0.05));
        assertThat(usable).isCloseTo(FlameSvg.WIDTH - 20, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void framesAreColouredByWhatTheyBelongTo() {
        assertThat(FrameKind.of("nq.generated.Stage13.probe")).isEqualTo(FrameKind.GENERATED);
        assertThat(FrameKind.of("io.nereid.runtime.exec.Worker.run")).isEqualTo(FrameKind.NEREID);
        assertThat(FrameKind.of("java.lang.Thread.run")).isEqualTo(FrameKind.JDK);
        assertThat(FrameKind.of("jdk.internal.misc.Unsafe.park")).isEqualTo(FrameKind.JDK);
        assertThat(FrameKind.of("org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap.get"))
                .isEqualTo(FrameKind.OTHER);
        assertThat(FrameKind.of("[nereid-worker-1]")).isEqualTo(FrameKind.THREAD);
        assertThat(FrameKind.GENERATED.fill("a.B.c")).isEqualTo(FrameKind.GENERATED.fill("a.B.c"));
        assertThat(FrameKind.GENERATED.fill("a.B.c")).isNotEqualTo(FrameKind.NEREID.fill("a.B.c"));
    }

    @Test
    void labelsAreCutToFit() {
        String name = "nq.generated.Stage13.probe";
        assertThat(FlameSvg.label(name, 1000)).isEqualTo(name);
        assertThat(FlameSvg.label(name, 6.01 + 13 * 6.6)).isEqualTo("Stage13.probe");
        assertThat(FlameSvg.label(name, 6.01 + 9 * 6.6)).isEqualTo("Stage13..");
        assertThat(FlameSvg.label(name, 6.01 + 3 * 6.6)).isEqualTo("S..");
        assertThat(FlameSvg.label(name, 6.01 + 2.9 * 6.6)).isEmpty();
        assertThat(FlameSvg.withoutPackage("[main]")).isEqualTo("[main]");
        assertThat(FlameSvg.escape("a<b>&'\"\u0001")).isEqualTo("a&lt;b&gt;&amp;&apos;&quot;?");
    }
}
