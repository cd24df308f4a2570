import type { components } from '@/lib/api/schema';

type S = components['schemas'];

/**
 * Records as the API sends them, for tests: every property the contract requires, with plain values, and the ones a
 * test cares about given. A test names what it depends on and no more.
 */
const AT = '2026-03-01T08:00:00Z';

export const organisationRef = (over: Partial<S['OrganisationRef']> = {}): S['OrganisationRef'] => ({
  id: 3,
  name: '民进吕梁市委员会',
  level: 'CITY',
  ...over,
});

export const organisation = (over: Partial<S['Organisation']> = {}): S['Organisation'] => ({
  id: 3,
  parentId: 2,
  level: 'CITY',
  name: '民进吕梁市委员会',
  code: 'SX-LL',
  depth: 2,
  childCount: 0,
  branchCount: 0,
  version: 0,
  createdAt: AT,
  updatedAt: AT,
  ...over,
});

export const organisationDetail = (over: Partial<S['OrganisationDetail']> = {}): S['OrganisationDetail'] => ({
  organisation: organisation(),
  trail: [],
  ...over,
});

export const rollupRow = (over: Partial<S['RollupRow']> = {}): S['RollupRow'] => ({
  organisation: organisationRef(),
  branches: 0,
  activeBranches: 0,
  campaigns: 0,
  plans: 0,
  campaignsUnderWay: 0,
  resultsPublished: 0,
  participations: 0,
  deliverablesSubmitted: 0,
  deliverablesAccepted: 0,
  deliverablesReturned: 0,
  quota: 0,
  recommended: 0,
  ...over,
});

export const phase = (over: Partial<S['Phase']> = {}): S['Phase'] => ({
  id: 1,
  campaignId: 1,
  seq: 1,
  code: 'P1',
  name: '阶段',
  description: null,
  startsOn: '2026-03-01',
  endsOn: '2026-06-30',
  current: false,
  version: 0,
  ...over,
});

export const deliverableType = (over: Partial<S['DeliverableType']> = {}): S['DeliverableType'] => ({
  id: 1,
  campaignId: 1,
  phaseId: 1,
  seq: 1,
  code: 'T1',
  name: '材料',
  description: null,
  required: false,
  multiple: false,
  fields: [],
  version: 0,
  ...over,
});

export const standard = (over: Partial<S['Standard']> = {}): S['Standard'] => ({
  id: 1,
  campaignId: 1,
  seq: 1,
  code: 'S1',
  name: '标准',
  description: null,
  maxPoints: 10,
  indicators: [],
  inherited: false,
  version: 0,
  ...over,
});

export const campaign = (over: Partial<S['Campaign']> = {}): S['Campaign'] => ({
  id: 1,
  title: '活动',
  year: 2026,
  basisDocuments: null,
  guidingIdeology: null,
  goals: null,
  status: 'DRAFT',
  templateId: null,
  adoptedFrom: null,
  documentNumber: null,
  aggregationMethod: 'MEAN',
  disagreementThreshold: 10,
  noticeMinWorkingDays: 5,
  reminderDays: [7, 3, 1],
  resultsStatus: 'OPEN',
  organisation: organisationRef(),
  recordedAsOf: null,
  currentPhaseId: null,
  participantCount: 0,
  adoptions: 0,
  version: 0,
  createdAt: AT,
  updatedAt: AT,
  ...over,
});

export const adoptableCampaign = (over: Partial<S['AdoptableCampaign']> = {}): S['AdoptableCampaign'] => ({
  id: 21,
  title: '民进山西省委员会贯彻会中央《意见》的实施方案（2026年）',
  year: 2026,
  documentNumber: null,
  basisDocuments: null,
  organisation: organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' }),
  startsOn: null,
  endsOn: null,
  adoptedCampaignId: null,
  ...over,
});

export const adoption = (over: Partial<S['Adoption']> = {}): S['Adoption'] => ({
  organisation: organisationRef(),
  adopted: false,
  campaignId: null,
  title: null,
  documentNumber: null,
  status: null,
  startsOn: null,
  endsOn: null,
  adoptedAt: null,
  ...over,
});

export const branch = (over: Partial<S['Branch']> = {}): S['Branch'] => ({
  id: 1,
  code: 'B1',
  name: '支部',
  kind: 'BRANCH',
  workUnit: null,
  establishedOn: null,
  memberCount: 0,
  chairName: null,
  contactPhone: null,
  contactEmail: null,
  liaisonPartyOrg: null,
  address: null,
  status: 'ACTIVE',
  organisation: organisationRef(),
  version: 0,
  createdAt: AT,
  updatedAt: AT,
  ...over,
});

export const scoresheet = (over: Partial<S['Scoresheet']> = {}): S['Scoresheet'] => ({
  id: 1,
  campaignId: 1,
  branchId: 1,
  branchCode: 'B1',
  assessorId: 1,
  assessorName: '评审',
  status: 'DRAFT',
  total: 0,
  submittedAt: null,
  scores: [],
  reopenings: null,
  version: 0,
  updatedAt: AT,
  ...over,
});

