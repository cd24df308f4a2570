// The sign-in page's first load: the entry chunk and everything it imports statically, gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('no entry chunk in the manifest');
const loginKey = Object.keys(manifest).find((k) => /routes\/login\.tsx$/.test(k));
const keys = staticClosure(entryKey);
if (loginKey) staticClosure(loginKey, keys);

let total = 0;
console.log('Sign-in route, first load (gzipped JS):');
for (const key of keys) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const size = gz(file);
  total += size;
  console.log(`  ${kb(size).padStart(7)} KB  ${file}`);
}
console.log(`  ${kb(total).padStart(7)} KB  total (budget ${BUDGET_KB} KB)`);

let all = 0;
for (const { file } of Object.values(manifest)) if (file.endsWith('.js')) all += gz(file);
console.log(`All JS chunks together: ${kb(all)} KB gzipped`);

if (total > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * 1024)} KB`);
  process.exit(1);
}
