package io.casehall.qualification.campaign;

import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employment office's campaign work: create a campaign (and its {@code qualificationReview} instance, whose
 * timers close the windows) and move a window's end — later to extend it, to now to close it early — with the
 * timer following. A window that is closed already stays closed.
 */
@Service
public class QualificationCampaigns {

    /** A new end this far in the past still counts as "now" (the time the office saw on the page). */
    static final Duration GRACE = Duration.ofMinutes(1);

    private final QualificationCampaignRepository campaigns;
    private final RuntimeService runtime;
    private final WindowTimers timers;
    private final AuditLog audit;
    private final Clock clock;

    QualificationCampaigns(QualificationCampaignRepository campaigns, RuntimeService runtime, WindowTimers timers,
                           AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the campaign of a graduation year and starts its process.
     *
     * @throws UserFacingException {@code qualification.campaign.yearTaken} when the year has a campaign already
     */
    @Transactional
    public QualificationCampaign create(NewCampaign request, Actor actor) {
        if (!request.windows().problems().isEmpty()) {
            throw new UserFacingException(request.windows().problems().get(0));
        }
        if (campaigns.existsByGraduationYear(request.graduationYear())) {
            throw new UserFacingException("qualification.campaign.yearTaken", String.valueOf(request.graduationYear()));
        }
        QualificationCampaign campaign = campaigns.save(new QualificationCampaign(request.graduationYear(),
                request.title(), request.windows(), actor.actorId(), clock.instant()));
        ProcessInstance instance = runtime.startProcessInstanceByKey(QualificationReviewProcess.KEY,
                QualificationReviewProcess.businessKey(campaign.getId()), Variables.createVariables()
                        .putValue(QualificationReviewProcess.VAR_CAMPAIGN_ID, campaign.getId())
                        .putValue(QualificationReviewProcess.VAR_GRADUATE_WINDOW_END,
                                Date.from(request.windows().graduateEnd()))
                        .putValue(QualificationReviewProcess.VAR_COLLEGE_WINDOW_END,
                                Date.from(request.windows().collegeEnd())));
        campaign.startedAs(instance.getId());
        audit.record(actor, "QUALIFICATION_CAMPAIGN_CREATED", "qualification-campaign", campaign.getId(),
                campaign.getTitle() + " " + request.windows());
        return campaign;
    }

    /**
     * Moves the graduate window's end: later extends it, {@code now} closes it (the timer fires at once). It may
     * not end after the college window.
     */
    @Transactional
    public void moveGraduateWindowEnd(long campaignId, Instant end, Actor actor) {
        QualificationCampaign campaign = campaign(campaignId);
        if (campaign.graduateWindowClosed()) {
            throw new UserFacingException("qualification.window.alreadyClosed");
        }
        Instant newEnd = notInPast(end);
        if (newEnd.isAfter(campaign.getCollegeWindowEnd())) {
            throw new UserFacingException("qualification.window.graduateAfterCollege");
        }
        Instant before = campaign.getGraduateWindowEnd();
        campaign.moveGraduateWindowEnd(newEnd);
        timers.moveGraduateWindowEnd(campaign.getProcessInstanceId(), newEnd);
        audit.record(actor, "QUALIFICATION_GRADUATE_WINDOW_MOVED", "qualification-campaign", campaignId,
                before + " -> " + newEnd);
    }

    /** Moves the college window's end; it may not end before the graduate window. */
    @Transactional
    public void moveCollegeWindowEnd(long campaignId, Instant end, Actor actor) {
        QualificationCampaign campaign = campaign(campaignId);
        if (campaign.collegeWindowClosed()) {
            throw new UserFacingException("qualification.window.alreadyClosed");
        }
        Instant newEnd = notInPast(end);
        if (newEnd.isBefore(campaign.getGraduateWindowEnd()) && !campaign.graduateWindowClosed()) {
            throw new UserFacingException("qualification.window.collegeBeforeGraduate");
        }
        Instant before = campaign.getCollegeWindowEnd();
        campaign.moveCollegeWindowEnd(newEnd);
        timers.moveCollegeWindowEnd(campaign.getProcessInstanceId(), newEnd);
        audit.record(actor, "QUALIFICATION_COLLEGE_WINDOW_MOVED", "qualification-campaign", campaignId,
                before + " -> " + newEnd);
    }

    private Instant notInPast(Instant end) {
        Instant now = clock.instant();
        if (end.isBefore(now.minus(GRACE))) {
            throw new UserFacingException("qualification.window.endInPast");
        }
        return end.isBefore(now) ? now : end;
    }

    private QualificationCampaign campaign(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow(NotFoundException::new);
    }
}