export const selfAssessment = (over: Partial<S['SelfAssessment']> = {}): S['SelfAssessment'] => ({
  id: 1,
  campaignId: 1,
  branchId: 1,
  status: 'DRAFT',
  total: 0,
  scores: [],
  submittedBy: null,
  submittedAt: null,
  version: 0,
  updatedAt: AT,
  ...over,
});

export const branchResult = (over: Partial<S['BranchResult']> = {}): S['BranchResult'] => ({
  branchId: 1,
  branchCode: 'B1',
  branchName: '支部',
  rank: null,
  position: 1,
  total: null,
  grade: null,
  scoresheets: 0,
  disagreement: false,
  consensus: false,
  eligible: true,
  ineligibleReasons: [],
  standards: null,
  ...over,
});

export const branchResultDetail = (over: Partial<S['BranchResultDetail']> = {}): S['BranchResultDetail'] => ({
  result: branchResult(),
  reviews: [],
  selfAssessmentTotal: null,
  selfAssessmentGap: null,
  selfAssessmentStandards: null,
  ...over,
});

export const resultReview = (over: Partial<S['ResultReview']> = {}): S['ResultReview'] => ({
  label: '评审 1',
  assessorName: null,
  total: 0,
  scores: [],
  ...over,
});

export const consensus = (over: Partial<S['Consensus']> = {}): S['Consensus'] => ({
  id: 1,
  campaignId: 1,
  branchId: 1,
  reason: '',
  participants: '',
  siteVisitId: null,
  standards: [],
  total: 0,
  recordedBy: '',
  version: 0,
  updatedAt: AT,
  ...over,
});

export const assignment = (over: Partial<S['Assignment']> = {}): S['Assignment'] => ({
  id: 1,
  campaignId: 1,
  branchId: 1,
  branchCode: 'B1',
  branchName: '支部',
  assessorId: 1,
  assessorUsername: 'assessor',
  assessorName: '评审',
  scoresheetStatus: null,
  createdAt: AT,
  ...over,
});

export const assessorLoad = (over: Partial<S['AssessorLoad']> = {}): S['AssessorLoad'] => ({
  assessorId: 1,
  username: 'assessor',
  displayName: '评审',
  ownBranchId: null,
  assigned: 0,
  submitted: 0,
  ...over,
});

export const participant = (over: Partial<S['Participant']> = {}): S['Participant'] => ({
  campaignId: 1,
  branchId: 1,
  branchCode: 'B1',
  branchName: '支部',
  branchKind: 'BRANCH',
  branchStatus: 'ACTIVE',
  joinedAt: AT,
  ...over,
});

export const commendationList = (over: Partial<S['CommendationList']> = {}): S['CommendationList'] => ({
  id: 1,
  campaignId: 1,
  campaignTitle: '活动',
  status: 'DRAFT',
  basis: 'GRADE',
  minGradeCode: null,
  topN: null,
  correctsId: null,
  correctedById: null,
  noticeStartsOn: null,
  noticeEndsOn: null,
  noticeText: null,
  resolutionNumber: null,
  resolutionDate: null,
  approvedAt: null,
  publishedAt: null,
  entries: [],
  adjustments: [],
  openObjections: null,
  version: 0,
  ...over,
});

export const commendationEntry = (over: Partial<S['CommendationEntry']> = {}): S['CommendationEntry'] => ({
  branchId: 1,
  branchName: '支部',
  rank: 1,
  total: 0,
  gradeCode: 'EXCELLENT',
  gradeName: '优秀',
  eligible: true,
  origin: 'RESULT',
  ...over,
});

export const fixItem = (over: Partial<S['FixItem']> = {}): S['FixItem'] => ({
  id: 1,
  revision: 1,
  seq: 1,
  description: '',
  addressed: false,
  note: null,
  addressedBy: null,
  addressedAt: null,
  version: 0,
  ...over,
});

export const phaseTotals = (over: Partial<S['ProgressTotals']> = {}): S['ProgressTotals'] => ({
  missing: 0,
  draft: 0,
  returned: 0,
  submitted: 0,
  accepted: 0,
  late: 0,
  ...over,
});

export const listSummary = (over: Partial<S['CommendationListSummary']> = {}): S['CommendationListSummary'] => ({
  id: 1,
  campaignId: 1,
  status: 'DRAFT',
  basis: 'GRADE',
  minGradeCode: null,
  topN: null,
  correctsId: null,
  correctedById: null,
  resolutionNumber: null,
  resolutionDate: null,
  publishedAt: null,
  entryCount: 0,
  version: 0,
  ...over,
});

export const deliverableSummary = (over: Partial<S['DeliverableSummary']> = {}): S['DeliverableSummary'] => ({
  id: 1,
  phaseId: 1,
  typeId: 1,
  typeName: '材料',
  branchId: 1,
  branchName: '支部',
  title: '材料',
  status: 'DRAFT',
  late: false,
  revision: 1,
  submittedAt: null,
  version: 0,
  updatedAt: AT,
  returnReason: null,
  ...over,
});

