package io.casehall.qualification.review;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.GraduateData;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.qualification.QualificationService;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Recipient;
import io.casehall.shared.reference.CodedName;
import io.casehall.shared.reference.Divisions;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code qualificationRosterChange}'s delegates and listener do, one method each: the summary the office's form
 * shows, whether an approval can still be applied, applying it (the graduate joins the campaign, or leaves it with
 * their change requests), recording a rejection, and telling the college.
 */
@Service
class RosterChangeWork {

    static final String REMOVED_REASON = "graduate removed from the campaign (roster change %d)";

    private final RosterChangeRepository changes;
    private final QualificationService qualification;
    private final QualificationGraduateRepository graduates;
    private final ChangeRequestRepository requests;
    private final CollegeQueries queries;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final Divisions divisions;
    private final EthnicGroups ethnicGroups;
    private final PoliticalStatuses politicalStatuses;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    RosterChangeWork(RosterChangeRepository changes, QualificationService qualification,
                     QualificationGraduateRepository graduates, ChangeRequestRepository requests,
                     CollegeQueries queries, RuntimeService runtime, IdentityService identity,
                     NotificationService notifications, Divisions divisions, EthnicGroups ethnicGroups,
                     PoliticalStatuses politicalStatuses, MessageSource messages, AuditLog audit, Clock clock) {
        this.changes = changes;
        this.qualification = qualification;
        this.graduates = graduates;
        this.requests = requests;
        this.queries = queries;
        this.runtime = runtime;
        this.identity = identity;
        this.notifications = notifications;
        this.divisions = divisions;
        this.ethnicGroups = ethnicGroups;
        this.politicalStatuses = politicalStatuses;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    RosterChange get(long id) {
        return changes.findById(id).orElseThrow(NotFoundException::new);
    }

    /** One line naming the request for the office's form: "经济管理学院申请增加：2019011234 张三". */
    @Transactional(readOnly = true)
    String caption(long id) {
        RosterChange change = get(id);
        return text("qualification.roster.caption." + change.getType().name(), change.getCollege(),
                change.getGraduate().studentNo(), change.getGraduate().name());
    }

    /** The request's details as the office's form shows them (Markdown list), and the college's reason. */
    @Transactional(readOnly = true)
    String summary(long id) {
        RosterChange change = get(id);
        StringBuilder lines = new StringBuilder();
        details(change.getGraduate()).forEach((label, value) ->
                lines.append("- ").append(label).append("：").append(value == null ? "—" : value).append('\n'));
        lines.append('\n').append(text("qualification.roster.summary.reason", change.getReason()));
        return lines.toString();
    }

    /** The graduate's data with labels and names (not codes), in the order the forms use. */
    Map<String, String> details(RosterGraduate g) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(text("qualification.export.column.candidateNo"), g.candidateNo());
        details.put(text("qualification.export.column.studentNo"), g.studentNo());
        details.put(text("qualification.export.column.name"), g.name());
        details.put(text("qualification.export.column.gender"), g.gender());
        details.put(text("qualification.export.column.birthDate"), g.birthDate() == null ? null : g.birthDate().toString());
        details.put(text("qualification.export.column.education"), g.education());
        details.put(text("qualification.export.column.major"), g.major());
        details.put(text("qualification.export.column.originPlace"), g.originPlaceCode() == null
                || divisions.find(g.originPlaceCode()).isEmpty() ? g.originPlaceCode()
                : divisions.fullName(g.originPlaceCode()) + "（" + g.originPlaceCode() + "）");
        details.put(text("qualification.export.column.ethnicity"),
                ethnicGroups.find(g.ethnicity()).map(CodedName::name).orElse(g.ethnicity()));
        details.put(text("qualification.export.column.politicalStatus"),
                politicalStatuses.find(g.politicalStatus()).map(CodedName::name).orElse(g.politicalStatus()));
        details.put(text("qualification.export.column.phone"), g.phone());
        details.put(text("qualification.export.column.homeAddress"), g.homeAddress());
        details.put(text("qualification.export.column.homePhone"), g.homePhone());
        details.put(text("qualification.export.column.email"), g.email());
        return details;
    }

