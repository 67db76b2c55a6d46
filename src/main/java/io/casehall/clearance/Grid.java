package io.casehall.clearance;

import java.util.List;
import org.springframework.data.domain.Page;

/** The back-office grid (各环节信息数据): the plan's checkpoints as columns, one page of students as rows. */
public record Grid(List<Checkpoint> columns, Page<GridRow> rows) {
}
