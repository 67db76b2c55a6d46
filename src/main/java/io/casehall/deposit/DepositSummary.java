package io.casehall.deposit;

import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.FormText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The application as the auditor sees it in Tasklist (markdown, applicant text escaped): particulars, the history
 * rows, links to the uploads on the staff console, and the earlier audit rounds. Set task-locally when a staff task
 * is created, and refreshed when the applicant modifies an application nobody has taken yet.
 */
@Component
public class DepositSummary {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Masking masking;
    private final ZoneId zone;

    DepositSummary(MessageSource messages, Masking masking, java.time.Clock clock) {
        this.messages = messages;
        this.masking = masking;
        this.zone = clock.getZone();
    }

    public String of(DepositApplication a) {
        DepositParticulars p = a.getParticulars();
        StringBuilder md = new StringBuilder("| 项目 | 内容 |\n| --- | --- |\n");
        row(md, "申请单号", a.getNumber());
        row(md, "业务", label(a.getService().labelKey()));
        row(md, "姓名 / 性别", FormText.plain(a.getFullName()) + " / " + FormText.plain(a.getGender()));
        row(md, "身份证号", masking.idNumber(a.getIdNumber()));
        if (a.getService().isDeposit()) {
            row(md, "申请人类别", code("deposit.group.", p.getApplicantGroup()));
            row(md, "出生日期", date(p.getBirthDate()));
            row(md, "户籍所在地（区划代码）", FormText.plain(p.getHouseholdDivision()));
            row(md, "民族 / 政治面貌（代码）", FormText.plain(p.getEthnicity()) + " / " + FormText.plain(p.getPoliticalStatus()));
            row(md, "婚姻 / 生育", code("reference.marital.", p.getMaritalStatus()) + " / "
                    + code("reference.childbearing.", p.getChildbearingStatus()));
            row(md, "护照/通行证号", FormText.plain(p.getPassportNo()));
            row(md, "手机 / 邮箱", FormText.plain(p.getMobile()) + " / " + FormText.plain(p.getEmail()));
            row(md, "国内联系人", FormText.plain(p.getContactName()) + " " + FormText.plain(p.getContactMobile()));
            row(md, "现档案保管机构", FormText.plain(p.getAgencyName()));
        } else {
            row(md, "用途", FormText.plain(p.getPurpose()));
            if (a.getService() == DepositServiceType.TRANSFER_OUT) {
                row(md, "接收单位", FormText.plain(p.getReceivingAgency()));
            }
        }
        a.getDomesticHistory().forEach(r -> row(md, "国内履历", date(r.getFrom()) + " 至 " + date(r.getTo()) + "："
                + FormText.plain(r.getOrganisation()) + "，" + FormText.plain(r.getRole())));
        a.getOverseasStudy().forEach(r -> row(md, "国(境)外留学", date(r.getFrom()) + " 至 " + date(r.getTo()) + "："
                + FormText.plain(r.getInstitution()) + "，" + FormText.plain(r.getDegree()) + "，认证书号 "
                + FormText.plain(r.getCertificationNo())));
        a.getUploads().forEach(u -> row(md, label(u.getKind().labelKey()), "<a href=\"/staff/deposit/" + a.getId()
                + "/files/" + u.getDocumentId() + "\" target=\"_blank\" rel=\"noopener noreferrer\">"
                + FormText.plain(u.getFileName()) + "</a>"));
        a.getAuditRounds().forEach(r -> row(md, "第" + r.getRoundNo() + "轮审核", (r.isApproved() ? "通过" : "不通过：" + FormText.plain(r.getReason()))
                + "（" + TIME.format(r.getDecidedAt().atZone(zone)) + "）"));
        a.getEnvelopeEvents().forEach(e -> row(md, "档案袋", label("deposit.envelope." + e.getKind().name())
                + (e.getReason() == null ? "" : "：" + FormText.plain(e.getReason()))
                + "（" + TIME.format(e.getRecordedAt().atZone(zone)) + "）"));
        return md.toString().stripTrailing();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private String code(String prefix, String code) {
        return code == null ? "—" : messages.getMessage(prefix + code, null, code, Locale.SIMPLIFIED_CHINESE);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : date.toString();
    }
}
