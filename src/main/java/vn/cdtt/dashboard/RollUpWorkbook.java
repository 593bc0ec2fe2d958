package vn.cdtt.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.VietnameseDates;

/**
 * The roll-up and the leaderboard as a provincial report workbook: a title, the plan reference and the date, headers
 * in the reader's language, one row per unit and a totals row.
 */
@Component
class RollUpWorkbook {

    private static final String[] COLUMNS = {"unit", "communes", "assigned", "villages", "covered", "coverage",
        "villageTeams", "communeTeams", "members", "trained", "rating"};

    private final MessageSource messages;

    RollUpWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(CampaignDashboard.View view, Locale locale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            List<UnitFigures> rows = view.children().isEmpty() ? List.of(view.total()) : view.children();
            sheet(workbook.createSheet(text("dashboard.excel.rollUpSheet", locale)), view, rows, true, styles,
                    locale);
            sheet(workbook.createSheet(text("dashboard.excel.leaderboardSheet", locale)), view, view.leaderboard(),
                    false, styles, locale);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private void sheet(Sheet sheet, CampaignDashboard.View view, List<UnitFigures> rows, boolean totals,
                       Styles styles, Locale locale) {
        int last = COLUMNS.length + view.targets().size() - 1;
        cell(sheet.createRow(0), 0, text("dashboard.excel.title", locale, view.unit().getFullName()), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        cell(sheet.createRow(1), 0, view.planName() + " — " + view.reference(), null);
        cell(sheet.createRow(2), 0, text("dashboard.excel.date", locale,
                VietnameseDates.format(EngineClock.today()),
                view.phaseShown() == null ? "—" : view.phaseShown().getNameVi()), null);
        Row header = sheet.createRow(4);
        for (int c = 0; c < COLUMNS.length; c++) {
            cell(header, c, text("dashboard.col." + COLUMNS[c], locale), styles.header);
        }
        for (int i = 0; i < view.targets().size(); i++) {
            CampaignDashboard.IndicatorTarget target = view.targets().get(i);
            cell(header, COLUMNS.length + i, target.name() + " (" + target.target().toPlainString()
                    + (target.unit().equals("PERCENT") ? " %)" : ")"), styles.header);
        }
        int r = 5;
        for (UnitFigures unit : rows) {
            figures(sheet.createRow(r++), unit, view, styles.body, locale);
        }
        if (totals) {
            figures(sheet.createRow(r), view.total(), view, styles.total, locale);
            sheet.getRow(r).getCell(0).setCellValue(text("dashboard.total", locale));
        }
        for (int c = 0; c <= last; c++) {
            sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 16 * 256);
        }
    }

    private void figures(Row row, UnitFigures unit, CampaignDashboard.View view, CellStyle style, Locale locale) {
        cell(row, 0, unit.name(), style);
        number(row, 1, unit.communes(), style);
        number(row, 2, unit.assigned(), style);
        number(row, 3, unit.villages(), style);
        number(row, 4, unit.coveredVillages(), style);
        number(row, 5, unit.coveragePercent().doubleValue(), style);
        number(row, 6, unit.villageTeams(), style);
        number(row, 7, unit.communeTeams(), style);
        number(row, 8, unit.members(), style);
        number(row, 9, unit.trainedTeams(), style);
        cell(row, 10, unit.rating() == null ? "" : text("rating." + unit.rating(), locale), style);
        for (int i = 0; i < view.targets().size(); i++) {
            java.math.BigDecimal value = unit.values().get(view.targets().get(i).code());
            if (value == null) {
                cell(row, COLUMNS.length + i, "", style);
            } else {
                number(row, COLUMNS.length + i, value.doubleValue(), style);
            }
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle total;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            body = bordered(workbook);
            total = bordered(workbook);
            total.setFont(bold);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
