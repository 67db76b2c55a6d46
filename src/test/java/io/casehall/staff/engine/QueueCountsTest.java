package io.casehall.staff.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.impl.util.JsonUtil;
import org.junit.jupiter.api.Test;

/** Which counts are shared between the members of a group, and how a shared count is kept fresh. */
class QueueCountsTest {

    private static final Authentication LIBRARIAN = new Authentication("lib01", List.of("clearanceLibrary"));

    private final AtomicLong now = new AtomicLong();
    private final QueueList queued = new QueueList();
    private final QueueCounts counts = new QueueCounts(Duration.ofSeconds(15), Duration.ofMinutes(5), now::get,
            queued);

    @Test
    void aGroupQueueIsSharedByTheMembersOfTheGroupWithTheSameGroups() {
        TaskQueryImpl queue = groupQueue("clearanceLibrary");
        Authentication colleague = new Authentication("lib02", List.of("clearanceLibrary"));

        assertThat(QueueCounts.keyOf(queue, LIBRARIAN)).isPresent()
                .isEqualTo(QueueCounts.keyOf(groupQueue("clearanceLibrary"), colleague));
        assertThat(QueueCounts.keyOf(queue, new Authentication("x", List.of("clearanceLibrary", "archiveClerk"))))
                .isNotEqualTo(QueueCounts.keyOf(queue, LIBRARIAN));
    }

    @Test
    void aTasklistFilterOnTheGroupIsShared() {
        TaskQueryImpl filter = (TaskQueryImpl) new JsonTaskQueryConverter().toObject(JsonUtil.asObject(
                "{\"candidateGroup\":\"clearanceLibrary\",\"includeAssignedTasks\":true}"));

        assertThat(QueueCounts.keyOf(filter, LIBRARIAN)).isPresent();
    }

    @Test
    void anythingMoreSpecificThanTheGroupIsCountedForTheCaller() {
        assertThat(QueueCounts.keyOf(groupQueue("clearanceFinance"), LIBRARIAN)).as("not a member").isEmpty();
        assertThat(QueueCounts.keyOf(groupQueue("clearanceLibrary"), null)).as("no user: the application").isEmpty();
        TaskQueryImpl named = groupQueue("clearanceLibrary");
        named.taskNameLike("%张%");
        assertThat(QueueCounts.keyOf(named, LIBRARIAN)).as("another criterion").isEmpty();
        TaskQueryImpl mine = new TaskQueryImpl();
        mine.taskAssignee("lib01");
        assertThat(QueueCounts.keyOf(mine, LIBRARIAN)).as("own tasks").isEmpty();
    }

    @Test
    void aSharedCountIsServedFromMemoryAndRecountedInTheBackgroundWhenOld() {
        AtomicInteger databaseCounts = new AtomicInteger();
        AtomicLong tasks = new AtomicLong(10_000);
        QueueCounts.Recount recount = (query, auth) -> {
            databaseCounts.incrementAndGet();
            return tasks.get();
        };
        TaskQueryImpl queue = groupQueue("clearanceLibrary");

        assertThat(count(queue, tasks, databaseCounts, recount)).isEqualTo(10_000);
        tasks.set(9_990);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(count(queue, tasks, databaseCounts, recount)).as("fresh enough").isEqualTo(10_000);
        assertThat(databaseCounts).hasValue(1);

        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(count(queue, tasks, databaseCounts, recount)).as("old: served, recount queued").isEqualTo(10_000);
        assertThat(queued.size()).isEqualTo(1);
        queued.runAll();
        assertThat(count(queue, tasks, databaseCounts, recount)).isEqualTo(9_990);
        assertThat(databaseCounts).hasValue(2);
    }

    @Test
    void anExpensiveCountIsRecountedLessOften() {
        AtomicInteger databaseCounts = new AtomicInteger();
        AtomicLong tasks = new AtomicLong(10_000);
        TaskQueryImpl queue = groupQueue("clearanceLibrary");
        counts.count(queue, LIBRARIAN, () -> {
            databaseCounts.incrementAndGet();
            now.addAndGet(Duration.ofMillis(400).toNanos());  // the count takes 0.4 s
            return tasks.get();
        }, (query, auth) -> tasks.get());

        now.addAndGet(Duration.ofSeconds(20).toNanos());
        count(queue, tasks, databaseCounts, (query, auth) -> tasks.get());
        assertThat(queued.size()).as("20 s < 100 × 0.4 s: not yet").isZero();

        now.addAndGet(Duration.ofSeconds(21).toNanos());
        count(queue, tasks, databaseCounts, (query, auth) -> tasks.get());
        assertThat(queued.size()).isEqualTo(1);
    }

    @Test
    void aCountNobodyAskedForLatelyIsCountedWhileTheCallerWaits() {
        AtomicInteger databaseCounts = new AtomicInteger();
        AtomicLong tasks = new AtomicLong(5);
        QueueCounts.Recount recount = (query, auth) -> tasks.get();
        TaskQueryImpl queue = groupQueue("clearanceLibrary");
        count(queue, tasks, databaseCounts, recount);

        tasks.set(7);
        now.addAndGet(Duration.ofMinutes(6).toNanos());

        assertThat(count(queue, tasks, databaseCounts, recount)).isEqualTo(7);
        assertThat(databaseCounts).hasValue(2);
    }

    private long count(TaskQueryImpl query, AtomicLong tasks, AtomicInteger databaseCounts,
                       QueueCounts.Recount recount) {
        return counts.count(query, LIBRARIAN, () -> {
            databaseCounts.incrementAndGet();
            return tasks.get();
        }, recount);
    }

    private static TaskQueryImpl groupQueue(String group) {
        TaskQueryImpl query = new TaskQueryImpl();
        query.taskCandidateGroup(group).includeAssignedTasks().active();
        return query;
    }

    /** An executor that keeps what it is given until the test runs it. */
    private static final class QueueList extends AbstractExecutorService {
        private final java.util.List<Runnable> tasks = new java.util.ArrayList<>();

        int size() {
            return tasks.size();
        }

        void runAll() {
            List<Runnable> now = List.copyOf(tasks);
            tasks.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
