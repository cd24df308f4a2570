// A bounded load on the local API: a fixed number of requests per endpoint at a fixed concurrency,
// printing throughput and latency percentiles. Loopback only; it stops by itself.
const api = process.env.BENCH_API_URL ?? 'http://127.0.0.1:18080';
const total = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);

async function signIn(username) {
  const res = await fetch(`${api}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2009' }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status}`);
  return (await res.json()).accessToken;
}

async function run(name, path, token) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  async function worker() {
    while (next < total) {
      next++;
      const t0 = performance.now();
      const res = await fetch(`${api}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      if (res.status !== 200) failures++;
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(
    `${name.padEnd(34)} ${String(Math.round(latencies.length / seconds)).padStart(6)} req/s` +
      `  p50 ${pct(50)} ms  p95 ${pct(95)} ms  p99 ${pct(99)} ms  failures ${failures}`,
  );
}

const admin = await signIn('admin');
const branch = await signIn('lishi');
console.log(`API benchmark: ${total} requests per line, concurrency ${concurrency}, ${api}`);
await run('GET /api/v1/branches (staff)', '/api/v1/branches?size=20', admin);
await run('GET /api/v1/branches?q=县 (search)', `/api/v1/branches?q=${encodeURIComponent('县')}&size=20`, admin);
await run('GET /api/v1/branches (branch)', '/api/v1/branches', branch);
await run('GET /api/v1/campaigns (staff)', '/api/v1/campaigns?size=20', admin);
