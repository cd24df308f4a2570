// One route table: every link and redirect goes through it.
export const paths = {
  login: { path: '/login', href: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login') },
  home: { path: '/', href: () => '/' },
  branches: { path: '/branches', href: () => '/branches' },
  branch: { path: '/branches/:id', href: (id: number | string) => `/branches/${id}` },
  campaigns: { path: '/campaigns', href: () => '/campaigns' },
  campaign: { path: '/campaigns/:id', href: (id: number | string) => `/campaigns/${id}` },
  deliverable: { path: '/campaigns/:campaignId/deliverables/:id', href: (campaignId: number, id: number) => `/campaigns/${campaignId}/deliverables/${id}` },
  progress: { path: '/progress', href: () => '/progress' },
  siteVisits: { path: '/site-visits', href: () => '/site-visits' },
  review: { path: '/review', href: () => '/review' },
  print: { path: '/branches/print', href: () => '/branches/print' },
} as const;
