package io.casehall.creditbank.conversion.records;

import io.casehall.creditbank.InstitutionUserRepository;
import io.casehall.creditbank.conversion.ConversionApplication;
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import io.casehall.creditbank.conversion.ConversionChannel;
import io.casehall.creditbank.conversion.ConversionItem;
import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.creditbank.conversion.ConversionReview;
import io.casehall.creditbank.conversion.ConversionReviewRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审核记录 of one learner's conversion: the application (who applied, when, how), then every decision of every approval
 * step in order. The caller has checked that the reader may see the item.
 */
@Component
public class ConversionHistory {

    /**
     * One line: {@code stepKey} names a bundle message (the application) or is null when {@code stepName} (the
     * model's task name) is shown as is; {@code decision} is null for the application line.
     */
    public record Entry(String stepKey, String stepName, ConversionItemStatus decision, String reason, String who,
                        Instant at) {
    }

    /** The item with the rule's target, the receiving and initiating institution, and its history. */
    public record View(ConversionItem item, ConversionApplication application, String target,
                       String targetInstitution, String initiatorInstitution, List<Entry> entries) {
    }

    private final ConversionApplicationRepository applications;
    private final ConversionReviewRepository reviews;
    private final ConversionTargets targets;
    private final InstitutionUserRepository users;

    ConversionHistory(ConversionApplicationRepository applications, ConversionReviewRepository reviews,
                      ConversionTargets targets, InstitutionUserRepository users) {
        this.applications = applications;
        this.reviews = reviews;
        this.targets = targets;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public View of(ConversionItem item) {
        ConversionApplication application = applications.findById(item.getApplicationId()).orElseThrow();
        Map<Long, String> names = targets.institutionNames(item.getInitiatorInstitutionId() == null
                ? List.of(item.getTargetInstitutionId())
                : List.of(item.getTargetInstitutionId(), item.getInitiatorInstitutionId()));
        String initiator = item.getInitiatorInstitutionId() == null ? null
                : names.get(item.getInitiatorInstitutionId());
        List<Entry> entries = new ArrayList<>();
        String applicant = item.getChannel() == ConversionChannel.PERSONAL ? item.getLearnerName()
                : initiator + userName(application.getCreatedBy());
        entries.add(new Entry("creditbank.conversion.history.applied." + item.getChannel().name(), null, null, null,
                applicant, item.getAppliedAt()));
        for (ConversionReview review : reviews.findByItemIdOrderByIdAsc(item.getId())) {
            entries.add(new Entry(null, review.getStepName(), review.getDecision(), review.getReason(),
                    review.getActorName(), review.getDecidedAt()));
        }
        return new View(item, application, targets.of(List.of(item.getRuleId())).getOrDefault(item.getRuleId(), ""),
                names.getOrDefault(item.getTargetInstitutionId(), ""), initiator, List.copyOf(entries));
    }

    private String userName(String userId) {
        return userId == null ? "" : users.findById(userId).map(u -> " · " + u.getName()).orElse("");
    }
}
