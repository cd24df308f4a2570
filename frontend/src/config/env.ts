// Settings read once at start. By default the API is on the SPA's own origin (the dev/preview server and nginx proxy /api).
export const env = {
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? (typeof window === 'undefined' ? '' : window.location.origin),
} as const;
