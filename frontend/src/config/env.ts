// Settings read once at start; the SPA talks to the API on its own origin (the dev/preview server proxies /api).
export const env = {
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '',
} as const;
