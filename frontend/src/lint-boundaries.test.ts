import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a snippet as if it lived at `filePath`, with the project's own eslint.config.js. */
async function restrictedPaths(code: string, filePath: string) {
  const [result] = await new ESLint().lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'import-x/no-restricted-paths');
}

describe('feature boundaries (eslint.config.js)', { timeout: 60_000 }, () => {
  it('reports a feature importing another feature', async () => {
    const messages = await restrictedPaths(
      "import { useMe } from '../identity/api/get-me';\nexport const me = useMe;\n",
      'src/features/catalog/x.ts',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('Features never import each other');
  });

  it('reports shared code importing a feature or the app', async () => {
    const fromLib = await restrictedPaths(
      "import { useProgram } from '../features/catalog/api/get-program';\nexport const p = useProgram;\n",
      'src/lib/x.ts',
    );
    const fromComponents = await restrictedPaths(
      "import { routes } from '../app/router';\nexport const r = routes;\n",
      'src/components/x.ts',
    );
    expect(fromLib).toHaveLength(1);
    expect(fromComponents).toHaveLength(1);
  });

  it('lets a feature import its own files, src/lib and src/components', async () => {
    const messages = await restrictedPaths(
      [
        "import { useProgram } from '../api/get-program';",
        "import { apiRequest } from '../../../lib/api-client';",
        "import { ErrorAlert } from '../../../components/ErrorAlert';",
        'export const all = [useProgram, apiRequest, ErrorAlert];',
      ].join('\n'),
      'src/features/catalog/components/x.ts',
    );
    expect(messages).toEqual([]);
  });
});
