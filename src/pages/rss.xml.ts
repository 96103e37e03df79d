import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles } from '../data/articles';
import { articlePath } from '../lib/navigation';
import { site, stageLabels, topicLabels } from '../site.config';

export async function GET(context: APIContext) {
  const articles = await getArticles();
  const self = new URL('/rss.xml', context.site ?? site.url).href;
  return rss({
    title: site.title,
    description: site.description,
    site: context.site ?? site.url,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.lastReviewed,
      link: articlePath(a.id),
      categories: [topicLabels[a.data.topic], ...a.data.stages.map((s) => stageLabels[s])],
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${site.lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
