package io.casehall.staff.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The groups that have grants are read once and remembered; a group without any is asked about again. */
class AuthorizedGroupsTest {

    private final AtomicLong now = new AtomicLong();
    private final AuthorizedGroups groups = new AuthorizedGroups(Duration.ofSeconds(5), now::get);
    private final AtomicInteger reads = new AtomicInteger();
    private Set<String> table = Set.of("clearanceLibrary", "archiveClerk");

    private final Supplier<Set<String>> read = () -> {
        reads.incrementAndGet();
        return table;
    };

    @Test
    void theUsersGroupsThatHaveGrantsAreReadOnceForAllCommands() {
        assertThat(groups.filter(List.of("clearanceLibrary"), read)).containsExactly("clearanceLibrary");
        assertThat(groups.filter(List.of("clearanceLibrary"), read)).containsExactly("clearanceLibrary");
        assertThat(groups.filter(List.of("archiveClerk", "clearanceLibrary"), read))
                .containsExactlyInAnyOrder("archiveClerk", "clearanceLibrary");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aGroupWithoutGrantsIsLeftOutAndAskedAboutAgainLater() {
        assertThat(groups.filter(List.of("clearanceLibrary", "newCollege"), read)).containsExactly("clearanceLibrary");
        assertThat(groups.filter(List.of("clearanceLibrary", "newCollege"), read)).containsExactly("clearanceLibrary");
        assertThat(reads).as("remembered for a few seconds").hasValue(1);

        table = Set.of("clearanceLibrary", "archiveClerk", "newCollege");  // granted on another node
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(groups.filter(List.of("clearanceLibrary", "newCollege"), read))
                .containsExactlyInAnyOrder("clearanceLibrary", "newCollege");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aGrantMadeOnThisNodeCountsAtOnce() {
        groups.filter(List.of("newCollege"), read);
        groups.granted("newCollege");

        assertThat(groups.filter(List.of("newCollege"), read)).containsExactly("newCollege");
        assertThat(reads).hasValue(1);
        assertThat(groups.filter(List.of(), read)).isEmpty();
    }
}
