/** On-site visits (实地调研): recorded by committee staff; a branch reads its own, leadership reads all. */
package app.chuangxian.sitevisit;
