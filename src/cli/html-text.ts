/**
 * The text of an HTML file as a reader sees it (no DOM in the CLI): tags become nothing (block tags a
 * line break), script/style/template contents are dropped, entities decoded. Offsets reported by `scan`
 * for HTML files are offsets into this text.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const BLOCK =
  /^(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|header|footer|blockquote|pre|hr|dd|dt)$/i;

export function htmlToText(html: string): string {
  const out: string[] = [];
  const re =
    /<!--[\s\S]*?-->|<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][\w-]*)(?:[\s/][^>]*)?>|([^<]+)|</g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    if (m[3] !== undefined) out.push(decodeEntities(m[3]));
    else if (m[2] !== undefined && BLOCK.test(m[2])) out.push('\n');
    else if (m[0] === '<') out.push('<');
  }
  return out.join('');
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
