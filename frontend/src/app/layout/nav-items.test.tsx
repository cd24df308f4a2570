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
    ]);
    expect(navItems(accessOf(as(['VIEWER']))).map((i) => i.key)).toEqual([
      'home',
      'ranking',
      'commendation',
      'campaigns',
      'progress',
      'branches',
      'visits',
    ]);
    expect(navItems(accessOf(as(['BRANCH']))).map((i) => i.key)).toEqual([
      'home',
      'materials',
      'self',
      'results',
      'commendation',
      'feedback',
    ]);
  });

  it('shows the audit log to auditors and nothing else of the staff menu', () => {
    expect(navItems(accessOf(as(['AUDITOR']))).map((i) => i.key)).toEqual(['home', 'audit']);
  });

  it('gives assessors their scoring', () => {
    expect(navItems(accessOf(as(['ASSESSOR']))).map((i) => i.key)).toEqual(['home', 'scoring', 'branches', 'campaigns', 'progress']);
  });

  it('marks the section of nested pages', () => {
    const items = navItems(accessOf(as(['ADMIN'])));
    expect(activeKey(items, '/branches/7')).toBe('branches');
    expect(activeKey(items, '/campaigns/3')).toBe('campaigns');
    expect(activeKey(items, '/commendation/lists/4')).toBe('commendation');
    expect(activeKey(items, '/commendation/feedback/9')).toBe('commendation');
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
    const assessor = navItems(accessOf(as(['ASSESSOR'])));
    expect(phoneTabs(assessor, 'progress')).toEqual({ tabs: assessor, more: false, moreActive: false });
    const leader = navItems(accessOf(as(['VIEWER'])));
    expect(phoneTabs(leader, 'home').tabs.map((i) => i.key)).toEqual(['home', 'ranking', 'commendation', 'campaigns']);
  });
});
