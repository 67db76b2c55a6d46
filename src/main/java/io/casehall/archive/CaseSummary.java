package io.casehall.archive;

import io.casehall.shared.web.FormText;
import java.util.stream.Collectors;

/** The one-paragraph description of a case that staff see in their Tasklist forms (escaped for the form). */
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
                + "| 申请人备注 | " + FormText.plain(a.getApplicantRemark()) + " |";
    }
}
