package app.chuangxian.deliverable;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line diff by longest common subsequence, enough for the reviewer to see what a branch rewrote. */
public final class LineDiff {
    /** Above this many cells the table is not built and the texts are shown as replaced wholesale. */
    static final long MAX_CELLS = 4_000_000L;

    @Schema(name = "DiffOp", description = "SAME, ADDED (only in the new text) or REMOVED (only in the old)")
    public enum Op {
        SAME,
        ADDED,
        REMOVED
    }

    @Schema(name = "DiffLine", description = "One line of a line diff")
    public record Line(Op op, String text) {}

    private LineDiff() {}

    public static List<Line> diff(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        if ((long) a.length * b.length > MAX_CELLS) {
            return wholesale(a, b);
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line(Op.SAME, a[i++]));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Op.REMOVED, a[i++]));
            } else {
                out.add(new Line(Op.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            out.add(new Line(Op.REMOVED, a[i++]));
        }
        while (j < b.length) {
            out.add(new Line(Op.ADDED, b[j++]));
        }
        return out;
    }

    private static List<Line> wholesale(String[] a, String[] b) {
        List<Line> out = new ArrayList<>();
        for (String line : a) {
            out.add(new Line(Op.REMOVED, line));
        }
        for (String line : b) {
            out.add(new Line(Op.ADDED, line));
        }
        return out;
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
    }
}
