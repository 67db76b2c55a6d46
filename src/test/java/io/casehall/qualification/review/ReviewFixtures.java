package io.casehall.qualification.review;

import static io.casehall.qualification.QualificationReviewProcess.*;

import io.casehall.qualification.CampaignWindows;
import io.casehall.qualification.ChangeItem;
import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.GraduateData;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationChangeRequestProcess;
import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.staff.StaffPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns, graduates and change requests for the college-review tests, made the way the core and the portal make
 * them (a change request starts its approval instance), with unique years and student numbers, since the Spring
 * context and its database are shared. Public: the qualification benchmark makes its change requests with it.
 */
public final class ReviewFixtures {

    private static final AtomicInteger YEARS = new AtomicInteger(3000 + (int) (System.nanoTime() % 5000));
    private static final AtomicLong STUDENT_NOS = new AtomicLong(1_000_000_000L + System.nanoTime() % 8_000_000_000L);

    private final QualificationCampaignRepository campaigns;
    private final QualificationGraduateRepository graduates;
    private final ChangeRequestRepository requests;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;

    public ReviewFixtures(QualificationCampaignRepository campaigns, QualificationGraduateRepository graduates,
                   ChangeRequestRepository requests, RuntimeService runtime, TransactionTemplate tx) {
        this.campaigns = campaigns;
        this.graduates = graduates;
        this.requests = requests;
        this.runtime = runtime;
        this.tx = tx;
    }

    /** A campaign whose graduate window is over and whose college window is open (or over, when not open). */
    QualificationCampaign campaign(boolean collegeWindowOpen) {
        Instant now = Instant.now();
        CampaignWindows windows = collegeWindowOpen
                ? new CampaignWindows(now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(1)),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(4)))
                : new CampaignWindows(now.minus(Duration.ofDays(12)), now.minus(Duration.ofDays(6)),
                now.minus(Duration.ofDays(6)), now.minus(Duration.ofHours(1)));
        int year = YEARS.incrementAndGet();
        return campaigns.saveAndFlush(new QualificationCampaign(year, year + "届毕业生资格审查", windows, "office", now));
    }

    static String studentNo() {
        return Long.toString(STUDENT_NOS.incrementAndGet());
    }

    QualificationGraduate graduate(long campaignId, String college, String name, String education, String major) {
        GraduateData data = new GraduateData("23210" + studentNo().substring(1), studentNo(), college, education,
                major, name, "男", LocalDate.of(2001, 3, 15), "110105", "01", "03", "13942824971",
                "北京市朝阳区建国路88号", "024-86661234", "grad" + System.nanoTime() + "@example.cn");
        return graduates.saveAndFlush(new QualificationGraduate(campaignId, data, Instant.now()));
    }

    /** The graduate asks to change their name (with proof 1), as the portal does: a request and its approval instance. */
    public ChangeRequest nameChange(QualificationGraduate graduate, String newName, UUID proof1) {
        return tx.execute(status -> {
            QualificationGraduate g = graduates.findById(graduate.getId()).orElseThrow();
            List<ChangeItem> items = new ArrayList<>(List.of(new ChangeItem(QualificationField.NAME, g.getName(),
                    newName, g.getName(), newName)));
            ChangeRequest request = requests.saveAndFlush(new ChangeRequest(g, items, proof1, null, Instant.now()));
            ProcessInstance instance = runtime.startProcessInstanceByKey(KEY_CHANGE_REQUEST,
                    QualificationChangeRequestProcess.requestBusinessKey(request.getId()), Variables.createVariables()
                            .putValue(VAR_CAMPAIGN_ID, g.getCampaignId())
                            .putValue(VAR_GRADUATE_ID, g.getId())
                            .putValue(VAR_CHANGE_REQUEST_ID, request.getId())
                            .putValue(VAR_COLLEGE, g.getCollege())
                            .putValue(VAR_COLLEGE_GROUP, collegeGroup(g.getCollege()))
                            .putValue(VAR_CASE_TITLE, g.getStudentNo() + " " + g.getName())
                            .putValue(QualificationChangeRequestProcess.VAR_CASE_LINK,
                                    QualificationChangeRequestProcess.staffLink(request.getId())));
            request.startedAs(instance.getId());
            return request;
        });
    }

    static StaffPrincipal reviewer(String college) {
        String id = "rev-" + System.nanoTime();
        return new StaffPrincipal(id, id, List.of("dataChangeApproval", collegeGroup(college)));
    }

    static StaffPrincipal staff(String... groups) {
        String id = "staff-" + System.nanoTime();
        return new StaffPrincipal(id, id, List.of(groups));
    }

    static RequestPostProcessor as(StaffPrincipal staff) {
        List<String> authorities = new ArrayList<>(List.of("ROLE_STAFF"));
        if (staff.isAdministrator()) {
            authorities.add("ROLE_ADMIN");
        }
        staff.groupIds().forEach(group -> authorities.add("GROUP_" + group));
        return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(
                staff, null, AuthorityUtils.createAuthorityList(authorities.toArray(String[]::new))));
    }
}
