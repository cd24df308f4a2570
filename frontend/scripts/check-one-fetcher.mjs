// One fetcher per endpoint, one endpoint per file: fails when two files of src/ call the same method and path of the
// API, so that every read has one place that fetches it and one cache key, and when one file calls more than one
// endpoint, so that each endpoint's fetcher, key and hook sit in a file of their own (docs/architecture.md).
// Run by `npm run lint`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const CALL = /\bapi\.(GET|POST|PUT|PATCH|DELETE)\(\s*['"`]([^'"`]+)['"`]/g;

/** The endpoints called from more than one file: `[{ endpoint: 'GET /api/v1/x', files: [...] }]`. */
export function duplicateEndpoints(files) {
  const callers = new Map();
  for (const { path, text } of files) {
    for (const [, method, url] of text.matchAll(CALL)) {
      const endpoint = `${method} ${url}`;
      if (!callers.has(endpoint)) callers.set(endpoint, new Set());
      callers.get(endpoint).add(path);
    }
  }
  return [...callers]
    .filter(([, paths]) => paths.size > 1)
    .map(([endpoint, paths]) => ({ endpoint, files: [...paths].sort() }))
    .sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}

/** The files that call more than one endpoint: `[{ file: 'a.ts', endpoints: ['GET /api/v1/x', 'POST /api/v1/x'] }]`. */
export function crowdedFiles(files) {
  return files
    .map(({ path, text }) => ({
      file: path,
      endpoints: [...new Set([...text.matchAll(CALL)].map(([, method, url]) => `${method} ${url}`))].sort(),
    }))
    .filter(({ endpoints }) => endpoints.length > 1)
    .sort((a, b) => a.file.localeCompare(b.file));
}

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.|\.d\.ts$/.test(entry.name)) return [];
    return [path];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../src', import.meta.url));
  const files = sources(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
  const duplicates = duplicateEndpoints(files);
  for (const { endpoint, files: paths } of duplicates)
    console.error(`Called from more than one file (keep one fetcher and import it): ${endpoint}: ${paths.join(', ')}`);
  const crowded = crowdedFiles(files);
  for (const { file, endpoints } of crowded)
    console.error(`Calls more than one endpoint (give each endpoint a file of its own): ${file}: ${endpoints.join(', ')}`);
  if (duplicates.length || crowded.length) process.exit(1);
  console.log(`One fetcher per endpoint, one endpoint per file: ${files.length} files checked.`);
}
