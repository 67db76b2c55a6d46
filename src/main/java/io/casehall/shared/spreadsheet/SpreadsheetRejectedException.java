package io.casehall.shared.spreadsheet;

import io.casehall.shared.web.UserFacingException;

/**
 * The whole file is refused: unreadable, no header row, required columns missing, no data rows or too many
 * rows. Nothing was imported.
 */
public class SpreadsheetRejectedException extends UserFacingException {

    public SpreadsheetRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
