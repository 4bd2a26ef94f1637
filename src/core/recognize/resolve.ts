import { documentBodies } from './document-body';
import type { Draft } from './draft';
import { isUnBody } from './version';
import {
  ITU_BODIES,
  type Body,
  type BodySource,
  type Cited,
  type ItuBody,
  type RecognizeOptions,
  type Reference,
} from './types';

/**
 * Decides each draft's body and canonical id. Evidence, strongest first: a body named in the text; the
 * version's form (an acronym such as WRC-19, Council's year-only "(Modified 2024)", ITU-R's "-3"); the
 * venue and year; the number's range (Council resolutions run above 1000, its decisions above 400);
 * then, for what is still open, the same number attributed elsewhere in the document, and the page's
 * default body. What remains open is reported as ambiguous with its candidates, never guessed.
 */
const COUNCIL_RESOLUTIONS_FROM = 1000;
const COUNCIL_DECISIONS_FROM = 400;

interface Decided {
  draft: Draft;
  body?: Body;
  bodyFrom?: BodySource;
  candidates?: ItuBody[];
}

/** Cues that a document is a UN Security Council text and not an ITU one. */
const SECURITY_COUNCIL =
  /Security Council|Conseil de securite|Consejo de Seguridad|مجلس الامن|安全理事会|安理会|Совет\p{L}{0,12} Безопасности/iu;
const ITU_CUE = /(?<!\p{L})(?:ITU|UIT|МСЭ)(?!\p{L})|国际电联|الاتحاد الدولي للاتصالات/u;

const CYRILLIC_LATIN: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};
/** Arabic texts name part letters: "57/270 باء" is 57/270 B (alef folded by normalize.ts). */
const ARABIC_PART: Record<string, string> = {
  الف: 'A',
  باء: 'B',
  جيم: 'C',
  دال: 'D',
  هاء: 'E',
  واو: 'F',
  زاي: 'G',
  حاء: 'H',
  طاء: 'I',
  ياء: 'J',
};

/** What the text around a draft says about its world: ITU, UN Security Council, or neither. */
interface Context {
  securityCouncilText: boolean;
  ituText: boolean;
}

/** The first General Assembly session whose resolutions are numbered "session/number". */
const FIRST_SLASH_SESSION = 31;

function unId(
  body: Body | undefined,
  d: Draft,
  ctx: Context,
): { id: string; body: Body } | 'drop' | undefined {
  if (d.kind === 'REC') return undefined; // recommendations here are the Plenipotentiary's
  const slash = d.number.includes('/');
  // No UN symbol takes a "-n" after its number ("Decision No. 56/26-4" is another organisation's).
  if (slash && d.revisionIndex !== undefined) return 'drop';
  const series = d.kind === 'DEC' ? 'DEC' : 'RES';
  const sessionFirst = /^\d{1,3}\//.test(d.number);
  // "Decisión 2012/700": the EU and others number decisions by year too; "décision 74/543" (a session
  // number first) is the General Assembly's.
  if (slash && d.kind === 'DEC' && !body && !sessionFirst) return 'drop';
  // "resolution 1540 (2004)": a bare year is the Security Council's form; ITU texts cite places or sessions.
  if (!slash && d.version?.bareYear !== undefined && (!body || body === 'SC'))
    return { id: `S/RES/${d.number}(${d.version.bareYear})`, body: 'SC' };
  // A bare four-digit resolution in a Security Council text, or in a text with no trace of ITU at all
  // ("El Consejo celebra … la resolución 1325"): ITU Council numbers are only ever cited in ITU texts.
  // Chinese UN texts always write the Council's year ("第1325(2000)号决议"), so there a bare number
  // with no cue stays ITU's.
  // In a Security Council text any bare resolution number is the Council's ("القرار رقم 242").
  const bare = !slash && !body && !d.version && d.revisionIndex === undefined && d.kind === 'RES';
  if (bare && (ctx.securityCouncilText || (Number(d.number) >= 1000 && !ctx.ituText && !d.chinese)))
    return { id: `S/RES/${d.number}`, body: 'SC' };
  if (slash) {
    // Part letters: "57/270 B", Cyrillic look-alikes in Russian texts ("50/70 Р"), Arabic names ("باء").
    d.number = d.number
      .replace(/ ?([A-Z\u0410-\u042F])$/, (_, c: string) => CYRILLIC_LATIN[c] ?? c)
      .replace(/ (\p{Script=Arabic}+)$/u, (x, name: string) => ARABIC_PART[name] ?? x);
    const first = d.number.split('/')[0] ?? '';
    const yearLike = first.length === 4;
    // The General Assembly numbered by session from its 31st (1976); earlier it wrote "1514 (XV)". A
    // "5/3" with no body named is another body's (a convention's conference of parties, the HRC).
    if (!body && !yearLike && Number(first) < FIRST_SLASH_SESSION) return 'drop';
    let organ: Body = body && isUnBody(body) ? body : yearLike ? 'ECOSOC' : 'GA';
    if (body === 'COUNCIL') organ = yearLike ? 'ECOSOC' : 'HRC'; // "Council resolution 2006/46" in an ECOSOC text
    if (organ === 'SC') organ = yearLike ? 'ECOSOC' : 'GA';
    const prefix = organ === 'ECOSOC' ? 'E' : organ === 'HRC' ? 'A/HRC' : 'A';
    return { id: `${prefix}/${series}/${d.number}`, body: organ };
  }
  if (d.version?.roman && (!body || body === 'GA'))
    return { id: `A/RES/${d.number}(${d.version.roman})`, body: 'GA' };
  if (body === 'SC') {
    const year = d.version?.bareYear;
    return { id: `S/RES/${d.number}${year ? `(${year})` : ''}`, body: 'SC' };
  }
  if (body === 'GA' || body === 'ECOSOC' || body === 'HRC') return undefined; // "General Assembly resolution 140": not a symbol
  return undefined;
}

