package io.casehall.qualification.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.shared.reference.Divisions;
import org.junit.jupiter.api.Test;

/** Origin places as imports write them, resolved to one county-level division or refused with the right reason. */
class OriginPlacesTest {

    private static final OriginPlaces PLACES = new OriginPlaces(new Divisions());

    @Test
    void namesAndCodesResolveToOneCounty() {
        assertThat(PLACES.resolve("北京市朝阳区").code()).isEqualTo("110105");
        assertThat(PLACES.resolve("北京市 朝阳区").code()).isEqualTo("110105");
        assertThat(PLACES.resolve("辽宁省沈阳市皇姑区").code()).isEqualTo("210105");
        assertThat(PLACES.resolve("沈阳市皇姑区").code()).isEqualTo("210105");
        assertThat(PLACES.resolve("皇姑区").code()).isEqualTo("210105");
        assertThat(PLACES.resolve("辽宁省大连市中山区").code()).isEqualTo("210202");
        assertThat(PLACES.resolve("210202").code()).isEqualTo("210202");
        assertThat(PLACES.resolve("广东省东莞市").code()).as("a city without counties").isEqualTo("441900");
    }

    @Test
    void aCityOrProvinceWhereACountyIsNeededIsRefused() {
        assertThat(PLACES.resolve("辽宁省沈阳市").problemKey()).isEqualTo(OriginPlaces.NOT_COUNTY);
        assertThat(PLACES.resolve("沈阳市").problemKey()).isEqualTo(OriginPlaces.NOT_COUNTY);
        assertThat(PLACES.resolve("辽宁省").problemKey()).isEqualTo(OriginPlaces.NOT_COUNTY);
        assertThat(PLACES.resolve("210100").problemKey()).isEqualTo(OriginPlaces.NOT_COUNTY);
    }

    @Test
    void anAmbiguousOrUnknownPlaceIsRefused() {
        assertThat(PLACES.resolve("朝阳区").problemKey()).isEqualTo(OriginPlaces.AMBIGUOUS);
        assertThat(PLACES.resolve("火星市奥林匹斯区").problemKey()).isEqualTo(OriginPlaces.UNKNOWN);
        assertThat(PLACES.resolve("130171").problemKey()).as("a statistics-only zone").isEqualTo(OriginPlaces.UNKNOWN);
        assertThat(PLACES.resolve("999999").problemKey()).isEqualTo(OriginPlaces.UNKNOWN);
    }
}
