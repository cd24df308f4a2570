// First loads, gzipped, from the build's manifest: each file a screen fetches before it shows (the entry chunk, the
// modules the screen imports at once, and everything those import statically).
//   - the sign-in page: at most 300 KB;
//   - a branch chair's home on a phone, the first screen after signing in (ADR 022): at most 200 KB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

function staticClosure(key, seen) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('no entry chunk in the manifest');

/** The first load of a screen made of the entry and these chunks (by their manifest keys); false when over budget. */
function firstLoad(title, chunks, budgetKb) {
  const keys = staticClosure(entryKey, new Set());
  for (const pattern of chunks) {
    const key = Object.keys(manifest).find((k) => pattern.test(k));
    if (!key) throw new Error(`no chunk ${pattern} in the manifest`);
    staticClosure(key, keys);
  }
  let total = 0;
  console.log(`${title}, first load (gzipped JS):`);
  for (const key of keys) {
    const file = manifest[key].file;
    if (!file.endsWith('.js')) continue;
    const size = gz(file);
    total += size;
    console.log(`  ${kb(size).padStart(7)} KB  ${file}`);
  }
  console.log(`  ${kb(total).padStart(7)} KB  total (budget ${budgetKb} KB)`);
  if (total <= budgetKb * 1024) return true;
  console.error(`${title}: over budget by ${kb(total - budgetKb * 1024)} KB`);
  return false;
}

const signIn = firstLoad('Sign-in route', [/^src\/app\/routes\/login\.tsx$/], 300);
// The shell, the home and the parts it shows are one chunk (vite.config.ts, `first-screen`); the texts another.
const chairHome = firstLoad("A branch chair's home", [/^_first-screen-[\w-]+\.js$/, /^src\/locales\/zh-CN\/signed-in\.ts$/], 200);

let all = 0;
for (const { file } of Object.values(manifest)) if (file.endsWith('.js')) all += gz(file);
console.log(`All JS chunks together: ${kb(all)} KB gzipped`);

if (!signIn || !chairHome) process.exit(1);
