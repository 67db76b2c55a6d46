package io.casehall.creditbank.learner;

import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportSink;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SheetColumn;
import io.casehall.shared.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The learners' import (学员信息导入): 学员姓名 and 身份证号, both required; the ID number must be valid (checksum
 * included) and new to the institution. New accounts are written in batches at the end ({@link LearnerRows}).
 */
final class LearnerImport {

    static final String KIND = "creditbank-learners";
    static final String NAME = "name";
    static final String ID_NUMBER = "idNumber";

    record Data(String name, String idNumber) {
    }

    private LearnerImport() {
    }

    static ImportDefinition<Data> definition() {
        return ImportDefinition.<Data>builder(KIND, "学员信息")
                .column(SheetColumn.required(NAME, "学员姓名").aliases("姓名", "Name").example("李华").width(12))
                .column(SheetColumn.required(ID_NUMBER, "身份证号").aliases("身份证号码", "ID Number")
                        .example("110101199003074514").width(22))
                .parser(LearnerImport::parse)
                .uniqueBy(ID_NUMBER)
                .build();
    }

    static Data parse(SheetRow row, RowErrors errors) {
        String name = row.required(NAME, errors);
        row.maxLength(NAME, LearnerAccounts.MAX_NAME, errors);
        String idNumber = idNumber(row, ID_NUMBER, errors);
        return new Data(name, idNumber);
    }

    /** The ID number cell, normalized; a bad one (format, region, birth date, checksum) refuses the row. */
    static String idNumber(SheetRow row, String key, RowErrors errors) {
        String raw = row.required(key, errors);
        if (raw.isEmpty()) {
            return "";
        }
        String id = ChineseIdNumber.normalize(raw);
        ChineseIdNumber.check(id).ifPresent(problem -> errors.add("id.invalid." + problem.name()));
        return id;
    }

    /** Refuses ID numbers the institution has already; queues the new accounts and writes them in {@link #complete}. */
    static final class Sink implements ImportSink<Data> {

        private final long institutionId;
        private final LearnerRows rows;
        private final List<Data> accepted = new ArrayList<>();
        private Set<String> existing = Set.of();

        Sink(long institutionId, LearnerRows rows) {
            this.institutionId = institutionId;
            this.rows = rows;
        }

        @Override
        public void prepare(List<Data> all) {
            existing = rows.learnersOf(institutionId, all.stream().map(Data::idNumber).toList()).keySet();
        }

        @Override
        public RowOutcome apply(Data row, RowErrors errors) {
            if (existing.contains(row.idNumber())) {
                errors.add("creditbank.learner.import.exists", row.idNumber());
                return RowOutcome.REFUSED;
            }
            accepted.add(row);
            return RowOutcome.IMPORTED;
        }

        @Override
        public void complete() {
            rows.insertLearners(institutionId, accepted.stream()
                    .map(d -> new LearnerRows.NewLearner(d.name(), d.idNumber())).toList());
        }
    }
}
