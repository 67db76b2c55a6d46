package io.casehall.deposit.guide;

import io.casehall.deposit.ArchiveDepositProcess;
import io.casehall.deposit.DepositServiceType;
import io.casehall.shared.diagram.BpmnDiagrams;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of study-abroad archive deposit (no sign-in): the services, each service's guide with the
 * picture of the deployed procedure, and the transfer agreement the application asks to accept.
 */
@Controller
class DepositGuideController {

    /** The procedure all four services run (the colleague's {@code processes/archive-deposit.bpmn}). */

    private final DepositCatalog catalog;
    private final BpmnDiagrams diagrams;

    DepositGuideController(DepositCatalog catalog, BpmnDiagrams diagrams) {
        this.catalog = catalog;
        this.diagrams = diagrams;
    }

    @GetMapping("/deposit")
    String services(Model model) {
        model.addAttribute("services", catalog.offered());
        return "deposit/guide/services";
    }

    @GetMapping("/deposit/guide/{serviceCode}")
    String guide(@PathVariable String serviceCode, Model model) {
        DepositServiceType service = catalog.require(serviceCode);
        model.addAttribute("service", service);
        model.addAttribute("services", catalog.offered());
        model.addAttribute("diagramAvailable", diagrams.latestSvg(ArchiveDepositProcess.KEY).isPresent());
        return "deposit/guide/guide";
    }

    /** The picture of the latest deployed deposit procedure; 404 while none is deployed. */
    @GetMapping(value = "/deposit/guide/diagram.svg")
    ResponseEntity<String> diagram() {
        return diagrams.latestSvg(ArchiveDepositProcess.KEY)
                .map(svg -> ResponseEntity.ok()
                        .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                        // Short: a redeployed model should show soon, and drawing it again costs nothing.
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                        .body(svg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/deposit/agreement")
    String agreement() {
        return "deposit/guide/agreement";
    }

    /** An unknown or withdrawn service: the page says so and lists what is offered. */
    @ExceptionHandler(ServiceNotOfferedException.class)
    String notOffered(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("services", catalog.offered());
        return "deposit/guide/not-offered";
    }
}
