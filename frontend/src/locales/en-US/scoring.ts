import type scoringZh from '../zh-CN/scoring';

const scoringEn: typeof scoringZh = {
  scoring: {
    title: 'Scoring',
    nav: 'Scoring',
    progress: '{{done}} of {{count}} submitted',
    loadFailed: 'Could not load the scoring',
    noCampaign: 'No campaign is running',
    noAssignments: 'No branches are assigned to you yet',
    notAssigned: 'You are not assigned to score this branch',
    start: 'Score',
    view: 'View',
    back: 'Back to my branches',
    sheetTitle: 'Scoresheet',
    points: '{{points}} points',
    score: 'Score (0–{{max}})',
    comment: 'Comment',
    commentRequired: 'Comment (required below 60 %)',
    total: 'Total {{total}} / {{max}}',
    saveDraft: 'Save draft',
    submit: 'Submit scores',
    submitTitle: 'Submit scores',
    submitConfirm: 'Total {{total}} points. Submitted scores cannot be changed. Submit?',
    saved: 'Draft saved',
    submitted: 'Scores submitted',
    isSubmitted: 'Submitted; the scores can no longer be changed.',
    required: 'Score this indicator',
    missing: '{{count}} indicators are not scored yet',
    status: {
      NONE: 'Not started',
      DRAFT: 'Draft',
      SUBMITTED: 'Submitted',
    },
    rule: {
      range: 'Between 0 and {{max}}',
      step: 'In steps of 0.5',
      comment: 'Below 60 % of the points: add a comment',
      commentLong: 'At most 1000 characters',
    },
  },
};

export default scoringEn;
