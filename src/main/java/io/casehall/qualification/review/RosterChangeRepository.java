package io.casehall.qualification.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RosterChangeRepository extends JpaRepository<RosterChange, Long> {

    List<RosterChange> findByCampaignIdAndCollegeOrderByRequestedAtDesc(Long campaignId, String college);

    List<RosterChange> findByCampaignIdOrderByRequestedAtDesc(Long campaignId);

    boolean existsByCampaignIdAndGraduateIdAndStatus(Long campaignId, Long graduateId, RosterChangeStatus status);

    boolean existsByCampaignIdAndTypeAndGraduateStudentNoAndStatus(Long campaignId, RosterChangeType type,
                                                                   String studentNo, RosterChangeStatus status);
}
