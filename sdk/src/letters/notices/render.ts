/** A part of a notice: a paragraph, a heading or a bulleted list. */
export type Block = { readonly heading: string } | { readonly paragraph: string } | { readonly list: readonly string[] };

/** A notice in plain text and in HTML (every value escaped). */
export interface Notice {
  /** A subject line for an email. */
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Thrown when a notice cannot be written as asked (for example a date past the extension cap without a good reason). */
export class InvalidNoticeError extends Error {
  override readonly name = 'InvalidNoticeError';
}

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b>Tom & Jerry</b>'); // '&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;'
 */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Renders blocks as a notice: plain text (headings on their own line, "- " bullets) and HTML.
 *
 * @example
 * renderNotice('Subject', [{ heading: 'Hello' }, { paragraph: 'A & B' }]).html; // '<h2>Hello</h2>\n<p>A &amp; B</p>'
 */
export function renderNotice(subject: string, blocks: readonly Block[]): Notice {
  const text = blocks
    .map((block) => ('heading' in block ? block.heading : 'paragraph' in block ? block.paragraph : block.list.map((item) => `- ${item}`).join('\n')))
    .join('\n\n');
  const html = blocks
    .map((block) =>
      'heading' in block
        ? `<h2>${escapeHtml(block.heading)}</h2>`
        : 'paragraph' in block
          ? `<p>${escapeHtml(block.paragraph).replace(/\n/g, '<br>')}</p>`
          : `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
    )
    .join('\n');
  return { subject, text: `${text}\n`, html };
}
