import { getEntry } from 'astro:content';
import { changeFile, dataPages, newestFirst, type PageChange } from '../lib/changes';
import { articlePath } from '../lib/navigation';
import type { Change } from '../schemas/changes';
import { pages } from '../site.config';
import { getArticles } from './articles';
import { getLadder, getSalaries, getSkills, salariesPage } from './ladder';

/** The review record of each data file: its changes and the page they are shown on. */
export async function getDataReviews(): Promise<
  Record<keyof typeof dataPages, { changes: Change[]; lastReviewed: Date }>
> {
  const glossary = (await getEntry('glossaryReview', 'glossary'))?.data;
  if (!glossary) throw new Error('content/data/glossary.yaml has no lastReviewed and changes');
  return { salaries: await getSalaries(), stages: await getLadder(), glossary, skills: await getSkills() };
}

/** Every change on the site, newest first: the articles' and the data pages'. One list, for /changes/ and its feed. */
export async function getChanges(): Promise<PageChange[]> {
  const fromArticles = (await getArticles()).flatMap((a) =>
    a.data.changes.map((c) => ({
      ...c,
      path: articlePath(a.id),
      title: a.data.title,
      file: changeFile(articlePath(a.id)),
    })),
  );
  const reviews = await getDataReviews();
  // The salaries page words its title from its data; the other pages' titles are in site.config.ts.
  const titles: Record<string, string> = { '/salaries/': (await salariesPage()).title };
  const title = (path: string) => titles[path] ?? (pages as Record<string, { title: string }>)[path]?.title ?? path;
  const fromData = Object.entries(dataPages).flatMap(([name, { path, file }]) =>
    reviews[name as keyof typeof dataPages].changes.map((c) => ({ ...c, path, file, title: title(path) })),
  );
  return newestFirst([...fromArticles, ...fromData]);
}
