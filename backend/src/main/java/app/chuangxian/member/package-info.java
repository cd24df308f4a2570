/** A branch's member register (成员名册): kept by the branch, read by staff; names masked for leadership. */
package app.chuangxian.member;
