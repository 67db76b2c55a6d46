package io.casehall.account.registry;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Puts graduates into the registry directly, for tests about what reads it. */
@Component
public class GraduateRegistryRows {

    private final GraduateRecordRepository records;

    GraduateRegistryRows(GraduateRecordRepository records) {
        this.records = records;
    }

    public void add(String fullName, String idNumber, String studentNo) {
        records.save(new GraduateRecord(studentNo, fullName, idNumber, Instant.now()));
    }
}
