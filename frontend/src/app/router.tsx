import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { loadSignedInMessages } from '@/lib/i18n';
import { getSession, sessionEnd, useSession, useSessionRestoring } from '@/lib/session';
import type { FirstScreen } from './first-screen-data';
import { RouteError } from './routes/route-error';
import { withAntd } from '@/components/with-antd';

/** Sends a signed-out visitor to sign in, remembering the page they asked for. */
function RequireSession() {
  const session = useSession();
  const restoring = useSessionRestoring();
  const location = useLocation();
  // A reload keeps no token in the page: wait for the refresh cookie to bring one back before deciding.
  if (!session && restoring) return null;
  if (!session) {
    const next = sessionEnd === 'signedOut' ? undefined : location.pathname + location.search;
    return <Navigate to={paths.login.href(next === '/' ? undefined : next)} replace />;
  }
  // A new or reset password must be changed before anything else.
  if (session.mustChangePassword && location.pathname !== paths.changePassword.path) {
    return <Navigate to={paths.changePassword.href()} replace />;
  }
  return <Outlet />;
}

/**
 * A loader that waits for nothing: it starts the page's first reads beside the download of the page's code (one round
 * trip instead of two in a row), and only for a signed-in user (a reload restores the session first, and the page
 * then reads for itself).
 */
function firstScreen(queryClient: QueryClient, page: FirstScreen) {
  return ({ params }: LoaderFunctionArgs) => {
    if (getSession()) void import('./first-screen-data').then((m) => m.firstScreenData[page](queryClient, params));
    return null;
  };
}

/** A page drawn with Ant Design: its code and the theme around it arrive together. */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  return () => withAntd(() => load().then(pick))().then((m) => ({ Component: m.default }));
}

