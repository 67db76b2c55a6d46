package io.casehall.account;

import io.casehall.shared.notification.InboxMessage;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 我的消息: the applicant's message centre. Only the applicant's own messages exist here. */
@Controller
class MessagesController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NotificationService notifications;
    private final Clock clock;

    MessagesController(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** One line of the list, with the time in the institution's zone. */
    record Row(Long id, String subject, String time, boolean read) {
    }

    /** One opened message. The link is kept only when it points inside the portal. */
    record Shown(Long id, String subject, String body, String time, String link) {
    }

    @GetMapping("/messages")
    String list(@AuthenticationPrincipal ApplicantPrincipal principal, Model model) {
        List<Row> rows = notifications.inboxOf(principal.applicantId()).stream()
                .map(m -> new Row(m.getId(), m.getSubject(), format(m), m.isRead()))
                .toList();
        model.addAttribute("messages", rows);
        model.addAttribute("unread", rows.stream().filter(r -> !r.read()).count());
        return "account/messages";
    }

    @GetMapping("/messages/{id}")
    String open(@AuthenticationPrincipal ApplicantPrincipal principal, @PathVariable("id") String id, Model model) {
        long messageId;
        try {
            messageId = Long.parseLong(id);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException();
        }
        InboxMessage message = notifications.open(messageId, principal.applicantId());
        String link = message.getLink();
        boolean internal = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
        model.addAttribute("message", new Shown(message.getId(), message.getSubject(), message.getBody(),
                format(message), internal ? link : null));
        return "account/message";
    }

    private String format(InboxMessage message) {
        return TIME.withZone(clock.getZone()).format(message.getCreatedAt());
    }
}
