package io.casehall.creditbank.conversion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The review history (审核记录) of one learner's conversion; the caller has checked who may read the item. */
public interface ConversionReviewRepository extends JpaRepository<ConversionReview, Long> {

    List<ConversionReview> findByItemIdOrderByIdAsc(Long itemId);
}
