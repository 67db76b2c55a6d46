package io.casehall.clearance;

import java.util.List;

/** One row of the back-office grid: the student and one cell per checkpoint, in the grid's column order. */
public record GridRow(StudentInfo student, List<CheckpointCell> cells) {

    public GridRow {
        cells = List.copyOf(cells);
    }
}
