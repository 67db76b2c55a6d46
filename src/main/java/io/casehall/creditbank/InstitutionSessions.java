package io.casehall.creditbank;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions (on every node: they are in the database), so that disabling or deleting a user, or
 * changing their roles, takes effect at once — in the institution space and in Tasklist alike.
 */
@Component
public class InstitutionSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    InstitutionSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    public void endAllOf(String userId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(userId).keySet().forEach(repository::deleteById);
        }
    }
}
