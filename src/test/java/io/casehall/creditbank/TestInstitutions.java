package io.casehall.creditbank;

import io.casehall.support.UniqueData;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered institutions for tests, each a school of its own in the reference list, opened and completed through
 * {@link InstitutionAccounts} as a registration would: the administrator (login = school code) and, on request, a
 * plain sub-user. Passwords are {@link #PASSWORD}.
 */
@Component
public class TestInstitutions {

    public static final String PASSWORD = "School2026";

    private final SchoolRepository schools;
    private final InstitutionAccounts accounts;
    private final InstitutionRepository institutions;
    private final java.time.Clock clock;
    private final AchievementRepository achievements;

    TestInstitutions(SchoolRepository schools, InstitutionAccounts accounts, InstitutionRepository institutions,
                     java.time.Clock clock, AchievementRepository achievements) {
        this.achievements = achievements;
        this.schools = schools;
        this.accounts = accounts;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** A school in the reference list, not registered yet. */
    @Transactional
    public School school(String name) {
        return schools.save(new School("430000", "湖南省教育厅", UniqueData.schoolCode(), name, "高职（专科）"));
    }

    /** A registered, active institution with its administrator (and the administrator's mobile). */
    @Transactional
    public Registered registered(String name) {
        School school = school(name);
        String phone = UniqueData.mobile();
        Institution institution = accounts.open(school, PASSWORD, phone);
        institution.recordRegistrant("王登记", io.casehall.support.TestIdNumbers.next(), clock.instant());
        institution.updateDetails(new InstitutionDetails("湖南省教育厅", null, "高职（专科）", "李校长", "王老师", phone,
                "office@example.cn", "410000", "长沙市岳麓区学府路1号", "职业教育", null), true, clock.instant());
        institutions.save(institution);
        return new Registered(institution, InstitutionAccounts.administratorLogin(school), phone);
    }

    /** A plain sub-user (机构用户) of the institution; login starts with a letter. */
    @Transactional
    public InstitutionUser subUser(Registered institution, String name, List<String> groups) {
        String login = "u" + UniqueData.schoolCode();
        return accounts.addUser(institution.institution().getId(), login, name, UniqueData.mobile(), PASSWORD, groups);
    }

    /** An achievement of the institution (a vocational certificate), stored as its administrator would; its id. */
    @Transactional
    public long achievementOf(Registered institution, String name) {
        return achievements.save(new Achievement(institution.institution().getId(), new AchievementData(name,
                AchievementSubtype.VOCATIONAL_CERTIFICATE, institution.institution().getName(), "高职（专科）", null, null,
                "现代物流管理", null, "毕业", java.math.BigDecimal.valueOf(3), null, null, java.math.BigDecimal.valueOf(120),
                null, "测试成果"), institution.adminLogin(), clock.instant())).getId();
    }

    public record Registered(Institution institution, String adminLogin, String adminPhone) {
    }
}
