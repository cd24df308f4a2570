import encodeQR from 'qr';

/** What a certificate (荣誉证书) prints: the same words as its PDF, plus a QR code to its public check. */
export type CertificateText = {
  branchName: string;
  campaignTitle: string;
  issuer: string;
  resolutionNumber: string;
  resolutionDate: string; // 2010-06-10
  verifyUrl: string;
};

export const WIDTH = 1600;
export const HEIGHT = 1131; // A4 landscape

const FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';
const RED = '#b3121b';
const INK = '#1f1f1f';

/** 2010-06-10 → 2010年6月10日, the way decisions are dated. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Breaks a text into lines no wider than `width`, character by character (Chinese has no spaces to break at). */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of Array.from(text)) {
    if (line && measure(line + ch) > width) {
      lines.push(line);
      line = ch;
    } else {
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function certificateBody(campaignTitle: string): string {
  return `\u3000\u3000在${campaignTitle}中成绩突出，被评为先进基层组织。特发此证，以资鼓励。`;
}

/** Paints the certificate onto a canvas of WIDTH × HEIGHT. */
export function paintCertificate(ctx: CanvasRenderingContext2D, c: CertificateText): void {
  ctx.fillStyle = '#fffaf2';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.strokeStyle = RED;
  ctx.lineWidth = 14;
  ctx.strokeRect(40, 40, WIDTH - 80, HEIGHT - 80);
  ctx.lineWidth = 3;
  ctx.strokeRect(70, 70, WIDTH - 140, HEIGHT - 140);

  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = RED;
  ctx.textAlign = 'center';
  ctx.font = `bold 104px ${FONT}`;
  ctx.fillText('荣 誉 证 书', WIDTH / 2, 250);

  ctx.fillStyle = INK;
  ctx.textAlign = 'left';
  ctx.font = `bold 56px ${FONT}`;
  ctx.fillText(`${c.branchName}：`, 170, 400);
  ctx.font = `50px ${FONT}`;
  const lines = wrap(certificateBody(c.campaignTitle), WIDTH - 340, (s) => ctx.measureText(s).width);
  lines.forEach((line, i) => ctx.fillText(line, 170, 500 + i * 80));

  ctx.textAlign = 'right';
  ctx.font = `44px ${FONT}`;
  ctx.fillText(c.issuer, WIDTH - 170, HEIGHT - 250);
  ctx.font = `36px ${FONT}`;
  ctx.fillText(`${c.resolutionNumber}\u3000${chineseDate(c.resolutionDate)}`, WIDTH - 170, HEIGHT - 180);

  // The symbol with a one-module light margin (the encoder's smallest), on a white square of its own.
  const modules = encodeQR(c.verifyUrl, 'raw', { ecc: 'medium', border: 1 });
  const size = 210;
  const cell = size / modules.length;
  const left = 150;
  const top = HEIGHT - 150 - size - 40;
  ctx.fillStyle = '#fff';
  ctx.fillRect(left - 12, top - 12, size + 24, size + 24);
  ctx.fillStyle = '#000';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) ctx.fillRect(left + x * cell, top + y * cell, Math.ceil(cell), Math.ceil(cell));
    }),
  );
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.font = `28px ${FONT}`;
  ctx.fillText('扫码核验', left + size / 2, top + size + 50);
}

/** The certificate as a PNG data URL, drawn once the page's fonts are ready; null where the browser cannot draw. */
export async function renderCertificate(c: CertificateText): Promise<string | null> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  if ('fonts' in document) await document.fonts.ready;
  paintCertificate(ctx, c);
  return canvas.toDataURL('image/png');
}
