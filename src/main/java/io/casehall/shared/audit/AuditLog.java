package io.casehall.shared.audit;

import io.casehall.shared.security.Actor;
import io.casehall.shared.security.CurrentActor;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records every state change a person makes, and every read of sensitive personal data. */
@Service
public class AuditLog {

    private final AuditEventRepository repository;
    private final Clock clock;

    public AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action of the current request's actor (the system in jobs and delegates). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, Object objectId, String detail) {
        record(CurrentActor.get(), action, objectType, objectId, detail);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Actor actor, String action, String objectType, Object objectId, String detail) {
        repository.save(new AuditEvent(clock.instant(), actor.actorKind().name(), actor.actorId(), action,
                objectType, objectId == null ? null : objectId.toString(), detail));
    }
}
