import { BODY_PATTERNS } from '../lexicon/bodies';
import { foldArabic } from './normalize';
import type { ItuBody } from './types';

/**
 * The ITU conferences a document names anywhere ("Conferencia de Plenipotenciarios (PP- 18)" in a PP-18
 * proposal, "Conférence mondiale des radiocommunications (CMR-15)" in a Council resolution on WRC-15).
 * When exactly one is named, a bare "Resolution 64" in that document is most likely that conference's
 * (resolve.ts uses it last, after every citation-level cue). The Council is left out: its numbers are
 * recognisable by range. The sector names "ITU-R"/"UIT-R" are left out too: they name a sector, not
 * the Assembly, and sector pages cite Plenipotentiary resolutions all the time.
 */
const CONFERENCE_BODIES: readonly ItuBody[] = ['PP', 'WTDC', 'WTSA', 'RA', 'WRC'];
const BLOCKS_NAME = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{N}]/u;
const SECTOR_ONLY = /^(?:ITU-R|UIT-R|МСЭ-R|ITU R)$/iu;

const NAMES = BODY_PATTERNS.filter(([b]) => (CONFERENCE_BODIES as readonly string[]).includes(b));
const ANY = new RegExp(
  String.raw`(?:${NAMES.map(([, src]) => `(${foldArabic(src)})`).join('|')})(?![\p{Script=Latin}\p{Script=Cyrillic}])`,
  'giu',
);

export function documentBodies(text: string): ItuBody[] {
  const found = new Set<ItuBody>();
  ANY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY.exec(text)) !== null) {
    if (SECTOR_ONLY.test(m[0])) continue;
    // Word start, checked here rather than by a look-behind that would run at every position.
    if (m.index > 0 && BLOCKS_NAME.test(text.charAt(m.index - 1))) {
      ANY.lastIndex = m.index + 1;
      continue;
    }
    const g = m.slice(1).findIndex((x) => x !== undefined);
    const body = NAMES[g]?.[0];
    if (body && body !== 'OTHER') found.add(body as ItuBody);
  }
  return [...found];
}
