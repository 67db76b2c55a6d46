package io.casehall.creditbank.learner;

import io.casehall.account.AccountService;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.LearnerStatus;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An institution's learner accounts (学员账户管理): added by name and ID number (one account per ID number per
 * institution), 未激活 until the person passes real-name verification in the portal with that number — at once when
 * they already have — edited only while 未激活, deleted only while 未激活 and without learner achievements.
 */
@Service
public class LearnerAccounts {

    static final int MAX_NAME = 64;

    private final LearnerRepository learners;
    private final LearnerAchievementRepository learnerAchievements;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LearnerAccounts(LearnerRepository learners, LearnerAchievementRepository learnerAchievements,
                    AccountService accounts, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.learners = learners;
        this.learnerAchievements = learnerAchievements;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a deletion did: the learners deleted, and those kept with the reason (a message key). */
    public record Deletion(List<String> deleted, List<Refusal> refused) {
    }

    public record Refusal(String name, String reasonKey) {
    }

    @Transactional(readOnly = true)
    public Learner get(InstitutionPrincipal me, long learnerId) {
        return learners.findByIdAndInstitutionId(learnerId, me.institutionId()).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public Learner add(InstitutionPrincipal me, String name, String idNumber) {
        String cleanName = checkName(name);
        String id = checkIdNumber(idNumber);
        if (learners.findByInstitutionIdAndIdNumber(me.institutionId(), id).isPresent()) {
            throw new UserFacingException("creditbank.learner.duplicate", id);
        }
        Learner learner;
        try {
            learner = create(me.institutionId(), cleanName, id);
            learners.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // Added at the same moment by someone else: the unique (institution, ID number) constraint says so.
            throw new UserFacingException("creditbank.learner.duplicate", id);
        }
        audit.record(me, "CREDITBANK_LEARNER_ADDED", "creditbank-learner", learner.getId(), "institution=" + me.institutionId());
        return learner;
    }

    /** A new account, activated at once when the person has passed real-name verification with this number already. */
    Learner create(Long institutionId, String name, String idNumber) {
        Instant now = clock.instant();
        Learner learner = new Learner(institutionId, name, idNumber, now);
        accounts.applicantVerifiedWith(idNumber).ifPresent(applicant -> learner.activate(applicant, now));
        return learners.save(learner);
    }

    @Transactional
    public void edit(InstitutionPrincipal me, long learnerId, String name, String idNumber) {
        Learner learner = get(me, learnerId);
        if (!learner.isEditable()) {
            throw new UserFacingException("creditbank.learner.notEditable", learner.getName());
        }
        String cleanName = checkName(name);
        String id = checkIdNumber(idNumber);
        Optional<Learner> other = learners.findByInstitutionIdAndIdNumber(me.institutionId(), id);
        if (other.isPresent() && !other.get().getId().equals(learner.getId())) {
            throw new UserFacingException("creditbank.learner.duplicate", id);
        }
        learner.correct(cleanName, id);
        accounts.applicantVerifiedWith(id).ifPresent(applicant -> learner.activate(applicant, clock.instant()));
        learners.saveAndFlush(learner);
        // The learner's achievements carry the name and number as stored: they follow the corrected account.
        jdbc.update("UPDATE cb_learner_achievement SET learner_name = ?, id_number = ? WHERE institution_id = ?"
                + " AND learner_id = ?", cleanName, id, me.institutionId(), learner.getId());
        audit.record(me, "CREDITBANK_LEARNER_EDITED", "creditbank-learner", learner.getId(), "institution=" + me.institutionId());
    }

    /** Deletes those of the chosen learners that may go; names the others with the reason. */
    @Transactional
    public Deletion delete(InstitutionPrincipal me, Collection<Long> learnerIds) {
        List<String> deleted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Learner learner : chosen(me, learnerIds)) {
            Optional<String> reason = whyNotDeletable(learner);
            if (reason.isPresent()) {
                refused.add(new Refusal(learner.getName(), reason.get()));
            } else {
                learners.delete(learner);
                deleted.add(learner.getName());
                audit.record(me, "CREDITBANK_LEARNER_DELETED", "creditbank-learner", learner.getId(),
                        "institution=" + me.institutionId());
            }
        }
        return new Deletion(deleted, refused);
    }

    /** The chosen learners of this institution; an id of another institution (or none) is not found. */
    @Transactional(readOnly = true)
    public List<Learner> chosen(InstitutionPrincipal me, Collection<Long> learnerIds) {
        List<Long> ids = learnerIds == null ? List.of() : learnerIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new UserFacingException("creditbank.learner.noneChosen");
        }
        List<Learner> found = new ArrayList<>();
        for (Long id : ids) {
            found.add(learners.findByIdAndInstitutionId(id, me.institutionId()).orElseThrow(NotFoundException::new));
        }
        return found;
    }

    /** Why this learner cannot be deleted (a message key), if it cannot. */
    @Transactional(readOnly = true)
    public Optional<String> whyNotDeletable(Learner learner) {
        if (learner.getStatus() == LearnerStatus.ACTIVE) {
            return Optional.of("creditbank.learner.delete.active");
        }
        if (learnerAchievements.existsByLearnerId(learner.getId())) {
            return Optional.of("creditbank.learner.delete.hasAchievements");
        }
        return Optional.empty();
    }

    /**
     * Activates every learner account kept for this ID number, in every institution, with the applicant who has
     * just passed real-name verification with it. Answers how many accounts changed.
     */
    @Transactional
    public int activateAll(Long applicantId, String idNumber) {
        String id = ChineseIdNumber.normalize(idNumber);
        Instant now = clock.instant();
        int changed = 0;
        for (Learner learner : learners.findByIdNumber(id)) {
            if (learner.getStatus() != LearnerStatus.ACTIVE || !applicantId.equals(learner.getApplicantId())) {
                learner.activate(applicantId, now);
                changed++;
                audit.record("CREDITBANK_LEARNER_ACTIVATED", "creditbank-learner", learner.getId(),
                        "applicant=" + applicantId + " institution=" + learner.getInstitutionId());
            }
        }
        return changed;
    }

    static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("creditbank.learner.nameRequired");
        }
        if (clean.codePointCount(0, clean.length()) > MAX_NAME) {
            throw new UserFacingException("creditbank.learner.nameTooLong", MAX_NAME);
        }
        return clean;
    }

    static String checkIdNumber(String idNumber) {
        String id = ChineseIdNumber.normalize(idNumber);
        if (id.isEmpty()) {
            throw new UserFacingException("creditbank.learner.idNumberRequired");
        }
        ChineseIdNumber.check(id).ifPresent(problem -> {
            throw new UserFacingException("id.invalid." + problem.name());
        });
        return id;
    }
}
