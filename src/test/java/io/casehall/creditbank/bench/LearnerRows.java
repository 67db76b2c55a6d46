package io.casehall.creditbank.bench;

import io.casehall.support.TestIdNumbers;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Learners and their achievements in bulk for the benchmark: valid, distinct ID numbers (a birth date per thousand,
 * region 430102) and names drawn from common surnames and given names, so that a name search finds a realistic
 * handful of people, not one and not thousands. Written with plain batched SQL, in chunks.
 */
public final class LearnerRows {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓燕", "子涵", "浩然", "雨桐", "思远", "欣怡", "梓轩",
            "一诺", "俊杰", "佳怡", "宇航", "诗琪", "博文", "雅婷", "家豪", "婉清", "晨曦", "天佑"};
    private static final int CHUNK = 2_000;

    private LearnerRows() {
    }

    /** The {@code i}-th person of the benchmark (0-based): a name and an ID number no other index shares. */
    public static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length]
                + (i % 7 == 0 ? GIVEN[(i / 97) % GIVEN.length] : "");
    }

    public static String idNumber(int i) {
        LocalDate birth = LocalDate.of(1995, 1, 1).plusDays(i / 1000);
        return TestIdNumbers.withCheck("430102" + birth.toString().replace("-", "") + String.format("%03d", i % 1000));
    }

    /**
     * Adds learners {@code from} (inclusive) to {@code to} (exclusive) to the institution, each with one achievement
     * stored against {@code achievementId} (personal number {@code prefix} + index).
     */
    public static void insert(JdbcTemplate jdbc, long institutionId, long achievementId, int from, int to, String prefix) {
        Timestamp now = Timestamp.from(Instant.now());
        int year = LocalDate.now().getYear();
        for (int start = from; start < to; start += CHUNK) {
            int end = Math.min(to, start + CHUNK);
            List<Object[]> learners = new ArrayList<>();
            for (int i = start; i < end; i++) {
                learners.add(new Object[] {institutionId, name(i), idNumber(i), now});
            }
            jdbc.batchUpdate("INSERT INTO cb_learner (institution_id, name, id_number, status, created_at) "
                    + "VALUES (?, ?, ?, 'INACTIVE', ?)", learners);
            List<Object[]> awards = new ArrayList<>();
            for (int i = start; i < end; i++) {
                awards.add(new Object[] {institutionId, achievementId, prefix + i, year, now, institutionId,
                        idNumber(i)});
            }
            jdbc.batchUpdate("INSERT INTO cb_learner_achievement (institution_id, achievement_id, learner_id, "
                    + "learner_name, id_number, personal_no, issue_date, stored_year, status, created_by, created_at) "
                    + "SELECT l.institution_id, ?, l.id, l.name, l.id_number, ?, DATE '2024-06-30', ?, "
                    + "'INSTITUTION_STORED', 'benchmark', ? FROM cb_learner l WHERE l.institution_id = ? "
                    + "AND l.id_number = ?", awards.stream().map(a -> new Object[] {a[1], a[2], a[3], a[4], a[5],
                    a[6]}).toList());
        }
    }
}
