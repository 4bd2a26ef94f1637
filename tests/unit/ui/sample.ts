import type { CardData } from '../../../src/core/card';
import type { PageRef } from '../../../src/ui/popup/report';

/** A card as the background sends it, with only what a test needs filled in. */
export const card = (warnings: string[] = [], over: Partial<CardData> = {}): CardData => ({
  id: 'X',
  status: 'unverified',
  summary: '',
  timeline: [],
  historyComplete: false,
  warnings,
  links: [],
  candidates: [],
  sources: [],
  ...over,
});

/** Page references as the content script's page-report reply gives them (shared by the report tests). */
export const SAMPLE: PageRef[] = [
  {
    id: 'A/RES/70/684',
    text: 'A/RES/70/684',
    status: 'not-a-resolution',
    key: 1,
    context: '…as in A/RES/70/684 and …',
  },
  {
    id: 'ITU/PP/RES/140',
    text: 'Resolution 140 (Rev. Dubai, 2018)',
    status: 'outdated',
    key: 2,
    context: { before: 'In line with', after: 'of the PP' },
  },
  {
    id: 'ITU/COUNCIL/RES/1332',
    text: 'Council Resolution 1332 (Modified 2024)',
    status: 'unverified',
    key: 3,
  },
  { id: 'ITU/PP/RES/140', text: 'Resolution 140 (Rev. Bucharest, 2022)', status: 'unverified', key: 4 },
  {
    id: 'ITU/PP/RES/172',
    text: 'Resolution 172 (Rev. Guadalajara, 2010)',
    status: 'unverified',
    key: 5,
    card: card(['Cited as "Rev." but adopted there']),
  },
  { id: 'ITU/?/RES/12', text: 'Resolution 12', status: 'unverified', key: 6 },
  { id: 'X/Y/1', text: 'X/Y/1', status: 'not-in-index', key: 7 },
  { id: 'ITU/PP/RES/140', text: 'Resolution 140 (Rev. Dubai, 2018)', status: 'outdated', key: 8 },
];
