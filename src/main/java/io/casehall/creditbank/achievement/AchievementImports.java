package io.casehall.creditbank.achievement;

import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionFiles;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SpreadsheetImports;
import io.casehall.shared.spreadsheet.SpreadsheetRejectedException;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 成果导入 through the shared import engine: one template per subtype, one upload at a time, every run kept as a
 * batch scoped to the institution (its 导入记录; another institution's batches are not found) with its report.
 */
@Service
class AchievementImports {

    private final SpreadsheetImports imports;
    private final InstitutionAchievements achievements;
    private final AuditLog audit;

    AchievementImports(SpreadsheetImports imports, InstitutionAchievements achievements, AuditLog audit) {
        this.imports = imports;
        this.achievements = achievements;
        this.audit = audit;
    }

    @Transactional
    public ImportResult importFile(InstitutionPrincipal me, AchievementSubtype subtype, String fileName, byte[] xlsx) {
        if (!InstitutionAchievements.storable(subtype)) {
            throw new UserFacingException("creditbank.achievement.xNotStorable");
        }
        ImportResult result;
        try {
            result = imports.run(AchievementImport.definition(subtype, me.institutionName()), scope(me), fileName,
                    xlsx, new AchievementImport.Sink(me.institutionId(), achievements, me), me);
        } catch (SpreadsheetRejectedException e) {
            if ("spreadsheet.missingHeaders".equals(e.messageKey())) {
                throw new UserFacingException("creditbank.achievement.import.wrongTemplate",
                        new DefaultMessageSourceResolvable(subtype.messageKey()),
                        e.args().length > 0 ? e.args()[0] : "");
            }
            throw e;
        }
        ImportBatch batch = result.batch();
        imports.shareReport(batch, InstitutionFiles.caseKeyOf(me.institutionId()));
        audit.record(me, "CREDITBANK_ACHIEVEMENTS_IMPORTED", "import-batch", batch.getId(),
                "subtype=%s file=%s total=%d imported=%d refused=%d".formatted(subtype.name(), batch.getFileName(),
                        batch.getTotalRows(), result.report().count(RowOutcome.IMPORTED), batch.getRefusedRows()));
        return result;
    }

    byte[] template(InstitutionPrincipal me, AchievementSubtype subtype) {
        return imports.template(AchievementImport.definition(subtype, me.institutionName()));
    }

    String templateFileName(AchievementSubtype subtype) {
        return imports.templateFileName(AchievementImport.definition(subtype, ""));
    }

    /** One import of the institution (another institution's batch is not found). */
    @Transactional(readOnly = true)
    public ImportBatch batch(InstitutionPrincipal me, long batchId) {
        return imports.find(AchievementImport.KIND, batchId).filter(b -> scope(me).equals(b.getScope()))
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> recent(InstitutionPrincipal me, int limit) {
        return imports.recent(AchievementImport.KIND, scope(me), limit);
    }

    /** An import's report (the importer's own; the document store audits the read). */
    @Transactional
    public DocumentContent report(InstitutionPrincipal me, long batchId) {
        batch(me, batchId);
        return imports.readReport(AchievementImport.KIND, batchId, me);
    }

    private static String scope(InstitutionPrincipal me) {
        return "institution-" + me.institutionId();
    }
}
