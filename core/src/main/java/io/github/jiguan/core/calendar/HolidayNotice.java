package io.github.jiguan.core.calendar;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.time.LocalDate;

/**
 * The document a holiday arrangement comes from, such as 《国务院办公厅关于2025年部分节假日安排的通知》
 * (国办发明电〔2024〕12号, 2024-11-12), so that every rest day can be traced to its source.
 *
 * @param documentNumber the document number (文号), such as {@code 国办发明电〔2024〕12号}
 * @param year           the calendar year the arrangement is for
 * @param title          the title of the notice
 * @param issuedOn       the date the notice was issued (成文日期)
 * @param note           what else the notice says that matters to its reader; empty when nothing
 */
public record HolidayNotice(String documentNumber, int year, String title, LocalDate issuedOn, String note) {

    /**
     * Checks the fields; a null note becomes empty.
     *
     * @throws InvalidValueException naming the bad field
     */
    public HolidayNotice {
        documentNumber = Checks.notBlank("document number", documentNumber);
        Checks.inRange("year", year, 1949, 9999);
        title = Checks.notBlank("title", title);
        Checks.notNull("issued on", issuedOn);
        note = note == null ? "" : note.strip();
    }

    /** {@code 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）}. */
    @Override
    public String toString() {
        return title + "（" + documentNumber + "，" + issuedOn + "）";
    }
}
