package io.casehall.qualification.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.qualification.HomeAddress;
import io.casehall.shared.reference.Divisions;
import org.junit.jupiter.api.Test;

/** An imported address's full text read into the parts the 申请修改 form opens with. */
class AddressSplitterTest {

    private static final AddressSplitter SPLITTER = new AddressSplitter(new Divisions());

    @Test
    void aFullAddressGivesItsCountyStreetAndHouseNumber() {
        assertThat(SPLITTER.split("辽宁省沈阳市皇姑区崇山中路66号"))
                .isEqualTo(new HomeAddress("210105", "崇山中路", "66号", "辽宁省沈阳市皇姑区崇山中路66号"));
        assertThat(SPLITTER.split("北京市东城区东四十条24号"))
                .isEqualTo(new HomeAddress("110101", "东四十条", "24号", "北京市东城区东四十条24号"));
    }

    @Test
    void theSeedsAddressWithoutItsProvinceIsFoundByItsCity() {
        HomeAddress address = SPLITTER.split("沈阳市皇姑区崇山中路66号");
        assertThat(address.divisionCode()).isEqualTo("210105");
        assertThat(address.street()).isEqualTo("崇山中路");
        assertThat(address.houseNo()).isEqualTo("66号");
    }

    @Test
    void shortNamesSpacesAndCountiesUnderAProvinceDirectlyAreRead() {
        assertThat(SPLITTER.split("辽宁 大连 甘井子区 红旗西路 8号").divisionCode()).isEqualTo("210211");
        assertThat(SPLITTER.split("河南省济源市济水大街12号").divisionCode()).isEqualTo("419001");
        assertThat(SPLITTER.split("吉林市船营区北京路5号").divisionCode()).isEqualTo("220204");
    }

    @Test
    void aVillageGroupWithoutDigitsFollowsTheVillage() {
        HomeAddress address = SPLITTER.split("河北省石家庄市长安区西兴村三组");
        assertThat(address.divisionCode()).isEqualTo("130102");
        assertThat(address.street()).isEqualTo("西兴村");
        assertThat(address.houseNo()).isEqualTo("三组");
    }

    @Test
    void whatCannotBeReadStaysEmpty() {
        HomeAddress unknown = SPLITTER.split("学校宿舍");
        assertThat(unknown.divisionCode()).isNull();
        assertThat(unknown.street()).isEqualTo("学校宿舍");
        assertThat(unknown.houseNo()).isNull();
        HomeAddress provinceOnly = SPLITTER.split("辽宁省");
        assertThat(provinceOnly.divisionCode()).isEqualTo("210000");
        assertThat(provinceOnly.street()).isNull();
        assertThat(SPLITTER.split(null).textOnly()).isTrue();
    }
}
