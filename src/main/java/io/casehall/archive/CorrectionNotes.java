package io.casehall.archive;

import java.util.ArrayList;
import java.util.List;

/** The applicant's correction notes as stored in one column: one entry a line, oldest first, at most 4000 chars. */
final class CorrectionNotes {

    static final int MAX_LENGTH = 4000;

    private CorrectionNotes() {
    }

    /** The stored notes with {@code note} added as its own line (nothing added for a blank note). */
    static String append(String stored, String note) {
        if (note == null || note.isBlank()) {
            return stored;
        }
        List<String> notes = new ArrayList<>(split(stored));
        notes.add(note.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
        String joined = String.join("\n", notes);
        while (joined.length() > MAX_LENGTH && notes.size() > 1) {
            notes.remove(0);
            joined = String.join("\n", notes);
        }
        return joined.length() > MAX_LENGTH ? joined.substring(0, MAX_LENGTH) : joined;
    }

    /** The notes, oldest first (empty when there were none). */
    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }
}
