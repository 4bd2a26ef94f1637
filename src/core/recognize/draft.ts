import type { ParsedVersion } from './version';
import type { Body, TextKind } from './types';

/** A citation as the grammars read it, before its body and canonical id are decided (resolve.ts). */
export interface Draft {
  start: number;
  end: number;
  kind: TextKind;
  /** "140", "70/125", "2025/18". */
  number: string;
  revisionIndex?: number;
  version?: ParsedVersion;
  /** A body named in the text around the citation. */
  explicitBody?: Body;
  /** The keyword was a lower-case Latin word ("resolution"), as in prose rather than a formal citation. */
  proseKeyword?: boolean;
  /** Read by the Chinese grammar, whose UN texts always write a Security Council resolution's year. */
  chinese?: boolean;
}
