package io.casehall.creditbank.learner;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionFiles;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SearchText;
import io.casehall.shared.web.UserFacingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners' achievements (学员成果管理): stored one at a time against one of the institution's achievements (the
 * learner account found by ID number, or created 未激活), withdrawn (撤回) with a reason and a reason file, shown in
 * detail, and listed for the learner in the portal. Everything is scoped to the signed-in institution.
 */
@Service
public class LearnerAchievements {

    public static final int MAX_REASON = 500;
    /** The reason file of a withdrawal: a PDF or a picture, checked by content. */
    public static final UploadPolicy WITHDRAW_REASON = new UploadPolicy("creditbank-withdraw-reason",
            10 * UploadPolicy.MB, Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG));

    private final AchievementRepository achievements;
    private final LearnerRepository learners;
    private final LearnerAchievementRepository learnerAchievements;
    private final InstitutionRepository institutions;
    private final LearnerAccounts accounts;
    private final DocumentStore documents;
    private final EntityManager em;
    private final AuditLog audit;
    private final Clock clock;

    LearnerAchievements(AchievementRepository achievements, LearnerRepository learners,
                        LearnerAchievementRepository learnerAchievements, InstitutionRepository institutions,
                        LearnerAccounts accounts, DocumentStore documents, EntityManager em, AuditLog audit,
                        Clock clock) {
        this.achievements = achievements;
        this.learners = learners;
        this.learnerAchievements = learnerAchievements;
        this.institutions = institutions;
        this.accounts = accounts;
        this.documents = documents;
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** What 新增学员 typed. */
    public record NewEntry(String name, String idNumber, String personalNo, LocalDate issueDate) {
    }

    @Transactional(readOnly = true)
    public Achievement achievement(InstitutionPrincipal me, long achievementId) {
        return achievements.findByIdAndInstitutionId(achievementId, me.institutionId())
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public LearnerAchievement get(InstitutionPrincipal me, long learnerAchievementId) {
        return learnerAchievements.findByIdAndInstitutionId(learnerAchievementId, me.institutionId())
                .orElseThrow(NotFoundException::new);
    }

    /** The institution's achievements to choose from (选择机构成果), filtered by name, category and subtype. */
    @Transactional(readOnly = true)
    public Page<Achievement> achievements(InstitutionPrincipal me, String name, AchievementCategory category,
                                          AchievementSubtype subtype, int page, int size) {
        StringBuilder where = new StringBuilder(" where a.institutionId = :institution");
        if (name != null && !name.isBlank()) {
            where.append(" and a.name like :name escape '\\'");
        }
        if (category != null) {
            where.append(" and a.category = :category");
        }
        if (subtype != null) {
            where.append(" and a.subtype = :subtype");
        }
        TypedQuery<Achievement> list = em.createQuery("select a from Achievement a" + where + " order by a.id desc",
                Achievement.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Achievement a" + where, Long.class);
        for (TypedQuery<?> q : List.of(list, count)) {
            q.setParameter("institution", me.institutionId());
            if (name != null && !name.isBlank()) {
                q.setParameter("name", "%" + SearchText.escaped(name.strip()) + "%");
            }
            if (category != null) {
                q.setParameter("category", category);
            }
            if (subtype != null) {
                q.setParameter("subtype", subtype);
            }
        }
        int number = Math.max(0, page);
        List<Achievement> rows = list.setFirstResult(number * size).setMaxResults(size).getResultList();
        return new PageImpl<>(rows, PageRequest.of(number, size), count.getSingleResult());
    }

    /**
     * 新增学员: stores the learner's achievement. All four fields are required; the ID number must be valid; the
     * personal achievement number must be new to the institution; the learner account is the institution's one for
     * that ID number (its name must match) or a new 未激活 one.
     */
    @Transactional
    public LearnerAchievement store(InstitutionPrincipal me, long achievementId, NewEntry entry) {
        Achievement achievement = achievement(me, achievementId);
        String name = LearnerAccounts.checkName(entry.name());
        String idNumber = LearnerAccounts.checkIdNumber(entry.idNumber());
        String personalNo = entry.personalNo() == null ? "" : entry.personalNo().strip();
        if (personalNo.isEmpty()) {
            throw new UserFacingException("creditbank.learnerAchievement.personalNoRequired");
        }
        if (personalNo.length() > LearnerAchievementImport.MAX_PERSONAL_NO) {
            throw new UserFacingException("creditbank.learnerAchievement.personalNoTooLong",
                    LearnerAchievementImport.MAX_PERSONAL_NO);
        }
        if (entry.issueDate() == null) {
            throw new UserFacingException("creditbank.learnerAchievement.issueDateRequired");
        }
        LocalDate today = LocalDate.now(clock);
        if (entry.issueDate().isAfter(today)) {
            throw new UserFacingException("creditbank.learnerAchievement.issueDateFuture", entry.issueDate().toString());
        }
        if (learnerAchievements.existsByInstitutionIdAndPersonalNo(me.institutionId(), personalNo)) {
            throw new UserFacingException("creditbank.learnerAchievement.personalNoTaken", personalNo);
        }
        Learner learner = learners.findByInstitutionIdAndIdNumber(me.institutionId(), idNumber).orElse(null);
        if (learner != null && !learner.getName().equals(name)) {
            throw new UserFacingException("creditbank.learnerAchievement.nameMismatch", name, learner.getName());
        }
        if (learner == null) {
            learner = accounts.create(me.institutionId(), name, idNumber);
        }
        LearnerAchievement stored;
        try {
            stored = learnerAchievements.saveAndFlush(new LearnerAchievement(achievement, learner, personalNo,
                    entry.issueDate(), today.getYear(), me.userId(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("creditbank.learnerAchievement.personalNoTaken", personalNo);
        }
        audit.record(me, "CREDITBANK_LEARNER_ACHIEVEMENT_STORED", "creditbank-learner-achievement", stored.getId(),
                "achievement=" + achievement.getId() + " learner=" + learner.getId());
        return stored;
    }

    /** The chosen learner achievements of this institution; an id of another institution is not found. */
    @Transactional(readOnly = true)
    public List<LearnerAchievement> chosen(InstitutionPrincipal me, Collection<Long> ids) {
        List<Long> distinct = ids == null ? List.of() : ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new UserFacingException("creditbank.learnerAchievement.noneChosen");
        }
        List<LearnerAchievement> found = new ArrayList<>();
        for (Long id : distinct) {
            found.add(get(me, id));
        }
        return found;
    }

    /**
     * 撤回: withdraws the chosen learner achievements with a reason (required, at most 500 characters) and a reason
     * file (PDF or picture, checked by content). Rows stay listed as 已撤回. Answers how many were withdrawn.
     */
    @Transactional
    public int withdraw(InstitutionPrincipal me, Collection<Long> ids, String reason, String fileName, byte[] file) {
        List<LearnerAchievement> chosen = chosen(me, ids);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("creditbank.learnerAchievement.withdraw.reasonRequired");
        }
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw new UserFacingException("creditbank.learnerAchievement.withdraw.reasonTooLong", MAX_REASON);
        }
        List<LearnerAchievement> open = chosen.stream().filter(la -> !la.isWithdrawn()).toList();
        if (open.isEmpty()) {
            throw new UserFacingException("creditbank.learnerAchievement.withdraw.alreadyWithdrawn");
        }
        if (file == null || file.length == 0) {
            throw new UserFacingException("creditbank.learnerAchievement.withdraw.fileRequired");
        }
        StoredDocument document = documents.store(me, WITHDRAW_REASON, fileName, file);
        documents.attachToCase(document.getId(), InstitutionFiles.caseKeyOf(me.institutionId()));
        for (LearnerAchievement la : open) {
            la.withdraw(text, document.getId(), me.userId(), clock.instant());
            audit.record(me, "CREDITBANK_LEARNER_ACHIEVEMENT_WITHDRAWN", "creditbank-learner-achievement", la.getId(),
                    "document=" + document.getId());
        }
        return open.size();
    }

    /** The reason file of a withdrawal, for the user who uploaded it (the document store audits the read). */
    @Transactional
    public DocumentContent reasonFile(InstitutionPrincipal me, long learnerAchievementId) {
        LearnerAchievement la = get(me, learnerAchievementId);
        if (la.getWithdrawDocumentId() == null) {
            throw new NotFoundException();
        }
        return documents.read(la.getWithdrawDocumentId(), me);
    }

    /** A learner's achievement as the portal lists it. */
    public record Mine(long id, String achievementName, AchievementCategory category, AchievementSubtype subtype,
                       String institutionName, String personalNo, LocalDate issueDate,
                       io.casehall.creditbank.LearnerAchievementStatus status) {
    }

    /** Every learner achievement of every learner account activated with this applicant (never anyone else's). */
    @Transactional(readOnly = true)
    public List<Mine> ofApplicant(Long applicantId) {
        List<Long> learnerIds = learners.findByApplicantId(applicantId).stream().map(Learner::getId).toList();
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        List<LearnerAchievement> rows = learnerAchievements.findByLearnerIdInOrderByIssueDateDesc(learnerIds);
        Map<Long, Achievement> byId = achievements.findAllById(rows.stream().map(LearnerAchievement::getAchievementId)
                .distinct().toList()).stream().collect(Collectors.toMap(Achievement::getId, Function.identity()));
        Map<Long, String> institutionNames = institutions.findAllById(rows.stream()
                        .map(LearnerAchievement::getInstitutionId).distinct().toList()).stream()
                .collect(Collectors.toMap(Institution::getId, Institution::getName));
        return rows.stream().map(la -> {
            Achievement a = byId.get(la.getAchievementId());
            return new Mine(la.getId(), a.getName(), a.getCategory(), a.getSubtype(),
                    institutionNames.get(la.getInstitutionId()), la.getPersonalNo(), la.getIssueDate(), la.getStatus());
        }).toList();
    }
}
