/** Webhooks: other systems' endpoints that receive the change feed as it happens, signed, retried and logged. */
package app.chuangxian.webhook;
