package io.casehall.creditbank.messages;

import io.casehall.creditbank.InstitutionPrincipal;
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

/** 我的消息 of the signed-in institution user: only their own messages exist here. */
@Controller
class InstitutionMessagesController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NotificationService notifications;
    private final Clock clock;

    InstitutionMessagesController(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    record Row(Long id, String subject, String time, boolean read) {
    }

    record Shown(Long id, String subject, String body, String time, String link) {
    }

    @GetMapping("/institution/messages")
    String list(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        List<Row> rows = notifications.inboxOfUser(me.userId()).stream()
                .map(m -> new Row(m.getId(), m.getSubject(), format(m), m.isRead())).toList();
        model.addAttribute("messages", rows);
        model.addAttribute("unread", rows.stream().filter(r -> !r.read()).count());
        return "creditbank/messages/list";
    }

    @GetMapping("/institution/messages/{id}")
    String open(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("id") String id, Model model) {
        long messageId;
        try {
            messageId = Long.parseLong(id);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException();
        }
        InboxMessage message = notifications.openForUser(messageId, me.userId());
        String link = message.getLink();
        boolean internal = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
        model.addAttribute("message", new Shown(message.getId(), message.getSubject(), message.getBody(),
                format(message), internal ? link : null));
        return "creditbank/messages/message";
    }

    private String format(InboxMessage message) {
        return TIME.withZone(clock.getZone()).format(message.getCreatedAt());
    }
}
