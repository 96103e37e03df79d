/** Site-wide constants: one place for names, URLs and navigation. */

/** Where the site is published: SITE_URL, its path being the base (https://user.github.io/repo/ serves the site under
    /repo/); BASE_PATH, when set, overrides that path. */
const address = new URL(process.env['SITE_URL'] ?? 'https://ml-engineer-career-guide.pages.dev/');
const basePath = `/${(process.env['BASE_PATH'] ?? address.pathname).replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export const site = {
  title: 'ML Engineer Career Guide',
  /** Name under an installed app's icon. */
  shortTitle: 'MLE Guide',
  description:
    'Understand, enter and grow in a machine learning engineer career: the job market, the role, skills, breaking in, the ladder and interviews.',
  /** The origin the site is published at, without its path. */
  origin: address.origin,
  /** The path every page lives under: "/", or "/repo/" for a GitHub Pages project site. */
  base: basePath,
  /** The site's full address, base included: canonical URLs, the sitemap, the feed and share images use it. */
  url: `${address.origin}${basePath}`,
  lang: 'en',
  repo: 'https://github.com/ml-engineer-career-guide/ml-engineer-career-guide',
} as const;

/**
 * The guide's topics, each one article at /guide/<topic>/ (a public URL), with its name as a reader sees it: on
 * share images, in article:section, the search filter and the feed. Reading order is each article's `order`.
 */
export const topicLabels = {
  'job-market': 'Job market',
  'the-role': 'The role',
  specializations: 'Specializations',
  'llm-systems': 'LLM systems',
  skills: 'Skills',
  'learning-path': 'Learning path',
  'breaking-in': 'Breaking in',
  applications: 'Applications',
  interviews: 'Interviews',
  offers: 'Offers',
  'career-path': 'Career path',
  promotion: 'Promotion',
  advice: 'Advice',
} as const;
export type Topic = keyof typeof topicLabels;
export const topics = Object.keys(topicLabels) as [Topic, ...Topic[]];

/** Career stages a page can serve; used as search filters and for /stages/<stage>/. */
export const stages = ['aspiring', 'junior', 'mid-level', 'senior', 'staff-principal', 'manager'] as const;
export type Stage = (typeof stages)[number];

export const stageLabels: Record<Stage, string> = {
  aspiring: 'Aspiring (student or career changer)',
  junior: 'Junior',
  'mid-level': 'Mid-level',
  senior: 'Senior',
  'staff-principal': 'Staff / principal',
  manager: 'Engineering manager',
};

/**
 * Pages that moved: old path -> new path, both ending in "/". A published URL is never dropped: move a page, then
 * add its old path here. The build writes a `_redirects` rule (301, keeps any #anchor) and an HTML page at the old
 * path that forwards to the new one, for hosts that ignore `_redirects`. See the README, "Moving a page".
 */
export const redirects: Record<string, string> = {};

/**
 * The pages that are not articles or stages, by path: their title and description (the <title>, the meta
 * description and the share image) and, where the share image names the part of the site, its section. (The
 * salaries page words its description from its data: src/data/pages.ts.)
 */
export const pages = {
  '/guide/': {
    title: 'Contents',
    description: 'The whole ML Engineer Career Guide on one page: every article and every section, in reading order.',
    section: 'Guide',
  },
  '/changes/': {
    title: 'What changed',
    description:
      "Every change to the guide's articles and data pages, newest first, each linked to the section it touched.",
  },
  '/about/': {
    title: 'About this guide',
    description:
      "Where the ML Engineer Career Guide's facts come from, how it is written and reviewed, and how to suggest a correction.",
  },
  '/404.html': {
    title: 'Page not found',
    description: "This page does not exist. Find what you were looking for in the guide's contents.",
  },
  '/glossary/': {
    title: 'Glossary',
    description:
      'Plain definitions of the ML engineering terms in this guide, from A/B test to vector database, each with why it matters on the job.',
  },
  '/print/': {
    title: 'Print edition',
    description:
      'The whole ML Engineer Career Guide on one page, every article in reading order, styled for printing or saving as a PDF.',
  },
  '/search/': {
    title: 'Search',
    description:
      'Search every section of the ML Engineer Career Guide, filter by topic and career stage, and share the search as a link.',
  },
  '/skills/check/': {
    title: 'Skills self-check',
    description:
      'Mark where you stand on each skill ML engineers are hired for. Progress stays in your browser, and you can share it as a link.',
    section: 'Skills',
  },
  '/stages/': {
    title: 'Career stages',
    description:
      'The ML engineer ladder from junior to staff and principal, plus the management track: one page per stage, and a way to compare any two.',
  },
  '/stages/compare/': {
    title: 'Compare two career stages',
    description:
      'Pick any two ML engineering stages and see them side by side: what is new, what is left behind and what carries over.',
    section: 'Stages',
  },
} satisfies Record<string, { title: string; description: string; section?: string }>;

/** Header navigation. */
export const nav = [
  { href: '/guide/', label: 'Guide' },
  { href: '/about/', label: 'About' },
] as const;
