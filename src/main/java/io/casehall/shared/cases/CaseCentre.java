package io.casehall.shared.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Collects every procedure's {@link CaseSource} into the applicant's one list: newest first, numbered, filtered by
 * procedure, with the tabs of the procedures that have cases and the facts for the top of the page.
 */
@Service
public class CaseCentre {

    /** Newest first. The sort is stable: cases submitted at the same instant keep the procedures' order. */
    static final Comparator<CaseList.Entry> NEWEST_FIRST =
            Comparator.comparing((CaseList.Entry entry) -> entry.row().appliedAt()).reversed();

    private final List<CaseSource> sources;

    @Autowired
    CaseCentre(ObjectProvider<CaseSource> sources) {
        this(sources.orderedStream().toList());
    }

    public CaseCentre(List<CaseSource> sources) {
        this.sources = List.copyOf(sources);
        long distinct = this.sources.stream().map(source -> source.procedure().key()).distinct().count();
        if (distinct != this.sources.size()) {
            throw new IllegalStateException("two case sources share a procedure key");
        }
    }

    /**
     * The applicant's cases, of one procedure when {@code procedureKey} names a known one, else of all. A procedure
     * without cases has no tab unless it is asked for by name (an old link, a bookmark): then it shows its empty list.
     */
    public CaseList of(long applicantId, String procedureKey) {
        Optional<CaseSource> chosen = sources.stream()
                .filter(source -> source.procedure().key().equals(procedureKey)).findFirst();
        List<CaseProcedure> tabs = new ArrayList<>();
        List<CaseList.Entry> entries = new ArrayList<>();
        List<CaseFact> facts = new ArrayList<>();
        List<CaseLink> starts = new ArrayList<>();
        for (CaseSource source : sources) {
            CaseProcedure procedure = source.procedure();
            boolean inScope = chosen.isEmpty() || chosen.get() == source;
            List<CaseRow> rows = source.cases(applicantId);
            if (!rows.isEmpty() || chosen.orElse(null) == source) {
                tabs.add(procedure);
            }
            if (!inScope) {
                continue;
            }
            rows.forEach(row -> entries.add(new CaseList.Entry(0, procedure, row)));
            facts.addAll(source.facts(applicantId));
            if (procedure.start() != null) {
                starts.add(procedure.start());
            }
        }
        entries.sort(NEWEST_FIRST);
        List<CaseList.Entry> numbered = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            numbered.add(entries.get(i).numbered(i + 1));
        }
        return new CaseList(tabs, chosen.map(CaseSource::procedure).orElse(null), numbered, facts, starts);
    }

    /** How many of the applicant's cases wait for them (the home page's reminder). */
    public long awaitingApplicant(long applicantId) {
        return sources.stream().flatMap(source -> source.cases(applicantId).stream())
                .filter(row -> row.status().tone() == CaseTone.YOUR_ACTION).count();
    }
}
