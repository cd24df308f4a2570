/**
 * Commendation (总结表彰) and feedback: a shortlist drawn from finalised results and adjusted by hand with
 * reasons, its public notice (公示) with objections, approval under a resolution number, publication (then
 * immutable; corrections are new linked lists), per-branch feedback reports, and the XLSX and PDF exports.
 * Results come through {@link app.chuangxian.commendation.ResultsSource}, implemented by the scoring feature;
 * exports are reported to {@link app.chuangxian.commendation.ExportRecorder}.
 */
package app.chuangxian.commendation;
