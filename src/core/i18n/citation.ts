import type { IndexEntry, Lang } from '../index/types';
import { versionLabel } from '../index/versions';

/**
 * The citation a delegate pastes into a document, for the latest known version, written the way ITU texts
 * of each language write it: "Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference",
 * "Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires", "القرار 140 (المراجَع في
 * بوخارست، 2022) لمؤتمر المندوبين المفوضين", "全权代表大会第140号决议（2022年，布加勒斯特，修订版）",
 * "Резолюция 140 (Пересм. Бухарест, 2022 г.) Полномочной конференции". UN texts are cited by symbol.
 */
type Kind = 'RES' | 'DEC' | 'REC';
type ItuBodyCode = 'PP' | 'COUNCIL' | 'WTDC' | 'WTSA' | 'RA' | 'WRC';

interface Style {
  word: Record<Kind, string>;
  /** The body after the citation ("of the Plenipotentiary Conference"), or before it (Chinese, Council). */
  of: Record<ItuBodyCode, string>;
  /** Where the body name goes, per body: after the version (default) or before the keyword. */
  before?: Partial<Record<ItuBodyCode, true>>;
  build(word: string, number: string, version: string, of: string, before: boolean): string;
}

const latin = (word: string, number: string, version: string, of: string, before: boolean) =>
  before
    ? `${of} ${word} ${number}${version ? ` (${version})` : ''}`
    : `${word} ${number}${version ? ` (${version})` : ''}${of ? ` ${of}` : ''}`;

const STYLES: Record<Lang, Style> = {
  en: {
    word: { RES: 'Resolution', DEC: 'Decision', REC: 'Recommendation' },
    of: {
      PP: 'of the Plenipotentiary Conference',
      COUNCIL: 'Council',
      WTDC: 'of the World Telecommunication Development Conference',
      WTSA: 'of the World Telecommunication Standardization Assembly',
      RA: '',
      WRC: '',
    },
    before: { COUNCIL: true },
    build: latin,
  },
  fr: {
    word: { RES: 'Résolution', DEC: 'Décision', REC: 'Recommandation' },
    of: {
      PP: 'de la Conférence de plénipotentiaires',
      COUNCIL: 'du Conseil',
      WTDC: 'de la Conférence mondiale de développement des télécommunications',
      WTSA: "de l'Assemblée mondiale de normalisation des télécommunications",
      RA: '',
      WRC: '',
    },
    build: latin,
  },
  es: {
    word: { RES: 'Resolución', DEC: 'Decisión', REC: 'Recomendación' },
    of: {
      PP: 'de la Conferencia de Plenipotenciarios',
      COUNCIL: 'del Consejo',
      WTDC: 'de la Conferencia Mundial de Desarrollo de las Telecomunicaciones',
      WTSA: 'de la Asamblea Mundial de Normalización de las Telecomunicaciones',
      RA: '',
      WRC: '',
    },
    build: latin,
  },
  ar: {
    word: { RES: 'القرار', DEC: 'المقرر', REC: 'التوصية' },
    of: {
      PP: 'لمؤتمر المندوبين المفوضين',
      COUNCIL: 'للمجلس',
      WTDC: 'للمؤتمر العالمي لتنمية الاتصالات',
      WTSA: 'للجمعية العالمية لتقييس الاتصالات',
      RA: 'لجمعية الاتصالات الراديوية',
      WRC: '',
    },
    build: latin,
  },
  zh: {
    word: { RES: '决议', DEC: '决定', REC: '建议' },
    of: {
      PP: '全权代表大会',
      COUNCIL: '理事会',
      WTDC: '世界电信发展大会',
      WTSA: '世界电信标准化全会',
      RA: '',
      WRC: '',
    },
    build: (word, number, version, of) => `${of}第${number}号${word}${version ? `（${version}）` : ''}`,
  },
  ru: {
    word: { RES: 'Резолюция', DEC: 'Решение', REC: 'Рекомендация' },
    of: {
      PP: 'Полномочной конференции',
      COUNCIL: 'Совета',
      WTDC: 'Всемирной конференции по развитию электросвязи',
      WTSA: 'Всемирной ассамблеи по стандартизации электросвязи',
      RA: '',
      WRC: '',
    },
    build: latin,
  },
};

export function formatCitation(
  entry: Pick<IndexEntry, 'id' | 'body' | 'number' | 'versions'>,
  lang: Lang,
): string {
  const m = /^ITU\/([A-Z]+)\/([A-Z]+)\/\d+$/.exec(entry.id);
  if (!m) return entry.id; // a UN symbol is its own citation
  const body = m[1] as ItuBodyCode;
  const kind = m[2] as Kind;
  const style = STYLES[lang];
  const last = entry.versions.length - 1;
  const v = entry.versions[last];
  if (body === 'RA') {
    // "Resolution ITU-R 61-3": the revision counter is the version.
    const number = v?.revisionIndex ? `${entry.number}-${v.revisionIndex}` : entry.number;
    return lang === 'zh'
      ? `ITU-R 第${number}号决议`
      : style.build(`${style.word[kind]} ITU-R`, number, '', style.of.RA, false);
  }
  const version = v ? versionLabel(entry, v, last, lang) : '';
  return style.build(style.word[kind], entry.number, version, style.of[body], style.before?.[body] === true);
}
