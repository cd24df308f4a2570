package app.chuangxian.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.common.export.Spreadsheet;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text that looks like a formula is written as quote-prefixed text: shown as typed, never evaluated. */
class SpreadsheetTest {
    @Test
    void cellsStartingLikeAFormulaAreQuotedText() throws Exception {
        List<String> risky = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1");
        byte[] bytes;
        try (Spreadsheet sheet =
                new Spreadsheet("s", List.of(new Spreadsheet.Column("a", 10), new Spreadsheet.Column("b", 10)))) {
            for (String value : risky) {
                sheet.row(Arrays.asList(value, "民进孝义市基层委员会"));
            }
            bytes = sheet.toBytes("t");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < risky.size(); i++) {
                Row row = book.getSheetAt(0).getRow(i + 1);
                assertEquals(CellType.STRING, row.getCell(0).getCellType());
                assertEquals(risky.get(i), row.getCell(0).getStringCellValue());
                assertTrue(row.getCell(0).getCellStyle().getQuotePrefixed(), risky.get(i) + " is quote-prefixed");
                assertFalse(row.getCell(1).getCellStyle().getQuotePrefixed(), "ordinary text is left alone");
            }
        }
    }
}
