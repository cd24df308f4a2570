/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 20 },
            {
              name: 'vendor',
              test: /node_modules[\\/](@tanstack|i18next|react-i18next|openapi-fetch|dayjs)[\\/]/,
              priority: 10,
            },
            // The icons of the signed-in pages in one file; those the sign-in page shows (its own, and those inside
            // alerts and password fields) stay apart, so that it does not fetch the others.
            { name: 'icon-base', test: /node_modules[\\/]@ant-design[\\/]icons[\\/]es[\\/](components|utils|index)/, priority: 16 },
            {
              name: 'icons',
              test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]es[\\/](icons|asn)[\\/](?!(Lock|User|Key|Close|Search|Eye|EyeInvisible|Loading|QuestionCircle)Outlined|(InfoCircle|CheckCircle|CloseCircle|ExclamationCircle|Warning)Filled)/,
              priority: 15,
            },
            {
              name: 'queries',
              test: /src[\\/](features[\\/](?!auth[\\/])[^\\/]+[\\/]api|lib[\\/]format)/,
              priority: 5,
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
