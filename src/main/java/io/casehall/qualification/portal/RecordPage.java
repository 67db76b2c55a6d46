package io.casehall.qualification.portal;

import io.casehall.qualification.ChangeItem;
import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationGraduate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The model of step 2's page (生源核对): the record in the seed's order — 考生号 (with 学号 after it), 学历, 专业, 学院, then the fields the
 * graduate may change, each with the value a pending request asks for —, the campaign's windows, and the latest
 * change request with its outcome.
 */
@Component
class RecordPage {

    private final GraduateRecords records;
    private final RecordTexts texts;

    RecordPage(GraduateRecords records, RecordTexts texts) {
        this.records = records;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    String show(Model model, QualificationGraduate graduate) {
        QualificationCampaign campaign = records.campaignOf(graduate);
        List<ChangeRequest> requests = records.requestsOf(graduate);
        Optional<ChangeRequest> pending = requests.stream().filter(ChangeRequest::isPending).findFirst();
        model.addAttribute("graduate", graduate);
        model.addAttribute("campaign", campaign);
        model.addAttribute("windowOpen", records.graduateWindowOpen(graduate));
        model.addAttribute("fixedRows", identityRows(graduate));
        model.addAttribute("rows", rows(graduate, pending));
        model.addAttribute("pending", pending.orElse(null));
        model.addAttribute("latestRequest", requests.isEmpty() ? null : requests.get(0));
        return "qualification/portal/record";
    }

    /** The fields the graduate reads but cannot change: 考生号, 学号, 学历, 专业, 学院. */
    static List<RecordRow> identityRows(QualificationGraduate graduate) {
        return List.of(
                new RecordRow("qualification.field.candidateNo", graduate.getCandidateNo(), null),
                new RecordRow("qualification.field.studentNo", graduate.getStudentNo(), null),
                new RecordRow("qualification.field.education", graduate.getEducation(), null),
                new RecordRow("qualification.field.major", graduate.getMajor(), null),
                new RecordRow("qualification.field.college", graduate.getCollege(), null));
    }

    private List<RecordRow> rows(QualificationGraduate graduate, Optional<ChangeRequest> pending) {
        List<RecordRow> rows = new ArrayList<>();
        for (QualificationField field : QualificationField.values()) {
            String asked = pending.flatMap(r -> r.getItems().stream().filter(i -> i.getField() == field).findFirst())
                    .map(ChangeItem::getNewText).orElse(null);
            rows.add(new RecordRow(FieldLabels.key(field), texts.text(graduate, field), asked));
        }
        return rows;
    }
}
