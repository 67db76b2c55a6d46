package io.casehall.qualification.review;

import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationService;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.staff.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The college console (学院审核): per campaign and college, the counters, the graduates with filters, each
 * graduate's record and change requests, the report (.docx) and the export (.xlsx). A reviewer with several college
 * groups chooses the college; the college in the address is checked against the reviewer's groups on every request.
 */
@Controller
@RequestMapping("/staff/qualification")
class CollegeConsoleController {

    static final int PAGE_SIZE = 50;

    private final QualificationService qualification;
    private final CollegeScope scope;
    private final CollegeQueries queries;
    private final CollegeReports reports;
    private final CollegeExport export;
    private final CollegeConsole console;

    CollegeConsoleController(QualificationService qualification, CollegeScope scope, CollegeQueries queries,
                             CollegeReports reports, CollegeExport export, CollegeConsole console) {
        this.qualification = qualification;
        this.scope = scope;
        this.queries = queries;
        this.reports = reports;
        this.export = export;
        this.console = console;
    }

    /** The reviewer's entry: every campaign with the colleges they may open in it. */
    @GetMapping("/college")
    String campaigns(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        if (!CollegeScope.isReviewer(staff) && !CollegeScope.oversees(staff)) {
            throw new OtherCollegeException();
        }
        model.addAttribute("campaigns", qualification.campaigns().stream()
                .map(c -> new CampaignColleges(c, scope.colleges(staff, c.getId()))).toList());
        return "qualification/review/campaigns";
    }

    @GetMapping("/campaigns/{id}/college")
    String college(@PathVariable long id, @RequestParam Map<String, String> params,
                   @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        QualificationCampaign campaign = console.campaign(id);
        List<String> colleges = scope.colleges(staff, id);
        String college = params.get("college");
        if (college == null || college.isBlank()) {
            if (colleges.size() != 1) {
                if (colleges.isEmpty() && !CollegeScope.isReviewer(staff)) {
                    throw new OtherCollegeException();
                }
                model.addAttribute("campaigns", List.of(new CampaignColleges(campaign, colleges)));
                return "qualification/review/campaigns";
            }
            college = colleges.get(0);
        }
        scope.requireView(staff, college);
        CollegeFilter filter = CollegeFilter.of(params);
        int page = pageNumber(params.get("page"));
        String base = "/staff/qualification/campaigns/" + id + "/college";
        Page<GraduateRow> rows = queries.graduates(id, college, filter, page, PAGE_SIZE);
        model.addAttribute("campaign", campaign);
        model.addAttribute("college", college);
        model.addAttribute("colleges", colleges);
        model.addAttribute("overview", reports.overview(id, college));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", CollegeQueries.STATUSES);
        model.addAttribute("majors", queries.majors(id, college));
        model.addAttribute("rows", rows);
        model.addAttribute("baseUrl", base);
        model.addAttribute("pageUrl", filter.url(base, college, 0));
        model.addAttribute("windowOpen", console.collegeWindowOpen(campaign));
        model.addAttribute("windowNotYet", console.collegeWindowNotYet(campaign));
        model.addAttribute("reviews", CollegeScope.reviews(staff, college));
        return "qualification/review/college";
    }

    @GetMapping("/campaigns/{id}/college/graduates/{graduateId}")
    String graduate(@PathVariable long id, @PathVariable long graduateId,
                    @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        GraduateFacts graduate = console.graduate(id, graduateId, staff);
        QualificationCampaign campaign = console.campaign(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("g", graduate);
        model.addAttribute("requests", console.requestsOf(graduateId));
        model.addAttribute("windowOpen", console.collegeWindowOpen(campaign));
        return "qualification/review/graduate";
    }

    @GetMapping("/campaigns/{id}/college/report")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam String college,
                                  @AuthenticationPrincipal StaffPrincipal staff) {
        QualificationCampaign campaign = console.campaign(id);
        scope.requireView(staff, college);
        CollegeReports.GeneratedFile file = reports.reportDocument(campaign, college, staff);
        return DocumentDownloads.attachment(file.bytes(), file.fileName(), CollegeReportDocument.MEDIA_TYPE);
    }

    /** The college's graduates' final data as .xlsx, streamed while it is read. */
    @GetMapping("/campaigns/{id}/college/export")
    void export(@PathVariable long id, @RequestParam String college, @AuthenticationPrincipal StaffPrincipal staff,
                HttpServletResponse response) throws IOException {
        QualificationCampaign campaign = console.campaign(id);
        scope.requireView(staff, college);
        DocumentDownloads.prepareStreamedAttachment(response, export.fileName(campaign.getGraduationYear(), college),
                FileKind.XLSX.mediaType());
        export.write(id, college, response.getOutputStream(), staff);
    }

    static int pageNumber(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(Integer.parseInt(value.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A campaign and the colleges the viewer may open in it. */
    record CampaignColleges(QualificationCampaign campaign, List<String> colleges) {
    }
}
