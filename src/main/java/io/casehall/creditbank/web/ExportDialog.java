package io.casehall.creditbank.web;

import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The seed's export dialog, one page for every list of the institution space: how many rows will be exported (the
 * ticked ones, or all the filters match), the SMS-code step, 立即导出 and 取消. The list's filters and ticked ids travel
 * as hidden fields; the code is requested at {@code action + "/code"}.
 */
public record ExportDialog(String titleKey, String menu, String action, Map<String, ?> fields, List<Long> ids,
                           long count, String maskedPhone, String backUrl) {

    public static final String VIEW = "creditbank/export-dialog";

    public ExportDialog {
        ids = ids == null ? List.of() : ids;
    }

    public String codeUrl() {
        return action + "/code";
    }

    /** The dialog's view, with the dialog in the model. */
    public String show(Model model) {
        model.addAttribute("dialog", this);
        return VIEW;
    }
}