function decideItu(d: Draft, explicit: Body | undefined): Decided {
  if (explicit && !isUnBody(explicit)) return { draft: d, body: explicit, bodyFrom: 'explicit' };
  const v = d.version;
  if (v?.formBody) return { draft: d, body: v.formBody, bodyFrom: v.cited.conference ? 'acronym' : 'form' };
  if (v?.venueBodies?.length === 1) return { draft: d, body: v.venueBodies[0], bodyFrom: 'venue' };
  if (d.revisionIndex !== undefined) return { draft: d, body: 'RA', bodyFrom: 'form' };
  const n = Number(d.number);
  if (d.kind === 'RES' ? n >= COUNCIL_RESOLUTIONS_FROM : n >= COUNCIL_DECISIONS_FROM)
    return { draft: d, body: 'COUNCIL', bodyFrom: 'form' };
  return { draft: d, candidates: v?.venueBodies };
}

/** A draft whose own form is ITU's: an ITU body named, a venue, a conference acronym, a Council session. */
function isItuShaped(d: Draft): boolean {
  if (d.explicitBody && !isUnBody(d.explicitBody)) return true;
  const v = d.version;
  return (
    d.revisionIndex !== undefined || !!v?.formBody || !!v?.venueBodies?.length || v?.cited.place !== undefined
  );
}

function citedOf(d: Draft, body: Body | undefined): Cited | undefined {
  const cited: Cited = { ...(d.version?.cited ?? {}) };
  if (d.revisionIndex !== undefined) cited.revisionIndex = d.revisionIndex;
  if (d.version?.bareYear !== undefined && body === 'COUNCIL') cited.year = d.version.bareYear;
  return Object.keys(cited).length > 0 ? cited : undefined;
}

function ituId(body: Body | '?', d: Draft): string {
  return `ITU/${body}/${d.kind}/${d.number}`;
}

export function resolveDrafts(text: string, drafts: Draft[], options: RecognizeOptions): Reference[] {
  const decided: Decided[] = [];
  const out: Reference[] = [];
  const ituCue = ITU_CUE.test(text);
  const ctx: Context = {
    securityCouncilText: SECURITY_COUNCIL.test(text) && !ituCue,
    ituText: ituCue || drafts.some(isItuShaped),
  };
  for (const d of drafts) {
    const un = unId(d.explicitBody, d, ctx);
    if (un === 'drop') continue;
    if (un) {
      out.push({
        id: un.id,
        start: d.start,
        end: d.end,
        text: text.slice(d.start, d.end),
        body: un.body,
        bodyFrom: d.explicitBody ? 'explicit' : 'form',
        kind: d.kind,
        number: d.number,
      });
      continue;
    }
    if (d.explicitBody && isUnBody(d.explicitBody)) continue; // a UN organ with an ITU-style number: not a symbol we can name
    decided.push(decideItu(d, d.explicitBody));
  }

  // The same number attributed elsewhere in the document settles a bare short form.
  const known = new Map<string, Set<Body>>();
  for (const x of decided) {
    if (!x.body) continue;
    const key = `${x.draft.kind}/${x.draft.number}`;
    if (!known.has(key)) known.set(key, new Set());
    known.get(key)?.add(x.body);
  }
  // Scanning the whole document for conference names is only worth it when a draft is still open.
  let namedCache: ItuBody[] | undefined;
  const named = (): ItuBody[] => (namedCache ??= documentBodies(text));
  for (const x of decided) {
    if (x.body) continue;
    const seen = known.get(`${x.draft.kind}/${x.draft.number}`);
    if (seen?.size === 1) {
      x.body = [...seen][0];
      x.bodyFrom = 'document';
    } else if (options.defaultBody && (!x.candidates || x.candidates.includes(options.defaultBody))) {
      x.body = options.defaultBody;
      x.bodyFrom = 'default';
    } else if (seen && seen.size > 1) {
      x.candidates = ITU_BODIES.filter((b) => seen.has(b));
    } else if (
      named().length === 1 &&
      named()[0] &&
      (!x.candidates || x.candidates.includes(named()[0] as ItuBody))
    ) {
      // The only conference the document names: a PP-18 proposal's "Revisión de la Resolución 64".
      x.body = named()[0];
      x.bodyFrom = 'document';
    }
  }

  for (const x of decided) {
    const d = x.draft;
    // A lower-case "resolution 3" with no body, version or context is prose, not a citation.
    if (!x.body && d.proseKeyword && !d.version && !x.candidates?.length) continue;
    const ref: Reference = {
      id: ituId(x.body ?? '?', d),
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind: d.kind,
      number: d.number,
    };
    if (x.body) {
      ref.body = x.body;
      ref.bodyFrom = x.bodyFrom;
    } else {
      ref.ambiguous = true;
      ref.candidates = (x.candidates ?? []).map((b) => ituId(b, d));
      if (d.version?.bareYear !== undefined && d.number.length <= 4)
        ref.candidates.push(`S/RES/${d.number}(${d.version.bareYear})`);
    }
    const cited = citedOf(d, x.body);
    if (cited) ref.cited = cited;
    const venue = d.version?.venueBodies;
    if (x.body && x.bodyFrom === 'explicit' && venue && !venue.includes(x.body as ItuBody))
      ref.venueBody = venue[0];
    out.push(ref);
  }
  return out;
}
