package io.casehall.clearance;

import java.util.List;

/** What a batch did: the students it processed and the ones it refused, each with a reason. */
public record BatchOutcome(List<Long> done, List<Refusal> refused) {

    public BatchOutcome {
        done = List.copyOf(done);
        refused = List.copyOf(refused);
    }

    public int doneCount() {
        return done.size();
    }
}
