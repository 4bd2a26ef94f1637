import { foldArabic } from '../recognize/normalize';
import type { Body } from '../recognize/types';

/**
 * How each body is named in running text, in the six UN languages (after normalisation: accents folded,
 * Arabic diacritics removed). Order matters only for readability: matching is leftmost-first, so
 * "Human Rights Council" wins over "Council" because it starts earlier. `OTHER` names councils and
 * assemblies that are neither UN nor ITU ones: a citation attributed to them is not ResLens's business.
 */
export type BodyOrOther = Body | 'OTHER';

const P = String.raw;
export const BODY_PATTERNS: readonly [BodyOrOther, string][] = [
  [
    'OTHER',
    P`European Council|Council of (?:the )?Europe(?:an Union)?|EU Council|Council of the EU|Conseil europeen|Conseil de l['’]Europe|Conseil de l['’]Union europeenne|Consejo Europeo|Consejo de Europa|Consejo de la Union Europea|Европейск\p{L}{0,12} [Сс]овет\p{L}{0,12}|Совет\p{L}{0,12} Европ\p{L}{0,12}|欧洲理事会|欧盟理事会|المجلس الأوروبي|مجلس أوروبا`,
  ],
  // Other organizations that adopt numbered resolutions ("la Résolution 7 adoptée par la CGPM",
  // UNESCO's General Conference "резолюция 14 С/23").
  [
    'OTHER',
    P`CGPM|CIPM|UNESCO|ЮНЕСКО|World Health Assembly|WHA|Assemblee mondiale de la sante|Asamblea Mundial de la Salud|Всемирн\p{L}{0,12} ассамбле\p{L}{0,12} здравоохранения|General Conference|Conference generale|Conferencia General|Генеральн\p{L}{0,12} конференци\p{L}{0,12}|المؤتمر العام|IAEA|AIEA|OIEA|МАГАТЭ|ICAO|OACI|ИКАО|IMO|OMI|ИМО|FAO|ФАО|UPU|ВПС|WMO|OMM|ВМО|ILO|OIT|МОТ|CEPT|EU|UE|ЕС`,
  ],
  [
    'ECOSOC',
    P`ECOSOC|Economic and Social Council|Conseil economique et social|Consejo Economico y Social|(?:ال|لل|ل)?مجلس الاقتصادي والاجتماعي|经济及社会理事会|经社理事会|ЭКОСОС|Экономическ\p{L}{0,12} и [Сс]оциальн\p{L}{0,12} [Сс]овет\p{L}{0,12}`,
  ],
  [
    'SC',
    P`Security Council|Conseil de securite|Consejo de Seguridad|(?:ل|لل)?مجلس الأمن|安全理事会|安理会|Совет\p{L}{0,12} Безопасности|СБ(?: ООН)?`,
  ],
  [
    'HRC',
    P`Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos|(?:ل)?مجلس حقوق الإنسان|人权理事会|Совет\p{L}{0,12} по правам человека`,
  ],
  [
    'GA',
    P`(?:United Nations |UN )?General Assembly|UNGA|UN GA|GA|Assemblee generale(?: des Nations Unies)?|Asamblea General(?: de las Naciones Unidas)?|(?:ال|لل)جمعية العامة(?: للأمم المتحدة)?|联合国大会|Генеральн\p{L}{0,12} Ассамбле\p{L}{0,12}(?: ООН)?`,
  ],
  [
    'WTDC',
    P`WTDC(?:[- ]?\d{2,4})?|World Telecommunication Development Conference|CMDT(?:-\d{2})?|Conference mondiale de developpement des telecommunications|Conferencia Mundial de Desarrollo de las Telecomunicaciones|(?:ال|لل)مؤتمر العالمي لتنمية الاتصالات|世界电信发展大会|ВКРЭ(?:-\d{2})?|Всемирн\p{L}{0,12} конференци\p{L}{0,12} по развитию электросвязи`,
  ],
  [
    'WTSA',
    P`WTSA(?:[- ]?\d{2,4})?|World Telecommunication Standardi[sz]ation Assembly|AMNT(?:-\d{2})?|Assemblee mondiale de normalisation des telecommunications|Asamblea Mundial de Normalizacion de las Telecomunicaciones|(?:ال|لل)جمعية العالمية لتقييس الاتصالات|世界电信标准化全会|ВАСЭ(?:-\d{2})?|Всемирн\p{L}{0,12} ассамбле\p{L}{0,12} по стандартизации электросвязи`,
  ],
  [
    'WRC',
    P`WRC(?:-\d{2})?|World Radiocommunication Conference|CMR(?:-\d{2})?|Conference mondiale des radiocommunications|Conferencia Mundial de Radiocomunicaciones|(?:ال|لل)مؤتمر العالمي للاتصالات الراديوية|世界无线电通信大会|ВКР(?:-\d{2})?|Всемирн\p{L}{0,12} конференци\p{L}{0,12} радиосвязи`,
  ],
  [
    'RA',
    P`Radiocommunication Assembly|RA-\d{2}|ITU-R|UIT-R|МСЭ-R|ITU R|ITUR|Assemblee des radiocommunications|Asamblea de Radiocomunicaciones|(?:ال|لل|ل)?(?:جمعية|قطاع) الاتصالات الراديوية|无线电通信全会|Ассамбле\p{L}{0,12} радиосвязи`,
  ],
  [
    'PP',
    P`(?:ITU |UIT )?Plenipotentiary Conference|Plenipotentiary|PP-?\d{2}|PP|Conference de plenipotentiaires|Conferencia de Plenipotenciarios|(?:ل)?مؤتمر المندوبين المفوضين|全权代表大会|Полномочн\p{L}{0,12} конференци\p{L}{0,12}|ПК-?\d{2}`,
  ],
  [
    'COUNCIL',
    P`(?:ITU |UIT )?Council|Conseil(?: de l['’]UIT)?|Consejo(?: de la UIT)?|(?:ال|لل|ل)مجلس(?: الاتحاد)?|مجلس الاتحاد|理事会|[Сс]овет\p{L}{0,12}(?: МСЭ)?`,
  ],
  // Bare 大会 ("the Assembly") before 第70/125号决议 is the General Assembly; the longer ITU names above
  // that end in 大会 start earlier and so win.
  ['GA', P`大会`],
  // "UN resolution 2713", "قرار الأمم المتحدة 2713", "резолюция ООН 2254": the United Nations named alone.
  // Since 1976 the General Assembly numbers "session/number", so a plain number so attributed is the
  // Security Council's (resolve.ts sends a slash number to the Assembly). Last, so every fuller name wins.
  ['SC', P`United Nations|UN|Nations Unies|ONU|Naciones Unidas|(?:ال|لل|ل)?أمم المتحدة|联合国|ООН`],
];