export const deliverable = (over: Partial<S['Deliverable']> = {}): S['Deliverable'] => ({
  id: 1,
  campaignId: 1,
  phaseId: 1,
  typeId: 1,
  typeName: '材料',
  branchId: 1,
  branchName: '支部',
  title: '材料',
  body: '',
  fields: {},
  status: 'DRAFT',
  late: false,
  deadline: '2026-06-30',
  revision: 1,
  submittedAt: null,
  submittedBy: null,
  reviewedAt: null,
  reviewedBy: null,
  returnReason: null,
  fixItems: [],
  attachments: [],
  version: 0,
  createdAt: AT,
  updatedAt: AT,
  ...over,
});

export const feedbackReport = (over: Partial<S['FeedbackReport']> = {}): S['FeedbackReport'] => ({
  id: 1,
  campaignId: 1,
  branchId: 1,
  branchName: '支部',
  total: 0,
  gradeName: '优秀',
  rank: 1,
  summary: null,
  status: 'DRAFT',
  releasedAt: null,
  sections: [],
  version: 0,
  ...over,
});

export const quota = (over: Partial<S['Quota']> = {}): S['Quota'] => ({
  organisation: organisationRef(),
  grassroots: null,
  local: null,
  dueOn: null,
  version: null,
  grassrootsUsed: 0,
  localUsed: 0,
  accepted: 0,
  ...over,
});

export const recommendationRound = (over: Partial<S['RecommendationRound']> = {}): S['RecommendationRound'] => ({
  campaignId: 1,
  top: false,
  status: 'COLLECTING',
  noticeStartsOn: null,
  noticeEndsOn: null,
  noticeText: null,
  noticeVersion: null,
  closedBy: null,
  closedAt: null,
  decisionNumber: null,
  decisionDate: null,
  submitted: 0,
  returned: 0,
  accepted: 0,
  rejected: 0,
  commended: 0,
  notCommended: 0,
  parentCampaignId: null,
  quotaGrassroots: null,
  quotaLocal: null,
  dueOn: null,
  sentGrassroots: 0,
  sentLocal: 0,
  ...over,
});

export const recommendation = (over: Partial<S['Recommendation']> = {}): S['Recommendation'] => ({
  id: 1,
  campaignId: 1,
  sourceCampaignId: 2,
  recommender: organisationRef(),
  title: 'GRASSROOTS',
  evidence: [],
  branchId: 1,
  candidateOrganisationId: null,
  candidateName: '支部',
  originId: null,
  commendedInCampaignId: null,
  dossier: '',
  status: 'SUBMITTED',
  reviewNote: null,
  reviewedBy: null,
  reviewedAt: null,
  submittedBy: 'admin',
  submittedAt: AT,
  decisionNumber: null,
  decisionDate: null,
  openObjections: 0,
  version: 0,
  ...over,
});

export const recommendationObjection = (over: Partial<S['RecommendationObjection']> = {}): S['RecommendationObjection'] => ({
  id: 1,
  recommendationId: 1,
  raisedBy: null,
  receivedOn: '2026-03-01',
  content: '',
  handling: null,
  outcome: null,
  upheld: false,
  status: 'OPEN',
  resolvedAt: null,
  recordedBy: 'admin',
  version: 0,
  ...over,
});

export const messageTemplate = (over: Partial<S['MessageTemplate']> = {}): S['MessageTemplate'] => ({
  kind: 'DELIVERABLE_RETURNED',
  locale: 'zh-CN',
  subject: '材料退回：{title}',
  body: '{name}，您提交的《{title}》已退回修改，原因：{reason}。{link}',
  placeholders: ['title', 'reason', 'items', 'name', 'link'],
  customised: false,
  version: null,
  updatedAt: null,
  updatedBy: null,
  ...over,
});

export const delivery = (over: Partial<S['Delivery']> = {}): S['Delivery'] => ({
  id: 12,
  notificationId: 40,
  accountId: 7,
  accountName: '民进离石区总支 张主任',
  channel: 'SMS',
  kind: 'DELIVERABLE_RETURNED',
  locale: 'zh-CN',
  recipient: '139****1234',
  status: 'SENT',
  attempts: 1,
  nextAttemptAt: null,
  lastError: null,
  createdAt: AT,
  sentAt: AT,
  ...over,
});

export const webhook = (over: Partial<S['Webhook']> = {}): S['Webhook'] => ({
  id: 3,
  url: 'https://portal.example.org/hooks/chuangxian',
  description: '省委会门户网站同步',
  events: ['BRANCH'],
  enabled: true,
  organisationId: 1,
  createdBy: 'admin',
  createdAt: AT,
  updatedAt: AT,
  version: 0,
  ...over,
});

export const webhookDelivery = (over: Partial<S['WebhookDelivery']> = {}): S['WebhookDelivery'] => ({
  id: 41,
  webhookId: 3,
  changeId: 1042,
  type: 'branch.created',
  status: 'SENT',
  attempts: 1,
  responseStatus: 200,
  lastError: null,
  nextAttemptAt: null,
  createdAt: AT,
  sentAt: AT,
  ...over,
});
