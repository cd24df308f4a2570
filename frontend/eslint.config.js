import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'auth',
  'branches',
  'accounts',
  'me',
  'audit',
  'scoring',
  'campaigns',
  'commendation',
  'organisations',
  'recommendations',
  'message-channels',
  'webhooks',
  'members',
];

// A resource read by several features has one fetcher and one query-key family, in the feature that owns it
// (campaigns: campaigns and their parts; scoring: results; branches: branches; me: the caller's to-dos;
// organisations: the organisation tree). Other features import those from the owner's api module, and nothing else
// of the owner.
const READ_OWNERS = ['campaigns', 'scoring', 'branches', 'me', 'organisations'];

// shared (components, hooks, lib, config, locales) -> features -> app; a feature imports another feature only
// through a READ_OWNERS api module.
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: '@/lib/problem',
            importNames: ['applyFieldErrors'],
            message: 'A form reports a refused save through useSaveForm (@/hooks/use-save-form).',
          },
        ],
        patterns: [
          {
            regex: `^@/features/(?!${feature}(/|$)|(${READ_OWNERS.join('|')})/api/[^/]+$)`,
            message: "A feature may import another feature only through an owner's api module; compose them in src/app.",
          },
          { group: ['@/app', '@/app/**'], message: 'Features may not import the app layer.' },
          { group: ['../../*'], message: 'Leave a feature through the @/ alias (shared code only).' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/lib/api/schema.d.ts', 'screenshots'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/{components,hooks,lib,config,locales}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/features/*', '@/features/**'], message: 'Shared code may not import features.' },
            { group: ['@/app', '@/app/**'], message: 'Shared code may not import the app layer.' },
          ],
        },
      ],
    },
  },
  {
    // Typed rules: a fallback or an optional chain on a value the contract says is always there is dead code.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-unnecessary-condition': 'error' },
  },
  ...featureBoundaries,
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.node, ...globals.browser } },
  },
);
