/* /llms.txt as the llms.txt proposal (llmstxt.org, Jeremy Howard, 2024) lays it out: an H1 with the site's name, a
   blockquote summary, paragraphs on how to read the files, then H2 sections whose lists link each file with a note
   after a colon. A section named "Optional" holds what a tool may skip when it needs a shorter context. */

/** One file a section lists: its name, its absolute URL and, optionally, what it holds. */
export interface LlmsLink {
  title: string;
  url: string;
  description?: string | undefined;
}

export interface LlmsFile {
  /** The site's name, the H1. */
  title: string;
  /** One paragraph on what the site is, the blockquote. */
  summary: string;
  /** Paragraphs on how to read what follows. */
  notes: string[];
  /** H2 sections, each a list of files; name the last "Optional" for what may be skipped. */
  sections: { name: string; links: LlmsLink[] }[];
}

/** Text that reads the same in Markdown: brackets and the like would otherwise turn into syntax. */
const plain = (text: string) => text.replace(/([\\[\]*_`<>])/g, '\\$1');

/** The llms.txt text for `file`. */
export function llmsTxt(file: LlmsFile): string {
  const lines = [`# ${plain(file.title)}`, '', `> ${plain(file.summary)}`, ''];
  for (const note of file.notes) lines.push(plain(note), '');
  for (const section of file.sections) {
    lines.push(`## ${plain(section.name)}`, '');
    for (const link of section.links) {
      const note = link.description ? `: ${plain(link.description)}` : '';
      lines.push(`- [${plain(link.title)}](${link.url})${note}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The whole guide in one file: the llms.txt text, then each twin in turn, each headed by the address it came from
    and separated by a rule, so a tool can split it again. */
export function llmsFullTxt(index: string, twins: readonly { url: string; markdown: string }[]): string {
  const parts = twins.map(({ url, markdown }) => `Source: <${url}>\n\n${markdown.trim()}\n`);
  return [index.trimEnd(), ...parts].join('\n\n---\n\n');
}
