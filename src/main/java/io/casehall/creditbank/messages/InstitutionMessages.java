package io.casehall.creditbank.messages;

import io.casehall.creditbank.InstitutionIdentity;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.InstitutionUserRepository;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages for institution users (我的消息), in the one shared message centre. Other credit-bank features tell an
 * institution something with {@link #notifyInstitution}: every enabled user of the institution in the group gets
 * the message, with the link to where it is handled.
 */
@Service
public class InstitutionMessages {

    private final InstitutionUserRepository users;
    private final InstitutionIdentity identity;
    private final NotificationService notifications;

    InstitutionMessages(InstitutionUserRepository users, InstitutionIdentity identity,
                        NotificationService notifications) {
        this.users = users;
        this.identity = identity;
        this.notifications = notifications;
    }

    /** A message in the inbox of every enabled user of the institution who is a member of {@code group}. */
    @Transactional
    public int notifyInstitution(Long institutionId, String group, Notice notice) {
        int sent = 0;
        for (InstitutionUser user : users.findByInstitutionIdOrderByCreatedAtAsc(institutionId)) {
            if (user.isEnabled() && (group == null || identity.groupsOf(user.getUserId()).contains(group))) {
                notifications.notifyUser(user.getUserId(), null, Locale.SIMPLIFIED_CHINESE, notice);
                sent++;
            }
        }
        return sent;
    }

    /** A message in one user's inbox. */
    @Transactional
    public void notifyUser(String userId, Notice notice) {
        notifications.notifyUser(userId, null, Locale.SIMPLIFIED_CHINESE, notice);
    }
}
