package io.casehall.shared.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: the log has no update or delete. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);

    List<AuditEvent> findByActionOrderByIdDesc(String action, Pageable page);

    List<AuditEvent> findAllByOrderByIdDesc(Pageable page);

    long count();
}
