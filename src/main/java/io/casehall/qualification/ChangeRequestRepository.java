package io.casehall.qualification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    List<ChangeRequest> findByGraduateIdOrderBySubmittedAtDesc(Long graduateId);

    Optional<ChangeRequest> findFirstByGraduateIdAndStatus(Long graduateId, ChangeRequestStatus status);

    List<ChangeRequest> findByCampaignIdAndStatusOrderBySubmittedAt(Long campaignId, ChangeRequestStatus status);

    List<ChangeRequest> findByCampaignIdAndStatusOrderBySubmittedAt(Long campaignId, ChangeRequestStatus status,
                                                                   Pageable page);

    List<ChangeRequest> findByCampaignIdAndCollegeAndStatusOrderBySubmittedAt(Long campaignId, String college,
                                                                              ChangeRequestStatus status);

    long countByCampaignIdAndStatus(Long campaignId, ChangeRequestStatus status);

    /** Requests per status of one college: rows of (status, count). */
    @Query("select r.status, count(r) from ChangeRequest r where r.campaignId = ?1 and r.college = ?2 "
            + "group by r.status")
    List<Object[]> countByStatus(Long campaignId, String college);
}
