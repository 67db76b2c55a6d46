package io.casehall.shared.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a BPMN model's diagram interchange (the positions Camunda Modeler saved) as SVG: pools and lanes, then
 * the flows, then the nodes, then the labels outside the nodes. The picture has a viewBox, so it scales to any
 * width; it has no script and no style element, only presentation attributes.
 */
public final class BpmnSvgRenderer {

    private static final double MARGIN = 12;
    private static final String FONT_FAMILY = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif";

    private BpmnSvgRenderer() {
    }

    /** The first diagram of the model as an SVG document; a model without diagram interchange is an error. */
    public static String render(BpmnModelInstance model, String title) {
        BpmnDiagram diagram = model.getModelElementsByType(BpmnDiagram.class).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The model has no diagram"));
        Collection<DiagramElement> elements = diagram.getBpmnPlane().getDiagramElements();
        List<BpmnShape> shapes = elements.stream().filter(BpmnShape.class::isInstance).map(BpmnShape.class::cast).toList();
        List<BpmnEdge> edges = elements.stream().filter(BpmnEdge.class::isInstance).map(BpmnEdge.class::cast).toList();
        Extent extent = new Extent();
        shapes.forEach(shape -> {
            Box box = Box.of(shape.getBounds());
            extent.add(box);
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                Box label = Box.of(shape.getBpmnLabel().getBounds());
                extent.add(new Box(label.centerX() - Math.max(label.width() + 8, 90) / 2, label.y(),
                        Math.max(label.width() + 8, 90), label.height()));
            } else if (shape.getBpmnElement() instanceof Event || shape.getBpmnElement() instanceof Gateway) {
                extent.add(new Box(box.centerX() - 50, box.bottom(), 100, 3 * ShapePainter.LINE));
            }
        });
        edges.forEach(edge -> edge.getWaypoints().forEach(p -> extent.add(new Box(p.getX(), p.getY(), 0, 0))));

        Svg svg = new Svg();
        double width = extent.maxX - extent.minX + 2 * MARGIN;
        double height = extent.maxY - extent.minY + 2 * MARGIN;
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg",
                "viewBox", Svg.format(extent.minX - MARGIN) + " " + Svg.format(extent.minY - MARGIN) + " "
                        + Svg.format(width) + " " + Svg.format(height),
                "width", width, "height", height, "role", "img", "aria-label", title,
                "font-family", FONT_FAMILY, "font-size", ShapePainter.FONT).newline();
        svg.open("title").text(title).close("title").newline();
        svg.open("defs").open("marker", "id", "casehall-arrow", "viewBox", "0 0 10 10", "refX", 10, "refY", 5,
                        "markerWidth", 7, "markerHeight", 7, "orient", "auto-start-reverse")
                .empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", ShapePainter.INK).close("marker").close("defs").newline();

        ShapePainter painter = new ShapePainter(svg);
        EdgePainter edgePainter = new EdgePainter(svg, painter);
        List<Runnable> labels = new ArrayList<>();
        shapes.stream().filter(BpmnSvgRenderer::isContainer).forEach(shape -> container(painter, svg, shape));
        edges.forEach(edge -> edgePainter.edge(edge, labels));
        for (BpmnShape shape : shapes) {
            BaseElement element = shape.getBpmnElement();
            Box box = Box.of(shape.getBounds());
            if (element instanceof Activity activity && !isContainer(shape)) {
                painter.activity(activity, box, false);
            } else if (element instanceof Event event) {
                painter.event(event, box);
                labels.add(() -> outsideLabel(painter, shape, event.getName()));
            } else if (element instanceof Gateway gateway) {
                painter.gateway(gateway, box);
                labels.add(() -> outsideLabel(painter, shape, gateway.getName()));
            } else if (element instanceof TextAnnotation annotation) {
                edgePainter.annotation(annotation, box);
            } else if (element instanceof DataObjectReference || element instanceof DataStoreReference) {
                data(svg, box);
                labels.add(() -> outsideLabel(painter, shape, ((FlowElement) element).getName()));
            }
        }
        labels.forEach(Runnable::run);
        return svg.close("svg").newline().toString();
    }

    private static boolean isContainer(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        return element instanceof Participant || element instanceof Lane
                || element instanceof SubProcess && Boolean.TRUE.equals(shape.isExpanded());
    }

    /** Pools and lanes: a rectangle with the name written upwards in the band on the left. */
    private static void container(ShapePainter painter, Svg svg, BpmnShape shape) {
        Box box = Box.of(shape.getBounds());
        BaseElement element = shape.getBpmnElement();
        if (element instanceof SubProcess subProcess) {
            painter.activity(subProcess, box, true);
            return;
        }
        String name = element instanceof Participant p ? p.getName() : ((Lane) element).getName();
        svg.empty("rect", "x", box.x(), "y", box.y(), "width", box.width(), "height", box.height(),
                "fill", element instanceof Participant ? "#fff" : "none", "stroke", ShapePainter.INK);
        if (element instanceof Participant) {
            painter.line(box.x() + 30, box.y(), box.x() + 30, box.bottom(), 1);
        }
        List<String> lines = TextLines.wrap(name, box.height() - 10, ShapePainter.FONT, 1);
        if (!lines.isEmpty()) {
            double cx = box.x() + 15;
            double cy = box.centerY();
            svg.open("text", "x", cx, "y", cy + ShapePainter.FONT * 0.35, "text-anchor", "middle",
                    "transform", "rotate(-90 " + Svg.format(cx) + " " + Svg.format(cy) + ")", "fill", ShapePainter.INK)
                    .text(lines.get(0)).close("text");
        }
    }

    /** An event's or gateway's name: where the modeler put it, else under the shape. */
    private static void outsideLabel(ShapePainter painter, BpmnShape shape, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        Box box = Box.of(shape.getBounds());
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
            Box label = Box.of(shape.getBpmnLabel().getBounds());
            painter.centered(name, label.centerX(), label.y() - 2, Math.max(label.width() + 8, 90), 3);
        } else {
            painter.centered(name, box.centerX(), box.bottom() + 2, 100, 3);
        }
    }

    private static void data(Svg svg, Box box) {
        double fold = Math.min(10, box.width() / 3);
        svg.empty("polygon", "points", ShapePainter.points(box.x(), box.y(), box.right() - fold, box.y(), box.right(),
                box.y() + fold, box.right(), box.bottom(), box.x(), box.bottom()), "fill", "#fff", "stroke", ShapePainter.INK);
    }

    /** The area the diagram covers. */
    private static final class Extent {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;

        void add(Box box) {
            minX = Math.min(minX, box.x());
            minY = Math.min(minY, box.y());
            maxX = Math.max(maxX, box.right());
            maxY = Math.max(maxY, box.bottom());
        }
    }

    static boolean isFlow(BaseElement element) {
        return element instanceof SequenceFlow || element instanceof MessageFlow || element instanceof Association;
    }

    static List<double[]> points(BpmnEdge edge) {
        List<double[]> points = new ArrayList<>();
        for (Waypoint waypoint : edge.getWaypoints()) {
            points.add(new double[] {waypoint.getX(), waypoint.getY()});
        }
        return points;
    }
}
