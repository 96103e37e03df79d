import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../bench/lib.mjs';

// Real builds of a copy of the project with one thing broken: the error must name the file and what is wrong.
const dir: string = copyProject('guide-broken-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function buildWith(file: string, edit: (text: string) => string) {
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, edit(original));
  try {
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    // Astro colours its log where it detects CI; the codes could split a message the tests look for.
    return { status: run.status, output: stripVTControlCharacters(run.stdout + run.stderr) };
  } finally {
    writeFileSync(path, original);
  }
}

describe('bad content fails the build with the file and a clear message', { timeout: 120_000 }, () => {
  it('an unknown topic names the article and the field', () => {
    const { status, output } = buildWith('content/articles/advice.mdx', (t) =>
      t.replace('topic: advice', 'topic: cooking'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/advice.mdx');
    expect(output).toMatch(/topic.*topic must be one of/s);
  });

  it('a change naming a section the article does not have names the file and the section', () => {
    const { status, output } = buildWith('content/articles/skills.mdx', (t) =>
      t.replace('section: rag-systems', 'section: rag-system'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'names section "rag-system", which is not a heading on /guide/skills/; fix its section in content/articles/skills.mdx',
    );
  });

  it('a missing title names the article and the field', () => {
    const { status, output } = buildWith('content/articles/skills.mdx', (t) => t.replace(/^title: .*$/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/skills.mdx');
    expect(output).toMatch(/title/);
  });

  it('a link to a page that does not exist names the article and the link', () => {
    const { status, output } = buildWith(
      'content/articles/advice.mdx',
      (t) => `${t}\n\nSee [the missing page](/guide/nope/).\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain('/guide/advice/ (content/articles/advice.mdx): link to /guide/nope/, which was not built');
  });

  it('a page outside /guide/ that asks to be searched names the page, not leaving it out unsaid', () => {
    const { status, output } = buildWith('src/pages/about.astro', (t) =>
      t.replace(
        '<h2 id="contribute">',
        '<section data-pagefind-body><p>Searchable?</p></section>\n<h2 id="contribute">',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('/about/: has data-pagefind-body, but Pagefind reads only guide/*/index.html');
  });

  it('two articles sharing a passage of ten words name both pages and the words', () => {
    const line = 'A sentence that a careless writer pasted into two different articles of the guide.';
    const offers = join(dir, 'content/articles/offers.mdx');
    const original = readFileSync(offers, 'utf8');
    writeFileSync(offers, `${original}\n\n${line}\n`);
    try {
      const { status, output } = buildWith('content/articles/advice.mdx', (t) => `${t}\n\n${line}\n`);
      expect(status).not.toBe(0);
      expect(output).toMatch(
        /\/guide\/advice\/ and \/guide\/offers\/ share \d+ words: \\?"A sentence that a careless writer/,
      );
    } finally {
      writeFileSync(offers, original);
    }
  });
});
