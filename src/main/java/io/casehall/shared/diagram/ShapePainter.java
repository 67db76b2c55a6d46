package io.casehall.shared.diagram;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.ManualTask;

/** Draws the flow nodes: activities as rounded rectangles, events as circles, gateways as diamonds. */
final class ShapePainter {

    static final String INK = "#1d2433";
    static final String BLUE = "#1f4e8c";
    static final double FONT = 12;
    static final double LINE = 15;

    private final Svg svg;

    ShapePainter(Svg svg) {
        this.svg = svg;
    }

    /** Staff and applicant steps are tinted, so that a reader sees where a person acts. */
    void activity(Activity activity, Box box, boolean expanded) {
        boolean personal = activity instanceof UserTask || activity instanceof ManualTask;
        svg.empty("rect", "x", box.x(), "y", box.y(), "width", box.width(), "height", box.height(), "rx", 10,
                "fill", expanded ? "none" : personal ? "#eef4fb" : "#fff", "stroke", BLUE,
                "stroke-width", activity instanceof CallActivity ? 3 : 1.5);
        if (expanded) {
            centered(activity.getName(), box.centerX(), box.y() + 6, box.width() - 12, 2);
        } else {
            middle(activity.getName(), box, activity instanceof SubProcess);
        }
    }

    void event(Event event, Box box) {
        double r = Math.min(box.width(), box.height()) / 2;
        double cx = box.centerX();
        double cy = box.centerY();
        boolean end = event instanceof EndEvent;
        boolean dashed = event instanceof BoundaryEvent boundary && !boundary.cancelActivity();
        svg.empty("circle", "cx", cx, "cy", cy, "r", r, "fill", "#fff", "stroke", INK,
                "stroke-width", end ? 3.5 : 1.5, "stroke-dasharray", dashed ? "4 3" : null);
        if (!(event instanceof StartEvent) && !end) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", r - 3, "fill", "none", "stroke", INK,
                    "stroke-dasharray", dashed ? "4 3" : null);
        }
        List<EventDefinition> definitions = definitions(event);
        if (!definitions.isEmpty()) {
            marker(definitions.get(0), cx, cy, r, event instanceof ThrowEvent);
        }
    }

    /** Exclusive gateways always show their X (Modeler's isMarkerVisible is ignored): readers know the mark. */
    void gateway(BaseElement gateway, Box box) {
        double cx = box.centerX();
        double cy = box.centerY();
        double hw = box.width() / 2;
        double hh = box.height() / 2;
        svg.empty("polygon", "points", points(cx, box.y(), box.right(), cy, cx, box.bottom(), box.x(), cy),
                "fill", "#fff", "stroke", INK, "stroke-width", 1.5);
        double m = Math.min(hw, hh) * 0.4;
        if (gateway instanceof ExclusiveGateway || gateway instanceof ComplexGateway) {
            line(cx - m * 0.8, cy - m * 0.8, cx + m * 0.8, cy + m * 0.8, 3);
            line(cx - m * 0.8, cy + m * 0.8, cx + m * 0.8, cy - m * 0.8, 3);
        }
        if (gateway instanceof ParallelGateway || gateway instanceof ComplexGateway) {
            line(cx, cy - m, cx, cy + m, 3);
            line(cx - m, cy, cx + m, cy, 3);
        } else if (gateway instanceof InclusiveGateway) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", m, "fill", "none", "stroke", INK, "stroke-width", 2.5);
        } else if (gateway instanceof EventBasedGateway) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", m * 1.1, "fill", "none", "stroke", INK);
            svg.empty("circle", "cx", cx, "cy", cy, "r", m * 0.85, "fill", "none", "stroke", INK);
        }
    }

    /** Lines of text centred in a box (an activity's name). */
    void middle(String text, Box box, boolean collapsedSubProcess) {
        int maxLines = Math.max(1, (int) ((box.height() - 8) / LINE));
        List<String> lines = TextLines.wrap(text, box.width() - 10, FONT, maxLines);
        double top = box.centerY() - lines.size() * LINE / 2;
        lines(lines, box.centerX(), top, "middle");
        if (collapsedSubProcess) {
            double s = 12;
            svg.empty("rect", "x", box.centerX() - s / 2, "y", box.bottom() - s - 3, "width", s, "height", s,
                    "fill", "none", "stroke", INK);
            line(box.centerX() - 4, box.bottom() - 3 - s / 2, box.centerX() + 4, box.bottom() - 3 - s / 2, 1);
            line(box.centerX(), box.bottom() - 3 - s + 2, box.centerX(), box.bottom() - 5, 1);
        }
    }

    /**
     * Lines of text centred on x, starting at top: the labels outside the shapes, with a white halo so that a
     * flow passing under a label does not strike it through.
     */
    void centered(String text, double x, double top, double width, int maxLines) {
        lines(TextLines.wrap(text, width, FONT, maxLines), x, top, "middle", true);
    }

    void lines(List<String> lines, double x, double top, String anchor) {
        lines(lines, x, top, anchor, false);
    }

    private void lines(List<String> lines, double x, double top, String anchor, boolean halo) {
        if (lines.isEmpty()) {
            return;
        }
        svg.open("text", "x", x, "y", top + LINE / 2 + FONT * 0.35, "text-anchor", anchor, "fill", INK,
                "stroke", halo ? "#fff" : null, "stroke-width", halo ? 3 : null,
                "stroke-linejoin", halo ? "round" : null, "paint-order", halo ? "stroke" : null);
        for (int i = 0; i < lines.size(); i++) {
            svg.open("tspan", "x", x, "dy", i == 0 ? null : LINE).text(lines.get(i)).close("tspan");
        }
        svg.close("text");
    }

    void line(double x1, double y1, double x2, double y2, double width) {
        svg.empty("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke", INK, "stroke-width", width,
                "stroke-linecap", "round");
    }

    private void marker(EventDefinition definition, double cx, double cy, double r, boolean filled) {
        String fill = filled ? INK : "none";
        if (definition instanceof TimerEventDefinition) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", r * 0.6, "fill", "#fff", "stroke", INK);
            line(cx, cy, cx, cy - r * 0.45, 1.2);
            line(cx, cy, cx + r * 0.35, cy, 1.2);
        } else if (definition instanceof MessageEventDefinition) {
            double w = r * 1.0;
            double h = r * 0.7;
            svg.empty("rect", "x", cx - w / 2, "y", cy - h / 2, "width", w, "height", h,
                    "fill", filled ? INK : "#fff", "stroke", INK);
            svg.empty("polyline", "points", points(cx - w / 2, cy - h / 2, cx, cy, cx + w / 2, cy - h / 2),
                    "fill", "none", "stroke", filled ? "#fff" : INK);
        } else if (definition instanceof TerminateEventDefinition) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", r * 0.55, "fill", INK);
        } else if (definition instanceof ErrorEventDefinition) {
            svg.empty("polygon", "points", points(cx - r * 0.5, cy + r * 0.45, cx - r * 0.2, cy - r * 0.4, cx + r * 0.1,
                    cy + r * 0.1, cx + r * 0.5, cy - r * 0.45, cx + r * 0.2, cy + r * 0.4, cx - r * 0.1, cy - r * 0.1),
                    "fill", fill, "stroke", INK);
        } else if (definition instanceof SignalEventDefinition) {
            svg.empty("polygon", "points", points(cx, cy - r * 0.5, cx + r * 0.45, cy + r * 0.35, cx - r * 0.45, cy + r * 0.35),
                    "fill", fill, "stroke", INK);
        } else if (definition instanceof EscalationEventDefinition) {
            svg.empty("polygon", "points", points(cx, cy - r * 0.5, cx + r * 0.35, cy + r * 0.4, cx, cy + r * 0.1,
                    cx - r * 0.35, cy + r * 0.4), "fill", fill, "stroke", INK);
        }
    }

    private static List<EventDefinition> definitions(Event event) {
        Collection<EventDefinition> definitions = event instanceof CatchEvent c ? c.getEventDefinitions()
                : event instanceof ThrowEvent t ? t.getEventDefinitions() : List.of();
        return List.copyOf(definitions);
    }

    static String points(double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(Svg.format(xy[i])).append(',').append(Svg.format(xy[i + 1]));
        }
        return points.toString();
    }
}
