import rss from '@astrojs/rss';
import { getArticles } from '../data/articles';
import { articlePath } from '../lib/navigation';
import { url } from '../lib/url';
import { site, stageLabels, topicLabels } from '../site.config';

export async function GET() {
  const articles = await getArticles();
  const self = new URL(url('/rss.xml'), site.origin).href;
  return rss({
    title: site.title,
    description: site.description,
    site: site.url,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.lastReviewed,
      link: new URL(url(articlePath(a.id)), site.origin).href,
      categories: [topicLabels[a.data.topic], ...a.data.stages.map((s) => stageLabels[s])],
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${site.lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
