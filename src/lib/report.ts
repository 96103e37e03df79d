/** A link that opens a new issue on `repo` (the project's GitHub address) titled with the page's address, and the
    section's when one is given. Nothing leaves the page: the reader sees the issue on GitHub and decides whether to
    send it. */
export function issueUrl(
  repo: string,
  page: { url: string; section?: { id: string; title: string } | undefined },
): string {
  const { section } = page;
  const title = section ? `Problem on ${page.url}#${section.id}` : `Problem on ${page.url}`;
  // Every page carries this link in its HTML, so it is kept short, and ":" and "/" in the address stay as they are
  // (a query allows both): the address then reads, and compresses, as it does elsewhere on the page.
  const query = (value: string) => encodeURIComponent(value).replace(/%3A/g, ':').replace(/%2F/g, '/');
  const body = section ? `&body=${query(`Section: ${section.title}\n`)}` : '';
  return `${repo.replace(/\/$/, '')}/issues/new?title=${query(title)}${body}`;
}
