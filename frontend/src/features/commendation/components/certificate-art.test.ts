import { certificateBody, chineseDate, paintCertificate, wrap } from './certificate-art';

test('a decision date reads the Chinese way', () => {
  expect(chineseDate('2010-06-10')).toBe('2010年6月10日');
  expect(chineseDate('2009-12-01')).toBe('2009年12月1日');
});

test('a line breaks between characters at the width, and nothing is lost', () => {
  const measure = (s: string) => Array.from(s).length * 10;
  const text = certificateBody('2009年争创先进基层组织活动');
  const lines = wrap(text, 100, measure);
  expect(lines.every((l) => measure(l) <= 100)).toBe(true);
  expect(lines.join('')).toBe(text);
  expect(lines.length).toBe(Math.ceil(Array.from(text).length / 10));
  expect(wrap('', 100, measure)).toEqual([]);
});

test('the certificate paints its words and a QR code of its check address', () => {
  const texts: string[] = [];
  let squares = 0;
  const ctx = {
    fillRect: () => (squares += 1),
    strokeRect: () => undefined,
    fillText: (s: string) => texts.push(s),
    measureText: (s: string) => ({ width: Array.from(s).length * 50 }),
  } as unknown as CanvasRenderingContext2D;
  paintCertificate(ctx, {
    branchName: '民进孝义市基层委员会',
    campaignTitle: '争创民进全国先进基层组织活动',
    issuer: '中国民主促进会吕梁市委员会',
    resolutionNumber: '民进吕梁市委〔2010〕12号',
    resolutionDate: '2010-12-06',
    verifyUrl: 'https://chuangxian.example.org/certificates/3/7',
  });
  expect(texts).toContain('民进孝义市基层委员会：');
  expect(texts).toContain('中国民主促进会吕梁市委员会');
  expect(texts).toContain('民进吕梁市委〔2010〕12号\u30002010年12月6日');
  expect(texts.join('')).toContain('争创民进全国先进基层组织活动中成绩突出');
  // A version-3 symbol has 29 × 29 modules, about half of them dark: far more squares than the background's two.
  expect(squares).toBeGreaterThan(200);
});
