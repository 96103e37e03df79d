import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles } from '../data/articles';
import { articlePath } from '../lib/navigation';
import { site } from '../site.config';

export async function GET(context: APIContext) {
  const articles = await getArticles();
  return rss({
    title: site.title,
    description: site.description,
    site: context.site ?? site.url,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.lastReviewed,
      link: articlePath(a.id),
      categories: [a.data.topic, ...a.data.stages],
    })),
    customData: `<language>en</language>`,
  });
}
