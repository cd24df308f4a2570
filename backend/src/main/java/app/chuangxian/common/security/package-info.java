/**
 * Who is calling ({@link app.chuangxian.common.security.CurrentUser}), the roles, the limits a token carries beyond
 * its roles ({@link app.chuangxian.common.security.AccessRestrictions}: pending password change or TOTP enrolment,
 * client scopes) and the security headers. The design is described in docs/security.md.
 */
package app.chuangxian.common.security;
