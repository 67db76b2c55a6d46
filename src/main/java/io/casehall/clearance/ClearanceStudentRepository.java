package io.casehall.clearance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClearanceStudentRepository extends JpaRepository<ClearanceStudent, Long> {

    List<ClearanceStudent> findByPlanIdAndStudentNoIn(long planId, Collection<String> studentNos);

    List<ClearanceStudent> findByPlanIdAndIdNumberIn(long planId, Collection<String> idNumbers);

    long countByPlanId(long planId);

    @Query("select count(s) from ClearanceStudent s where s.planId = ?1 and s.processInstanceId is not null")
    long countLaunched(long planId);

    @Query("select s.id from ClearanceStudent s where s.planId = ?1 and s.processInstanceId is null order by s.id")
    List<Long> findUnlaunchedIds(long planId);
}
