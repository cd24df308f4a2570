package app.chuangxian.member;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.ProblemTypes;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.deliverable.FileKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A member register typed in a spreadsheet: the first sheet of an .xlsx workbook, a header row naming the columns
 * (姓名 required; 职务 and 入会日期 optional, in any order; English headers too), one member a row. Each row's
 * problems are named by the row number the spreadsheet shows ({@code rows[7].name}), all of them at once.
 */
public final class MemberSheet {
    /** More rows than any branch has members: a sheet beyond it is refused whole. */
    public static final int MAX_ROWS = 2000;

    private static final int MAX_NAME = 50;
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("姓名", "name"),
            Map.entry("name", "name"),
            Map.entry("职务", "role"),
            Map.entry("角色", "role"),
            Map.entry("role", "role"),
            Map.entry("入会日期", "joinedOn"),
            Map.entry("入会时间", "joinedOn"),
            Map.entry("joined", "joinedOn"),
            Map.entry("joinedon", "joinedOn"));
    private static final Map<String, MemberRole> ROLES = Map.ofEntries(
            Map.entry("主委", MemberRole.CHAIR),
            Map.entry("负责人", MemberRole.CHAIR),
            Map.entry("副主委", MemberRole.VICE_CHAIR),
            Map.entry("委员", MemberRole.COMMITTEE),
            Map.entry("会员", MemberRole.MEMBER),
            Map.entry("成员", MemberRole.MEMBER));

    private MemberSheet() {}

    /** One row of the sheet: what it says, or why it cannot be taken. */
    public record Row(int number, String name, MemberRole role, LocalDate joinedOn, List<Problem.FieldError> errors) {}

    /**
     * The rows of the workbook's first sheet, each with its errors; 400 for an empty file, 415 for one whose content is
     * not an .xlsx workbook (as an attachment of another kind is).
     */
    public static List<Row> read(byte[] data, String fileName) {
        if (data.length == 0) {
            throw ApiException.invalidField("file", "is empty");
        }
        if (FileKind.detect(data, fileName).filter(k -> k == FileKind.XLSX).isEmpty()) {
            throw notAWorkbook(fileName);
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(data))) {
            return rows(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw notAWorkbook(fileName);
        }
    }

    private static ApiException notAWorkbook(String fileName) {
        return new ApiException(
                415,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported file type",
                "UNSUPPORTED_FILE_TYPE",
                "Only an .xlsx workbook is read; the content of '" + fileName + "' is not one",
                null);
    }

    private static List<Row> rows(Sheet sheet) {
        DataFormatter text = new DataFormatter(Locale.ROOT);
        Map<String, Integer> columns = null;
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfName = new HashMap<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (columns == null) {
                columns = header(row, text);
                continue;
            }
            int number = row.getRowNum() + 1;
            String name = cell(row, columns.get("name"), text);
            String role = cell(row, columns.get("role"), text);
            Cell joined = columns.containsKey("joinedOn") ? row.getCell(columns.get("joinedOn")) : null;
            if (name.isEmpty()
                    && role.isEmpty()
                    && cell(row, columns.get("joinedOn"), text).isEmpty()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw ApiException.invalidField(
                        "file",
                        "has more than " + MAX_ROWS + " members",
                        Reasons.TOO_MANY_ITEMS,
                        Map.of("max", MAX_ROWS));
            }
            rows.add(row(number, name, role, joined, text, firstRowOfName));
        }
        if (columns == null || rows.isEmpty()) {
            throw ApiException.invalidField(
                    "file", "has no members under a header row naming 姓名", Reasons.TOO_FEW_ITEMS, Map.of("min", 1));
        }
        return rows;
    }

    private static Map<String, Integer> header(org.apache.poi.ss.usermodel.Row row, DataFormatter text) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : row) {
            String title =
                    text.formatCellValue(cell).strip().toLowerCase(Locale.ROOT).replace(" ", "");
            String field = HEADERS.get(title);
            if (field != null) {
                columns.putIfAbsent(field, cell.getColumnIndex());
            }
        }
        if (!columns.containsKey("name")) {
            throw ApiException.invalidField(
                    "file", "has no header row naming 姓名 in its first row", Reasons.ONE_OF, Map.of("allowed", "姓名"));
        }
        return columns;
    }

    private static Row row(
            int number, String name, String role, Cell joined, DataFormatter text, Map<String, Integer> seen) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String at = "rows[" + number + "].";
        if (name.isEmpty()) {
            errors.add(Problem.FieldError.of(at + "name", "is required", null, null));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            errors.add(Problem.FieldError.of(
                    at + "name",
                    "must be at most " + MAX_NAME + " characters",
                    Reasons.TOO_LONG,
                    Map.of("max", MAX_NAME)));
        } else if (seen.putIfAbsent(name, number) != null) {
            errors.add(Problem.FieldError.of(
                    at + "name", "appears twice in the sheet (row " + seen.get(name) + ")", null, null));
        }
        MemberRole memberRole = role.isEmpty() ? MemberRole.MEMBER : roleOf(role);
        if (memberRole == null) {
            errors.add(Problem.FieldError.of(
                    at + "role", "must be one of 主委, 副主委, 委员, 会员", Reasons.ONE_OF, Map.of("allowed", "主委,副主委,委员,会员")));
        }
        LocalDate joinedOn = null;
        try {
            joinedOn = date(joined, text);
        } catch (DateTimeException e) {
            errors.add(Problem.FieldError.of(at + "joinedOn", "must be a date yyyy-mm-dd", Reasons.DATE, null));
        }
        return new Row(number, name, memberRole, joinedOn, errors);
    }

    private static MemberRole roleOf(String text) {
        MemberRole role = ROLES.get(text);
        if (role != null) {
            return role;
        }
        try {
            return MemberRole.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date cell, or a text cell such as 2015-06-01, 2015/6/1, 2015.6.1 or 2015年6月1日; null when empty. */
    private static LocalDate date(Cell cell, DataFormatter text) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = text.formatCellValue(cell).strip();
        if (value.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            throw new DateTimeException(value);
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static String cell(org.apache.poi.ss.usermodel.Row row, Integer column, DataFormatter text) {
        if (column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : text.formatCellValue(cell).strip();
    }
}
