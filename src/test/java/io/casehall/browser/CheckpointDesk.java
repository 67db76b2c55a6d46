package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 现场办理 at one checkpoint of a graduation clearance plan, in the staff console: the counters (应办理, 已通过, 未办理,
 * 未通过, 未到达), the search, each student's row with its remark field and 通过 / 不通过, the ticks and 批量通过,
 * and 批量导入 of an Excel file of results. A student's row is found by the student number it shows.
 */
public final class CheckpointDesk {

    private static final String COUNTERS = """
            const result = {};
            for (const c of document.querySelectorAll('#counters .counter')) {
              const label = c.querySelector('.label'), value = c.querySelector('.value');
              if (label && value) result[label.innerText.trim()] = value.innerText.trim();
            }
            return result;""";

    /** The cells of the row of the student with this number, keyed by the table's headers. */
    private static final String ROW = """
            const no = arguments[0];
            const table = document.querySelector('#students table');
            if (!table) return null;
            const headers = [...table.querySelectorAll('thead th')].map(th => th.innerText.trim());
            for (const tr of table.querySelectorAll('tbody tr')) {
              const cells = [...tr.cells].map(td => td.innerText.replace(/\\s+/g, ' ').trim());
              if (!cells.includes(no)) continue;
              const row = {};
              headers.forEach((h, i) => row[h] = cells[i] === undefined ? '' : cells[i]);
              return row;
            }
            return null;""";

    private final Window window;

    CheckpointDesk(Window window) {
        this.window = window;
    }

    public Window window() {
        return window;
    }

    /** The page is 现场办理 of this plan and checkpoint. */
    CheckpointDesk expect(String planName, String checkpointName) {
        window.see("现场办理", "离校方案：" + planName + " · 当前环节：" + checkpointName, "环节选择：" + checkpointName);
        return this;
    }

    // ---------------------------------------------------------------- searching

    /** 学号 … 查询 (姓名 left empty). */
    public CheckpointDesk searchStudentNo(String studentNo) {
        window.step("按学号 " + studentNo + " 查询").fill("学号", studentNo).fill("姓名", "").press("查询");
        return this;
    }

    /** 姓名 … 查询 (学号 left empty). */
    public CheckpointDesk searchName(String fullName) {
        window.step("按姓名「" + fullName + "」查询").fill("学号", "").fill("姓名", fullName).press("查询");
        return this;
    }

    /** 清除: every student of the checkpoint again. */
    public CheckpointDesk clearSearch() {
        window.step("清除查询条件").press("清除");
        return this;
    }

    /** The number the list says it found (共 N 人). */
    public int found() {
        return Integer.parseInt(window.find(java.util.regex.Pattern.compile("共 (\\d+) 人")));
    }

    /** The student numbers of the rows shown. */
    @SuppressWarnings("unchecked")
    public List<String> studentNumbers() {
        return (List<String>) window.js("return [...document.querySelectorAll('#students tbody tr[id^=\"student-\"]')]"
                + ".map(tr => tr.id.substring('student-'.length));");
    }

    // ---------------------------------------------------------------- what the page shows

    /** The counters at the top, e.g. 已通过 → 3. */
    public Map<String, Integer> counters() {
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) window.js(COUNTERS);
        Map<String, Integer> counters = new LinkedHashMap<>();
        shown.forEach((label, value) -> counters.put(label, Integer.parseInt(value.toString())));
        assertThat(counters).as("the counters of 现场办理").containsKeys("应办理", "已通过", "未办理", "未通过");
        return counters;
    }

    /** The row of this student as shown (办理状态, 备注, 办理人 …, by column header); fails when not listed. */
    public Map<String, String> row(String studentNo) {
        @SuppressWarnings("unchecked")
        Map<String, String> row = (Map<String, String>) window.js(ROW, studentNo);
        assertThat(row).as("%s: the row of student %s on %s", window, studentNo, window.path()).isNotNull();
        return row;
    }

    /** 办理状态 of the student's row: 未办理, 通过, 未通过, 未到达. */
    public String state(String studentNo) {
        return row(studentNo).get("办理状态");
    }

    // ---------------------------------------------------------------- deciding

    /** 通过 in the student's row, with the remark (may be empty); back on the list with the message. */
    public CheckpointDesk pass(String studentNo, String remark) {
        window.step("学号 " + studentNo + "：填写备注，点「通过」").fillNear("审核记录", studentNo, remark)
                .pressNear("通过", studentNo);
        return this;
    }

    /** 不通过 in the student's row, with the reason as remark (the student will read it). */
    public CheckpointDesk fail(String studentNo, String reason) {
        window.step("学号 " + studentNo + "：填写原因「" + reason + "」，点「不通过」")
                .fillNear("审核记录", studentNo, reason).pressNear("不通过", studentNo);
        return this;
    }

    /** Ticks the student (the check box is labelled with the student's name) for 批量通过. */
    public CheckpointDesk tick(String fullName) {
        window.step("勾选「" + fullName + "」").tick(fullName);
        return this;
    }

    /** 批量通过 of the ticked students, with the remark of the batch (审核记录). */
    public CheckpointDesk passTicked(String remark) {
        window.step("填写审核记录，点「批量通过」").fill("审核记录", remark).press("批量通过");
        return this;
    }

    // ---------------------------------------------------------------- importing

    /** 下载导入模板: the .xlsx to fill in (学号 matching). */
    public byte[] downloadTemplate() {
        window.step("点「下载导入模板」");
        try {
            return Files.readAllBytes(window.download("下载导入模板"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 批量导入: the matching (学号匹配 / 身份证号匹配), the file, 数据导入; shows the import's result. */
    public CheckpointDesk importResults(String matching, Path file) {
        window.step("选择「" + matching + "」和文件 " + file.getFileName() + "，点「数据导入」").choose(matching)
                .upload("请选择要导入的 Excel 文件", file).press("数据导入")
                .see("导入结果：" + file.getFileName());
        return this;
    }

    // ---------------------------------------------------------------- a member of staff trying more than allowed

    /**
     * What someone with the browser's developer tools could do: makes the row of {@code studentNo} (its 通过 /
     * 不通过 form and its tick) stand for another student's internal id, e.g. one the page never showed.
     */
    public CheckpointDesk pointRowAt(String studentNo, long otherStudentId) {
        window.step("在开发者工具中把学号 " + studentNo + " 一行改成另一名学生（编号 " + otherStudentId + "）");
        Object changed = window.js("""
                const tr = document.getElementById('student-' + arguments[0]);
                if (!tr) return 0;
                let n = 0;
                for (const el of tr.querySelectorAll('input[name=student], input[name=students]')) {
                  el.value = String(arguments[1]); n++;
                }
                return n;""", studentNo, otherStudentId);
        assertThat(((Number) changed).intValue()).as("fields changed in the row of %s", studentNo).isEqualTo(2);
        return this;
    }
}
