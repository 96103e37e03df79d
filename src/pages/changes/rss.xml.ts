import rss from '@astrojs/rss';
import { getChanges } from '../../data/changes';
import { dayOf } from '../../lib/changes';
import { url } from '../../lib/url';
import { pages, site } from '../../site.config';

/** The changes feed: one item per change, newest first, linking to the section it touched. */
export async function GET() {
  const changes = await getChanges();
  const absolute = (path: string) => new URL(url(path), site.origin).href;
  const self = absolute('/changes/rss.xml');
  // Two changes can link to the same section, so each item's id names its page, its day and its place among that
  // page's changes of the day, counted oldest first so that a change added later never renumbers the others.
  const counts = new Map<string, number>();
  const place = new Map(
    [...changes].reverse().map((c) => {
      const key = `${c.path}${dayOf(c.date)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return [c, counts.get(key)];
    }),
  );
  return rss({
    title: `${site.title}: ${pages['/changes/'].title}`,
    description: pages['/changes/'].description,
    site: site.url,
    items: changes.map((c) => {
      const n = place.get(c);
      return {
        title: `${c.title}: ${c.text}`,
        description: c.text,
        pubDate: c.date,
        link: absolute(c.section ? `${c.path}#${c.section}` : c.path),
        customData: `<guid isPermaLink="false">${absolute(c.path)}#change-${dayOf(c.date)}-${n}</guid>`,
      };
    }),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${site.lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
