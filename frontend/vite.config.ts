/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Modules of the first screen after sign-in (docs/performance.md). Not those the sign-in page loads too (the plain parts,
// the route error): the sign-in page would then fetch this file.
const FIRST_SCREEN = new RegExp(
  [
    'app/layout/(app-shell|nav-items|materials-badge|header-count|message-bell|my-organisation|todo-badge)\\.',
    'app/routes/home(-branch)?\\.tsx',
    'app/use-branch-home',
    'components/(status-tag|error-state|markdown-text|lazy-part|page-loading)\\.',
    'hooks/use-is-phone',
    'lib/idempotency-key',
    'features/me/components/todo-rules',
    'features/branches/components/(branch-status-tag|my-branch-card)',
    'features/campaigns/components/(branch-due-list|branch-campaign-home|live-campaign|phase-timeline|leading-group-card)',
    'features/scoring/components/(self-status-tag|self-assessment-card|self-assessment-rules)',
    'features/recommendations/components/(status-tags|branch-recommendation-results)',
    // the fetchers the home and the shell read with (each feature's others stay in the shared file of fetchers)
    'features/campaigns/api/(branch-due|get-campaigns|get-deliverable-types|get-phases|get-deliverables|get-leading-group|create-deliverable|deliverable-write)\\.',
    'features/(scoring/api/(keys|get-self-assessment)|recommendations/api/(keys|get-recommendations))\\.',
    'features/(branches/api/get-branch(es)?|me/api/(get-my-todos|get-my-notifications)|organisations/api/get-(my-)?organisations?)\\.',
    'lib/format\\.',
  ]
    .map((p) => `src[\\\\/]${p.replaceAll('/', '[\\\\/]')}`)
    .join('|'),
);

// Icons the sign-in page shows (its own, and those inside alerts, password fields and the plain parts): they stay in
// small files of their own, so that it fetches no others.
const SIGN_IN_ICONS = new Set(
  ['Lock', 'User', 'Key', 'Close', 'Search', 'Eye', 'EyeInvisible', 'Loading', 'QuestionCircle', 'Inbox']
    .map((n) => `${n}Outlined`)
    .concat(['InfoCircle', 'CheckCircle', 'CloseCircle', 'ExclamationCircle', 'Warning'].map((n) => `${n}Filled`)),
);
const ICON = /node_modules[\\/]@ant-design[\\/]icons(?:-svg)?[\\/]es[\\/](?:icons|asn)[\\/](\w+)\.js$/;

/** The icons the first screen's modules import, read from their sources: they travel with the first screen. */
function firstScreenIcons(): Set<string> {
  const names = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (FIRST_SCREEN.test(path))
        for (const [, list = ''] of readFileSync(path, 'utf8').matchAll(/import\s*\{([^}]+)\}\s*from\s*'@ant-design\/icons'/g))
          for (const name of list.split(',').map((n) => n.trim())) if (name && !SIGN_IN_ICONS.has(name)) names.add(name);
    }
  };
  visit(fileURLToPath(new URL('./src', import.meta.url)));
  return names;
}
const FIRST_SCREEN_ICONS = firstScreenIcons();
const iconName = (id: string) => ICON.exec(id)?.[1];

const apiUrl = process.env.API_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: apiUrl, changeOrigin: true },
  '/q': { target: apiUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { proxy },
  preview: { proxy },
  build: {
    manifest: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // React and the small runtime libraries change rarely: own chunks, cached apart from the app.
        // Ant Design is left to per-route splitting so the sign-in page loads only what it uses.
        codeSplitting: {
          groups: [
            // What a signed-in phone shows first (the shell, a branch chair's home and the parts it shares with other
            // pages), drawn without Ant Design: one file instead of a dozen small ones.
            {
              name: 'first-screen',
              test: (id: string) => FIRST_SCREEN.test(id) || FIRST_SCREEN_ICONS.has(iconName(id) ?? ''),
              priority: 30,
              includeDependenciesRecursively: false,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 20 },
            {
              name: 'vendor',
              test: /node_modules[\\/](@tanstack|i18next|react-i18next|openapi-fetch|dayjs)[\\/]/,
              priority: 10,
            },
            // The icons of the other signed-in pages in one file; those the sign-in page shows stay apart.
            { name: 'icon-base', test: /node_modules[\\/]@ant-design[\\/]icons[\\/]es[\\/](components|utils|index)/, priority: 16 },
            {
              name: 'icons',
              test: (id: string) => {
                const name = iconName(id);
                return name !== undefined && !SIGN_IN_ICONS.has(name);
              },
              priority: 15,
            },
            {
              name: 'queries',
              test: /src[\\/](features[\\/](?!auth[\\/])[^\\/]+[\\/]api|lib[\\/]format)/,
              priority: 5,
              // The API client, problems and session stay with the entry (the sign-in page needs them anyway).
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // A bound for a test that would never finish, not a speed goal: on a loaded, shared machine jsdom renders slowly.
    testTimeout: 120_000,
  },
});
