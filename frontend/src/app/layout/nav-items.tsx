import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  CrownOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  HomeOutlined,
  IdcardOutlined,
  MessageOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths';
import type { Access } from '@/lib/access';

/** `also`: other pages that belong to the entry (a branch's deliverable belongs to its materials). */
export type NavItem = { key: string; href: string; labelKey: string; icon: ReactNode; also?: string[] };

/**
 * The menu for this user: each entry appears only for the roles that may use it. On a phone (`phone`) an entry that
 * would cost the user a tab they have (a full bar turned into four tabs and "more") is left out.
 */
export function navItems(access: Access, phone = false): NavItem[] {
  const items: NavItem[] = [{ key: 'home', href: paths.home.href(), labelKey: 'nav.home', icon: <HomeOutlined /> }];
  // Each role's own work comes right after home, among the tabs a phone always shows.
  if (access.isBranch) {
    items.push({
      key: 'materials',
      href: paths.materials.href(),
      labelKey: 'deliverables.materials',
      icon: <FileTextOutlined />,
      also: ['/campaigns/'],
    });
  }
  if (access.canScore) items.push({ key: 'scoring', href: paths.scoring.href(), labelKey: 'scoring.nav', icon: <FormOutlined /> });
  const ranking: NavItem = { key: 'ranking', href: paths.ranking.href(), labelKey: 'ranking.nav', icon: <OrderedListOutlined /> };
  // Leadership come for the ranking: it sits next to their home, among the tabs a phone shows.
  const leadership = access.isViewer && !access.isAdmin;
  const commendation: NavItem = {
    key: 'commendation',
    href: paths.commendation.href(),
    labelKey: 'commendation.nav',
    icon: <CrownOutlined />,
  };
  if (access.canSeeRanking && leadership) items.push(ranking);
  // ... and for the published commendation list, also among a phone's tabs.
  if (access.canSeeCommendation && leadership) items.push(commendation);
  if (access.canListBranches && !leadership) {
    items.push({ key: 'branches', href: paths.branches.href(), labelKey: 'nav.branches', icon: <ApartmentOutlined /> });
  }
  if (access.canListCampaigns)
    items.push({ key: 'campaigns', href: paths.campaigns.href(), labelKey: 'campaigns.nav', icon: <FlagOutlined /> });
  if (access.canListCampaigns)
    items.push({ key: 'progress', href: paths.progress.href(), labelKey: 'progress.title', icon: <BarChartOutlined /> });
  if (access.canSeeRanking && !leadership) items.push(ranking);
  if (access.canListBranches && leadership) {
    items.push({ key: 'branches', href: paths.branches.href(), labelKey: 'nav.branches', icon: <ApartmentOutlined /> });
  }
  if (access.isAdmin || access.isViewer)
    items.push({ key: 'visits', href: paths.siteVisits.href(), labelKey: 'visits.title', icon: <CarOutlined /> });
  if (access.canReviewDeliverables)
    items.push({ key: 'review', href: paths.review.href(), labelKey: 'deliverables.queueNav', icon: <FileDoneOutlined /> });
  if (access.canAssess)
    items.push({ key: 'assessment', href: paths.assessment.href(), labelKey: 'assessment.nav', icon: <CheckSquareOutlined /> });
  if (access.canSelfAssess)
    items.push({ key: 'self', href: paths.selfAssessment.href(), labelKey: 'selfAssessment.nav', icon: <SolutionOutlined /> });
  if (access.canSeeOwnResults)
    items.push({ key: 'results', href: paths.results.href(), labelKey: 'results.nav', icon: <TrophyOutlined /> });
  if (access.canSeeCommendation && !leadership) items.push(commendation);
  if (access.canSeeOwnFeedback)
    items.push({ key: 'feedback', href: paths.feedback.href(), labelKey: 'feedback.nav', icon: <MessageOutlined /> });
  if (access.isBranch) items.push({ key: 'members', href: paths.members.href(), labelKey: 'members.nav', icon: <IdcardOutlined /> });
  if (access.canManageAccounts)
    items.push({ key: 'accounts', href: paths.accounts.href(), labelKey: 'navAdmin.accounts', icon: <TeamOutlined /> });
  if (access.canReadAudit) items.push({ key: 'audit', href: paths.audit.href(), labelKey: 'navAdmin.audit', icon: <AuditOutlined /> });
  if (access.canSeeMessageChannels) {
    items.push({
      key: 'messageChannels',
      href: paths.messageChannels.href(),
      labelKey: 'messageChannels.nav',
      icon: <NotificationOutlined />,
    });
  }
  // Where the user stands in the tree, for every kind of staff: on a phone as a tab when one is free, under "more"
  // when there is one already.
  if (access.canSeeOrganisations && !(phone && items.length === PHONE_TABS)) {
    items.push({ key: 'organisations', href: paths.organisations.href(), labelKey: 'organisations.nav', icon: <ClusterOutlined /> });
  }
  return items;
}

/** A phone's tab bar holds this many entries; past it, the first ones stay and the rest go under "more". */
export const PHONE_TABS = 5;

/**
 * The tabs of a phone's bottom bar: every entry when they fit, otherwise always the same first ones plus "more"
 * (which is marked when the current page is one of the entries under it), so no tab moves from page to page.
 */
export function phoneTabs(items: NavItem[], selected: string): { tabs: NavItem[]; more: boolean; moreActive: boolean } {
  if (items.length <= PHONE_TABS) return { tabs: items, more: false, moreActive: false };
  const tabs = items.slice(0, PHONE_TABS - 1);
  return { tabs, more: true, moreActive: !tabs.some((i) => i.key === selected) };
}

export function activeKey(items: NavItem[], pathname: string): string {
  const match = [...items]
    .filter((i) => i.href !== '/')
    .find((i) => pathname === i.href || pathname.startsWith(`${i.href}/`) || (i.also ?? []).some((p) => pathname.startsWith(p)));
  return match?.key ?? 'home';
}
