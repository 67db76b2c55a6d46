package io.casehall.staff.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The size of a group's work queue as its members see it, counted once for all of them and refreshed in the
 * background.
 * <p>
 * Tasklist's queue page ({@code POST filter/{id}/list}) and the console home count the whole queue every time
 * they are opened. With authorization on, the engine checks a grant for every task of the queue: about 0.3–0.4 s
 * of database time for a checkpoint queue of 10,000 tasks during a clearance season, asked again by every member
 * of the checkpoint every few seconds. The answer is the same for all of them: every task with a candidate group
 * carries a READ grant for that group, so a member of the group sees all of the group's tasks, and a grant of
 * their own cannot add a task outside the query ({@link QueueQuery}).
 * <p>
 * So a count is shared when it is a {@link QueueQuery} and the users have the same groups and tenants. Such a count is served from memory and recounted in the background once it is older than
 * {@code refreshAfter}, and never sooner than {@value #COST_FACTOR} times the last count took (a count that takes
 * 0.4 s is refreshed at most every 40 s: each shared queue costs the database at most 1 % of its time); a count
 * nobody asked for during {@code expireAfter} is counted again while the caller waits. Every other count — other
 * criteria, no signed-in user (the application's own counts), a group the user is not in — goes straight to the
 * database.
 */
final class QueueCounts {

    private static final Logger LOG = LoggerFactory.getLogger(QueueCounts.class);
    private static final int MAX_ENTRIES = 2_000;
    static final int COST_FACTOR = 100;

    /** What a shared count depends on: the query's criteria and the authorization identity, not the user. */
    record Key(String criteria, Set<String> groups, Set<String> tenants) {
    }

    /** Recounts a query in the background with the authentication of the user who asked for it. */
    interface Recount {
        long count(TaskQueryImpl query, Authentication authentication);
    }

    private static final class Entry {
        private volatile long count;
        private volatile long countedAt;
        private volatile long cost;
        private volatile long lastAskedAt;
        private final AtomicBoolean recounting = new AtomicBoolean();

        Entry(long count, long countedAt, long cost) {
            this.count = count;
            this.countedAt = countedAt;
            this.cost = cost;
            this.lastAskedAt = countedAt;
        }

        boolean isOld(long now, long refreshAfter) {
            return now - countedAt > Math.max(refreshAfter, COST_FACTOR * cost);
        }
    }

    private final long refreshAfterNanos;
    private final long expireAfterNanos;
    private final LongSupplier clock;
    private final ExecutorService recounts;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    QueueCounts(Duration refreshAfter, Duration expireAfter, LongSupplier clock, ExecutorService recounts) {
        this.refreshAfterNanos = refreshAfter.toNanos();
        this.expireAfterNanos = expireAfter.toNanos();
        this.clock = clock;
        this.recounts = recounts;
    }

    static QueueCounts inBackground(Duration refreshAfter, Duration expireAfter) {
        return new QueueCounts(refreshAfter, expireAfter, System::nanoTime, Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "queue-recount");
            thread.setDaemon(true);
            return thread;
        }));
    }

    boolean enabled() {
        return refreshAfterNanos > 0;
    }

    /**
     * The count of the query: shared and from memory when it may be, otherwise {@code countNow}'s answer.
     *
     * @param countNow counts in the caller's command, as the engine would
     * @param recount  counts a copy of the query later, outside the caller's command
     */
    long count(TaskQueryImpl query, Authentication authentication, LongSupplier countNow, Recount recount) {
        Optional<Key> shared = enabled() ? keyOf(query, authentication) : Optional.empty();
        if (shared.isEmpty()) {
            return countNow.getAsLong();
        }
        Key key = shared.get();
        long now = clock.getAsLong();
        Entry entry = entries.get(key);
        if (entry == null || now - entry.lastAskedAt > expireAfterNanos) {
            long count = countNow.getAsLong();
            long counted = clock.getAsLong();
            remember(key, new Entry(count, counted, counted - now));
            return count;
        }
        entry.lastAskedAt = now;
        if (entry.isOld(now, refreshAfterNanos) && entry.recounting.compareAndSet(false, true)) {
            recountLater(key, entry, authentication, recount);
        }
        return entry.count;
    }

    private void remember(Key key, Entry entry) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, entry);
    }

    private void recountLater(Key key, Entry entry, Authentication authentication, Recount recount) {
        TaskQueryImpl copy = QueueQuery.fromCriteria(key.criteria());
        try {
            recounts.execute(() -> {
                try {
                    long started = clock.getAsLong();
                    entry.count = recount.count(copy, authentication);
                    entry.countedAt = clock.getAsLong();
                    entry.cost = entry.countedAt - started;
                } catch (RuntimeException e) {
                    // The next caller counts while waiting instead.
                    entries.remove(key, entry);
                    LOG.warn("Recounting a shared work queue failed: {}", e.toString());
                } finally {
                    entry.recounting.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            entry.recounting.set(false);
        }
    }

    /** The key under which the count may be shared, or empty when this count must be made for this caller. */
    static Optional<Key> keyOf(TaskQueryImpl query, Authentication authentication) {
        return QueueQuery.of(query, authentication)
                .map(queue -> new Key(queue.criteria().toString(), queue.memberOf(), queue.tenants()));
    }

    void shutdown() {
        recounts.shutdownNow();
    }
}
