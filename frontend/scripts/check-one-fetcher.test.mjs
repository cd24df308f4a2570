import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crowdedFiles, duplicateEndpoints } from './check-one-fetcher.mjs';

const files = [
  { path: 'features/a/api/get-x.ts', text: "api.GET('/api/v1/x', { signal })\napi.POST('/api/v1/x', { body })" },
  { path: 'features/b/api/x.ts', text: "await api.GET(\n    '/api/v1/x/{id}', {})\nawait api.GET(`/api/v1/x`)" },
  { path: 'features/c/api/put-x.ts', text: "api.PUT('/api/v1/x/{id}', {})" },
];

test('an endpoint called from two files is a duplicate; the same path with another method is not', () => {
  assert.deepEqual(duplicateEndpoints(files), [{ endpoint: 'GET /api/v1/x', files: ['features/a/api/get-x.ts', 'features/b/api/x.ts'] }]);
});

test('one file calling an endpoint twice is one fetcher', () => {
  assert.deepEqual(duplicateEndpoints([{ path: 'a.ts', text: "api.GET('/api/v1/y')\napi.GET('/api/v1/y')" }]), []);
});

test('a file calling two endpoints is crowded, whether they differ by method or by path', () => {
  assert.deepEqual(crowdedFiles(files), [
    { file: 'features/a/api/get-x.ts', endpoints: ['GET /api/v1/x', 'POST /api/v1/x'] },
    { file: 'features/b/api/x.ts', endpoints: ['GET /api/v1/x', 'GET /api/v1/x/{id}'] },
  ]);
});

test('a file calling one endpoint twice, or none, is not crowded', () => {
  const once = [
    { path: 'a.ts', text: "enabled ? await api.POST('/api/v1/y', { body }) : await api.POST(\n  '/api/v1/y', {})" },
    { path: 'b.ts', text: "import { api } from '@/lib/api-client';" },
  ];
  assert.deepEqual(crowdedFiles(once), []);
});
