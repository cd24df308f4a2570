import type dashboardZh from '../zh-CN/dashboard';

// Dashboards of committee staff and leadership, and the published ranking (English).
const dashboardEn: typeof dashboardZh = {
  dashboard: {
    staffTitle: 'Workbench',
    viewerTitle: 'Campaign overview',
    viewerHint: 'Read only: campaign progress, key figures and published results.',
    campaign: 'Campaign shown',
    noCampaign: 'There is no campaign to show yet.',
    resultsPublished: 'results published',
    toBoard: 'Progress board',
    figures: {
      title: 'Key figures',
      participants: 'Branches taking part',
      currentPhase: 'Current phase',
      noCurrentPhase: 'Between phases',
      accepted: 'Required deliverables accepted',
      waiting: 'Awaiting review',
      late: 'Late',
      missing: 'Not handed in',
    },
    phases: {
      empty: 'This campaign has no required deliverables yet.',
      nothingDue: 'Nothing required in this phase',
      accepted: '{{done}} of {{count}} accepted',
    },
    late: {
      counts: '{{late}} late · {{missing}} not handed in · {{waiting}} awaiting review',
      more: 'Progress board (all {{count}})',
      review: 'Review queue ({{count}} waiting)',
    },
    scoring: {
      title: 'Scoring progress',
      empty: 'No assessors are assigned in this campaign yet.',
      submitted: '{{done}} of {{count}} scoresheets submitted',
      percent: 'Scoresheets submitted: {{percent}}%',
      rest: '{{drafts}} drafts, {{notStarted}} not started',
    },
  },
  ranking: {
    nav: 'Ranking',
    title: 'Ranking',
    campaign: 'Campaign shown',
    topTitle: 'Top {{count}}',
    listTitle: 'Ranking',
    chartTitle: 'Totals compared',
    chartSummary: 'Bar chart of the totals of {{count}} branches; first is {{first}} ({{total}} points). The ranking list has it all.',
    points: 'Total',
    total: '{{total}} points',
    tied: 'tied',
    unscored: 'Not scored yet',
    ineligible: 'Not eligible',
    disputed: 'Scores disagree, consensus pending',
    loadFailed: 'Could not load the ranking',
    notPublished: 'The results are not published yet; the ranking appears here once they are.',
    seePublished: 'See published rankings',
    noneScored: 'No scoresheets have been submitted yet.',
    unscoredCount: '{{count}} more branches not scored yet',
    seeAll: 'Full ranking ({{count}} branches)',
    firstOnly: 'Only the first {{count}} of {{total}} are shown',
    provisional: {
      OPEN: 'Provisional: scoring goes on and the results are not published; only the committee sees this.',
      FINALISED: 'Finalised but not published; only the committee sees this.',
      PUBLISHED: '',
    },
  },
};

export default dashboardEn;
