/** Reads every page of a list endpoint (at most 100 items a page), for lists a screen shows whole. */
export async function allPages<T>(read: (page: number) => Promise<{ items?: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const result = await read(page);
    items.push(...(result.items ?? []));
    if (!result.items?.length || items.length >= result.total) return items;
  }
}
