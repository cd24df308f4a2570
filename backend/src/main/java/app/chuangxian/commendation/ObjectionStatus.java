package app.chuangxian.commendation;

public enum ObjectionStatus {
    OPEN,
    RESOLVED
}
