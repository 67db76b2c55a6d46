package io.casehall.creditbank.method;

import io.casehall.shared.document.DocumentDownloads;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's 转换办法 (public, no sign-in): every institution's published conversion method with its PDF. A method
 * that is not (or no longer) published is not found.
 */
@Controller
class PortalMethodsController {

    private final ConversionMethods methods;
    private final Clock clock;

    PortalMethodsController(ConversionMethods methods, Clock clock) {
        this.methods = methods;
        this.clock = clock;
    }

    public record Row(long id, String institutionName, String name, LocalDate publishedOn, String fileName) {
    }

    @GetMapping("/creditbank/methods")
    String list(Model model) {
        model.addAttribute("rows", methods.publishedMethods().stream()
                .map(p -> new Row(p.id(), p.institutionName(), p.name(),
                        p.publishedAt() == null ? null : LocalDate.ofInstant(p.publishedAt(), clock.getZone()),
                        p.fileName()))
                .toList());
        return "creditbank/portal-methods";
    }

    @GetMapping("/creditbank/methods/{id:\\d+}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return DocumentDownloads.attachment(methods.publishedFile(id));
    }
}
