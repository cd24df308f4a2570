// Data for the recommendation browser test, made through the API so that no other test's data is touched: a fresh
// chain of campaigns (the centre's, Shanxi's plan adopting it, Lüliang's plan adopting that) whose Lüliang end has
// finalised, published results and a published commendation list. Quotas and recommendations are left to the test.
import assert from 'node:assert/strict';
import { call, scoredAndFinalised, token } from './commendation-data.mjs';
import { day } from './support.mjs';

async function adopt(bearer, parentId, title, documentNumber) {
  const plan = await call(bearer, 'POST', `/campaigns/${parentId}/adoptions`, { title, documentNumber });
  return plan.id;
}

async function activate(bearer, campaignId) {
  const c = await call(bearer, 'GET', `/campaigns/${campaignId}`);
  await call(bearer, 'POST', `/campaigns/${campaignId}/activate`, { version: c.version });
}

/** Sets the date a campaign is entered as of, so that a notice that already ran can be recorded. */
export async function recordedAsOf(bearer, campaignId, asOf) {
  const c = await call(bearer, 'GET', `/campaigns/${campaignId}`);
  await call(bearer, 'POST', `/campaigns/${campaignId}/recorded-history`, {
    asOf,
    reason: '补录已开展的公示',
    version: c.version,
  });
}

/**
 * Centre → Shanxi → Lüliang, each adopting the one above; Lüliang's plan scored, published and with its commendation
 * list published (the branches in order of rank). Returns the three campaign ids and the commended branches.
 */
export async function publishedChain(suffix, branchCodes) {
  const centre = await token('centre');
  const shanxi = await token('shanxi');
  const admin = await token('admin');
  const campaigns = (await call(centre, 'GET', '/campaigns?size=100&year=2009')).items;
  const template = campaigns.find((c) => c.organisation.level === 'CITY');
  assert.ok(template, 'the demo has Lüliang’s 2009 campaign');
  const top = await call(centre, 'POST', `/campaigns/${template.id}/copy`, {
    title: `全国创先活动 ${suffix}`,
    year: 2008,
    startsOn: '2008-09-01',
  });
  await activate(centre, top.id);
  const province = await adopt(shanxi, top.id, `山西实施方案 ${suffix}`, `进晋字【2008】${suffix}号`);
  await activate(shanxi, province);
  const city = await adopt(admin, province, `吕梁创先活动 ${suffix}`, `吕民字【2008】${suffix}号`);
  const finalised = await scoredAndFinalised(admin, city, `吕梁创先活动 ${suffix}`, branchCodes);
  const fresh = await call(admin, 'GET', `/campaigns/${city}`);
  await call(admin, 'POST', `/campaigns/${city}/results/publish`, { version: fresh.version });
  const list = await call(admin, 'POST', `/campaigns/${city}/commendation-lists`, {
    basis: 'TOP_N',
    topN: branchCodes.length,
  });
  await recordedAsOf(admin, city, day(-9));
  const noticed = await call(admin, 'POST', `/commendation-lists/${list.id}/notice`, {
    startsOn: day(-9),
    endsOn: day(-2),
    text: '拟表彰名单公示',
    version: list.version,
  });
  const approved = await call(admin, 'POST', `/commendation-lists/${list.id}/approval`, {
    resolutionNumber: `民进吕梁市委〔2008〕${suffix}号`,
    resolutionDate: day(-1),
    version: noticed.version,
  });
  await call(admin, 'POST', `/commendation-lists/${list.id}/publication`, { version: approved.version });
  return { top: top.id, province, city, branches: finalised.branches };
}
