import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { loadSignedInMessages } from '@/lib/i18n';
import { getSession, sessionEnd, useSession, useSessionRestoring } from '@/lib/session';
import type { FirstScreen } from './first-screen-data';
import { RouteError } from './routes/route-error';

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

// Every page is its own chunk: the sign-in page must stay light.
export const createRouter = (queryClient: QueryClient) =>
  createBrowserRouter([
    {
      path: paths.login.path,
      lazy: () => import('./routes/login').then((m) => ({ Component: m.LoginRoute })),
      errorElement: <RouteError />,
    },
    {
      path: paths.publicList.path,
      lazy: () => import('./routes/public').then((m) => ({ Component: m.PublicListRoute })),
      errorElement: <RouteError />,
    },
    {
      path: paths.certificate.path,
      lazy: () => import('./routes/public').then((m) => ({ Component: m.CertificateRoute })),
      errorElement: <RouteError />,
    },
    {
      element: <RequireSession />,
      errorElement: <RouteError />,
      children: [
        {
          path: paths.changePassword.path,
          lazy: () => import('./routes/change-password').then((m) => ({ Component: m.ChangePasswordRoute })),
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
                  lazy: () => import('./routes/branches').then((m) => ({ Component: m.BranchesRoute })),
                },
                {
                  path: paths.print.path,
                  lazy: () => import('./routes/branches-print').then((m) => ({ Component: m.BranchesPrintRoute })),
                },
                {
                  path: paths.branch.path,
                  loader: firstScreen(queryClient, 'branch'),
                  lazy: () => import('./routes/branch').then((m) => ({ Component: m.BranchRoute })),
                },
                { path: paths.scoring.path, lazy: () => import('./routes/scoring').then((m) => ({ Component: m.ScoringRoute })) },
                {
                  path: paths.scoresheet.path,
                  loader: firstScreen(queryClient, 'scoresheet'),
                  lazy: () => import('./routes/scoresheet').then((m) => ({ Component: m.ScoresheetRoute })),
                },
                { path: paths.results.path, lazy: () => import('./routes/results').then((m) => ({ Component: m.ResultsRoute })) },
                { path: paths.me.path, lazy: () => import('./routes/me').then((m) => ({ Component: m.MeRoute })) },
                { path: paths.accounts.path, lazy: () => import('./routes/accounts').then((m) => ({ Component: m.AccountsRoute })) },
                { path: paths.apiClients.path, lazy: () => import('./routes/api-clients').then((m) => ({ Component: m.ApiClientsRoute })) },
                { path: paths.webhooks.path, lazy: () => import('./routes/webhooks').then((m) => ({ Component: m.WebhooksRoute })) },
                { path: paths.audit.path, lazy: () => import('./routes/audit').then((m) => ({ Component: m.AuditRoute })) },
                {
                  path: paths.messageChannels.path,
                  lazy: () => import('./routes/message-channels').then((m) => ({ Component: m.MessageChannelsRoute })),
                },
                {
                  path: paths.organisations.path,
                  lazy: () => import('./routes/organisations').then((m) => ({ Component: m.OrganisationsRoute })),
                },
                {
                  path: paths.organisation.path,
                  loader: firstScreen(queryClient, 'organisation'),
                  lazy: () => import('./routes/organisations').then((m) => ({ Component: m.OrganisationsRoute })),
                },
                { path: paths.campaigns.path, lazy: () => import('./routes/campaigns').then((m) => ({ Component: m.CampaignsRoute })) },
                {
                  path: paths.campaign.path,
                  loader: firstScreen(queryClient, 'campaign'),
                  lazy: () => import('./routes/campaign').then((m) => ({ Component: m.CampaignRoute })),
                },
                {
                  path: paths.campaignAssignments.path,
                  lazy: () => import('./routes/campaign-assignments').then((m) => ({ Component: m.CampaignAssignmentsRoute })),
                },
                {
                  path: paths.campaignResults.path,
                  lazy: () => import('./routes/campaign-results').then((m) => ({ Component: m.CampaignResultsRoute })),
                },
                { path: paths.assessment.path, lazy: () => import('./routes/assessment').then((m) => ({ Component: m.AssessmentRoute })) },
                {
                  path: paths.selfAssessment.path,
                  lazy: () => import('./routes/self-assessment').then((m) => ({ Component: m.SelfAssessmentRoute })),
                },
                { path: paths.materials.path, lazy: () => import('./routes/materials').then((m) => ({ Component: m.MaterialsRoute })) },
                { path: paths.messages.path, lazy: () => import('./routes/messages').then((m) => ({ Component: m.MessagesRoute })) },
                {
                  path: paths.deliverable.path,
                  loader: firstScreen(queryClient, 'deliverable'),
                  lazy: () => import('./routes/deliverable').then((m) => ({ Component: m.DeliverableRoute })),
                },
                { path: paths.ranking.path, lazy: () => import('./routes/ranking').then((m) => ({ Component: m.RankingRoute })) },
                { path: paths.progress.path, lazy: () => import('./routes/progress').then((m) => ({ Component: m.ProgressRoute })) },
                { path: paths.siteVisits.path, lazy: () => import('./routes/site-visits').then((m) => ({ Component: m.SiteVisitsRoute })) },
                { path: paths.review.path, lazy: () => import('./routes/review').then((m) => ({ Component: m.ReviewRoute })) },
                {
                  path: paths.commendation.path,
                  lazy: () => import('./routes/commendation').then((m) => ({ Component: m.CommendationRoute })),
                },
                {
                  path: paths.commendationCampaign.path,
                  loader: firstScreen(queryClient, 'commendationCampaign'),
                  lazy: () => import('./routes/commendation').then((m) => ({ Component: m.CommendationCampaignRoute })),
                },
                {
                  path: paths.commendationList.path,
                  lazy: () => import('./routes/commendation').then((m) => ({ Component: m.CommendationListRoute })),
                },
                { path: paths.feedback.path, lazy: () => import('./routes/commendation').then((m) => ({ Component: m.FeedbackRoute })) },
                {
                  path: paths.feedbackReport.path,
                  lazy: () => import('./routes/commendation').then((m) => ({ Component: m.FeedbackReportRoute })),
                },
                {
                  path: paths.staffFeedbackReport.path,
                  lazy: () => import('./routes/commendation').then((m) => ({ Component: m.FeedbackReportRoute })),
                },
                {
                  path: '*',
                  lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFoundRoute })),
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
