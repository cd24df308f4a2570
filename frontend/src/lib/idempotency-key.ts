/** A key for one intended write: a retry of the same request (a dropped connection) repeats it, never doubles it. */
export function newIdempotencyKey(prefix: string): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- randomUUID exists only in secure contexts (https, localhost)
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}
