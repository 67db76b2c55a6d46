package io.casehall.shared.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the centre collects the procedures' cases: order, numbering, tabs, filter, facts and the empty list. */
class CaseCentreTest {

    private static final long ME = 7L;
    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void casesOfAllProceduresComeNewestFirstAndAreNumberedInThatOrder() {
        CaseCentre centre = new CaseCentre(List.of(
                source("archive", "档案利用", row("A-old", T), row("A-new", T.plusSeconds(300))),
                source("deposit", "留学存档", row("D-mid", T.plusSeconds(120))),
                source("clearance", "离校", row("C-oldest", T.minusSeconds(3600)))));

        CaseList all = centre.of(ME, null);

        assertThat(all.entries()).extracting(entry -> entry.row().reference())
                .containsExactly("A-new", "D-mid", "A-old", "C-oldest");
        assertThat(all.entries()).extracting(CaseList.Entry::number).containsExactly(1, 2, 3, 4);
        assertThat(all.entries()).extracting(entry -> entry.procedure().key())
                .containsExactly("archive", "deposit", "archive", "clearance");
        assertThat(all.selected()).isNull();
    }

    @Test
    void casesSubmittedAtTheSameInstantKeepTheProceduresOrder() {
        CaseCentre centre = new CaseCentre(List.of(
                source("archive", "档案利用", row("A", T)),
                source("clearance", "离校", row("C", T))));

        assertThat(centre.of(ME, null).entries()).extracting(entry -> entry.row().reference())
                .containsExactly("A", "C");
    }

    @Test
    void onlyProceduresWithCasesGetATabAndTheFilterKeepsOneProcedureNumberedFromOne() {
        CaseCentre centre = new CaseCentre(List.of(
                source("archive", "档案利用", row("A1", T), row("A2", T.plusSeconds(60))),
                source("deposit", "留学存档"),
                source("clearance", "离校", row("C1", T.plusSeconds(30)))));

        assertThat(centre.of(ME, null).tabs()).extracting(CaseProcedure::name).containsExactly("档案利用", "离校");

        CaseList clearance = centre.of(ME, "clearance");
        assertThat(clearance.selected().key()).isEqualTo("clearance");
        assertThat(clearance.entries()).extracting(entry -> entry.row().reference()).containsExactly("C1");
        assertThat(clearance.entries().get(0).number()).isEqualTo(1);
        assertThat(clearance.tabs()).as("the other tabs stay to switch back")
                .extracting(CaseProcedure::key).containsExactly("archive", "clearance");
    }

    @Test
    void aProcedureAskedForByNameWithoutCasesShowsItsEmptyListAndWhereToStart() {
        CaseCentre centre = new CaseCentre(List.of(
                source("archive", "档案利用", row("A1", T)),
                source("deposit", "留学存档")));

        CaseList deposit = centre.of(ME, "deposit");

        assertThat(deposit.entries()).isEmpty();
        assertThat(deposit.tabs()).extracting(CaseProcedure::key).containsExactly("archive", "deposit");
        assertThat(deposit.starts()).extracting(CaseLink::url).containsExactly("/apply/deposit");
    }

    @Test
    void anUnknownProcedureShowsAllAndTheEmptyListOffersEveryProcedureThatCanBeStarted() {
        CaseCentre centre = new CaseCentre(List.of(
                source("archive", "档案利用"),
                new FixedSource(new CaseProcedure("clearance", "离校", null), List.of(), List.of())));

        CaseList list = centre.of(ME, "<script>");

        assertThat(list.selected()).isNull();
        assertThat(list.entries()).isEmpty();
        assertThat(list.tabs()).isEmpty();
        assertThat(list.starts()).extracting(CaseLink::url).containsExactly("/apply/archive");
    }

    @Test
    void factsOfTheProceduresInScopeAreShownEvenWithoutCases() {
        CaseFact state = new CaseFact("档案状态", "档案未存入");
        CaseFact number = new CaseFact("档案编号", null);
        CaseCentre centre = new CaseCentre(List.of(
                source("archive", "档案利用", row("A1", T)),
                new FixedSource(new CaseProcedure("deposit", "留学存档", null), List.of(), List.of(state, number))));

        assertThat(centre.of(ME, null).facts()).containsExactly(state, new CaseFact("档案编号", ""));
        assertThat(centre.of(ME, "archive").facts()).isEmpty();
        assertThat(centre.of(ME, "deposit").facts()).hasSize(2);
    }

    @Test
    void casesWaitingForTheApplicantAreCounted() {
        CaseRow mine = new CaseRow("A2", "学籍档案利用", new CaseStatus("待您修改", CaseTone.YOUR_ACTION), T, null,
                "/apply/archive/applications/2", List.of());
        CaseCentre centre = new CaseCentre(List.of(source("archive", "档案利用", row("A1", T), mine)));

        assertThat(centre.awaitingApplicant(ME)).isEqualTo(1);
    }

    @Test
    void theContractRefusesWhatWouldBreakThePage() {
        assertThatThrownBy(() -> new CaseCentre(List.of(source("archive", "档案利用"), source("archive", "又一个"))))
                .hasMessageContaining("procedure key");
        assertThatThrownBy(() -> new CaseProcedure("Archive Use", "档案利用", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseAction.link("查看", "https://elsewhere.example/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseAction.link("查看", "//elsewhere.example/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseAction("取消", "/x/cancel", CaseAction.Method.GET, "不能恢复"))
                .as("a confirmation needs a form").isInstanceOf(IllegalArgumentException.class);
        assertThat(CaseAction.confirmedPost("取消", "/x/cancel", "不能恢复").post()).isTrue();
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static CaseRow row(String reference, Instant appliedAt) {
        return new CaseRow(reference, "业务 " + reference, new CaseStatus("审核中", CaseTone.IN_PROGRESS), appliedAt, null,
                "/cases/" + reference, List.of(CaseAction.link("修改申请", "/cases/" + reference + "/edit")));
    }

    private static CaseSource source(String key, String name, CaseRow... rows) {
        return new FixedSource(new CaseProcedure(key, name, new CaseLink("申请" + name, "/apply/" + key)),
                List.of(rows), List.of());
    }

    /** A procedure with the same cases for the applicant {@link #ME} and none for anyone else. */
    private record FixedSource(CaseProcedure procedure, List<CaseRow> rows, List<CaseFact> facts) implements CaseSource {

        @Override
        public List<CaseRow> cases(long applicantId) {
            return Map.of(ME, rows).getOrDefault(applicantId, List.of());
        }

        @Override
        public List<CaseFact> facts(long applicantId) {
            return applicantId == ME ? facts : List.of();
        }
    }
}
