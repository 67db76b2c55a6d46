package io.casehall.qualification.review;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationService;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.reference.CodedName;
import io.casehall.shared.reference.Divisions;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import io.casehall.shared.web.NotFoundException;
import io.casehall.staff.StaffPrincipal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the college pages read of one graduate or one change request, each checked against the reviewer's college
 * first: another college's object is an {@link OtherCollegeException} (403), an unknown one a 404.
 */
@Service
class CollegeConsole {

    private final QualificationService qualification;
    private final ChangeRequestRepository requests;
    private final CollegeScope scope;
    private final DocumentStore documents;
    private final Divisions divisions;
    private final EthnicGroups ethnicGroups;
    private final PoliticalStatuses politicalStatuses;
    private final AuditLog audit;
    private final Clock clock;

    CollegeConsole(QualificationService qualification, ChangeRequestRepository requests, CollegeScope scope,
                   DocumentStore documents, Divisions divisions, EthnicGroups ethnicGroups,
                   PoliticalStatuses politicalStatuses, AuditLog audit, Clock clock) {
        this.qualification = qualification;
        this.requests = requests;
        this.scope = scope;
        this.documents = documents;
        this.divisions = divisions;
        this.ethnicGroups = ethnicGroups;
        this.politicalStatuses = politicalStatuses;
        this.audit = audit;
        this.clock = clock;
    }

    QualificationCampaign campaign(long campaignId) {
        return qualification.requireCampaign(campaignId);
    }

    /** Whether the college may still decide: the campaign's college window is open now. */
    boolean collegeWindowOpen(QualificationCampaign campaign) {
        return campaign.collegeWindowOpenAt(clock.instant());
    }

    /** Whether the college window has not started yet (and is not closed): "not yet" rather than "over". */
    boolean collegeWindowNotYet(QualificationCampaign campaign) {
        return !campaign.collegeWindowClosed() && clock.instant().isBefore(campaign.getCollegeWindowStart());
    }

    /** A graduate of the campaign the staff member may view; their record in readable form. */
    @Transactional(readOnly = true)
    GraduateFacts graduate(long campaignId, long graduateId, StaffPrincipal staff) {
        QualificationGraduate graduate = qualification.graduate(graduateId)
                .filter(g -> g.getCampaignId() == campaignId).orElseThrow(NotFoundException::new);
        scope.requireView(staff, graduate.getCollege());
        return GraduateFacts.of(graduate, placeName(graduate.getOriginPlaceCode()),
                ethnicGroups.find(graduate.getEthnicity()).map(CodedName::name).orElse(graduate.getEthnicity()),
                politicalStatuses.find(graduate.getPoliticalStatus()).map(CodedName::name)
                        .orElse(graduate.getPoliticalStatus()));
    }

    /** The graduate's change requests, newest first (the caller has checked the graduate's college). */
    @Transactional(readOnly = true)
    List<ChangeRequest> requestsOf(long graduateId) {
        List<ChangeRequest> list = requests.findByGraduateIdOrderBySubmittedAtDesc(graduateId);
        list.forEach(r -> r.getItems().size());
        return list;
    }

    /** A change request the staff member may view, with its items loaded. */
    @Transactional(readOnly = true)
    ChangeRequest request(long requestId, StaffPrincipal staff) {
        ChangeRequest request = requests.findById(requestId).orElseThrow(NotFoundException::new);
        scope.requireView(staff, request.getCollege());
        request.getItems().size();
        return request;
    }

    /**
     * Proof 1 or 2 of a request, for a reviewer of its college. The document store allows it while the request
     * waits for the college (its task is offered to the reviewer's group) and audits the read; this adds which
     * request and proof it was.
     */
    @Transactional(noRollbackFor = NotFoundException.class)
    DocumentContent proof(long requestId, int which, StaffPrincipal staff) {
        ChangeRequest request = request(requestId, staff);
        UUID documentId = which == 1 ? request.getProof1DocumentId() : which == 2 ? request.getProof2DocumentId() : null;
        if (documentId == null) {
            throw new NotFoundException();
        }
        audit.record(staff, "QUALIFICATION_PROOF_READ", "qualification-change-request", requestId,
                "proof" + which + " " + documentId);
        return documents.read(documentId, staff);
    }

    String placeName(String code) {
        return code == null || divisions.find(code).isEmpty() ? code : divisions.fullName(code) + "（" + code + "）";
    }
}
