// Smoke test of the embedded default: the packaged API started on a fresh H2 database, ran the migrations
// and loaded the demo data. Run by scripts/e2e.sh with SMOKE_API_URL pointing at it.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const api = process.env.SMOKE_API_URL ?? `http://127.0.0.1:${process.env.E2E_API_PORT ?? 18080}`;

async function signIn(username) {
  const res = await fetch(`${api}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2009' }),
  });
  assert.equal(res.status, 200, `sign-in as ${username}`);
  return (await res.json()).accessToken;
}

test('health reports the database up', async () => {
  const res = await fetch(`${api}/q/health/ready`);
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.status, 'UP');
});

test('demo branches are served to committee staff', async () => {
  const token = await signIn('admin');
  const res = await fetch(`${api}/api/v1/branches?size=100`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200);
  const page = await res.json();
  assert.equal(page.total, 13);
  assert.ok(page.items.some((b) => b.name === '民进孝义市基层委员会'));
});

test('a branch account sees only its own branch', async () => {
  const token = await signIn('lishi');
  const res = await fetch(`${api}/api/v1/branches`, { headers: { Authorization: `Bearer ${token}` } });
  const page = await res.json();
  assert.deepEqual(page.items.map((b) => b.code), ['LS']);
});

test('the served contract is OpenAPI 3.1', async () => {
  const res = await fetch(`${api}/q/openapi?format=json`);
  assert.equal(res.status, 200);
  assert.equal((await res.json()).openapi, '3.1.0');
});

test('production serves no API explorer, and the contract with a locked-down policy', async () => {
  for (const path of ['/q/swagger-ui', '/q/swagger-ui/', '/q/dev-ui', '/q/dev']) {
    const res = await fetch(`${api}${path}`, { redirect: 'manual' });
    assert.equal(res.status, 404, `${path} is not served in production`);
  }
  const doc = await fetch(`${api}/q/openapi`);
  assert.equal(doc.status, 200);
  assert.equal(doc.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
  assert.equal(doc.headers.get('x-content-type-options'), 'nosniff');
});

test('an overlong query string is a problem+json 414', async () => {
  const res = await fetch(`${api}/api/v1/branches?q=${'x'.repeat(10000)}`);
  assert.equal(res.status, 414);
  assert.match(res.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('the first ADMIN made by `make admin` signs in and must choose its own password', async () => {
  const res = await fetch(`${api}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'root-admin', password: process.env.FIRST_ADMIN_PASSWORD }),
  });
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.deepEqual(body.roles, ['ADMIN']);
  assert.equal(body.restriction, 'PASSWORD_CHANGE_REQUIRED');
});
