package io.casehall.qualification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QualificationGraduateRepository extends JpaRepository<QualificationGraduate, Long> {

    Optional<QualificationGraduate> findByCampaignIdAndStudentNo(Long campaignId, String studentNo);

    List<QualificationGraduate> findByCampaignIdAndStudentNoIn(Long campaignId, Collection<String> studentNos);

    List<QualificationGraduate> findByCampaignIdAndCollegeOrderByStudentNo(Long campaignId, String college);

    Page<QualificationGraduate> findByCampaignIdAndCheckStatusOrderByCollegeAscStudentNoAsc(
            Long campaignId, CheckStatus checkStatus, Pageable page);

    List<QualificationGraduate> findByApplicantAccountId(Long applicantAccountId);

    long countByCampaignId(Long campaignId);

    long countByCampaignIdAndCheckStatus(Long campaignId, CheckStatus checkStatus);

    /** The campaign's colleges in name order. */
    @Query("select distinct g.college from QualificationGraduate g where g.campaignId = ?1 order by g.college")
    List<String> collegesOf(Long campaignId);

    /** Graduates per check status of the campaign: rows of (status, count). */
    @Query("select g.checkStatus, count(g) from QualificationGraduate g where g.campaignId = ?1 group by g.checkStatus")
    List<Object[]> countByStatus(Long campaignId);

    /** Graduates per check status of one college: rows of (status, count). */
    @Query("select g.checkStatus, count(g) from QualificationGraduate g where g.campaignId = ?1 and g.college = ?2 "
            + "group by g.checkStatus")
    List<Object[]> countByStatus(Long campaignId, String college);

    /** Graduates per college and check status of the campaign: rows of (college, status, count). */
    @Query("select g.college, g.checkStatus, count(g) from QualificationGraduate g where g.campaignId = ?1 "
            + "group by g.college, g.checkStatus")
    List<Object[]> countByCollegeAndStatus(Long campaignId);
}
