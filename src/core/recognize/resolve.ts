import { documentBodies } from './document-body';
import { ITU_CUE, SECURITY_COUNCIL, unId, type Context } from './un-ids';
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
