package io.casehall.creditbank.rule;

import io.casehall.shared.document.DocumentDownloads;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's 转换规则 (seed 004: 发布成功的信息将会在门户显示): the published rules of all institutions, open to
 * everyone, searchable by 规则编码, 源成果名称, 目标成果名称 and 机构; a rule's details with its stamped PDF and the
 * 申请转换 button (the application itself needs the applicant's sign-in).
 */
@Controller
@RequestMapping(PortalRulesController.BASE)
class PortalRulesController {

    static final String BASE = "/creditbank/rules";

    private final RuleLists rules;

    PortalRulesController(RuleLists rules) {
        this.rules = rules;
    }

    @GetMapping
    String list(@RequestParam(required = false) String code, @RequestParam(required = false) String source,
                @RequestParam(required = false) String target, @RequestParam(required = false) String institution,
                @RequestParam(defaultValue = "0") int page, Model model) {
        RuleFilter filter = RuleFilter.of(code, null, source, target, institution, null);
        Page<RuleViews.Row> rows = rules.list(null, RuleLists.Scope.PORTAL, filter, page);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("baseUrl", filter.addTo(UriComponentsBuilder.fromPath(BASE)).build().toUriString());
        return "creditbank/portal-rules";
    }

    @GetMapping("/{id:\\d+}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("row", rules.published(id));
        model.addAttribute("fileUrl", BASE + "/" + id + "/file");
        return "creditbank/portal-rule";
    }

    @GetMapping("/{id:\\d+}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return DocumentDownloads.attachment(rules.publishedFile(id));
    }
}
