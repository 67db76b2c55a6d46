package io.casehall.shared.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findTop100ByOrderByIdDesc();

    List<OutboxMessage> findByRecipientOrderByIdDesc(String recipient);
}
