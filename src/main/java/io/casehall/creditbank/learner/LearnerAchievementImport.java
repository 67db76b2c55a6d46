package io.casehall.creditbank.learner;

import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportSink;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SheetColumn;
import io.casehall.shared.spreadsheet.SheetRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learners' import of one achievement (学员信息导入 on the achievement's page): 学员姓名, 身份证号, 个人成果编号 and
 * 颁证日期 (YYYY-MM-DD), all required. A personal number used twice in the file or already in the institution, a bad
 * ID number, or a name that differs from the institution's account for that ID number refuses the row with the
 * reason. Learners and personal numbers are looked up in bulk first; accepted rows are inserted in batches at the end.
 */
final class LearnerAchievementImport {

    static final String KIND = "creditbank-learner-achievements";
    static final String NAME = "name";
    static final String ID_NUMBER = "idNumber";
    static final String PERSONAL_NO = "personalNo";
    static final String ISSUE_DATE = "issueDate";
    static final int MAX_PERSONAL_NO = 64;

    record Data(String name, String idNumber, String personalNo, LocalDate issueDate) {
    }

    private LearnerAchievementImport() {
    }

    static ImportDefinition<Data> definition(LocalDate today) {
        return ImportDefinition.<Data>builder(KIND, "学员成果")
                .column(SheetColumn.required(NAME, "学员姓名").aliases("姓名", "Name").example("李华").width(12))
                .column(SheetColumn.required(ID_NUMBER, "身份证号").aliases("身份证号码", "ID Number")
                        .example("110101199003074514").width(22))
                .column(SheetColumn.required(PERSONAL_NO, "个人成果编号").aliases("Personal No.")
                        .example("cs00013").width(18))
                .column(SheetColumn.required(ISSUE_DATE, "颁证日期").aliases("Issue Date")
                        .hint("creditbank.learnerAchievement.import.dateHint").example("2022-03-01").width(12))
                .parser((row, errors) -> parse(row, errors, today))
                .uniqueBy(PERSONAL_NO)
                .build();
    }

    static Data parse(SheetRow row, RowErrors errors, LocalDate today) {
        String name = row.required(NAME, errors);
        row.maxLength(NAME, LearnerAccounts.MAX_NAME, errors);
        String idNumber = LearnerImport.idNumber(row, ID_NUMBER, errors);
        String personalNo = row.required(PERSONAL_NO, errors);
        row.maxLength(PERSONAL_NO, MAX_PERSONAL_NO, errors);
        row.required(ISSUE_DATE, errors);
        LocalDate issued = row.date(ISSUE_DATE, errors);
        if (issued != null && issued.isAfter(today)) {
            errors.add("creditbank.learnerAchievement.issueDateFuture", issued.toString());
        }
        return new Data(name, idNumber, personalNo, issued);
    }

    static final class Sink implements ImportSink<Data> {

        private final long institutionId;
        private final long achievementId;
        private final String status;
        private final int storedYear;
        private final String createdBy;
        private final LearnerRows rows;
        private Map<String, LearnerRows.ExistingLearner> learners = new HashMap<>();
        private Set<String> personalNos = new HashSet<>();
        private final Map<String, String> newLearners = new LinkedHashMap<>();
        private final List<Data> accepted = new ArrayList<>();

        Sink(long institutionId, long achievementId, String status, int storedYear, String createdBy,
             LearnerRows rows) {
            this.institutionId = institutionId;
            this.achievementId = achievementId;
            this.status = status;
            this.storedYear = storedYear;
            this.createdBy = createdBy;
            this.rows = rows;
        }

        @Override
        public void prepare(List<Data> all) {
            learners = new HashMap<>(rows.learnersOf(institutionId, all.stream().map(Data::idNumber).toList()));
            personalNos = new HashSet<>(rows.personalNumbersTaken(institutionId,
                    all.stream().map(Data::personalNo).toList()));
        }

        @Override
        public RowOutcome apply(Data row, RowErrors errors) {
            if (personalNos.contains(row.personalNo())) {
                errors.add("creditbank.learnerAchievement.personalNoTaken", row.personalNo());
            }
            LearnerRows.ExistingLearner existing = learners.get(row.idNumber());
            String accountName = existing != null ? existing.name() : newLearners.get(row.idNumber());
            if (accountName != null && !accountName.equals(row.name())) {
                errors.add("creditbank.learnerAchievement.nameMismatch", row.name(), accountName);
            }
            if (errors.hasAny()) {
                return RowOutcome.REFUSED;
            }
            if (accountName == null) {
                newLearners.put(row.idNumber(), row.name());
            }
            personalNos.add(row.personalNo());
            accepted.add(row);
            return RowOutcome.IMPORTED;
        }

        @Override
        public void complete() {
            learners.putAll(rows.insertLearners(institutionId, newLearners.entrySet().stream()
                    .map(e -> new LearnerRows.NewLearner(e.getValue(), e.getKey())).toList()));
            rows.insertLearnerAchievements(institutionId, achievementId, status, storedYear, createdBy,
                    accepted.stream().map(d -> new LearnerRows.NewLearnerAchievement(
                            learners.get(d.idNumber()).id(), d.name(), d.idNumber(), d.personalNo(), d.issueDate()))
                            .toList());
        }

        int imported() {
            return accepted.size();
        }
    }
}
