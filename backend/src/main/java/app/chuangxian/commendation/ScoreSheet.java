package app.chuangxian.commendation;

import app.chuangxian.common.export.Spreadsheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The ranking and score sheet (成绩排名表) as XLSX: frozen Chinese header, numbers as numeric cells. */
final class ScoreSheet {
    record Column(String code, String title) {}

    private ScoreSheet() {}

    static byte[] write(String title, List<Column> standards, List<BranchResult> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("成绩排名");
            CellStyle header = headerStyle(book);
            CellStyle quoted = Spreadsheet.quotedStyle(book);
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("0.00"));
            List<String> titles = new ArrayList<>(List.of("排名", "基层组织"));
            standards.forEach(s -> titles.add(s.title()));
            titles.addAll(List.of("总分", "等次", "符合表彰条件", "不符合原因"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                head.createCell(i).setCellValue(titles.get(i));
                head.getCell(i).setCellStyle(header);
            }
            int r = 1;
            for (BranchResult result : rows) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(result.rank());
                Spreadsheet.text(row.createCell(c++), result.branchName(), quoted);
                for (Column s : standards) {
                    var score = result.standardScores().get(s.code());
                    var cell = row.createCell(c++);
                    if (score != null) {
                        cell.setCellValue(score.doubleValue());
                        cell.setCellStyle(number);
                    }
                }
                row.createCell(c).setCellValue(result.total().doubleValue());
                row.getCell(c++).setCellStyle(number);
                row.createCell(c++).setCellValue(result.gradeName() == null ? "" : result.gradeName());
                row.createCell(c++).setCellValue(result.eligible() ? "是" : "否");
                Spreadsheet.text(
                        row.createCell(c), result.ineligibleReason() == null ? "" : result.ineligibleReason(), quoted);
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            for (int i = 2; i < titles.size() - 1; i++) {
                sheet.setColumnWidth(i, Math.max(10, titles.get(i).length() * 2 + 4) * 256);
            }
            sheet.setColumnWidth(titles.size() - 1, 40 * 256);
            book.getProperties().getCoreProperties().setTitle(title);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook book) {
        CellStyle style = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