// Arabic spellings are folded as normalize.ts folds the text (أ → ا).
const BOUNDED = BODY_PATTERNS.map(([, src]) => `(${foldArabic(src)})`).join('|');
const BODY_OF_GROUP = BODY_PATTERNS.map(([body]) => body);

/** The body whose name a regex match of {@link bodyAlternation} captured. */
export function bodyOfMatch(m: RegExpExecArray, firstGroup = 1): BodyOrOther | undefined {
  for (let g = 0; g < BODY_OF_GROUP.length; g++) {
    if (m[firstGroup + g] !== undefined) return BODY_OF_GROUP[g];
  }
  return undefined;
}

/** All body names as one alternation, one capturing group per pattern (see {@link bodyOfMatch}). */
export const bodyAlternation = `(?:${BOUNDED})`;

/**
 * A body named right before a citation keyword: "PP-18 Resolutions", "Council Resolution", "全权代表大会第".
 * Only a Latin, Cyrillic or Arabic letter (or a digit) before the name blocks it: Chinese writes no spaces,
 * so "见ITU-R第36号决议" and "国际电联理事会第560号决定" name their bodies after another Han character.
 *
 * The name must end where the window ends. Rather than let one `$`-anchored regex try every position of the
 * window (each behind a look-behind), the sticky pattern is tried only where a name can start — after a
 * blocking character — leftmost first, which gives the same answer as the leftmost-first regex.
 */
const BODY_AT_END = new RegExp(P`${bodyAlternation}(?:['’]s)?(?:[ -]?(?:19|20)\d{2})?\s*(?:的\s*)?$`, 'iuy');
const BLOCKS_NAME = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{N}]/u;

export function bodyBefore(window: string): BodyOrOther | undefined {
  for (let i = 0; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09) continue; // a name never starts with white space
    if (i > 0 && BLOCKS_NAME.test(window.charAt(i - 1))) continue;
    BODY_AT_END.lastIndex = i;
    const m = BODY_AT_END.exec(window);
    if (m) return bodyOfMatch(m);
  }
  return undefined;
}

/** A body named right after a citation: "of the Plenipotentiary Conference", "du Conseil", "لمؤتمر…". */
export const BODY_AFTER = new RegExp(
  P`\s*(?:(?:adopted |approved )?(?:of|by) (?:the )?|(?:adoptee |approuvee )?par (?:la |le |l['’])?|(?:adoptada |aprobada )?por (?:la |el )?|de la |de l['’]|du |des |del |de los |de )?(?:ITU |UIT |МСЭ )?${bodyAlternation}(?![\p{L}\p{N}])`,
  'iuy',
);

/** A body named between the keyword and the number: "قرارات مؤتمر المندوبين المفوضين 140", "resolution of the General Assembly 70/1". */
export const BODY_BETWEEN = new RegExp(
  P`\s*(?:of the |de la |de l['’]|du |del )?${bodyAlternation}(?:\s+(?:(?:التابع )?للامم المتحدة?|للاتحاد|ООН|МСЭ|Организации Объедин[её]нных Наций|of the United Nations|des Nations Unies|de las Naciones Unidas))?(?:\s*\([A-Z]{2,10}\))?(?![\p{L}])`,
  'iuy',
);
