package app.chuangxian.commendation;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Reasons;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The rules of a public notice (公示), for a commendation list and for a level's recommendations alike: it does not
 * start in the past (unless a campaign's history is being entered), runs at least the campaign's minimum of working
 * days, takes objections only while it runs, and is decided only after its last day.
 */
public final class NoticeRules {
    private NoticeRules() {}

    /** Refuses a notice window that starts in the past (outside recorded history), ends first, or runs too short. */
    public static void requireWindow(
            LocalDate startsOn, LocalDate endsOn, LocalDate today, boolean recordingHistory, int minimumWorkingDays) {
        if (!recordingHistory && startsOn.isBefore(today)) {
            throw ApiException.invalidField(
                    "startsOn",
                    "公示不能从过去的日期开始（补录已开展的公示请先设置活动的补录日期）"
                            + " — must not be in the past (today is " + today
                            + "); a notice held earlier is entered once the campaign has a recorded-history date");
        }
        if (endsOn.isBefore(startsOn)) {
            throw ApiException.invalidField("endsOn", "must not be before startsOn", Reasons.NOT_BEFORE_START, null);
        }
        if (workingDays(startsOn, endsOn) < minimumWorkingDays) {
            throw ApiException.invalidField(
                    "endsOn",
                    "公示期至少 " + minimumWorkingDays + " 个工作日 — the notice runs at least " + minimumWorkingDays
                            + " working days (Monday to Friday); the earliest end is "
                            + earliestEnd(startsOn, minimumWorkingDays));
        }
    }

    /** Objections are recorded only from the notice's first to its last day. */
    public static void requireRunning(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (today.isBefore(startsOn) || today.isAfter(endsOn)) {
            throw ApiException.conflict(
                    "NOTICE_NOT_RUNNING", "The notice runs from " + startsOn + " to " + endsOn + "; today is " + today);
        }
    }

    /** What the notice was for is decided only after its last day. */
    public static void requireEnded(LocalDate endsOn, LocalDate today) {
        if (!today.isAfter(endsOn)) {
            throw ApiException.conflict("NOTICE_NOT_ENDED", "The notice runs until " + endsOn);
        }
    }

    /** Monday-to-Friday days from {@code from} to {@code to}, both included. */
    static int workingDays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    static LocalDate earliestEnd(LocalDate from, int minimum) {
        LocalDate end = from;
        while (workingDays(from, end) < minimum) {
            end = end.plusDays(1);
        }
        return end;
    }
}
