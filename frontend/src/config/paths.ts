// One route table: every link and redirect goes through it.
export const paths = {
  login: { path: '/login', href: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login') },
  home: { path: '/', href: () => '/' },
  branches: {
    path: '/branches',
    href: (organisationId?: number) => (organisationId ? `/branches?organisationId=${organisationId}` : '/branches'),
  },
  branch: { path: '/branches/:id', href: (id: number | string) => `/branches/${id}` },
  branchMembers: { path: '/branches/:id/members', href: (id: number | string) => `/branches/${id}/members` },
  members: { path: '/members', href: () => '/members' },
  campaigns: { path: '/campaigns', href: () => '/campaigns' },
  campaign: { path: '/campaigns/:id', href: (id: number | string) => `/campaigns/${id}` },
  campaignAssignments: { path: '/campaigns/:id/assignments', href: (id: number | string) => `/campaigns/${id}/assignments` },
  assessment: { path: '/assessment', href: () => '/assessment' },
  campaignResults: { path: '/campaigns/:id/results', href: (id: number | string) => `/campaigns/${id}/results` },
  deliverable: {
    path: '/campaigns/:campaignId/deliverables/:id',
    href: (campaignId: number, id: number) => `/campaigns/${campaignId}/deliverables/${id}`,
  },
  progress: { path: '/progress', href: (campaignId?: number) => (campaignId ? `/progress?campaign=${campaignId}` : '/progress') },
  ranking: { path: '/ranking', href: (campaignId?: number) => (campaignId ? `/ranking?campaign=${campaignId}` : '/ranking') },
  siteVisits: { path: '/site-visits', href: () => '/site-visits' },
  review: { path: '/review', href: () => '/review' },
  materials: { path: '/materials', href: () => '/materials' },
  print: { path: '/branches/print', href: () => '/branches/print' },
  changePassword: { path: '/change-password', href: () => '/change-password' },
  me: { path: '/me', href: () => '/me' },
  messages: { path: '/messages', href: () => '/messages' },
  accounts: {
    path: '/accounts',
    href: (organisationId?: number) => (organisationId ? `/accounts?organisationId=${organisationId}` : '/accounts'),
  },
  apiClients: { path: '/accounts/clients', href: () => '/accounts/clients' },
  webhooks: { path: '/accounts/webhooks', href: () => '/accounts/webhooks' },
  audit: { path: '/audit', href: () => '/audit' },
  // Without a tab, the message templates.
  messageChannels: {
    path: '/message-channels',
    href: (tab?: 'deliveries') => (tab ? `/message-channels?tab=${tab}` : '/message-channels'),
  },
  // Without an id, the user's own organisation.
  organisations: { path: '/organisations', href: () => '/organisations' },
  organisation: { path: '/organisations/:id', href: (id: number | string) => `/organisations/${id}` },
  scoring: { path: '/scoring', href: () => '/scoring' },
  scoresheet: {
    path: '/scoring/:campaignId/:branchId',
    href: (campaignId: number, branchId: number) => `/scoring/${campaignId}/${branchId}`,
  },
  results: { path: '/results', href: () => '/results' },
  selfAssessment: { path: '/self-assessment', href: () => '/self-assessment' },
  commendation: { path: '/commendation', href: () => '/commendation' },
  commendationCampaign: {
    path: '/commendation/campaigns/:campaignId',
    href: (campaignId: number, tab?: 'feedback') => `/commendation/campaigns/${campaignId}${tab ? `?tab=${tab}` : ''}`,
  },
  commendationList: { path: '/commendation/lists/:id', href: (id: number) => `/commendation/lists/${id}` },
  feedback: { path: '/feedback', href: () => '/feedback' },
  feedbackReport: { path: '/feedback/:id', href: (id: number) => `/feedback/${id}` },
  // Staff reach a report from the commendation desk; the menu keeps 表彰 marked.
  staffFeedbackReport: { path: '/commendation/feedback/:id', href: (id: number) => `/commendation/feedback/${id}` },
  // Pages anyone may open without signing in: shared by link or by the QR code on a certificate.
  publicList: { path: '/public/lists/:id', href: (id: number) => `/public/lists/${id}` },
  certificate: {
    path: '/certificates/:listId/:branchId',
    href: (listId: number, branchId: number) => `/certificates/${listId}/${branchId}`,
  },
} as const;
