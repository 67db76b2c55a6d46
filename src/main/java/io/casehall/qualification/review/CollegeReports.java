package io.casehall.qualification.review;

import io.casehall.qualification.QualificationCampaign;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A college's counters and its report 《关于20XX届毕业生资格审查材料的报告》, from the review data as it is now. */
@Service
class CollegeReports {

    private final CollegeQueries queries;
    private final CollegeReportDocument document;
    private final AuditLog audit;
    private final Clock clock;

    CollegeReports(CollegeQueries queries, CollegeReportDocument document, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.document = document;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CollegeOverview overview(long campaignId, String college) {
        return new CollegeOverview(CollegeQueries.totals(queries.lines(campaignId, college)),
                queries.requests(campaignId, college), queries.roster(campaignId, college));
    }

    @Transactional(readOnly = true)
    CollegeReport report(QualificationCampaign campaign, String college) {
        List<ReportLine> lines = queries.lines(campaign.getId(), college);
        return new CollegeReport(campaign.getGraduationYear(), college, day(campaign.getGraduateWindowStart()),
                lastDay(campaign.getGraduateWindowEnd()), day(campaign.getCollegeWindowStart()),
                lastDay(campaign.getCollegeWindowEnd()), CollegeQueries.totals(lines),
                queries.requests(campaign.getId(), college), queries.roster(campaign.getId(), college), lines,
                LocalDate.now(clock));
    }

    /** The report as a .docx, and who generated it in the audit log. */
    @Transactional
    GeneratedFile reportDocument(QualificationCampaign campaign, String college, Actor actor) {
        CollegeReport report = report(campaign, college);
        byte[] bytes = document.write(report);
        audit.record(actor, "QUALIFICATION_REPORT_GENERATED", "qualification-campaign", campaign.getId(), college);
        return new GeneratedFile(document.fileName(report), bytes);
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }

    /** A window that ends at midnight ended on the day before: that is the last day people read. */
    private LocalDate lastDay(Instant end) {
        return end == null ? null : LocalDate.ofInstant(end.minusSeconds(1), clock.getZone());
    }

    /** A generated file and the name it is offered under. */
    record GeneratedFile(String fileName, byte[] bytes) {
    }
}
