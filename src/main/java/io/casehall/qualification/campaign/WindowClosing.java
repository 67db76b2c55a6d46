package io.casehall.qualification.campaign;

import io.casehall.qualification.CampaignWindowClosed;
import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.ChangeRequestStatus;
import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Recipient;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import io.casehall.staff.StaffRoles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when a window ends (called by the campaign process's delegates, idempotent): the window is marked
 * closed, what was left open is counted — graduates who never submitted, change requests the colleges did not
 * decide (these become EXPIRED) — recorded in the audit log, reported to the employment office's members by
 * e-mail, and announced as {@link CampaignWindowClosed}. The campaign page lists the same cases.
 */
@Service
public class WindowClosing {

    private final QualificationCampaignRepository campaigns;
    private final QualificationGraduateRepository graduates;
    private final ChangeRequestRepository requests;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    WindowClosing(QualificationCampaignRepository campaigns, QualificationGraduateRepository graduates,
                  ChangeRequestRepository requests, IdentityService identity, NotificationService notifications,
                  ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.graduates = graduates;
        this.requests = requests;
        this.identity = identity;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Closes the graduate window and reports the graduates who did not submit. */
    @Transactional
    public void closeGraduateWindow(long campaignId) {
        QualificationCampaign campaign = campaigns.findById(campaignId).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        if (!campaign.closeGraduateWindow(now)) {
            return;
        }
        long notSubmitted = graduates.countByCampaignIdAndCheckStatus(campaignId, CheckStatus.NOT_SUBMITTED);
        long pending = graduates.countByCampaignIdAndCheckStatus(campaignId, CheckStatus.CHANGE_PENDING);
        audit.record(Actor.SYSTEM, "QUALIFICATION_GRADUATE_WINDOW_CLOSED", "qualification-campaign", campaignId,
                "notSubmitted=" + notSubmitted + " changePending=" + pending);
        notifyOffice(campaign, "graduate", "qualification.notice.graduateWindowClosed",
                campaign.getTitle(), notSubmitted, pending);
        events.publishEvent(new CampaignWindowClosed(campaignId, CampaignWindowClosed.Window.GRADUATE, now, List.of()));
    }

    /** Closes the college window: undecided change requests expire and are reported. */
    @Transactional
    public void closeCollegeWindow(long campaignId) {
        QualificationCampaign campaign = campaigns.findById(campaignId).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        boolean graduateWindowWasOpen = !campaign.graduateWindowClosed();
        if (!campaign.closeCollegeWindow(now)) {
            return;
        }
        List<ChangeRequest> undecided = requests.findByCampaignIdAndStatusOrderBySubmittedAt(campaignId,
                ChangeRequestStatus.PENDING);
        Map<Long, QualificationGraduate> owners = graduates.findAllById(
                        undecided.stream().map(ChangeRequest::getGraduateId).distinct().toList()).stream()
                .collect(Collectors.toMap(QualificationGraduate::getId, Function.identity()));
        List<Long> expired = new ArrayList<>();
        for (ChangeRequest request : undecided) {
            request.expire(owners.get(request.getGraduateId()), now);
            expired.add(request.getId());
        }
        long notSubmitted = graduates.countByCampaignIdAndCheckStatus(campaignId, CheckStatus.NOT_SUBMITTED);
        audit.record(Actor.SYSTEM, "QUALIFICATION_COLLEGE_WINDOW_CLOSED", "qualification-campaign", campaignId,
                "expired=" + expired.size() + " notSubmitted=" + notSubmitted);
        notifyOffice(campaign, "college", "qualification.notice.collegeWindowClosed",
                campaign.getTitle(), expired.size(), notSubmitted);
        if (graduateWindowWasOpen) {
            events.publishEvent(new CampaignWindowClosed(campaignId, CampaignWindowClosed.Window.GRADUATE, now,
                    List.of()));
        }
        events.publishEvent(new CampaignWindowClosed(campaignId, CampaignWindowClosed.Window.COLLEGE, now, expired));
    }

    private void notifyOffice(QualificationCampaign campaign, String window, String messageKey, Object... args) {
        String link = CampaignConsoleController.BASE + "/campaigns/" + campaign.getId() + "#closing";
        for (User user : identity.createUserQuery().memberOfGroup(StaffRoles.EMPLOYMENT_OFFICE).list()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                notifications.notify(new Recipient(null, user.getEmail(), null, Locale.SIMPLIFIED_CHINESE),
                        Notice.of("qualification:" + campaign.getId() + ":" + window + "-closed:" + user.getId(),
                                messageKey, link, args));
            }
        }
    }
}
