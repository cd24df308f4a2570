// One scale of `make bench`: drives each endpoint of the packaged API with autocannon at a fixed concurrency, reads
// for a fixed time and writes once per prepared draft, against a campaign loaded by ScaleData (the manifest names
// its campaign, accounts and drafts). Prints req/s, p50 and p99 per endpoint and writes them as JSON.
// Fails (exit 1) when an endpoint answered anything but 200 or ran no request. Loopback only; it stops by itself.
import autocannon from 'autocannon';
import { readFileSync, writeFileSync } from 'node:fs';

const api = process.env.BENCH_API_URL ?? 'http://127.0.0.1:18088';
const manifest = JSON.parse(readFileSync(process.env.BENCH_MANIFEST, 'utf8'));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const connections = Number(process.env.BENCH_CONCURRENCY ?? 8);
const out = process.env.BENCH_OUT;
// Each write submits a different draft; at most this many of them (the generator prepares one per branch).
const maxWrites = Number(process.env.BENCH_WRITES ?? 2000);

async function signIn(username) {
  const res = await fetch(`${api}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: manifest.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()).accessToken;
}

const c = manifest.campaignId;
const n = manifest.branches;
const admin = await signIn(manifest.admin);
const writer = await signIn(manifest.writer);
const chairs = [];
for (const chair of manifest.chairs) chairs.push(await signIn(chair));
const bearer = (token) => `Bearer ${token}`;
const rotate = (values) => {
  let i = 0;
  return () => values[i++ % values.length];
};

// Reads: [name, path or (() => path), token or (() => token)]. Writes: one request per draft, each draft once.
const middlePage = Math.max(1, Math.floor(n / 20 / 2));
const branchIds = Array.from({ length: n }, (_, i) => manifest.firstBranchId + ((i * 7919) % n));
const nextBranch = rotate(branchIds);
const nextChair = rotate(chairs);
const reads = [
  ['GET /q/health/live', '/q/health/live', null],
  ['GET /api/v1/me', '/api/v1/me', admin],
  ['results, first page', `/api/v1/campaigns/${c}/results?size=20`, admin],
  ['results, middle page', `/api/v1/campaigns/${c}/results?size=20&page=${middlePage}`, admin],
  ['results, by total', `/api/v1/campaigns/${c}/results?size=20&sort=-total`, admin],
  ["a branch's result", () => `/api/v1/campaigns/${c}/results/${nextBranch()}`, admin],
  ['progress and roll-ups, first page', `/api/v1/campaigns/${c}/progress?size=20`, admin],
  ['progress, middle page', `/api/v1/campaigns/${c}/progress?size=20&page=${middlePage}`, admin],
  ['deliverables, campaign (staff)', `/api/v1/campaigns/${c}/deliverables?size=20`, admin],
  ['deliverables, submitted (staff)', `/api/v1/campaigns/${c}/deliverables?size=20&status=SUBMITTED`, admin],
  ['deliverables, own branch (chair)', `/api/v1/campaigns/${c}/deliverables?size=20`, nextChair],
  ["chair's home", '/api/v1/me/home', nextChair],
  // The national tree: the centre's 31 provinces with what each subtree holds, one province's cities, a drill-down.
  ['roll-up, the centre (31 provinces)', '/api/v1/organisations/1/rollup?size=31', admin],
  ['roll-up, a province (its cities)', `/api/v1/organisations/${manifest.provinceId}/rollup?size=20`, admin],
  ['organisations, a province\'s children', `/api/v1/organisations?parentId=${manifest.provinceId}&size=20`, admin],
  ['change feed, from the start', '/api/v1/changes?size=100', admin],
];
const writes = [
  [
    'submit a scoresheet',
    manifest.draftScoresheets.slice(0, maxWrites).map((id) => ({ path: `/api/v1/campaigns/${c}/scoresheets/${id}/submit`, token: writer })),
  ],
  [
    'submit a deliverable',
    manifest.draftDeliverables.slice(0, maxWrites).map(([id, chair]) => ({
      path: `/api/v1/campaigns/${c}/deliverables/${id}/submit`,
      token: chairs[chair],
    })),
  ],
];

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon({ url: api, connections, timeout: 300, ...options }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

// One request on its own, as the load would send it; answers its time in ms, or fails the run.
async function once(request) {
  const req = request.setupRequest({ headers: {} });
  const t0 = performance.now();
  const res = await fetch(`${api}${req.path}`, { headers: req.headers });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${req.path}: ${res.status}`);
  return performance.now() - t0;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const settle = (result) => sleep(Math.min(60_000, result.latency.max));

function figures(result) {
  const ok = result['2xx'];
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    requests: result.requests.total,
    ok,
    failed,
    reqPerSec: Math.round((ok / result.duration) * 1000) / 1000,
    p50: result.latency.p50,
    p99: result.latency.p99,
    seconds: Math.round(result.duration * 10) / 10,
  };
}

