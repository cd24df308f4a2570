package app.chuangxian.deliverable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.deliverable.LineDiff.Line;
import app.chuangxian.deliverable.LineDiff.Op;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void keepsTheLongestCommonSubsequence() {
        assertEquals(
                List.of(
                        new Line(Op.SAME, "a"),
                        new Line(Op.REMOVED, "b"),
                        new Line(Op.ADDED, "x"),
                        new Line(Op.SAME, "c"),
                        new Line(Op.ADDED, "d")),
                LineDiff.diff("a\nb\nc", "a\nx\nc\nd"));
        assertEquals(List.of(new Line(Op.ADDED, "新")), LineDiff.diff(null, "新"));
        assertEquals(List.of(new Line(Op.REMOVED, "旧")), LineDiff.diff("旧", ""));
    }

    @Test
    void aSmallChangeToALongTextIsShownAsThatChange() {
        // 6,000 lines: the former table of 36 million cells gave up and showed everything removed and added
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            before.append("第").append(i).append("行\n");
        }
        String after = before.toString().replace("第3000行\n", "第3000行（修改）\n");
        List<Line> diff = LineDiff.diff(before.toString(), after);
        assertEquals(
                List.of(new Line(Op.REMOVED, "第3000行"), new Line(Op.ADDED, "第3000行（修改）")),
                diff.stream().filter(l -> l.op() != Op.SAME).toList());
        // 5,999 unchanged lines and the empty one after the last newline, then the one line changed
        assertEquals(6002, diff.size());
    }

    @Test
    void aRewriteTooLargeToCompareIsShownWholesale() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 15000; i++) {
            before.append('a').append(i).append('\n');
            after.append('b').append(i).append('\n');
        }
        List<Line> diff = LineDiff.diff(before.toString(), after.toString());
        // every line differs and there are 30,001 on each side: old lines removed, then the new ones added
        assertEquals(30002, diff.size());
        assertEquals(new Line(Op.REMOVED, "a0"), diff.get(0));
        assertEquals(new Line(Op.ADDED, "b0"), diff.get(15001));
        // the texts' last (empty) lines match; every other line is an edit
        assertEquals(
                30000,
                LineDiff.fewestEdits(
                        List.of(before.toString().split("\n", -1)),
                        List.of(after.toString().split("\n", -1))));
    }

    @Test
    void namesAreSanitisedAndCarryTheRealExtension() {
        assertEquals("报告.pdf", FileNames.sanitise("C:\\Users\\me\\报告.exe", FileKind.PDF));
        assertEquals("hidden.png", FileNames.sanitise("../.hidden", FileKind.PNG));
        assertEquals("attachment.png", FileNames.sanitise("..", FileKind.PNG));
        assertEquals("a_b__.jpg", FileNames.sanitise("a<b>\u0000.jpeg", FileKind.JPEG));
        assertEquals(
                "attachment; filename=\"__.pdf\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf",
                FileNames.contentDisposition("报告.pdf"));
    }

    @Test
    void heicAndLegacyOfficeAreRecognised() {
        byte[] heic = new byte[32];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        assertEquals(Optional.of(FileKind.HEIC), FileKind.detect(heic, "IMG_0001.HEIC"));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals(Optional.of(FileKind.XLS), FileKind.detect(ole, "表.xls"));
        assertEquals(Optional.of(FileKind.DOC), FileKind.detect(ole, "记录.doc"));
        assertEquals(Optional.empty(), FileKind.detect("MZ\0\0".getBytes(StandardCharsets.ISO_8859_1), "a.pdf"));
    }
}
