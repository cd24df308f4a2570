/**
 * Assessment and scoring (考核): assessor assignments, branches' self-assessments (自评), assessors' independent
 * scoresheets, consensus (合议) for disagreements, and the campaign's results, ranking and grades, computed in SQL.
 */
package app.chuangxian.assessment;
