package io.casehall.qualification.campaign;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.ChangeRequestStatus;
import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures and lists of the office's campaign page: counts per college and the closing report. */
@Service
@Transactional(readOnly = true)
public class CampaignOverview {

    private final QualificationGraduateRepository graduates;
    private final ChangeRequestRepository requests;

    CampaignOverview(QualificationGraduateRepository graduates, ChangeRequestRepository requests) {
        this.graduates = graduates;
        this.requests = requests;
    }

    /** Counts per college (name order), the campaign's totals last (college null). */
    public List<CampaignCounts> counts(long campaignId) {
        Map<String, Map<CheckStatus, Long>> byCollege = new TreeMap<>();
        Map<CheckStatus, Long> totals = new EnumMap<>(CheckStatus.class);
        for (Object[] row : graduates.countByCollegeAndStatus(campaignId)) {
            CheckStatus status = (CheckStatus) row[1];
            long count = ((Number) row[2]).longValue();
            byCollege.computeIfAbsent((String) row[0], k -> new EnumMap<>(CheckStatus.class)).merge(status, count, Long::sum);
            totals.merge(status, count, Long::sum);
        }
        List<CampaignCounts> counts = new ArrayList<>();
        byCollege.forEach((college, statuses) -> counts.add(new CampaignCounts(college, statuses)));
        counts.add(new CampaignCounts(null, totals));
        return counts;
    }

    public ClosingReport closingReport(QualificationCampaign campaign) {
        long campaignId = campaign.getId();
        boolean graduateClosed = campaign.graduateWindowClosed();
        long notSubmittedCount = graduateClosed
                ? graduates.countByCampaignIdAndCheckStatus(campaignId, CheckStatus.NOT_SUBMITTED) : 0;
        List<QualificationGraduate> notSubmitted = graduateClosed
                ? graduates.findByCampaignIdAndCheckStatusOrderByCollegeAscStudentNoAsc(campaignId,
                        CheckStatus.NOT_SUBMITTED, PageRequest.of(0, ClosingReport.SHOWN)).getContent()
                : List.of();
        boolean collegeClosed = campaign.collegeWindowClosed();
        List<ClosingReport.ExpiredRequest> expired = List.of();
        long expiredCount = 0;
        if (collegeClosed) {
            expiredCount = requests.countByCampaignIdAndStatus(campaignId, ChangeRequestStatus.EXPIRED);
            List<ChangeRequest> shown = requests.findByCampaignIdAndStatusOrderBySubmittedAt(campaignId,
                    ChangeRequestStatus.EXPIRED, PageRequest.of(0, ClosingReport.SHOWN));
            Map<Long, QualificationGraduate> owners = graduates.findAllById(
                            shown.stream().map(ChangeRequest::getGraduateId).distinct().toList()).stream()
                    .collect(Collectors.toMap(QualificationGraduate::getId, Function.identity()));
            expired = shown.stream().map(r -> new ClosingReport.ExpiredRequest(r, owners.get(r.getGraduateId())))
                    .toList();
        }
        return new ClosingReport(graduateClosed, notSubmittedCount, notSubmitted, collegeClosed, expiredCount, expired);
    }
}
