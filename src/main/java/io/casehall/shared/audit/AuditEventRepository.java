package io.casehall.shared.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: the log has no update or delete. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    /**
     * The filters of the search methods: a null text parameter does not filter. The time bounds are always
     * set (PostgreSQL cannot type a null timestamp parameter in "is null"): the default methods below stand
     * in {@link #EARLIEST} and {@link #LATEST} for an open end.
     */
    String FILTERS = "(:action is null or e.action = :action)"
            + " and (:objectType is null or e.objectType = :objectType)"
            + " and (:objectId is null or e.objectId = :objectId)"
            + " and (:actorId is null or e.actorId = :actorId)"
            + " and e.occurredAt >= :from and e.occurredAt < :toExclusive";

    /** Before any event: the lower bound of a search without a start. */
    Instant EARLIEST = Instant.EPOCH;
    /** After any event: the upper bound of a search without an end (a year every database stores). */
    Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);

    List<AuditEvent> findByActionOrderByIdDesc(String action, Pageable page);

    List<AuditEvent> findAllByOrderByIdDesc(Pageable page);

    long count();

    /**
     * Events matching the filters, newest first (by time, then id). Every filter is optional (null): action,
     * object type and id, and actor id match exactly; the time range is {@code [from, toExclusive)}.
     */
    default Page<AuditEvent> search(String action, String objectType, String objectId, String actorId,
                                    Instant from, Instant toExclusive, Pageable page) {
        return searchWithin(action, objectType, objectId, actorId, orEarliest(from), orLatest(toExclusive), page);
    }

    /** How many events {@link #search} finds. */
    default long countMatching(String action, String objectType, String objectId, String actorId,
                               Instant from, Instant toExclusive) {
        return countWithin(action, objectType, objectId, actorId, orEarliest(from), orLatest(toExclusive));
    }

    /**
     * The next events in {@link #search}'s order after the event ({@code afterTime}, {@code afterId}),
     * without counting: for reading a long result in batches (keyset paging, stable while events arrive).
     */
    default List<AuditEvent> searchAfter(String action, String objectType, String objectId, String actorId,
                                         Instant from, Instant toExclusive, Instant afterTime, long afterId,
                                         Pageable page) {
        return searchWithinAfter(action, objectType, objectId, actorId, orEarliest(from), orLatest(toExclusive),
                afterTime, afterId, page);
    }

    /** {@link #search} with both time bounds set. */
    @Query(value = "select e from AuditEvent e where " + FILTERS + " order by e.occurredAt desc, e.id desc",
            countQuery = "select count(e) from AuditEvent e where " + FILTERS)
    Page<AuditEvent> searchWithin(@Param("action") String action, @Param("objectType") String objectType,
                                  @Param("objectId") String objectId, @Param("actorId") String actorId,
                                  @Param("from") Instant from, @Param("toExclusive") Instant toExclusive,
                                  Pageable page);

    /** {@link #countMatching} with both time bounds set. */
    @Query("select count(e) from AuditEvent e where " + FILTERS)
    long countWithin(@Param("action") String action, @Param("objectType") String objectType,
                     @Param("objectId") String objectId, @Param("actorId") String actorId,
                     @Param("from") Instant from, @Param("toExclusive") Instant toExclusive);

    /** {@link #searchAfter} with both time bounds set. */
    @Query("select e from AuditEvent e where " + FILTERS
            + " and (e.occurredAt < :afterTime or (e.occurredAt = :afterTime and e.id < :afterId))"
            + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> searchWithinAfter(@Param("action") String action, @Param("objectType") String objectType,
                                       @Param("objectId") String objectId, @Param("actorId") String actorId,
                                       @Param("from") Instant from, @Param("toExclusive") Instant toExclusive,
                                       @Param("afterTime") Instant afterTime, @Param("afterId") long afterId,
                                       Pageable page);

    private static Instant orEarliest(Instant from) {
        return from == null ? EARLIEST : from;
    }

    private static Instant orLatest(Instant toExclusive) {
        return toExclusive == null ? LATEST : toExclusive;
    }
}
