package io.casehall.shared.reference;

import java.util.List;

/**
 * The options of the three selects of a place (省 / 市 / 区县) for the current selection, so that a page renders
 * them without script and a form that comes back keeps what was chosen. A municipality has its districts in the
 * second select and no third; so does a city without counties.
 */
public record DivisionCascade(List<Division> provinces, List<Division> cities, List<Division> districts) {
}
