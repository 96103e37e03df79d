/** A link that opens a new issue on `repo` (the project's GitHub address) with the page, and the section when one is
    given, already filled in. Nothing leaves the page: the reader sees the issue on GitHub and decides whether to send it. */
export function issueUrl(
  repo: string,
  page: { url: string; title: string; section?: { id: string; title: string } | undefined },
): string {
  const { section } = page;
  const address = section ? `${page.url}#${section.id}` : page.url;
  const link = new URL(`${repo.replace(/\/$/, '')}/issues/new`);
  link.searchParams.set(
    'title',
    section ? `Problem in "${section.title}" (${page.title})` : `Problem on "${page.title}"`,
  );
  // Kept short: every page carries this link in its HTML. GitHub's form asks the rest.
  link.searchParams.set('body', [`Page: ${address}`, ...(section ? [`Section: ${section.title}`] : []), ''].join('\n'));
  return link.href;
}
