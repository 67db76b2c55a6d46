package io.casehall.shared.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG drawn from a model's diagram interchange: every element present, text escaped, well-formed. */
class BpmnSvgRendererTest {

    @Test
    void theArchiveUseModelIsDrawnWithItsTasksEventsGatewaysAndFlows() throws Exception {
        BpmnModelInstance model = Bpmn.readModelFromStream(getClass().getResourceAsStream("/processes/archive-use.bpmn"));
        String svg = BpmnSvgRenderer.render(model, "档案利用");

        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("-?[0-9.]+ -?[0-9.]+ [0-9.]+ [0-9.]+");
        assertThat(text(document, "title")).containsExactly("档案利用");

        String allText = String.join("", text(document, "tspan"));
        // Task names wrap per character, so compare without the line breaks.
        assertThat(allText).contains("审核申请", "确定业务规则", "是否收费?", "申请已提交");
        int tasks = count(model, org.camunda.bpm.model.bpmn.instance.Activity.class);
        int events = count(model, org.camunda.bpm.model.bpmn.instance.Event.class);
        int gateways = count(model, org.camunda.bpm.model.bpmn.instance.Gateway.class);
        int flows = count(model, org.camunda.bpm.model.bpmn.instance.SequenceFlow.class);
        assertThat(document.getElementsByTagName("rect").getLength()).isGreaterThanOrEqualTo(tasks);
        assertThat(document.getElementsByTagName("circle").getLength()).isGreaterThanOrEqualTo(events);
        assertThat(document.getElementsByTagName("polygon").getLength()).isGreaterThanOrEqualTo(gateways);
        List<Element> arrows = elements(document, "polyline").stream()
                .filter(e -> e.getAttribute("marker-end").equals("url(#casehall-arrow)")).toList();
        assertThat(arrows).hasSize(flows);
        assertThat(svg).doesNotContain("<script", "<style", "style=");
    }

    @Test
    void namesAreEscapedAndWrapped() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("escaped").name("A & B")
                .startEvent().name("开始 <1>")
                .userTask("Task_Review").name("审核 \"申请\" & 出具调档通知单并通知申请人及其现档案保管机构")
                .exclusiveGateway("Gateway_Outcome").name("通过?")
                .condition("是 <yes>", "${approved}").endEvent("Event_Done").name("结束")
                .moveToLastGateway().condition("否", "${!approved}").endEvent("Event_Refused")
                .done();
        String svg = BpmnSvgRenderer.render(model, "<title> & more");

        assertThat(svg).contains("开始 &lt;1&gt;", "&lt;title&gt; &amp; more", "是 &lt;yes&gt;", "&quot;申请&quot;")
                .doesNotContain("<1>", "<yes>");
        Document document = parse(svg);
        List<String> taskLines = new ArrayList<>();
        for (Element text : elements(document, "text")) {
            NodeList spans = text.getElementsByTagName("tspan");
            if (spans.getLength() > 1) {
                for (int i = 0; i < spans.getLength(); i++) {
                    taskLines.add(spans.item(i).getTextContent());
                }
            }
        }
        assertThat(taskLines).as("the task's long name wraps onto several lines").hasSizeGreaterThan(2)
                .allMatch(line -> TextLines.width(line, 12) <= 90);
        // The end event without a modeler label gets its name under the circle; the gateway shows an X.
        assertThat(String.join("", text(document, "tspan"))).contains("结束", "通过?");
        assertThat(document.getElementsByTagName("line").getLength()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void chineseBreaksBetweenCharactersAndWordsStayWhole() {
        assertThat(TextLines.wrap("审核申请并出具调档通知单", 90, 12, 3)).containsExactly("审核申请并出具", "调档通知单");
        assertThat(TextLines.wrap("Review the application", 90, 12, 3)).containsExactly("Review the", "application");
        assertThat(TextLines.wrap("一二三四五六七八九十一二三四五六七八九十一二三四五六", 90, 12, 2))
                .hasSize(2).last().asString().endsWith("…");
        assertThat(Svg.escape("a\u0000b<&>\"'")).isEqualTo("ab&lt;&amp;&gt;&quot;&#39;");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static List<String> text(Document document, String tag) {
        return elements(document, tag).stream().map(Element::getTextContent).toList();
    }

    private static int count(BpmnModelInstance model, Class<? extends org.camunda.bpm.model.xml.instance.ModelElementInstance> type) {
        return model.getModelElementsByType(type).size();
    }
}