const results = {};
const failures = [];
function record(name, path, f) {
  results[name] = { path, ...f };
  console.log(
    `${name.padEnd(36)} ${String(f.reqPerSec >= 10 ? Math.round(f.reqPerSec) : f.reqPerSec.toFixed(2)).padStart(6)} req/s  p50 ${String(f.p50).padStart(4)} ms` +
      `  p99 ${String(f.p99).padStart(5)} ms  ${f.ok}/${f.requests} ok${f.mode === 'count' ? ' (too slow for the time: a fixed count)' : ''}`,
  );
  if (f.requests === 0) failures.push(`${name}: no request ran`);
  else if (f.failed > 0 || f.ok !== f.requests) failures.push(`${name}: ${f.requests - f.ok} of ${f.requests} requests failed`);
}

console.log(
  `${n} branches (campaign ${c}): reads ${seconds} s each after ${warmup} s of warm-up, writes once per draft (at most ${maxWrites});` +
    ` ${connections} connections, ${api}`,
);
// The JVM compiles the hot paths in its first seconds: a common warm-up first, so /me (the ceiling) is not measured
// on a cold JVM, then each endpoint's own.
if (warmup > 0) {
  await cannon({
    duration: warmup * 3,
    requests: [
      { method: 'GET', path: '/api/v1/me', headers: { authorization: bearer(admin) } },
      { method: 'GET', path: '/q/health/live' },
    ],
  });
}
for (const [name, path, token] of reads) {
  const request = {
    method: 'GET',
    setupRequest: (req) => {
      req.path = typeof path === 'function' ? path() : path;
      const t = typeof token === 'function' ? token() : token;
      req.headers = t ? { ...req.headers, authorization: bearer(t) } : req.headers;
      return req;
    },
  };
  // A timed run leaves the answers still on their way uncounted, and the server goes on working on them: after each
  // timed run wait as long as its slowest answer took, so that the next run does not meet that backlog. An endpoint
  // so slow that a timed run would count next to nothing (one answer on its own, times the connections, exceeds the
  // time) runs instead for a fixed count, two requests per connection, whose answers are all waited for.
  const probe = await once(request);
  let f;
  if (probe * connections > seconds * 1000) {
    f = { ...figures(await cannon({ amount: 2 * connections, requests: [request] })), mode: 'count' };
  } else {
    if (warmup > 0) await settle(await cannon({ duration: warmup, requests: [request] }));
    const timed = await cannon({ duration: seconds, requests: [request] });
    await settle(timed);
    f = figures(timed);
    if (f.ok < 2 * connections && f.failed === 0) {
      f = { ...figures(await cannon({ amount: 2 * connections, requests: [request] })), mode: 'count' };
    }
  }
  record(name, typeof path === 'function' ? path() : path, f);
}
for (const [name, drafts] of writes) {
  let i = 0;
  const request = {
    method: 'POST',
    setupRequest: (req) => {
      // Each connection builds its next request when an answer comes, so a few more are built than sent; a draft
      // sent twice would answer 409 and fail the run.
      const d = drafts[Math.min(i++, drafts.length - 1)];
      req.path = d.path;
      req.headers = { ...req.headers, 'content-type': 'application/json', authorization: bearer(d.token) };
      req.body = '{"version":0}';
      return req;
    },
  };
  const f = figures(await cannon({ amount: drafts.length, requests: [request] }));
  record(name, drafts[0]?.path.replace(/\/\d+\/submit$/, '/{id}/submit'), f);
}

const me = results['GET /api/v1/me'].reqPerSec;
for (const r of Object.values(results)) r.ratioToMe = me > 0 ? Math.round((r.reqPerSec / me) * 1000) / 1000 : null;
if (out) writeFileSync(out, JSON.stringify({ branches: n, loadMillis: manifest.loadMillis, endpoints: results }, null, 2));
if (failures.length) {
  console.error(`\nmake bench FAILED at ${n} branches:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
