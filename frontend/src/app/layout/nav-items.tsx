import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CarOutlined,
  CrownOutlined,
  FileDoneOutlined,
  FlagOutlined,
  FormOutlined,
  HomeOutlined,
  MessageOutlined,
  OrderedListOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths';
import type { Access } from '@/lib/access';

export type NavItem = { key: string; href: string; labelKey: string; icon: ReactNode };

/** The menu for this user: each entry appears only for the roles that may use it. */
export function navItems(access: Access): NavItem[] {
  const items: NavItem[] = [{ key: 'home', href: paths.home.href(), labelKey: 'nav.home', icon: <HomeOutlined /> }];
  if (access.canListBranches) {
    items.push({ key: 'branches', href: paths.branches.href(), labelKey: 'nav.branches', icon: <ApartmentOutlined /> });
  }
  if (access.canListCampaigns) items.push({ key: 'campaigns', href: paths.campaigns.href(), labelKey: 'campaigns.nav', icon: <FlagOutlined /> });
  if (access.canListCampaigns) items.push({ key: 'progress', href: paths.progress.href(), labelKey: 'progress.title', icon: <BarChartOutlined /> });
  // Leadership find the ranking in the menu; staff reach it from their dashboard (a phone's tab bar has no room left).
  if (access.canSeeRanking && !access.isAdmin) items.push({ key: 'ranking', href: paths.ranking.href(), labelKey: 'ranking.nav', icon: <OrderedListOutlined /> });
  if (access.isAdmin || access.isViewer) items.push({ key: 'visits', href: paths.siteVisits.href(), labelKey: 'visits.title', icon: <CarOutlined /> });
  if (access.canReviewDeliverables) items.push({ key: 'review', href: paths.review.href(), labelKey: 'deliverables.queueNav', icon: <FileDoneOutlined /> });
  if (access.canSeeOwnResults) items.push({ key: 'results', href: paths.results.href(), labelKey: 'results.nav', icon: <TrophyOutlined /> });
  if (access.canSeeCommendation) items.push({ key: 'commendation', href: paths.commendation.href(), labelKey: 'commendation.nav', icon: <CrownOutlined /> });
  if (access.canSeeOwnFeedback) items.push({ key: 'feedback', href: paths.feedback.href(), labelKey: 'feedback.nav', icon: <MessageOutlined /> });
  if (access.canScore) items.push({ key: 'scoring', href: paths.scoring.href(), labelKey: 'scoring.nav', icon: <FormOutlined /> });
  if (access.canManageAccounts) items.push({ key: 'accounts', href: paths.accounts.href(), labelKey: 'navAdmin.accounts', icon: <TeamOutlined /> });
  if (access.canReadAudit) items.push({ key: 'audit', href: paths.audit.href(), labelKey: 'navAdmin.audit', icon: <AuditOutlined /> });
  return items;
}

export function activeKey(items: NavItem[], pathname: string): string {
  const match = [...items]
    .filter((i) => i.href !== '/')
    .find((i) => pathname === i.href || pathname.startsWith(`${i.href}/`));
  return match?.key ?? 'home';
}
