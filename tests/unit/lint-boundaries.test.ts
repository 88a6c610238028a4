// The import boundaries in eslint.config.js fire: each snippet breaks one, at a path inside the folder
// it guards, and the error names the boundary and what to do instead. One snippet keeps them all.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const breaks: Array<[boundary: string, filePath: string, code: string, expected: RegExp]> = [
  ['a feature used past its entry', 'src/routes/example.tsx', "import { encodeHandout } from '../handout/handout-link';\nexport const x = encodeHandout;\n", /^no-restricted-imports: .*Boundary 'feature entry only'.*Import from '\.\.\/<feature>'/],
  ['a feature file from another feature', 'src/safety/example.ts', "export { encodeQuery } from '../share-link/codec';\n", /^no-restricted-imports: .*Boundary 'feature entry only'/],
  ['a lazily loaded feature part', 'src/routes/example.tsx', "export const load = () => import('../handout/saved-handouts-box');\n", /^no-restricted-syntax: Boundary 'feature entry only'.*import… function/],
  ['a feature in components/', 'src/components/example.tsx', "import { keyQuestionIds } from '../safety';\nexport const x = keyQuestionIds;\n", /^no-restricted-imports: .*Boundary 'components import no feature'/],
  ['a feature in components/blocks/', 'src/components/blocks/example.tsx', "import { useProgress } from '../../progress';\nexport const x = useProgress;\n", /^no-restricted-imports: .*Boundary 'components import no feature'/],
  ['React in content/', 'src/content/example.ts', "import { useState } from 'react';\nexport const x = useState;\n", /^no-restricted-imports: .*Boundary 'no React in content, scoring and codecs'/],
  ['React in scoring', 'src/quiz/score.ts', "import { flushSync } from 'react-dom';\nexport const x = flushSync;\n", /^no-restricted-imports: .*Boundary 'no React in content, scoring and codecs'/],
  ['React in a link codec', 'src/share-link/codec.ts', "import { useTranslation } from 'react-i18next';\nexport const x = useTranslation;\n", /^no-restricted-imports: .*Boundary 'no React in content, scoring and codecs'/],
  ['zod outside src/build/', 'src/handout/example.ts', "import { z } from 'zod';\nexport const x = z;\n", /^no-restricted-imports: .*zod is build-time only/],
  ['a route over 100 lines', 'src/routes/example.tsx', Array.from({ length: 101 }, (_, i) => `export const line${i} = ${i};`).join('\n') + '\n', /^max-lines: File has too many lines \(101\)/],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(breaks)('%s is an error', async (_, filePath, code, expected) => {
    const found = await messages(filePath, code);
    expect(found).toEqual([expect.stringMatching(expected)]);
  });

  it('entries, shared folders and short routes pass', async () => {
    const route = [
      "import { decodeHandout, importHandoutView } from '../handout';",
      "import { ShareButton } from '../share-link/ui';",
      "import { encodeQuery } from '../share-link';",
      "import { CareCard } from '../components/care-card';",
      'export const parts = [decodeHandout, importHandoutView, ShareButton, encodeQuery, CareCard];',
    ].join('\n');
    expect(await messages('src/routes/example.tsx', route + '\n')).toEqual([]);
    expect(await messages('src/components/example.tsx', "import type { CareLevel } from '../content/care-cards';\nexport const level: CareLevel = 'urgent';\n")).toEqual([]);
    // Inside a feature, its own files; build-time code reads a feature's data files directly.
    expect(await messages('src/safety/example.ts', "export { claims } from './claims';\n")).toEqual([]);
    expect(await messages('src/build/example.ts', "export { claims } from '../safety/claims';\n")).toEqual([]);
  });
});
