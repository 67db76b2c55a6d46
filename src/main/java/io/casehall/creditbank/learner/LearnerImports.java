package io.casehall.creditbank.learner;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.InstitutionFiles;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.LearnerAchievementStatus;
import io.casehall.creditbank.RecognitionStatus;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.SpreadsheetImports;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two imports of this feature through the shared import engine, each with its import log (导入记录) per
 * institution: learner accounts, and the learners of one achievement (learner achievements).
 */
@Service
public class LearnerImports {

    private final SpreadsheetImports imports;
    private final LearnerRows rows;
    private final LearnerAchievements learnerAchievements;
    private final AuditLog audit;
    private final Clock clock;
    private final ImportDefinition<LearnerImport.Data> learnerDefinition = LearnerImport.definition();

    LearnerImports(SpreadsheetImports imports, LearnerRows rows, LearnerAchievements learnerAchievements,
                   AuditLog audit, Clock clock) {
        this.imports = imports;
        this.rows = rows;
        this.learnerAchievements = learnerAchievements;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which import: learner accounts or learner achievements. */
    enum Kind {
        LEARNERS(LearnerImport.KIND), LEARNER_ACHIEVEMENTS(LearnerAchievementImport.KIND);

        final String kind;

        Kind(String kind) {
            this.kind = kind;
        }
    }

    @Transactional
    public ImportResult importLearners(InstitutionPrincipal me, String fileName, byte[] xlsx) {
        ImportResult result = imports.run(learnerDefinition, scope(me), fileName, xlsx,
                new LearnerImport.Sink(me.institutionId(), rows), me);
        ImportBatch batch = result.batch();
        imports.shareReport(batch, InstitutionFiles.caseKeyOf(me.institutionId()));
        audit.record(me, "CREDITBANK_LEARNERS_IMPORTED", "institution", me.institutionId(),
                "batch=%d file=%s total=%d imported=%d refused=%d".formatted(batch.getId(), batch.getFileName(),
                        batch.getTotalRows(), batch.getImportedRows(), batch.getRefusedRows()));
        return result;
    }

    @Transactional
    public ImportResult importLearnerAchievements(InstitutionPrincipal me, long achievementId, String fileName,
                                                  byte[] xlsx) {
        Achievement achievement = learnerAchievements.achievement(me, achievementId);
        LocalDate today = LocalDate.now(clock);
        String status = (achievement.getRecognition() == RecognitionStatus.RECOGNISED
                ? LearnerAchievementStatus.BANK_STORED : LearnerAchievementStatus.INSTITUTION_STORED).name();
        ImportResult result = imports.run(LearnerAchievementImport.definition(today), scope(me), fileName, xlsx,
                new LearnerAchievementImport.Sink(me.institutionId(), achievement.getId(), status, today.getYear(),
                        me.userId(), rows), me);
        ImportBatch batch = result.batch();
        imports.shareReport(batch, InstitutionFiles.caseKeyOf(me.institutionId()));
        audit.record(me, "CREDITBANK_LEARNER_ACHIEVEMENTS_IMPORTED", "creditbank-achievement", achievement.getId(),
                "batch=%d file=%s total=%d imported=%d refused=%d".formatted(batch.getId(), batch.getFileName(),
                        batch.getTotalRows(), batch.getImportedRows(), batch.getRefusedRows()));
        return result;
    }

    public byte[] template(Kind kind) {
        return imports.template(definition(kind));
    }

    public String templateFileName(Kind kind) {
        return imports.templateFileName(definition(kind));
    }

    /** One import of the institution (another institution's batch is not found). */
    @Transactional(readOnly = true)
    public ImportBatch batch(InstitutionPrincipal me, Kind kind, long batchId) {
        return imports.find(kind.kind, batchId).filter(b -> scope(me).equals(b.getScope()))
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> recent(InstitutionPrincipal me, Kind kind, int limit) {
        return imports.recent(kind.kind, scope(me), limit);
    }

    /** An import's report, for its importer (the document store audits the read). */
    @Transactional
    public DocumentContent report(InstitutionPrincipal me, Kind kind, long batchId) {
        batch(me, kind, batchId);
        return imports.readReport(kind.kind, batchId, me);
    }

    private ImportDefinition<?> definition(Kind kind) {
        return kind == Kind.LEARNERS ? learnerDefinition : LearnerAchievementImport.definition(LocalDate.now(clock));
    }

    private static String scope(InstitutionPrincipal me) {
        return "institution-" + me.institutionId();
    }
}
