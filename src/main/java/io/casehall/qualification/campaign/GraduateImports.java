package io.casehall.qualification.campaign;

import io.casehall.qualification.GraduateData;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SpreadsheetImports;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a campaign's graduates from Excel through the shared import engine (one batch per upload, scoped to the
 * campaign, with its report), until the graduate window closes.
 */
@Service
public class GraduateImports {

    private final SpreadsheetImports imports;
    private final QualificationCampaignRepository campaigns;
    private final QualificationGraduateRepository graduates;
    private final ImportDefinition<GraduateData> definition;
    private final CollegeGroups collegeGroups;
    private final AuditLog audit;
    private final Clock clock;

    GraduateImports(SpreadsheetImports imports, QualificationCampaignRepository campaigns,
                    QualificationGraduateRepository graduates, OriginPlaces places, EthnicGroups ethnicGroups,
                    PoliticalStatuses politicalStatuses, CollegeGroups collegeGroups, AuditLog audit, Clock clock) {
        this.imports = imports;
        this.campaigns = campaigns;
        this.graduates = graduates;
        this.definition = GraduateImport.definition(places, ethnicGroups, politicalStatuses);
        this.collegeGroups = collegeGroups;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports the file into the campaign: new student numbers are added, known ones updated unless the graduate
     * submitted their check already.
     */
    @Transactional
    public ImportResult importFile(long campaignId, String fileName, byte[] xlsx, Actor actor) {
        QualificationCampaign campaign = campaigns.findById(campaignId).orElseThrow(NotFoundException::new);
        if (campaign.graduateWindowClosed()) {
            throw new UserFacingException("qualification.import.windowClosed");
        }
        ImportResult result = imports.run(definition, scope(campaignId), fileName, xlsx,
                new GraduateImport.Sink(campaignId, graduates, clock.instant()), actor);
        ImportBatch batch = result.batch();
        collegeGroups.ensure(graduates.collegesOf(campaignId));
        audit.record(actor, "QUALIFICATION_GRADUATES_IMPORTED", "qualification-campaign", campaignId,
                "batch=%d file=%s total=%d imported=%d updated=%d unchanged=%d refused=%d".formatted(batch.getId(),
                        batch.getFileName(), batch.getTotalRows(), result.report().count(RowOutcome.IMPORTED),
                        result.report().count(RowOutcome.UPDATED), result.report().count(RowOutcome.UNCHANGED),
                        batch.getRefusedRows()));
        return result;
    }

    public byte[] template() {
        return imports.template(definition);
    }

    public String templateFileName() {
        return imports.templateFileName(definition);
    }

    /** One import of the campaign (another campaign's batch is not found). */
    @Transactional(readOnly = true)
    public ImportBatch batch(long campaignId, long batchId) {
        return imports.find(GraduateImport.KIND, batchId).filter(b -> scope(campaignId).equals(b.getScope()))
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> recent(long campaignId, int limit) {
        return imports.recent(GraduateImport.KIND, scope(campaignId), limit);
    }

    /** An import's report, for its importer or an administrator (the document store audits the read). */
    @Transactional
    public DocumentContent report(long batchId, Actor actor) {
        return imports.readReport(GraduateImport.KIND, batchId, actor);
    }

    private static String scope(long campaignId) {
        return "campaign-" + campaignId;
    }
}
