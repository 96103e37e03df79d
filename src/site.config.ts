/** Site-wide constants: one place for names, URLs and navigation. */
export const site = {
  title: 'ML Engineer Career Guide',
  /** Name under an installed app's icon. */
  shortTitle: 'MLE Guide',
  description:
    'Understand, enter and grow in a machine learning engineer career: the job market, the role, skills, breaking in, the ladder and interviews.',
  /** Production origin; canonical URLs, the sitemap and share images use it. Override with SITE_URL. */
  url: process.env.SITE_URL ?? 'https://ml-engineer-career-guide.pages.dev',
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

/** Header navigation. */
export const nav = [
  { href: '/guide/', label: 'Guide' },
  { href: '/about/', label: 'About' },
] as const;
