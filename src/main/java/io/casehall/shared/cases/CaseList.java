package io.casehall.shared.cases;

import java.util.List;

/**
 * What 我的办件 shows.
 *
 * @param tabs     the procedures that have cases (and the one filtered on), in the procedures' order; 全部 is the page's
 * @param selected the procedure filtered on, or null for 全部
 * @param entries  the cases in scope, newest first, numbered from 1 (序号)
 * @param facts    the facts of the procedures in scope
 * @param starts   where to start the procedures in scope (for the empty list)
 */
public record CaseList(List<CaseProcedure> tabs, CaseProcedure selected, List<Entry> entries, List<CaseFact> facts,
                       List<CaseLink> starts) {

    public CaseList {
        tabs = List.copyOf(tabs);
        entries = List.copyOf(entries);
        facts = List.copyOf(facts);
        starts = List.copyOf(starts);
    }

    /** A case with its 序号 and the procedure it belongs to. */
    public record Entry(int number, CaseProcedure procedure, CaseRow row) {

        Entry numbered(int n) {
            return new Entry(n, procedure, row);
        }
    }
}
