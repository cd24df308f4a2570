package app.chuangxian.deliverable;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A line diff for the reviewer to see what a branch rewrote: Myers' algorithm (java-diff-utils, in linear space), whose
 * work grows with the lines times the edits, so a small change to a long text costs little.
 */
public final class LineDiff {
    /**
     * Above this much work (lines on both sides times the fewest edits the texts can need) the texts are shown as
     * replaced wholesale: a text of tens of thousands of one-character lines rewritten throughout would otherwise take
     * seconds. Texts up to 20,000 lines together always get a real diff.
     */
    static final long MAX_WORK = 400_000_000L;

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
        List<String> a = lines(before);
        List<String> b = lines(after);
        long total = (long) a.size() + b.size();
        if (total * fewestEdits(a, b) > MAX_WORK) {
            return wholesale(a, b);
        }
        List<Line> out = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta :
                DiffUtils.diff(a, b, new MyersDiffWithLinearSpace<String>()).getDeltas()) {
            int at = delta.getSource().getPosition();
            while (next < at) {
                out.add(new Line(Op.SAME, a.get(next++)));
            }
            for (String line : delta.getSource().getLines()) {
                out.add(new Line(Op.REMOVED, line));
            }
            for (String line : delta.getTarget().getLines()) {
                out.add(new Line(Op.ADDED, line));
            }
            next = at + delta.getSource().size();
        }
        while (next < a.size()) {
            out.add(new Line(Op.SAME, a.get(next++)));
        }
        return removedFirst(out);
    }

    /** Within each run of changed lines, the old lines come before the new ones, as a reader compares them. */
    private static List<Line> removedFirst(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        List<Line> added = new ArrayList<>();
        for (Line line : lines) {
            switch (line.op()) {
                case ADDED -> added.add(line);
                case REMOVED -> out.add(line);
                case SAME -> {
                    out.addAll(added);
                    added.clear();
                    out.add(line);
                }
            }
        }
        out.addAll(added);
        return out;
    }

    /** A lower bound of the edits: the lines of each side that the other lacks (counted with their repeats). */
    static long fewestEdits(List<String> a, List<String> b) {
        Map<String, Integer> balance = new HashMap<>();
        a.forEach(line -> balance.merge(line, 1, Integer::sum));
        b.forEach(line -> balance.merge(line, -1, Integer::sum));
        return balance.values().stream().mapToLong(Math::abs).sum();
    }

    private static List<Line> wholesale(List<String> a, List<String> b) {
        List<Line> out = new ArrayList<>();
        for (String line : a) {
            out.add(new Line(Op.REMOVED, line));
        }
        for (String line : b) {
            out.add(new Line(Op.ADDED, line));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\r?\n", -1));
    }
}
