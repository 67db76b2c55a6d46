package io.casehall.shared.diagram;

import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/** A rectangle of the diagram interchange (x, y of the top left corner). */
record Box(double x, double y, double width, double height) {

    static Box of(Bounds bounds) {
        return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return y + height / 2;
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }
}
