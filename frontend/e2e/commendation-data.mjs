// Data for the commendation browser tests, made through the API so that no other test's data is touched:
// a campaign copied from the 2009 one, scored by one assessor and finalised, ready for a shortlist.
import assert from 'node:assert/strict';
import { BASE_URL, PASSWORD } from './support.mjs';

export async function token(username) {
  const res = await fetch(`${BASE_URL}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  assert.equal(res.status, 200, `sign-in as ${username}`);
  return (await res.json()).accessToken;
}

export async function call(bearer, method, path, body) {
  const res = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** The closed 2009 campaign of the demo data. */
export async function campaign2009(admin) {
  const page = await call(admin, 'GET', '/campaigns?size=100');
  const found = page.items.find((c) => c.year === 2009);
  assert.ok(found, 'the demo has the 2009 campaign');
  return found;
}

/**
 * A new campaign copied from 2009 and started (assessors score only in an active campaign), with the given
 * branches taking part, nothing required to hand in, one assessor's submitted scoresheet each (a different share
 * of the points per branch, so the ranking and grades differ) and the results finalised.
 */
export async function finalisedCampaign(title, branchCodes) {
  const admin = await token('admin');
  const source = await campaign2009(admin);
  const year = 2008;
  const copy = await call(admin, 'POST', `/campaigns/${source.id}/copy`, { title, year, startsOn: `${year}-09-01` });
  return scoredAndFinalised(admin, copy.id, title, branchCodes);
}

/**
 * A draft campaign of the signed-in admin's organisation taken through to finalised results: nothing required to
 * hand in, the branches taking part, started, one assessor's submitted scoresheet per branch.
 */
export async function scoredAndFinalised(admin, campaignId, title, branchCodes) {
  const types = await call(admin, 'GET', `/campaigns/${campaignId}/deliverable-types?size=100`);
  for (const type of types.items.filter((t) => t.required)) {
    await call(admin, 'DELETE', `/campaigns/${campaignId}/deliverable-types/${type.id}`);
  }
  const branches = (await call(admin, 'GET', '/branches?size=100')).items;
  const taking = branchCodes.map((code) => branches.find((b) => b.code === code));
  for (const b of taking) await call(admin, 'POST', `/campaigns/${campaignId}/branches`, { branchId: b.id });
  const draft = await call(admin, 'GET', `/campaigns/${campaignId}`);
  await call(admin, 'POST', `/campaigns/${campaignId}/activate`, { version: draft.version });
  const accounts = (await call(admin, 'GET', '/accounts?size=100&q=assessor1')).items;
  const assessor = accounts.find((a) => a.username === 'assessor1');
  await call(admin, 'POST', `/campaigns/${campaignId}/assignments/bulk`, {
    branchIds: taking.map((b) => b.id),
    assessorIds: [assessor.id],
  });
  const standards = (await call(admin, 'GET', `/campaigns/${campaignId}/standards?size=100`)).items;
  const indicators = standards.flatMap((s) => s.indicators);
  const scorer = await token('assessor1');
  const shares = [0.95, 0.9, 0.8, 0.7, 0.65, 0.6];
  for (const [i, b] of taking.entries()) {
    const share = shares[i % shares.length];
    const scores = indicators.map((ind) => ({
      indicatorId: ind.id,
      points: Math.round(ind.maxPoints * share * 2) / 2,
      comment: share >= 0.8 ? `${ind.name}扎实有效` : `${ind.name}有待加强`,
    }));
    const sheet = await call(scorer, 'POST', `/campaigns/${campaignId}/scoresheets`, { branchId: b.id, scores });
    await call(scorer, 'POST', `/campaigns/${campaignId}/scoresheets/${sheet.id}/submit`, { version: sheet.version });
  }
  const fresh = await call(admin, 'GET', `/campaigns/${campaignId}`);
  await call(admin, 'POST', `/campaigns/${campaignId}/results/finalise`, { version: fresh.version });
  return { id: campaignId, title, branches: taking };
}
