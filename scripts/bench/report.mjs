// The summary of `make bench`'s API part: reads what api.mjs wrote per scale and the start-up figures, prints the
// ratios (to /api/v1/me, 1,000 -> 10,000 branches, ours to the baseline app), writes bench/results/<date>-<commit>.json
// and prints the change from the last committed file there. Exit 1 when a figure is missing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const dir = process.env.BENCH_DIR;
const scales = (process.env.BENCH_SCALES ?? '1000 10000').split(/\s+/).filter(Boolean).map(Number);
const read = (file) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const round = (x, digits = 2) => (x == null || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const rate = (x) => (x >= 100 ? Math.round(x) : x >= 10 ? round(x, 1) : round(x, 2));
const pct = (now, before) => (before ? `${now >= before ? '+' : ''}${Math.round((now / before - 1) * 100)}%` : 'n/a');

const byScale = Object.fromEntries(scales.map((n) => [n, read(`scale-${n}.json`)]));
const startup = read('startup.json');
const names = Object.keys(byScale[scales[0]].endpoints);
const [small, large] = [scales[0], scales[scales.length - 1]];

const result = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  machine: { cpus: os.cpus().length, loadAverage1m: round(os.loadavg()[0]) },
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
  readSeconds: Number(process.env.BENCH_SECONDS ?? 10),
  scales: byScale,
  growth: {},
  startup: {
    ours: Object.fromEntries(scales.map((n) => [n, startup[n]])),
    baseline: startup.baseline,
    firstRequestRatio: round(startup[small].firstRequestMs / startup.baseline.firstRequestMs),
    rssRatio: round(startup[small].rssKb / startup.baseline.rssKb),
  },
};

console.log(
  `endpoint${' '.repeat(30)}` +
    scales.map((n) => `${String(n).padStart(6)}: req/s  p50  p99  ÷/me `).join('  ') +
    (scales.length > 1 ? `  time/request ${small}->${large}` : ''),
);
for (const name of names) {
  const cells = scales.map((n) => {
    const e = byScale[n].endpoints[name];
    if (!e) return `${'-'.padStart(13)}`;
    return `${String(rate(e.reqPerSec)).padStart(13)} ${String(e.p50).padStart(4)} ${String(e.p99).padStart(4)} ${String(e.ratioToMe).padStart(5)}`;
  });
  let growth = '';
  if (scales.length > 1) {
    const a = byScale[small].endpoints[name]?.reqPerSec;
    const b = byScale[large].endpoints[name]?.reqPerSec;
    result.growth[name] = round(a / b);
    growth = `  x${result.growth[name]}`;
  }
  console.log(`${name.padEnd(38)}${cells.join('  ')}${growth}`);
}
const mb = (kb) => Math.round(kb / 1024);
console.log();
for (const n of scales) {
  console.log(`ours at ${n} branches: first request ${startup[n].firstRequestMs} ms, RSS ${mb(startup[n].rssKb)} MB`);
}
console.log(`baseline:              first request ${startup.baseline.firstRequestMs} ms, RSS ${mb(startup.baseline.rssKb)} MB`);
console.log(
  `ours ÷ baseline (${small} branches): time to first request x${result.startup.firstRequestRatio}, RSS x${result.startup.rssRatio}`,
);

const file = `bench/results/${result.date.slice(0, 10)}-${result.commit}.json`;
const committed = git('ls-files', 'bench/results/*.json')
  .split('\n')
  .filter((f) => f && f !== file)
  .sort();
mkdirSync('bench/results', { recursive: true });
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwrote ${file}`);
const last = committed.at(-1);
if (!last) {
  console.log('no earlier committed result in bench/results to compare with');
} else {
  const before = JSON.parse(git('show', `HEAD:${last}`));
  console.log(`change from ${last} (req/s; start and RSS):`);
  for (const n of scales) {
    const earlier = before.scales?.[n]?.endpoints;
    if (!earlier) continue;
    for (const name of names) {
      if (!earlier[name]) continue;
      console.log(`  ${String(n).padStart(5)} ${name.padEnd(38)} ${pct(byScale[n].endpoints[name].reqPerSec, earlier[name].reqPerSec)}`);
    }
  }
  const b = before.startup;
  if (b?.ours?.[small]) {
    console.log(
      `  time to first request ${pct(startup[small].firstRequestMs, b.ours[small].firstRequestMs)},` +
        ` RSS ${pct(startup[small].rssKb, b.ours[small].rssKb)}, ratio to baseline ${b.firstRequestRatio} -> ${result.startup.firstRequestRatio}`,
    );
  }
}
