package io.casehall.clearance;

/**
 * Search criteria of the on-site list, the back-office grid and the statistics; blank fields do not filter.
 * {@code query} matches a student number exactly or by prefix, or a name by substring (the seed's one box
 * 学号/姓名); the other fields match exactly except {@code name}, {@code major} and {@code className}
 * (substring). {@code state} applies only to searches at one checkpoint.
 */
public record StudentFilter(String query, String studentNo, String candidateNo, String name, String department,
                            String major, String className, String gender, String level, String category,
                            CheckpointState state) {

    public static StudentFilter none() {
        return new StudentFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Just the one search box (学号 or 姓名). */
    public static StudentFilter query(String query) {
        return new StudentFilter(query, null, null, null, null, null, null, null, null, null, null);
    }
}
