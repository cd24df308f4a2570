-- Read messages are kept a year (app.messages.keep-read-days), then removed by the daily calendar job; unread ones
-- stay until read. The index finds the old read ones without scanning every message.
CREATE INDEX ix_notifications_read_at ON notifications (read_at);
