package io.casehall.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeListsTest {

    @Test
    void theFiftySixEthnicGroupsCarryTheirStandardCodes() {
        EthnicGroups groups = new EthnicGroups();
        assertThat(groups.size()).isEqualTo(56);
        assertThat(groups.find("01")).contains(new CodedName("01", "汉族"));
        assertThat(groups.find("56")).contains(new CodedName("56", "基诺族"));
        assertThat(groups.byName(" 维吾尔族 ").map(CodedName::code)).contains("05");
        assertThat(groups.names()).doesNotHaveDuplicates();
        assertThat(groups.isName("火星族")).isFalse();
    }

    @Test
    void politicalStatusFollowsTheStandardFromPartyMemberToTheMasses() {
        PoliticalStatuses statuses = new PoliticalStatuses();
        assertThat(statuses.size()).isEqualTo(13);
        assertThat(statuses.names()).startsWith("中共党员", "中共预备党员", "共青团员").endsWith("群众");
        assertThat(statuses.find("13").map(CodedName::name)).contains("群众");
    }

    @Test
    void maritalAndChildbearingStatusAreShortLists() {
        assertThat(new MaritalStatuses().names()).containsExactly("未婚", "已婚", "丧偶", "离婚", "未说明");
        assertThat(new ChildbearingStatuses().names()).containsExactly("未育", "已育");
    }
}
