// Fails when two source files call the same API operation (method + path): every read has one fetcher, in the
// feature that owns the resource, and other features import it from there.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CALL = /\bapi\s*\.\s*(GET|POST|PUT|PATCH|DELETE)\(\s*(['"`])([^'"`]+)\2/g;

/** Whether a file is application source to scan: TypeScript, not a test, not the generated contract types. */
export function isScanned(path) {
  return /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) && !path.endsWith('.d.ts');
}

/**
 * The operations called from more than one file, as `{ method, path, files }`, sorted by path then method.
 * `sources` is a list of `{ file, text }`; several calls of one operation within one file count once.
 */
export function findSharedCalls(sources) {
  const callers = new Map();
  for (const { file, text } of sources) {
    for (const [, method, , path] of text.matchAll(CALL)) {
      const key = `${method} ${path}`;
      if (!callers.has(key)) callers.set(key, new Set());
      callers.get(key).add(file);
    }
  }
  return [...callers]
    .filter(([, files]) => files.size > 1)
    .map(([key, files]) => {
      const [method, path] = key.split(' ');
      return { method, path, files: [...files].sort() };
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** Every scanned file under `dir`, with paths relative to `base` (forward slashes). */
export function readSources(dir, base = dir) {
  const sources = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) sources.push(...readSources(full, base));
    else if (isScanned(entry.name)) sources.push({ file: relative(base, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
  }
  return sources;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const shared = findSharedCalls(readSources(join(root, 'src'), root));
  if (shared.length > 0) {
    console.error('These API operations are called from more than one file; keep one fetcher and import it:');
    for (const { method, path, files } of shared) console.error(`  ${method} ${path}\n    ${files.join('\n    ')}`);
    process.exit(1);
  }
  console.log('Every API operation is called from one file.');
}
