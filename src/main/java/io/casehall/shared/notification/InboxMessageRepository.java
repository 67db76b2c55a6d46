package io.casehall.shared.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboxMessageRepository extends JpaRepository<InboxMessage, Long> {

    List<InboxMessage> findByApplicantIdOrderByIdDesc(Long applicantId);

    long countByApplicantIdAndReadAtIsNull(Long applicantId);

    Optional<InboxMessage> findByIdAndApplicantId(Long id, Long applicantId);

    List<InboxMessage> findByUserIdOrderByIdDesc(String userId);

    long countByUserIdAndReadAtIsNull(String userId);

    Optional<InboxMessage> findByIdAndUserId(Long id, String userId);

    boolean existsByDedupKey(String dedupKey);
}
