package io.casehall.qualification.portal;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.ChangeRequestStatus;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds what belongs to a signed-in graduate: the campaign record bound to their account (always looked up by the
 * account id, never by anything in a request), its campaign and change requests, and the campaign a graduate may
 * bind to now.
 */
@Component
class GraduateRecords {

    private final QualificationCampaignRepository campaigns;
    private final QualificationGraduateRepository graduates;
    private final ChangeRequestRepository requests;
    private final Clock clock;

    GraduateRecords(QualificationCampaignRepository campaigns, QualificationGraduateRepository graduates,
                    ChangeRequestRepository requests, Clock clock) {
        this.campaigns = campaigns;
        this.graduates = graduates;
        this.requests = requests;
        this.clock = clock;
    }

    /** The applicant's records, one per campaign they bound to, newest campaign first. */
    @Transactional(readOnly = true)
    List<QualificationGraduate> boundRecords(long applicantId) {
        return graduates.findByApplicantAccountId(applicantId).stream()
                .sorted(Comparator.comparing(QualificationGraduate::getCampaignId).reversed())
                .toList();
    }

    /** The record of the applicant's newest campaign. */
    @Transactional(readOnly = true)
    Optional<QualificationGraduate> current(long applicantId) {
        return boundRecords(applicantId).stream().findFirst();
    }

    /** The record of the applicant's newest campaign, or 404 (a page only a bound graduate reaches). */
    @Transactional(readOnly = true)
    QualificationGraduate require(long applicantId) {
        return current(applicantId).orElseThrow(NotFoundException::new);
    }

    /** The campaigns whose graduate window is open now (newest first), where an unbound graduate can bind. */
    @Transactional(readOnly = true)
    List<QualificationCampaign> openForGraduates() {
        return campaigns.findAllByOrderByGraduationYearDesc().stream()
                .filter(c -> c.graduateWindowOpenAt(clock.instant()))
                .toList();
    }

    @Transactional(readOnly = true)
    QualificationCampaign campaignOf(QualificationGraduate graduate) {
        return campaigns.findById(graduate.getCampaignId()).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    boolean graduateWindowOpen(QualificationGraduate graduate) {
        return campaignOf(graduate).graduateWindowOpenAt(clock.instant());
    }

    /** The colleges of the campaigns, in name order, each once. */
    @Transactional(readOnly = true)
    List<String> colleges(List<QualificationCampaign> open) {
        return open.stream().flatMap(c -> graduates.collegesOf(c.getId()).stream()).distinct().sorted().toList();
    }

    @Transactional(readOnly = true)
    List<ChangeRequest> requestsOf(QualificationGraduate graduate) {
        return requests.findByGraduateIdOrderBySubmittedAtDesc(graduate.getId());
    }

    @Transactional(readOnly = true)
    Optional<ChangeRequest> pendingOf(QualificationGraduate graduate) {
        return requests.findFirstByGraduateIdAndStatus(graduate.getId(), ChangeRequestStatus.PENDING);
    }
}
