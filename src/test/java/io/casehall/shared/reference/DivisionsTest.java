package io.casehall.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The division list as shipped (statistics bureau 2023 codes, the 31 mainland provincial-level divisions). */
class DivisionsTest {

    private static final Divisions DIVISIONS = new Divisions();

    @Test
    void theListHasTheThirtyOneMainlandProvincesAndTheirCountyLevelDivisions() {
        assertThat(DIVISIONS.provinces()).hasSize(31);
        assertThat(DIVISIONS.provinces().get(0)).isEqualTo(new Division("110000", "北京市", null, false));
        assertThat(DIVISIONS.provinces()).extracting(Division::name).contains("新疆维吾尔自治区", "海南省")
                .doesNotContain("台湾省", "香港特别行政区", "澳门特别行政区");
        long counties = DIVISIONS.provinces().stream()
                .flatMap(p -> DIVISIONS.children(p.code()).stream())
                .mapToLong(c -> c.leaf() ? 1 : DIVISIONS.children(c.code()).size()).sum();
        // 2,978 county-level rows less the 124 statistics-only zones.
        assertThat(counties).isEqualTo(2854);
    }

    @Test
    void placesAreNamedWithoutTheStatisticsListsPlaceholderLevel() {
        List<String> henan = DIVISIONS.namedChildren("410000").stream().map(Division::name).toList();
        assertThat(henan).contains("郑州市", "济源市").noneMatch(name -> name.contains("直辖县级"));
        assertThat(DIVISIONS.namedChildren(null)).isEqualTo(DIVISIONS.provinces());
    }

    @Test
    void aKnownCountyResolvesToItsFullName() {
        assertThat(DIVISIONS.fullName("130102")).isEqualTo("河北省 石家庄市 长安区");
        assertThat(DIVISIONS.fullName("110108")).isEqualTo("北京市 海淀区");
        assertThat(DIVISIONS.fullName("419001")).isEqualTo("河南省 济源市");
        assertThat(DIVISIONS.isSelectableLeaf("130102")).isTrue();
        assertThat(DIVISIONS.path("130102")).extracting(Division::code).containsExactly("130000", "130100", "130102");
    }

    @Test
    void theMunicipalitiesHaveTheirDistrictsDirectly() {
        for (String municipality : List.of("110000", "120000", "310000", "500000")) {
            List<Division> districts = DIVISIONS.children(municipality);
            assertThat(districts).isNotEmpty().allMatch(Division::leaf)
                    .allMatch(d -> d.parentCode().equals(municipality));
        }
        assertThat(DIVISIONS.children("110000")).extracting(Division::name).contains("海淀区", "朝阳区");
        assertThat(DIVISIONS.children("500000")).extracting(Division::name).contains("渝中区", "巫山县");
        assertThat(DIVISIONS.find("110100")).isEmpty();
    }

    @Test
    void aCityWithoutCountiesIsItselfTheChoiceAndProvincesAndCitiesAreNot() {
        assertThat(DIVISIONS.isSelectableLeaf("441900")).isTrue();
        assertThat(DIVISIONS.fullName("441900")).isEqualTo("广东省 东莞市");
        assertThat(DIVISIONS.isSelectableLeaf("130100")).isFalse();
        assertThat(DIVISIONS.isSelectableLeaf("130000")).isFalse();
    }

    @Test
    void unknownCodesAndStatisticsOnlyZonesAreRejected() {
        assertThat(DIVISIONS.find("999999")).isEmpty();
        assertThat(DIVISIONS.find("130171")).as("石家庄高新技术产业开发区 is a statistics zone").isEmpty();
        assertThat(DIVISIONS.isSelectableLeaf("130171")).isFalse();
        assertThat(DIVISIONS.isSelectableLeaf(null)).isFalse();
        assertThat(DIVISIONS.children("999999")).isEmpty();
        assertThatThrownBy(() -> DIVISIONS.fullName("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theThreeSelectsNameACountyInsideTheLevelsAboveIt() {
        assertThat(DIVISIONS.choose("130000", "130100", "130102").place().code()).isEqualTo("130102");
        assertThat(DIVISIONS.choose("110000", "110108", "").place().code()).isEqualTo("110108");
        assertThat(DIVISIONS.choose("440000", "441900", null).place().code()).isEqualTo("441900");
        assertThat(DIVISIONS.choose("", "", "").problemKey()).isEqualTo(DivisionChoice.REQUIRED);
        assertThat(DIVISIONS.choose("130000", "130100", "").problemKey()).isEqualTo(DivisionChoice.NOT_LEAF);
        assertThat(DIVISIONS.choose("130000", "", "").problemKey()).isEqualTo(DivisionChoice.NOT_LEAF);
        assertThat(DIVISIONS.choose("110000", "130100", "130102").problemKey()).isEqualTo(DivisionChoice.UNKNOWN);
        assertThat(DIVISIONS.choose("130000", "130100", "130171").problemKey()).isEqualTo(DivisionChoice.UNKNOWN);
    }

    @Test
    void theSelectsGetTheOptionsOfTheCurrentChoice() {
        DivisionCascade cascade = DIVISIONS.cascade("130000", "130100", "130102");
        assertThat(cascade.provinces()).hasSize(31);
        assertThat(cascade.cities()).extracting(Division::name).contains("石家庄市", "唐山市");
        assertThat(cascade.districts()).extracting(Division::name).contains("长安区");
        DivisionCascade municipality = DIVISIONS.cascade("110000", "110108", null);
        assertThat(municipality.cities()).extracting(Division::name).contains("海淀区");
        assertThat(municipality.districts()).isEmpty();
        assertThat(DIVISIONS.cascade("x", null, null).cities()).isEmpty();
    }
}
