import { accessOf } from '@/lib/access';
import type { Session } from '@/lib/session';
import { activeKey, navItems, phoneTabs } from './nav-items';

const as = (roles: string[]): Session => ({
  accessToken: 't',
  expiresAt: 0,
  username: 'u',
  displayName: 'u',
  roles,
  branchId: roles.includes('BRANCH') ? 1 : null,
  mustChangePassword: false,
});

describe('navigation', () => {
  it('shows the branch list to staff and viewers but not to branch chairs', () => {
    expect(navItems(accessOf(as(['ADMIN']))).map((i) => i.key)).toEqual([
      'home',
      'branches',
      'campaigns',
      'progress',
      'ranking',
      'visits',
      'review',
      'assessment',
      'commendation',
      'accounts',
      'audit',
      'messageChannels',
      'organisations',
    ]);
    expect(navItems(accessOf(as(['VIEWER']))).map((i) => i.key)).toEqual([
      'home',
      'ranking',
      'commendation',
      'campaigns',
      'progress',
      'branches',
      'visits',
      'organisations',
    ]);
    expect(navItems(accessOf(as(['BRANCH']))).map((i) => i.key)).toEqual([
      'home',
      'materials',
      'self',
      'results',
      'commendation',
      'feedback',
      'members',
    ]);
  });

  it('shows the audit log and the message channels to auditors and, of the rest of the staff menu, only where they stand', () => {
    expect(navItems(accessOf(as(['AUDITOR']))).map((i) => i.key)).toEqual(['home', 'audit', 'messageChannels', 'organisations']);
  });

  it('gives assessors their scoring', () => {
    expect(navItems(accessOf(as(['ASSESSOR']))).map((i) => i.key)).toEqual([
      'home',
      'scoring',
      'branches',
      'campaigns',
      'progress',
      'organisations',
    ]);
  });

  it('puts the organisations into a phone’s menu only where they cost no tab', () => {
    // Under "more" where there is one already; as a tab where one is free.
    expect(navItems(accessOf(as(['ADMIN'])), true).at(-1)?.key).toBe('organisations');
    expect(navItems(accessOf(as(['VIEWER'])), true).at(-1)?.key).toBe('organisations');
    expect(phoneTabs(navItems(accessOf(as(['AUDITOR'])), true), 'home').tabs.map((i) => i.key)).toEqual([
      'home',
      'audit',
      'messageChannels',
      'organisations',
    ]);
    // An assessor's five tabs stay five.
    expect(navItems(accessOf(as(['ASSESSOR'])), true).map((i) => i.key)).toEqual(['home', 'scoring', 'branches', 'campaigns', 'progress']);
    // A branch chair has no organisation of their own to look at.
    expect(navItems(accessOf(as(['BRANCH'])), true).map((i) => i.key)).not.toContain('organisations');
  });

  it('marks the section of nested pages', () => {
    const items = navItems(accessOf(as(['ADMIN'])));
    expect(activeKey(items, '/branches/7')).toBe('branches');
    expect(activeKey(items, '/campaigns/3')).toBe('campaigns');
    expect(activeKey(items, '/commendation/lists/4')).toBe('commendation');
    expect(activeKey(items, '/commendation/feedback/9')).toBe('commendation');
    expect(activeKey(items, '/organisations/12')).toBe('organisations');
    expect(activeKey(items, '/')).toBe('home');
    // a branch chair's deliverable belongs to the materials tab
    expect(activeKey(navItems(accessOf(as(['BRANCH']))), '/campaigns/3/deliverables/9')).toBe('materials');
  });

  it('keeps a phone tab bar to five entries that stay the same on every page', () => {
    const admin = navItems(accessOf(as(['ADMIN'])));
    const home = phoneTabs(admin, 'home');
    expect(home.more).toBe(true);
    expect(home.moreActive).toBe(false);
    expect(home.tabs.map((i) => i.key)).toEqual(['home', 'branches', 'campaigns', 'progress']);
    const audit = phoneTabs(admin, 'audit');
    expect(audit.tabs.map((i) => i.key)).toEqual(['home', 'branches', 'campaigns', 'progress']);
    expect(audit.moreActive).toBe(true);
    const branch = navItems(accessOf(as(['BRANCH'])));
    for (const page of ['home', 'materials', 'self', 'feedback']) {
      expect(phoneTabs(branch, page).tabs.map((i) => i.key)).toEqual(['home', 'materials', 'self', 'results']);
    }
    const assessor = navItems(accessOf(as(['ASSESSOR'])), true);
    expect(phoneTabs(assessor, 'progress')).toEqual({ tabs: assessor, more: false, moreActive: false });
    const leader = navItems(accessOf(as(['VIEWER'])));
    expect(phoneTabs(leader, 'home').tabs.map((i) => i.key)).toEqual(['home', 'ranking', 'commendation', 'campaigns']);
  });
});
