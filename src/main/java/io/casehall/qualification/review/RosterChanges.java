package io.casehall.qualification.review;

import static io.casehall.qualification.review.RosterChangeProcess.*;

import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationService;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A college's additions and removals (生源增减): asked for by the college's reviewers while the campaign's college
 * window has not ended, each starting {@code qualificationRosterChange} for the employment office. What the model
 * does with them on approval or rejection is in {@link RosterChangeWork}.
 */
@Service
class RosterChanges {

    private final RosterChangeRepository changes;
    private final QualificationService qualification;
    private final CollegeQueries queries;
    private final CollegeScope scope;
    private final RosterAdditionCheck additionCheck;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    RosterChanges(RosterChangeRepository changes, QualificationService qualification, CollegeQueries queries,
                  CollegeScope scope, RosterAdditionCheck additionCheck, RuntimeService runtime, AuditLog audit,
                  Clock clock) {
        this.changes = changes;
        this.qualification = qualification;
        this.queries = queries;
        this.scope = scope;
        this.additionCheck = additionCheck;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** The college's additions and removals in the campaign, newest first. */
    @Transactional(readOnly = true)
    List<RosterChange> ofCollege(long campaignId, String college) {
        return changes.findByCampaignIdAndCollegeOrderByRequestedAtDesc(campaignId, college);
    }

    /** A roster change the staff member may view: the office, administrators, or the college's reviewers. */
    @Transactional(readOnly = true)
    RosterChange get(long id, StaffPrincipal staff) {
        RosterChange change = changes.findById(id).orElseThrow(NotFoundException::new);
        scope.requireView(staff, change.getCollege());
        return change;
    }

    /** Whether the college may still ask: until its review window ends. */
    boolean mayRequest(QualificationCampaign campaign) {
        return !campaign.collegeWindowClosed() && clock.instant().isBefore(campaign.getCollegeWindowEnd());
    }

    @Transactional
    RosterChange requestAddition(long campaignId, String college, RosterAdditionForm form, StaffPrincipal staff) {
        QualificationCampaign campaign = requireOpen(campaignId, college, staff);
        RosterAdditionCheck.Reading reading = additionCheck.read(form, LocalDate.now(clock));
        List<FormProblem> problems = new ArrayList<>(reading.problems());
        if (reading.graduate() != null) {
            String studentNo = reading.graduate().studentNo();
            if (queries.studentNoTaken(campaignId, studentNo)) {
                problems.add(new FormProblem("studentNo", "qualification.roster.form.studentNoTaken", studentNo));
            } else if (changes.existsByCampaignIdAndTypeAndGraduateStudentNoAndStatus(campaignId,
                    RosterChangeType.ADD, studentNo, RosterChangeStatus.PENDING)) {
                problems.add(new FormProblem("studentNo", "qualification.roster.form.additionPending", studentNo));
            }
        }
        if (!problems.isEmpty()) {
            throw new RosterFormException(problems);
        }
        RosterChange change = changes.saveAndFlush(RosterChange.addition(campaignId, college, reading.graduate(),
                reading.reason(), staff.userId(), clock.instant()));
        start(campaign, change);
        audit.record(staff, "QUALIFICATION_ROSTER_ADD_REQUESTED", "qualification-roster-change", change.getId(),
                reading.graduate().studentNo() + " " + reading.graduate().name() + ": " + reading.reason());
        return change;
    }

    @Transactional
    RosterChange requestRemoval(long campaignId, String college, long graduateId, String reasonText,
                                StaffPrincipal staff) {
        QualificationCampaign campaign = requireOpen(campaignId, college, staff);
        QualificationGraduate graduate = qualification.graduate(graduateId)
                .filter(g -> g.getCampaignId() == campaignId).orElseThrow(NotFoundException::new);
        if (!graduate.getCollege().equals(college)) {
            throw new OtherCollegeException();
        }
        List<FormProblem> problems = new ArrayList<>();
        String reason = RosterAdditionCheck.reason(reasonText, problems);
        if (changes.existsByCampaignIdAndGraduateIdAndStatus(campaignId, graduateId, RosterChangeStatus.PENDING)) {
            problems.add(new FormProblem("graduate", "qualification.roster.form.removalPending"));
        }
        if (!problems.isEmpty()) {
            throw new RosterFormException(problems);
        }
        RosterChange change = changes.saveAndFlush(RosterChange.removal(campaignId, college, graduateId,
                snapshot(graduate), reason, staff.userId(), clock.instant()));
        start(campaign, change);
        audit.record(staff, "QUALIFICATION_ROSTER_REMOVE_REQUESTED", "qualification-roster-change", change.getId(),
                graduate.getStudentNo() + " " + graduate.getName() + ": " + reason);
        return change;
    }

    private QualificationCampaign requireOpen(long campaignId, String college, StaffPrincipal staff) {
        QualificationCampaign campaign = qualification.requireCampaign(campaignId);
        scope.requireReview(staff, college);
        if (!mayRequest(campaign)) {
            throw new UserFacingException("qualification.roster.closed");
        }
        return campaign;
    }

    private void start(QualificationCampaign campaign, RosterChange change) {
        RosterGraduate g = change.getGraduate();
        ProcessInstance instance = runtime.startProcessInstanceByKey(KEY, businessKey(change.getId()),
                Variables.createVariables()
                        .putValue(VAR_ROSTER_CHANGE_ID, change.getId())
                        .putValue(VAR_CAMPAIGN_ID, campaign.getId())
                        .putValue(VAR_COLLEGE, change.getCollege())
                        .putValue(VAR_CASE_TITLE, caseTitle(campaign, change))
                        .putValue(VAR_CASE_LINK, staffLink(change.getId())));
        change.started(instance.getId());
    }

    /** What the office's task shows: "增加 2023届 2019011234 张三（经济管理学院）". */
    static String caseTitle(QualificationCampaign campaign, RosterChange change) {
        return (change.getType() == RosterChangeType.ADD ? "增加" : "减少") + " " + campaign.getGraduationYear() + "届 "
                + change.getGraduate().studentNo() + " " + change.getGraduate().name() + "（" + change.getCollege() + "）";
    }

    static String staffLink(long id) {
        return "/staff/qualification/roster/" + id;
    }

    private static RosterGraduate snapshot(QualificationGraduate g) {
        return new RosterGraduate(g.getCandidateNo(), g.getStudentNo(), g.getName(), g.getGender(), g.getBirthDate(),
                g.getEducation(), g.getMajor(), g.getOriginPlaceCode(), g.getEthnicity(), g.getPoliticalStatus(),
                g.getPhone(), g.getHomeAddress(), g.getHomePhone(), g.getEmail());
    }
}
