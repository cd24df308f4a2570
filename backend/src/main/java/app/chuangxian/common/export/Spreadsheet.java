package app.chuangxian.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A one-sheet XLSX list for staff: bold frozen header, widths set per column, numbers and dates as real cells (so they
 * sort and sum in a spreadsheet). Rows stream to disk past a window, so long lists stay small in memory.
 */
public final class Spreadsheet implements AutoCloseable {
    /** A column: its header and its width in characters (a Chinese character counts as two). */
    public record Column(String title, int width) {}

    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle date;
    private final CellStyle decimal;
    private final CellStyle quoted;
    private int next = 1;

    public Spreadsheet(String sheetName, List<Column> columns) {
        sheet = book.createSheet(sheetName);
        CellStyle header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        decimal = book.createCellStyle();
        decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
        quoted = quotedStyle(book);
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            head.createCell(i).setCellValue(columns.get(i).title());
            head.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Adds a row; each value is a String, a whole or decimal Number, a LocalDate or null (an empty cell). */
    public Spreadsheet row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (v instanceof Integer || v instanceof Long) {
                cell.setCellValue(((Number) v).longValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(decimal);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else {
                text(cell, v.toString(), quoted);
            }
        }
        return this;
    }

    /** A style that makes a spreadsheet show a cell as text even when it starts like a formula. */
    public static CellStyle quotedStyle(org.apache.poi.ss.usermodel.Workbook book) {
        CellStyle style = book.createCellStyle();
        style.setQuotePrefixed(true);
        return style;
    }

    /**
     * Writes text someone typed into the system. Text starting with = + - @ (or a tab or carriage return) would be
     * read as a formula by Excel or LibreOffice once edited or re-imported (formula injection): it is kept as text,
     * quote-prefixed, so it is shown as typed and never evaluated.
     */
    public static void text(org.apache.poi.ss.usermodel.Cell cell, String value, CellStyle quoted) {
        cell.setCellValue(value);
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            cell.setCellStyle(quoted);
        }
    }

    public byte[] toBytes(String title) {
        book.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        book.dispose();
    }
}
