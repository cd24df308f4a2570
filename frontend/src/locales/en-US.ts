import type { Messages } from './zh-CN';
import scoringEn from './en-US/scoring';
import accountsEn from './en-US/accounts';
import signInEn from './en-US/sign-in';
import { campaignsEn } from './en-US/campaigns';
import { commendationEn } from './en-US/commendation';
import dashboardEn from './en-US/dashboard';
import branchesEn from './en-US/branches';
import messageChannelsEn from './en-US/message-channels';
import problemsEn from './en-US/problems';
import organisationsEn from './en-US/organisations';
import { recommendationsEn } from './en-US/recommendations';
import webhooksEn from './en-US/webhooks';

const enUS: Messages = {
  app: {
    name: 'Advanced Grassroots Organisation Campaigns',
    shortName: 'Chuangxian',
    skipToContent: 'Skip to main content',
  },
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    reload: 'Reload',
    offlineTitle: 'You are offline',
    offlineHint: 'This page has not been downloaded yet. It opens by itself when the network is back.',
    offlineBanner: 'You are offline: this is what was last loaded; it updates when the network is back.',
    cancel: 'Cancel',
    save: 'Save',
    create: 'Create',
    edit: 'Edit',
    delete: 'Delete',
    close: 'Close',
    back: 'Back',
    search: 'Search',
    all: 'All',
    none: '—',
    confirm: 'OK',
    print: 'Print',
    exportXlsx: 'Export to Excel',
    actions: 'Actions',
    menu: 'Menu',
    notFound: 'Page not found',
    notFoundHint: 'The page you asked for does not exist or was removed.',
    goHome: 'Back to home',
    picture: 'picture',
    pictureNotShown: '[{{alt}}, not shown]',
  },
  prefs: {
    language: 'Language',
    largeText: 'Large text',
    largeTextOn: 'Large text is on',
    largeTextOff: 'Large text is off',
  },
  nav: {
    home: 'Home',
    branches: 'Branches',
    signOut: 'Sign out',
    account: 'Signed in as',
    more: 'More',
    allPages: 'All pages',
  },
  roles: {
    ADMIN: 'Administrator',
    ASSESSOR: 'Assessor',
    BRANCH: 'Branch chair',
    VIEWER: 'Leadership viewer',
    AUDITOR: 'Auditor',
  },
  login: {
    title: 'Sign in',
    subtitle: 'Advanced Grassroots Organisation Campaigns',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    submit: 'Sign in',
    failed: 'Wrong username or password',
    sessionExpired: 'Your session expired; please sign in again',
  },
  ...accountsEn,
  ...scoringEn,
  ...signInEn,
  publicPages: {
    loadFailed: 'Could not load',
    listMissing: 'No such list, or not yet public',
    listMissingHint: 'Check the link; a list becomes public when its notice opens.',
    noticeTitle: 'Public notice of the proposed commendations: {{campaign}}',
    listTitle: 'Commendation list: {{campaign}}',
    status: { DRAFT: 'Draft', NOTICE: 'Under public notice', APPROVED: 'Approved', PUBLISHED: 'Published' },
    corrected: 'This list has been corrected',
    seeCorrection: 'See the corrected list',
    noticePeriod: 'Notice period: {{from}} to {{to}}',
    decision: 'Decision: {{number}} ({{date}})',
    branches: 'The list ({{count}} branches)',
    certificateTitle: 'Certificate of {{branch}}',
    certificateAlt: 'Certificate of {{branch}}',
    certificateMissing: 'No such certificate',
    certificateMissingHint:
      'The register holds no such certificate: the link is wrong, the list is not approved yet, or it was not issued by the committee.',
    valid: 'Verified: this certificate is genuine and in force',
    superseded: 'This certificate was withdrawn by a correction of the list',
    branch: 'Branch',
    campaign: 'Campaign',
    resolution: 'Decision number',
    issuer: 'Issued by',
    saveHint: 'On a phone, press and hold the picture to save or share it; on a computer, right-click it.',
    seeList: 'See the commendation list',
  },
  errors: {
    ...problemsEn,
    network: 'Cannot reach the server; check the network and try again.',
    unknown: 'Something went wrong; please try again later.',
    unmatched: 'Please check: {{detail}}',
    listSeparator: ', ',
    reference: '{{message}} (if you ask for help, quote reference {{id}})',
    status: {
      '400': 'The request is not valid; check what you entered.',
      '401': 'Your session expired; please sign in again.',
      '403': 'You may not do this.',
      '404': 'The record was not found.',
      '409': 'This conflicts with existing data.',
      '413': 'The file is too large.',
      '500': 'The server failed; please try again later.',
      other: 'The request failed; please try again later.',
    },
  },
  ...campaignsEn,
  ...commendationEn,
  ...dashboardEn,
  ...branchesEn,
  ...organisationsEn,
  ...recommendationsEn,
  ...messageChannelsEn,
  ...webhooksEn,
};

export default enUS;
