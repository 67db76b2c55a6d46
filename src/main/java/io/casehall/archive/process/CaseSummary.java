package io.casehall.archive.process;

import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveLabels;
import io.casehall.shared.web.FormText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The description of a case that staff see in their Tasklist forms (escaped for the form). Computed from the case
 * record when each staff task is created ({@link StaffFormCheck}), so a later task shows the latest notes.
 */
final class CaseSummary {

    /** The warning staff see when the graduate registry does not know the student number. */
    static final String STUDENT_NO_UNVERIFIED = "学号未能与学籍库核对";

    private CaseSummary() {
    }

    static String of(ArchiveApplication a, String applicantName, ArchiveLabels labels) {
        String items = a.getItems().stream()
                .map(item -> labels.item(item.getType()) + " × " + item.getCopies())
                .collect(Collectors.joining("、"));
        return "| 项目 | 内容 |\n| --- | --- |\n"
                + "| 申请单号 | " + a.getNumber() + " |\n"
                + "| 业务 | " + labels.service(a.getService()) + " |\n"
                + "| 申请人 | " + FormText.plain(applicantName) + " |\n"
                + "| 阶段 | " + labels.stage(a.getStage()) + " |\n"
                + "| 学号 | " + FormText.plain(a.getStudentNo())
                + (a.isStudentNoUnverified() ? " ⚠ " + STUDENT_NO_UNVERIFIED : "") + " |\n"
                + "| 院系 / 专业 | " + FormText.plain(a.getDepartment()) + " / " + FormText.plain(a.getMajor()) + " |\n"
                + "| 申请内容 | " + items + " |\n"
                + "| 办理方式 | " + labels.delivery(a.getDeliveryMode()) + " |\n"
                + "| 申请人备注 | " + FormText.plain(a.getApplicantRemark()) + " |"
                + corrections(a)
                + (a.getStaffOpinion() == null ? "" : "\n| 上次处理意见 | " + FormText.plain(a.getStaffOpinion()) + " |")
                + (a.getProofreadingRemark() == null ? "" : "\n| 申请人校对备注 | " + FormText.plain(a.getProofreadingRemark()) + " |");
    }

    /** Each correction note as its own entry, numbered, newest last. */
    private static String corrections(ArchiveApplication a) {
        StringBuilder rows = new StringBuilder();
        List<String> notes = a.getCorrectionNotes();
        for (int i = 0; i < notes.size(); i++) {
            rows.append("\n| 第").append(i + 1).append("次修改说明 | ").append(FormText.plain(notes.get(i))).append(" |");
        }
        return rows.toString();
    }
}
