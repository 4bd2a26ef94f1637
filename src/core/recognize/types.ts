/** The bodies whose texts ResLens recognises. ITU bodies first, then UN organs. */
export type ItuBody = 'PP' | 'COUNCIL' | 'WTDC' | 'WTSA' | 'RA' | 'WRC';
export type UnBody = 'GA' | 'ECOSOC' | 'SC' | 'HRC';
export type Body = ItuBody | UnBody;
export const ITU_BODIES: readonly ItuBody[] = ['PP', 'COUNCIL', 'WTDC', 'WTSA', 'RA', 'WRC'];

/** RES = resolution, DEC = decision, REC = recommendation (the Plenipotentiary's "第1号建议"). */
export type TextKind = 'RES' | 'DEC' | 'REC';

/** What a citation says about the version it means. Every field is optional: text says what it says. */
export interface Cited {
  /** English name of the conference venue ("Bucharest"), normalised from any language. */
  place?: string;
  year?: number;
  /** true for "(Rev. Bucharest, 2022)", false for "(Bucharest, 2022)". */
  rev?: boolean;
  /** Council: "(Modified 2024)", "(Amend. 2019)", "(C11, last amended C16)". */
  modified?: boolean;
  /** ITU-R revision counter: "61-3" → 3. */
  revisionIndex?: number;
  /** Conference acronym as normalised: "WRC-19", "PP-18", "WTSA-08". */
  conference?: string;
  /** The text looks like tracked-change residue ("(REV. DUBAI, 2012HAMMAMET, 2016)"): do not trust it. */
  garbled?: true;
}

/** How the adopting body was decided, strongest first. */
export type BodySource = 'symbol' | 'explicit' | 'acronym' | 'venue' | 'form' | 'document' | 'default';

export interface Reference {
  /** Canonical id: `A/RES/70/125`, `ITU/PP/RES/140`, `ITU/?/RES/30` when the body is unknown. */
  id: string;
  /** UTF-16 offsets into the input text. */
  start: number;
  end: number;
  /** The matched span, as written. */
  text: string;
  /** What the citation says about the version; absent when it cites none. */
  cited?: Cited;
  body?: Body;
  bodyFrom?: BodySource;
  kind?: TextKind;
  /** The number as cited ("140", "70/125"). */
  number?: string;
  ambiguous?: true;
  /** Candidate ids when the body is uncertain. */
  candidates?: string[];
  /** Corrections applied to the symbol as written (homoglyphs, spacing). */
  symbolCorrected?: true;
  /** The citation calls it a resolution (matters for "A/71/212" written without RES/). */
  calledResolution?: true;
  /** The venue implies a different body from the one named explicitly. */
  venueBody?: Body;
}

export interface RecognizeOptions {
  /** Tests only: run the grammars even where the prefilter says no reference can be (prefilter.ts). */
  skipPrefilter?: boolean;
  /** Body assumed for bare numbers the text does not attribute (a WTSA page's "Resolution 75"). */
  defaultBody?: ItuBody;
  /** Accepted for API stability; all six languages' grammars always run. */
  lang?: string;
}
