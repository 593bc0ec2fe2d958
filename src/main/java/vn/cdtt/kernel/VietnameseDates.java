package vn.cdtt.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as Vietnamese documents write them (15/06/2026), in every page, e-mail, task and workbook. */
public final class VietnameseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    public static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
