package io.casehall.archive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailRequestRepository extends JpaRepository<EmailRequest, Long> {

    List<EmailRequest> findByApplicationIdOrderByRequestedAtDesc(Long applicationId);

    Optional<EmailRequest> findByRequestKey(String requestKey);
}
