import type { Draft } from './draft';
import { interpretVersion } from './version';

/**
 * Compendia of Council resolutions and decisions head each text with its number, then its title, then
 * the sessions that adopted and last amended it:
 *   "第1097号决议 国际电联成员国的投票表决权(C-1996)", "Реш. 495 Публикация документов Совета (С-2000)",
 *   "第185号决定 …的释义(C-1957, 最后修正 C-1981)".
 * A citation that opens a line (or the text) and cites no version takes the first Council-session
 * parenthetical later on the same line, within WINDOW characters, as its version. Only that form is taken:
 * it is unmistakably a version, where a place and year in a title could be anything.
 */
const WINDOW = 160;
/** What may precede a heading on its line: nothing, or an item number ("6 ", "1. "). */
const LINE_PREFIX = /^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?$/u;
const MAX_PREFIX = 8;
const COUNCIL_PAREN = /\(\s*([CС][- ]?\d{2,4}(?!\d)[^()\n]{0,60})\)/u;

export function attachHeadingVersions(text: string, drafts: Draft[]): void {
  const ordered = [...drafts].sort((a, b) => a.start - b.start);
  ordered.forEach((d, i) => {
    if (d.version) return;
    // Only the few characters before the citation are looked at (a long line costs nothing).
    const before = text.slice(Math.max(0, d.start - MAX_PREFIX - 1), d.start);
    const newline = before.lastIndexOf('\n');
    if (newline < 0 && d.start > MAX_PREFIX) return;
    if (!LINE_PREFIX.test(before.slice(newline + 1))) return;
    const next = ordered[i + 1]?.start ?? Infinity;
    const line = text.slice(d.end, Math.min(d.end + WINDOW, next)).split('\n')[0] ?? '';
    const m = COUNCIL_PAREN.exec(line);
    if (!m?.[1]) return;
    const v = interpretVersion(m[1]);
    if (v?.formBody !== 'COUNCIL') return;
    d.version = { ...v, end: d.end }; // the span stays on the number: the title is not part of the citation
  });
}
