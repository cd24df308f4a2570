// An upper-level system's nightly sync, written against the TypeScript client (typescript-fetch) generated from
// openapi.yaml: it signs in with its client credentials (scope `read`), lists every branch it may read and every
// published ranking, page by page, then follows the change feed to its end and keeps the cursor for the next run. It
// stops with an error when the pages disagree with the totals they announce or the feed goes backwards.
//
// Settings from the environment: API_URL (e.g. http://localhost:8080), CLIENT_ID, CLIENT_SECRET. With
// --expect-published it also fails when no campaign has published results.
import { AuthenticationApi, BranchesApi, CampaignsApi, ChangesApi, Configuration, ResultsApi, ResultsStatus } from './generated';

const PAGE_SIZE = 7;

type Page<T> = { items: T[]; total: number };

function required(name: string): string {
  const value = process.env[name];
  if (!value?.trim()) throw new Error(`${name} is not set`);
  return value;
}

function check(ok: boolean, problem: string): void {
  if (!ok) throw new Error(problem);
}

/** Every item of a paged list, read page by page; `id` names an item, to find one read twice. */
async function all<T>(what: string, read: (page: number) => Promise<Page<T>>, id: (item: T) => number): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<number>();
  for (let page = 1; ; page++) {
    const one = await read(page);
    for (const item of one.items) {
      check(!seen.has(id(item)), `${what} ${id(item)} came twice`);
      seen.add(id(item));
      items.push(item);
    }
    if (one.items.length < PAGE_SIZE || items.length >= one.total) {
      check(items.length === one.total, `read ${items.length} ${what} of ${one.total}`);
      return items;
    }
  }
}

async function main(): Promise<void> {
  const basePath = required('API_URL').replace(/\/+$/, '');
  const expectPublished = process.argv.includes('--expect-published');

  const token = await new AuthenticationApi(new Configuration({ basePath })).createClientToken({
    grantType: 'client_credentials',
    clientId: required('CLIENT_ID'),
    clientSecret: required('CLIENT_SECRET'),
    scope: 'read',
  });
  const configuration = new Configuration({ basePath, accessToken: token.accessToken });

  const branchesApi = new BranchesApi(configuration);
  const branches = await all('branch', (page) => branchesApi.listBranches({ page, size: PAGE_SIZE, sort: 'code' }), (b) => b.id);
  console.log(`branches: ${branches.length}`);

  const campaignsApi = new CampaignsApi(configuration);
  const campaigns = await all('campaign', (page) => campaignsApi.listCampaigns({ page, size: PAGE_SIZE, sort: '-year' }), (c) => c.id);
  const resultsApi = new ResultsApi(configuration);
  let published = 0;
  for (const campaign of campaigns.filter((c) => c.resultsStatus === ResultsStatus.Published)) {
    published++;
    const ranking = await all(
      'ranked branch',
      (page) => resultsApi.listResults({ campaignId: campaign.id, page, size: PAGE_SIZE }),
      (r) => r.branchId,
    );
    const first = ranking[0];
    console.log(
      `campaign ${campaign.id} (${campaign.title}): ${ranking.length} ranked` +
        (first ? `, first ${first.branchName} with ${first.total}` : ''),
    );
  }
  console.log(`campaigns with published results: ${published}`);
  check(!expectPublished || published > 0, 'no campaign has published results');

  // What changed since the last run: here from the start; a real sync keeps the cursor between runs.
  const changesApi = new ChangesApi(configuration);
  let cursor: string | undefined;
  let changed = 0;
  let last = 0;
  for (;;) {
    const page = await changesApi.listChanges({ since: cursor, size: 100 });
    for (const change of page.items) {
      check(change.sequence > last, `change ${change.sequence} came out of order`);
      last = change.sequence;
      changed++;
    }
    cursor = page.next;
    if (!page.more) break;
  }
  console.log(`changes in the feed: ${changed}, next cursor ${cursor}`);
}

main().catch((error: unknown) => {
  console.error(`example failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
