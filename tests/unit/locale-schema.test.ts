// @vitest-environment node
// (Reads the locale files from disk, as the build does.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localeFileProblems, localeProblems } from '../../src/build/locale-check';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('locale files fit their schema (src/build/content-schema.ts)', () => {
  it('every file under locales/', () => {
    expect(localeProblems(root)).toEqual([]);
  });
});

// The same check on broken copies: it must fail, naming the file and the place in it.
describe('a broken locale file is reported with its file and path', () => {
  const file = 'locales/zh/modules/sle.json';

  it('a block with a typo’d type, a missing field or an unknown field', () => {
    const broken = read(file);
    broken.steps.hsct.blocks[3].type = 'figur';
    delete broken.steps['what-is-lupus'].blocks[0].text;
    broken.steps['key-points'].blocks[0].itemz = [];
    delete broken.mainMessage;
    expect(localeFileProblems(file, broken)).toEqual([
      'locales/zh/modules/sle.json: mainMessage: missing (expected string)',
      'locales/zh/modules/sle.json: steps.what-is-lupus.blocks[0].text: missing (expected string)',
      expect.stringMatching(/^locales\/zh\/modules\/sle\.json: steps\.hsct\.blocks\[3\]\.type: expected one of "p", "list", .*"keyPoints"; got "figur"$/),
      'locales/zh/modules/sle.json: steps.key-points.blocks[0]: unknown field "itemz" (a typo?)',
    ]);
  });

  it('an empty string, a wrong care-card level', () => {
    const broken = read(file);
    broken.steps.hsct.blocks[0].text = ' ';
    broken.steps.hsct.blocks[5].level = 'soon';
    const problems = localeFileProblems(file, broken);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^locales\/zh\/modules\/sle\.json: steps\.hsct\.blocks\[0\]\.text: /);
    expect(problems[1]).toMatch(/^locales\/zh\/modules\/sle\.json: steps\.hsct\.blocks\[5\]\.level: /);
  });

  it('a glossary entry without its definition', () => {
    const glossary = 'locales/en/glossary/sle.json';
    const broken = read(glossary);
    const [firstTerm] = Object.keys(broken);
    delete broken[firstTerm!].definition;
    expect(localeFileProblems(glossary, broken)).toEqual([`${glossary}: ${firstTerm}.definition: missing (expected string)`]);
  });

  it('a UI string that is a number', () => {
    const common = 'locales/en/common.json';
    const broken = read(common);
    broken.blocks.do = 3;
    broken.blocks.list = ['one', 2];
    expect(localeFileProblems(common, broken)).toEqual([
      `${common}: blocks.do: expected string or array or record, got number`,
      `${common}: blocks.list[1]: Invalid input: expected string, received number`,
    ]);
  });

  it('a file in a place no schema covers', () => {
    expect(localeFileProblems('locales/en/extra/x.json', {})).toEqual([
      'locales/en/extra/x.json: no schema for this file (add one in src/build/content-schema.ts and schemaFor)',
    ]);
  });
});
