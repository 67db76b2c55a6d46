package io.casehall.archive;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceRatingRepository extends JpaRepository<ServiceRating, Long> {

    List<ServiceRating> findTop200ByOrderByRatedAtDesc();

    @Query("select r.service, avg(r.stars), count(r) from ServiceRating r group by r.service")
    List<Object[]> averages();
}
