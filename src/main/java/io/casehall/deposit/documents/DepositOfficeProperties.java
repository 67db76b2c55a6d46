package io.casehall.deposit.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The archive office as its documents name it ({@code casehall.deposit-office.*}): the office, where agencies
 * send archives, and its telephone, in Chinese and English. The defaults are the demonstration university's.
 */
@ConfigurationProperties("casehall.deposit-office")
public record DepositOfficeProperties(String name, String nameEn, String address, String addressEn, String postcode,
                                      String telephone) {

    public DepositOfficeProperties {
        name = orDefault(name, "CaseHall 示范大学档案馆");
        nameEn = orDefault(nameEn, "Archives of CaseHall Demonstration University");
        address = orDefault(address, "示范市学府路1号 档案馆111室");
        addressEn = orDefault(addressEn, "Room 111, Archives Building, 1 Xuefu Road, Shifan");
        postcode = orDefault(postcode, "100000");
        telephone = orDefault(telephone, "010-6000 0111");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