    /** Why an approval cannot be applied now (a message key), or empty when it can. */
    @Transactional(readOnly = true)
    Optional<String> whyNotApplicable(long id) {
        RosterChange change = get(id);
        if (!change.isPending()) {
            return Optional.of("qualification.roster.decidedAlready");
        }
        if (change.getType() == RosterChangeType.ADD) {
            return queries.studentNoTaken(change.getCampaignId(), change.getGraduate().studentNo())
                    ? Optional.of("qualification.roster.studentNoTaken") : Optional.empty();
        }
        return graduates.existsById(change.getGraduateId()) ? Optional.empty()
                : Optional.of("qualification.roster.graduateGone");
    }

    /** Approved: the graduate is added to the campaign, or removed from it. A decided change is left alone. */
    @Transactional
    void apply(long id, String decidedBy) {
        RosterChange change = get(id);
        if (!change.isPending()) {
            return;
        }
        Long graduateId = change.getType() == RosterChangeType.ADD ? add(change) : remove(change);
        change.applied(graduateId, decidedBy, clock.instant());
        audit.record(staff(decidedBy), "QUALIFICATION_ROSTER_" + change.getType().name() + "_APPLIED",
                "qualification-roster-change", id, change.getGraduate().studentNo() + " " + change.getGraduate().name());
    }

    private Long add(RosterChange change) {
        RosterGraduate g = change.getGraduate();
        QualificationGraduate graduate = graduates.saveAndFlush(new QualificationGraduate(change.getCampaignId(),
                new GraduateData(g.candidateNo(), g.studentNo(), change.getCollege(), g.education(), g.major(),
                        g.name(), g.gender(), g.birthDate(), g.originPlaceCode(), g.ethnicity(), g.politicalStatus(),
                        g.phone(), g.homeAddress(), g.homePhone(), g.email()), clock.instant()));
        return graduate.getId();
    }

    /** The graduate leaves the campaign with their change requests; their open approvals end. */
    private Long remove(RosterChange change) {
        QualificationGraduate graduate = graduates.findById(change.getGraduateId()).orElse(null);
        if (graduate == null) {
            return change.getGraduateId();
        }
        List<ChangeRequest> own = requests.findByGraduateIdOrderBySubmittedAtDesc(graduate.getId());
        for (ChangeRequest request : own) {
            String instance = request.getProcessInstanceId();
            if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                runtime.deleteProcessInstance(instance, REMOVED_REASON.formatted(change.getId()), true);
            }
        }
        requests.deleteAll(own);
        graduates.delete(graduate);
        graduates.flush();
        return graduate.getId();
    }

    @Transactional
    void reject(long id, String reason, String decidedBy) {
        RosterChange change = get(id);
        if (!change.isPending()) {
            return;
        }
        change.rejected(reason, decidedBy, clock.instant());
        audit.record(staff(decidedBy), "QUALIFICATION_ROSTER_REJECTED", "qualification-roster-change", id, reason);
    }

    /**
     * Tells the college: every reviewer of its group with an e-mail address, and whoever asked (once per notify
     * task: the dedup key).
     */
    @Transactional
    void notifyCollege(long id, String notice, String dedupKey) {
        RosterChange change = get(id);
        QualificationCampaign campaign = qualification.requireCampaign(change.getCampaignId());
        Map<String, User> recipients = new LinkedHashMap<>();
        identity.createUserQuery().memberOfGroup(QualificationReviewProcess.collegeGroup(change.getCollege())).list()
                .forEach(user -> recipients.put(user.getId(), user));
        Optional.ofNullable(identity.createUserQuery().userId(change.getRequestedBy()).singleResult())
                .ifPresent(user -> recipients.put(user.getId(), user));
        String type = text("qualification.roster.type." + change.getType().name());
        for (User user : recipients.values()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                notifications.notify(new Recipient(null, user.getEmail(), null, Locale.SIMPLIFIED_CHINESE),
                        Notice.of(dedupKey + ":" + user.getId(), "qualification.roster.notice." + notice,
                                RosterChanges.staffLink(id), campaign.getTitle(), type, change.getGraduate().studentNo(),
                                change.getGraduate().name(), change.getDecisionReason() == null ? ""
                                        : change.getDecisionReason()));
            }
        }
        audit.record(Actor.SYSTEM, "QUALIFICATION_ROSTER_COLLEGE_NOTIFIED", "qualification-roster-change", id, notice);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static Actor staff(String user) {
        return Actor.of(Actor.Kind.STAFF, user == null ? "unknown" : user);
    }
}