// Every page is its own chunk: the sign-in page must stay light. The home is drawn without Ant Design (a branch
// chair's phone shows it first); each role's home brings Ant Design along where it uses it.
export const createRouter = (queryClient: QueryClient) =>
  createBrowserRouter([
    {
      path: paths.login.path,
      lazy: page(
        () => import('./routes/login'),
        (m) => m.LoginRoute,
      ),
      errorElement: <RouteError />,
    },
    {
      path: paths.publicList.path,
      lazy: page(
        () => import('./routes/public'),
        (m) => m.PublicListRoute,
      ),
      errorElement: <RouteError />,
    },
    {
      path: paths.certificate.path,
      lazy: page(
        () => import('./routes/public'),
        (m) => m.CertificateRoute,
      ),
      errorElement: <RouteError />,
    },
    {
      element: <RequireSession />,
      errorElement: <RouteError />,
      children: [
        {
          path: paths.changePassword.path,
          lazy: page(
            () => import('./routes/change-password'),
            (m) => m.ChangePasswordRoute,
          ),
        },
        {
          lazy: () => Promise.all([import('./layout/app-shell'), loadSignedInMessages()]).then(([m]) => ({ Component: m.AppShell })),
          children: [
            {
              // A page that fails to load (offline, say) fails inside the shell: the menu and tab bar stay.
              errorElement: <RouteError />,
              children: [
                {
                  index: true,
                  lazy: () => import('./routes/home').then((m) => ({ Component: m.HomeRoute })),
                },
                {
                  path: paths.branches.path,
                  lazy: page(
                    () => import('./routes/branches'),
                    (m) => m.BranchesRoute,
                  ),
                },
                {
                  path: paths.print.path,
                  lazy: page(
                    () => import('./routes/branches-print'),
                    (m) => m.BranchesPrintRoute,
                  ),
                },
                {
                  path: paths.members.path,
                  lazy: page(
                    () => import('./routes/members'),
                    (m) => m.MembersRoute,
                  ),
                },
                {
                  path: paths.branchMembers.path,
                  lazy: page(
                    () => import('./routes/members'),
                    (m) => m.MembersRoute,
                  ),
                },
                {
                  path: paths.branch.path,
                  loader: firstScreen(queryClient, 'branch'),
                  lazy: page(
                    () => import('./routes/branch'),
                    (m) => m.BranchRoute,
                  ),
                },
                {
                  path: paths.scoring.path,
                  lazy: page(
                    () => import('./routes/scoring'),
                    (m) => m.ScoringRoute,
                  ),
                },
                {
                  path: paths.scoresheet.path,
                  loader: firstScreen(queryClient, 'scoresheet'),
                  lazy: page(
                    () => import('./routes/scoresheet'),
                    (m) => m.ScoresheetRoute,
                  ),
                },
                {
                  path: paths.results.path,
                  lazy: page(
                    () => import('./routes/results'),
                    (m) => m.ResultsRoute,
                  ),
                },
                {
                  path: paths.me.path,
                  lazy: page(
                    () => import('./routes/me'),
                    (m) => m.MeRoute,
                  ),
                },
                {
                  path: paths.accounts.path,
                  lazy: page(
                    () => import('./routes/accounts'),
                    (m) => m.AccountsRoute,
                  ),
                },
                {
                  path: paths.apiClients.path,
                  lazy: page(
                    () => import('./routes/api-clients'),
                    (m) => m.ApiClientsRoute,
                  ),
                },
                {
                  path: paths.webhooks.path,
                  lazy: page(
                    () => import('./routes/webhooks'),
                    (m) => m.WebhooksRoute,
                  ),
                },
                {
                  path: paths.audit.path,
                  lazy: page(
                    () => import('./routes/audit'),
                    (m) => m.AuditRoute,
                  ),
                },
                {
                  path: paths.messageChannels.path,
                  lazy: page(
                    () => import('./routes/message-channels'),
                    (m) => m.MessageChannelsRoute,
                  ),
                },
                {
                  path: paths.organisations.path,
                  lazy: page(
                    () => import('./routes/organisations'),
                    (m) => m.OrganisationsRoute,
                  ),
                },
                {
                  path: paths.organisation.path,
                  loader: firstScreen(queryClient, 'organisation'),
                  lazy: page(
                    () => import('./routes/organisations'),
                    (m) => m.OrganisationsRoute,
                  ),
                },
                {
                  path: paths.campaigns.path,
                  lazy: page(
                    () => import('./routes/campaigns'),
                    (m) => m.CampaignsRoute,
                  ),
                },
                {
                  path: paths.campaign.path,
                  loader: firstScreen(queryClient, 'campaign'),
                  lazy: page(
                    () => import('./routes/campaign'),
                    (m) => m.CampaignRoute,
                  ),
                },
                {
                  path: paths.campaignAssignments.path,
                  lazy: page(
                    () => import('./routes/campaign-assignments'),
                    (m) => m.CampaignAssignmentsRoute,
                  ),
                },
                {
                  path: paths.campaignResults.path,
                  lazy: page(
                    () => import('./routes/campaign-results'),
                    (m) => m.CampaignResultsRoute,
                  ),
                },
                {
                  path: paths.assessment.path,
                  lazy: page(
                    () => import('./routes/assessment'),
                    (m) => m.AssessmentRoute,
                  ),
                },
                {
                  path: paths.selfAssessment.path,
                  lazy: page(
                    () => import('./routes/self-assessment'),
                    (m) => m.SelfAssessmentRoute,
                  ),
                },
                {
                  path: paths.materials.path,
                  lazy: page(
                    () => import('./routes/materials'),
                    (m) => m.MaterialsRoute,
                  ),
                },
                {
                  path: paths.messages.path,
                  lazy: page(
                    () => import('./routes/messages'),
                    (m) => m.MessagesRoute,
                  ),
                },
                {
                  path: paths.deliverable.path,
                  loader: firstScreen(queryClient, 'deliverable'),
                  lazy: page(
                    () => import('./routes/deliverable'),
                    (m) => m.DeliverableRoute,
                  ),
                },
                {
                  path: paths.ranking.path,
                  lazy: page(
                    () => import('./routes/ranking'),
                    (m) => m.RankingRoute,
                  ),
                },
                {
                  path: paths.progress.path,
                  lazy: page(
                    () => import('./routes/progress'),
                    (m) => m.ProgressRoute,
                  ),
                },
                {
                  path: paths.siteVisits.path,
                  lazy: page(
                    () => import('./routes/site-visits'),
                    (m) => m.SiteVisitsRoute,
                  ),
                },
                {
                  path: paths.review.path,
                  lazy: page(
                    () => import('./routes/review'),
                    (m) => m.ReviewRoute,
                  ),
                },
                {
                  path: paths.commendation.path,
                  lazy: page(
                    () => import('./routes/commendation'),
                    (m) => m.CommendationRoute,
                  ),
                },
                {
                  path: paths.commendationCampaign.path,
                  loader: firstScreen(queryClient, 'commendationCampaign'),
                  lazy: page(
                    () => import('./routes/commendation'),
                    (m) => m.CommendationCampaignRoute,
                  ),
                },
                {
                  path: paths.commendationList.path,
                  lazy: page(
                    () => import('./routes/commendation'),
                    (m) => m.CommendationListRoute,
                  ),
                },
                {
                  path: paths.feedback.path,
                  lazy: page(
                    () => import('./routes/commendation'),
                    (m) => m.FeedbackRoute,
                  ),
                },
                {
                  path: paths.feedbackReport.path,
                  lazy: page(
                    () => import('./routes/commendation'),
                    (m) => m.FeedbackReportRoute,
                  ),
                },
                {
                  path: paths.staffFeedbackReport.path,
                  lazy: page(
                    () => import('./routes/commendation'),
                    (m) => m.FeedbackReportRoute,
                  ),
                },
                {
                  path: '*',
                  lazy: page(
                    () => import('./routes/not-found'),
                    (m) => m.NotFoundRoute,
                  ),
                },
              ],
            },
          ],
        },
      ],
    },
  ]);

export function AppRouter() {
  const queryClient = useQueryClient();
  const [router] = useState(() => createRouter(queryClient));
  return <RouterProvider router={router} />;
}
