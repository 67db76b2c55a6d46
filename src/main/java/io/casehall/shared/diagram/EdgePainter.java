package io.casehall.shared.diagram;

import java.util.List;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;

/** Draws the connections: sequence flows with arrowheads and their names, message flows, associations. */
final class EdgePainter {

    private final Svg svg;
    private final ShapePainter painter;

    EdgePainter(Svg svg, ShapePainter painter) {
        this.svg = svg;
        this.painter = painter;
    }

    /** Draws the edge; its label is added to {@code labels}, drawn after the nodes so that none covers it. */
    void edge(BpmnEdge edge, List<Runnable> labels) {
        BaseElement element = edge.getBpmnElement();
        List<double[]> points = BpmnSvgRenderer.points(edge);
        if (points.size() < 2 || !BpmnSvgRenderer.isFlow(element)) {
            return;
        }
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i)[0];
            xy[2 * i + 1] = points.get(i)[1];
        }
        boolean message = element instanceof MessageFlow;
        boolean association = element instanceof Association;
        svg.empty("polyline", "points", ShapePainter.points(xy), "fill", "none", "stroke", ShapePainter.INK,
                "stroke-width", association ? 1 : 1.5, "stroke-linejoin", "round",
                "stroke-dasharray", message ? "8 5" : association ? "2 4" : null,
                "marker-end", association ? null : "url(#casehall-arrow)");
        if (message) {
            svg.empty("circle", "cx", xy[0], "cy", xy[1], "r", 4, "fill", "#fff", "stroke", ShapePainter.INK);
        }
        if (element instanceof SequenceFlow flow && isDefault(flow)) {
            defaultMark(points);
        }
        String name = element instanceof SequenceFlow flow ? flow.getName()
                : element instanceof MessageFlow flow ? flow.getName() : null;
        if (name != null && !name.isBlank()) {
            labels.add(() -> label(edge, points, name));
        }
    }

    /** A text annotation: an open bracket on the left and the text beside it. */
    void annotation(TextAnnotation annotation, Box box) {
        svg.empty("polyline", "points", ShapePainter.points(box.x() + 12, box.y(), box.x(), box.y(), box.x(), box.bottom(),
                box.x() + 12, box.bottom()), "fill", "none", "stroke", ShapePainter.INK);
        String text = annotation.getText() == null ? null : annotation.getText().getTextContent();
        int maxLines = Math.max(1, (int) (box.height() / ShapePainter.LINE));
        painter.lines(TextLines.wrap(text, box.width() - 10, ShapePainter.FONT, maxLines), box.x() + 6,
                box.y() + Math.max(0, (box.height() - maxLines * ShapePainter.LINE) / 2), "start");
    }

    /** Where the modeler put the label; without one, beside the middle of the middle segment. */
    private void label(BpmnEdge edge, List<double[]> points, String name) {
        if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
            Box label = Box.of(edge.getBpmnLabel().getBounds());
            painter.centered(name, label.centerX(), label.y() - 2, Math.max(label.width() + 8, 80), 3);
            return;
        }
        int segment = (points.size() - 1) / 2;
        double x = (points.get(segment)[0] + points.get(segment + 1)[0]) / 2;
        double y = (points.get(segment)[1] + points.get(segment + 1)[1]) / 2;
        painter.centered(name, x, y - ShapePainter.LINE - 2, 80, 2);
    }

    private static boolean isDefault(SequenceFlow flow) {
        FlowNode source = flow.getSource();
        return source != null && flow.getId().equals(source.getAttributeValue("default"));
    }

    /** The slash across the start of a default flow. */
    private void defaultMark(List<double[]> points) {
        double[] a = points.get(0);
        double[] b = points.get(1);
        double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        if (length < 1) {
            return;
        }
        double ux = (b[0] - a[0]) / length;
        double uy = (b[1] - a[1]) / length;
        double mx = a[0] + ux * 10;
        double my = a[1] + uy * 10;
        painter.line(mx - uy * 5 - ux * 4, my + ux * 5 - uy * 4, mx + uy * 5 + ux * 4, my - ux * 5 + uy * 4, 1.5);
    }
}
