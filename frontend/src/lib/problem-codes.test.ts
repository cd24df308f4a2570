import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import enUS from '@/locales/en-US';
import zhCN from '@/locales/zh-CN';

// Tests run in frontend/ (jsdom gives the test file an http address, so import.meta.url does not lead to the disk).
const contract = readFileSync(resolve(process.cwd(), '../openapi.yaml'), 'utf8').split('\n');

/** The keys of the map under `x-problem-codes:` (a value may go on over further, deeper lines). */
function problemCodes(): string[] {
  const start = contract.findIndex((line) => line.trim() === 'x-problem-codes:');
  const indent = contract[start]?.search(/\S/) ?? 0;
  const codes: string[] = [];
  for (const line of contract.slice(start + 1)) {
    if (!line.trim()) continue;
    const at = line.search(/\S/);
    if (at <= indent) break;
    const key = /^([A-Z][A-Z0-9_]*):/.exec(line.slice(at));
    if (key?.[1] && at === indent + 2) codes.push(key[1]);
  }
  return codes;
}

/** The codes a FieldError's code can take, as its description lists them ("…family of the failure: REQUIRED, SIZE, … or INVALID (…)"). */
function fieldErrorCodes(): string[] {
  const start = contract.findIndex((line) => line.includes('Machine-readable family of the failure:'));
  const text = contract.slice(start, start + 5).join(' ');
  const list = text.slice(text.indexOf('Machine-readable family of the failure:'), text.indexOf('(any other rule'));
  return list.match(/\b[A-Z][A-Z_]+\b/g) ?? [];
}

describe('the words for the problems the API sends', () => {
  it('reads the contract', () => {
    expect(problemCodes()).toContain('VALIDATION_FAILED');
    expect(problemCodes()).toContain('FEEDBACK_RELEASED');
    expect(problemCodes().length).toBeGreaterThan(100);
    expect(fieldErrorCodes()).toEqual(expect.arrayContaining(['REQUIRED', 'SIZE', 'BROKEN_TEXT', 'INVALID']));
  });

  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ])('has %s words for every problem code of the contract', (_language, messages) => {
    const missing = problemCodes().filter((code) => !(messages.errors.code as Record<string, string>)[code]);
    expect(missing).toEqual([]);
  });

  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ])('has %s words for every field error code of the contract', (_language, messages) => {
    const missing = fieldErrorCodes().filter((code) => !(messages.errors.field as Record<string, string>)[code]);
    expect(missing).toEqual([]);
  });
});
