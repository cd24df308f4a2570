// One route table: every link and redirect goes through it.
export const paths = {
  login: { path: '/login', href: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login') },
  home: { path: '/', href: () => '/' },
  branches: { path: '/branches', href: () => '/branches' },
  branch: { path: '/branches/:id', href: (id: number | string) => `/branches/${id}` },
  print: { path: '/branches/print', href: () => '/branches/print' },
  changePassword: { path: '/change-password', href: () => '/change-password' },
  me: { path: '/me', href: () => '/me' },
  accounts: { path: '/accounts', href: () => '/accounts' },
  apiClients: { path: '/accounts/clients', href: () => '/accounts/clients' },
  audit: { path: '/audit', href: () => '/audit' },
  scoring: { path: '/scoring', href: () => '/scoring' },
  scoresheet: { path: '/scoring/:campaignId/:branchId', href: (campaignId: number, branchId: number) => `/scoring/${campaignId}/${branchId}` },
  results: { path: '/results', href: () => '/results' },
} as const;
