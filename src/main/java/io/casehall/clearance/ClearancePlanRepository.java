package io.casehall.clearance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClearancePlanRepository extends JpaRepository<ClearancePlan, Long> {

    Optional<ClearancePlan> findByName(String name);

    List<ClearancePlan> findAllByOrderByIdDesc();
}
