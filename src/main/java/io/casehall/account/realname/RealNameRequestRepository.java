package io.casehall.account.realname;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RealNameRequestRepository extends JpaRepository<RealNameRequest, Long> {

    Optional<RealNameRequest> findFirstByApplicantIdOrderByIdDesc(Long applicantId);

    List<RealNameRequest> findByApplicantIdAndStatus(Long applicantId, RequestStatus status);
}
