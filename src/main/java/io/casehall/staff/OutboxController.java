package io.casehall.staff;

import io.casehall.shared.notification.OutboxMessageRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the default SMS and e-mail gateways kept instead of sending, for administrators. In the demo run
 * this is where a newcomer reads the one-time code they requested.
 */
@Controller
@ConditionalOnProperty(name = "casehall.outbox.page-enabled", havingValue = "true")
class OutboxController {

    private final OutboxMessageRepository outbox;

    OutboxController(OutboxMessageRepository outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/staff/admin/outbox")
    String outbox(Model model) {
        model.addAttribute("messages", outbox.findTop100ByOrderByIdDesc());
        return "staff/outbox";
    }
}
