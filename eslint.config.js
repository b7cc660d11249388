// One linter (ESLint with typescript-eslint) and one formatter (Prettier, see .prettierrc).
// no-unsanitized: page text must only ever reach the DOM as text, never as HTML.
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.output-e2e/**', '.wxt/**', 'node_modules/**', 'out/**', 'docs/**'] },
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render page text as text: no dangerouslySetInnerHTML.',
        },
      ],
    },
  },
);
