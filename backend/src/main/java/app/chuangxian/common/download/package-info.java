/**
 * Download links: a signed-in caller asks for a short-lived link to one file, and the browser (or a WeChat in-app
 * browser that cannot send an Authorization header) follows it as a plain URL. The link carries a token signed with the
 * API's key for a separate audience, bound to one path and valid for a minute; it is never accepted as a bearer token.
 * See docs/security.md.
 */
package app.chuangxian.common.download;
