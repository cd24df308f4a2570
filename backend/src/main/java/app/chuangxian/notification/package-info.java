/**
 * The message centre (消息中心): messages to accounts about what happened (a deliverable returned or accepted, a
 * deadline extended, an assignment made, results or the commendation list published). Features write them through
 * {@link app.chuangxian.notification.NotificationService} in the transaction of the change; each account reads and
 * marks its own.
 */
package app.chuangxian.notification;
