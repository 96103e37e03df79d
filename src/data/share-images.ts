/* Every page's share image card, from the collections and the site config: articles, career stages, the home page
   and the other pages in src/site.config.ts. A page not listed here has no image, which the build's link check
   reports (its og:image would point at a file that was not drawn). */
import { cardSection, ogImagePath, type OgCard } from '../lib/og';
import { articlePath, stagePath } from '../lib/navigation';
import { pages, site, topicLabels } from '../site.config';
import { getArticles } from './articles';
import { getLadder, salariesPage } from './ladder';

interface ShareCard {
  /** The image's path: /og/guide/skills.png. */
  image: string;
  card: OgCard;
}

const host = new URL(site.url).host;
const card = (title: string, description: string, section?: string): OgCard => {
  const shown = cardSection(title, section);
  return { title, site: site.title, host, description, ...(shown ? { section: shown } : {}) };
};

/** The share card of every page of the site. */
export async function getShareCards(): Promise<ShareCard[]> {
  const articles = (await getArticles()).map((a) => ({
    image: ogImagePath(articlePath(a.id)),
    card: card(a.data.title, a.data.description, topicLabels[a.data.topic]),
  }));
  const stages = (await getLadder()).stages.map((s) => ({
    image: ogImagePath(stagePath(s.id)),
    card: card(s.title, s.summary, 'Stages'),
  }));
  const others = Object.entries(pages).map(([path, p]) => ({
    image: ogImagePath(path),
    card: card(p.title, p.description, 'section' in p ? p.section : undefined),
  }));
  const salaries = await salariesPage();
  others.push({ image: ogImagePath('/salaries/'), card: card(salaries.title, salaries.description, salaries.section) });
  return [{ image: ogImagePath('/'), card: card(site.title, site.description) }, ...articles, ...stages, ...others];
}
