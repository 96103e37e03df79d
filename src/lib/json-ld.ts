import type { ArticleData } from '../schemas/article';
import { site } from '../site.config';

/** schema.org Article plus BreadcrumbList for one guide article at `url`, with its share image. */
export function articleJsonLd(data: Pick<ArticleData, 'title' | 'description' | 'lastReviewed'>, url: URL, image: URL) {
  const date = data.lastReviewed.toISOString().slice(0, 10);
  const organization = { '@type': 'Organization', name: site.title, url: site.url };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        headline: data.title,
        description: data.description,
        datePublished: date,
        dateModified: date,
        image: { '@type': 'ImageObject', url: image.href, width: 1200, height: 630 },
        url: url.href,
        mainEntityOfPage: url.href,
        inLanguage: site.lang,
        author: organization,
        publisher: organization,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: site.url },
          { '@type': 'ListItem', position: 2, name: 'Guide', item: new URL('guide/', site.url).href },
          { '@type': 'ListItem', position: 3, name: data.title, item: url.href },
        ],
      },
    ],
  };
}

/** schema.org DefinedTermSet for the glossary at `url`, one DefinedTerm per entry with its own anchor. */
export function glossaryJsonLd(terms: readonly { id: string; term: string; short: string }[], url: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    name: `${site.title} glossary`,
    url: url.href,
    hasDefinedTerm: terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': `${url.href}#${t.id}`,
      name: t.term,
      description: t.short,
      url: `${url.href}#${t.id}`,
      inDefinedTermSet: url.href,
    })),
  };
}
