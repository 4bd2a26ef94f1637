import type { IndexEntry, Lang } from '../index/types';
import { citedLabel, latestLabel } from '../index/versions';
import type { Cited } from '../recognize/types';

/**
 * What a card says about a citation, in the six UN languages. The analysis records a phrase (a code and
 * language-neutral parameters); the card is written in the reader's interface language when it is built,
 * and the CLI writes English. Versions inside phrases are written the way each language cites them
 * (index/versions.ts).
 */
export type PhraseCode = keyof (typeof TEMPLATES)['en'];
export type StatusWord =
  'in-force' | 'abrogated' | 'superseded' | 'resolution' | 'decision' | 'recommendation' | 'report' | 'other';

export type Param =
  | string
  | { cited: Cited }
  | { latestOf: IndexEntry }
  | { word: StatusWord }
  | { ids: string[] }
  | { citedList: Cited[] };

export interface Phrase {
  code: PhraseCode;
  params?: Record<string, Param>;
}

const en = {
  homoglyph: 'The symbol was written with look-alike characters (e.g. a Cyrillic "А").',
  missingRes: 'Cited as a resolution without "RES/": the resolution is {id}.',
  garbledWarning: 'The version "{cited}" looks like tracked-change residue; it was not judged.',
  garbledSummary: 'The cited version cannot be read reliably; the latest known is {latest}.',
  garbledSummaryNoLatest: 'The cited version cannot be read reliably.',
  noHistory: 'The index has no version history for this text.',
  revAtAdoption: 'Cited as "Rev." but the text was adopted (not revised) there: write "({fixed})".',
  missingRev: 'That version was a revision: write "({fixed})".',
  outdated: 'You are reading version {cited}; the latest is {latest}.',
  current: '{cited} is the latest version.',
  latestKnown: '{cited} is the latest version the index knows, but its history may be incomplete.',
  noSuchVersion: 'There is no version {cited}. Known versions end with {latest}.',
  notInKnownHistory: 'The index knows no version {cited}.',
  laterExists: 'Version {cited} is not in the known history; a later version exists: {latest}.',
  unknownVersion:
    'Version {cited} is not in the known history (which may be incomplete); the latest known is {latest}.',
  ambiguousBody: 'The text does not say which ITU body adopted it.',
  couldBe: 'Could be {candidates}.',
  unknownBody: 'Unknown body and not in the index.',
  notAResolution: '{id} does not exist: {resolved} is a {kind}, not a resolution.',
  notInIndex: 'Not in the ResLens index.',
  venueMismatch: 'The cited venue and year belong to a {body} conference.',
  statusWithLatest: '{status}; latest version: {latest}.',
  statusOnly: '{status}.',
  statusUnknownWithLatest: 'Status unknown; latest known version: {latest}.',
  statusUnknown: 'Status unknown.',
  inconsistent: 'This document cites {id} as {versions}.',
};

const TEMPLATES: Record<Lang, typeof en> = {
  en,
  fr: {
    homoglyph: 'Le symbole est écrit avec des caractères trompeurs (par exemple un « А » cyrillique).',
    missingRes: 'Cité comme résolution sans « RES/ » : la résolution est {id}.',
    garbledWarning:
      'La version « {cited} » semble issue d’un suivi des modifications ; elle n’a pas été évaluée.',
    garbledSummary: 'La version citée est illisible ; la dernière version connue est {latest}.',
    garbledSummaryNoLatest: 'La version citée est illisible.',
    noHistory: 'L’index ne contient pas l’historique des versions de ce texte.',
    revAtAdoption: 'Cité avec « Rév. », mais le texte y a été adopté (et non révisé) : écrire « ({fixed}) ».',
    missingRev: 'Cette version était une révision : écrire « ({fixed}) ».',
    outdated: 'Vous lisez la version {cited} ; la plus récente est {latest}.',
    current: '{cited} est la version la plus récente.',
    latestKnown:
      '{cited} est la version la plus récente connue de l’index, dont l’historique peut être incomplet.',
    noSuchVersion: 'Il n’existe pas de version {cited}. Les versions connues s’arrêtent à {latest}.',
    notInKnownHistory: 'L’index ne connaît pas de version {cited}.',
    laterExists:
      'La version {cited} ne figure pas dans l’historique connu ; une version ultérieure existe : {latest}.',
    unknownVersion:
      'La version {cited} ne figure pas dans l’historique connu (peut-être incomplet) ; la dernière version connue est {latest}.',
    ambiguousBody: 'Le texte ne dit pas quel organe de l’UIT l’a adopté.',
    couldBe: 'Il peut s’agir de {candidates}.',
    unknownBody: 'Organe inconnu et texte absent de l’index.',
    notAResolution: '{id} n’existe pas : {resolved} est un {kind}, pas une résolution.',
    notInIndex: 'Absent de l’index ResLens.',
    venueMismatch: 'Le lieu et l’année cités sont ceux d’une conférence {body}.',
    statusWithLatest: '{status} ; dernière version : {latest}.',
    statusOnly: '{status}.',
    statusUnknownWithLatest: 'Statut inconnu ; dernière version connue : {latest}.',
    statusUnknown: 'Statut inconnu.',
    inconsistent: 'Ce document cite {id} comme {versions}.',
  },
  es: {
    homoglyph: 'El símbolo está escrito con caracteres engañosos (por ejemplo, una «А» cirílica).',
    missingRes: 'Citada como resolución sin «RES/»: la resolución es {id}.',
    garbledWarning: 'La versión «{cited}» parece un resto de control de cambios; no se evaluó.',
    garbledSummary: 'La versión citada no se puede leer con fiabilidad; la última conocida es {latest}.',
    garbledSummaryNoLatest: 'La versión citada no se puede leer con fiabilidad.',
    noHistory: 'El índice no tiene el historial de versiones de este texto.',
    revAtAdoption: 'Citada con «Rev.», pero el texto se adoptó (no se revisó) allí: escriba «({fixed})».',
    missingRev: 'Esa versión fue una revisión: escriba «({fixed})».',
    outdated: 'Está leyendo la versión {cited}; la más reciente es {latest}.',
    current: '{cited} es la versión más reciente.',
    latestKnown:
      '{cited} es la versión más reciente que conoce el índice, cuyo historial puede estar incompleto.',
    noSuchVersion: 'No existe la versión {cited}. Las versiones conocidas terminan en {latest}.',
    notInKnownHistory: 'El índice no conoce ninguna versión {cited}.',
    laterExists:
      'La versión {cited} no figura en el historial conocido; existe una versión posterior: {latest}.',
    unknownVersion:
      'La versión {cited} no figura en el historial conocido (quizá incompleto); la última conocida es {latest}.',
    ambiguousBody: 'El texto no dice qué órgano de la UIT la adoptó.',
    couldBe: 'Puede ser {candidates}.',
    unknownBody: 'Órgano desconocido y texto ausente del índice.',
    notAResolution: '{id} no existe: {resolved} es un {kind}, no una resolución.',
    notInIndex: 'No figura en el índice de ResLens.',
    venueMismatch: 'El lugar y el año citados corresponden a una conferencia {body}.',
    statusWithLatest: '{status}; última versión: {latest}.',
    statusOnly: '{status}.',
    statusUnknownWithLatest: 'Situación desconocida; última versión conocida: {latest}.',
    statusUnknown: 'Situación desconocida.',
    inconsistent: 'Este documento cita {id} como {versions}.',
  },
  ar: {
    homoglyph: 'كُتبت الرمز بحروف مشابهة (مثل الحرف "А" السيريلي).',
    missingRes: 'ذُكر على أنه قرار دون "RES/": القرار هو {id}.',
    garbledWarning: 'يبدو أن الصيغة "{cited}" من بقايا تتبع التغييرات؛ لم يتم تقييمها.',
    garbledSummary: 'لا يمكن قراءة الصيغة المذكورة بموثوقية؛ أحدث صيغة معروفة هي {latest}.',
    garbledSummaryNoLatest: 'لا يمكن قراءة الصيغة المذكورة بموثوقية.',
    noHistory: 'لا يتضمن الفهرس تاريخ صيغ هذا النص.',
    revAtAdoption: 'ذُكر على أنه "مراجَع" لكن النص اعتُمد (ولم يُراجَع) هناك: اكتب "({fixed})".',
    missingRev: 'كانت تلك الصيغة مراجعة: اكتب "({fixed})".',
    outdated: 'أنت تقرأ الصيغة {cited}؛ وأحدث صيغة هي {latest}.',
    current: '{cited} هي أحدث صيغة.',
    latestKnown: '{cited} هي أحدث صيغة يعرفها الفهرس، لكن تاريخها قد يكون ناقصاً.',
    noSuchVersion: 'لا توجد صيغة {cited}. تنتهي الصيغ المعروفة بـ {latest}.',
    notInKnownHistory: 'لا يعرف الفهرس أي صيغة {cited}.',
    laterExists: 'الصيغة {cited} غير موجودة في التاريخ المعروف؛ توجد صيغة لاحقة: {latest}.',
    unknownVersion:
      'الصيغة {cited} غير موجودة في التاريخ المعروف (الذي قد يكون ناقصاً)؛ أحدث صيغة معروفة هي {latest}.',
    ambiguousBody: 'لا يذكر النص أي هيئة في الاتحاد اعتمدته.',
    couldBe: 'قد يكون {candidates}.',
    unknownBody: 'الهيئة غير معروفة والنص غير موجود في الفهرس.',
    notAResolution: '{id} غير موجود: {resolved} {kind} وليس قراراً.',
    notInIndex: 'غير موجود في فهرس ResLens.',
    venueMismatch: 'المكان والسنة المذكوران يخصان مؤتمر {body}.',
    statusWithLatest: '{status}؛ أحدث صيغة: {latest}.',
    statusOnly: '{status}.',
    statusUnknownWithLatest: 'الحالة غير معروفة؛ أحدث صيغة معروفة: {latest}.',
    statusUnknown: 'الحالة غير معروفة.',
    inconsistent: 'تذكر هذه الوثيقة {id} بالصيغ {versions}.',
  },
  zh: {
    homoglyph: '该文号使用了形近字符（例如西里尔字母“А”）。',
    missingRes: '作为决议引用但缺少“RES/”：该决议为 {id}。',
    garbledWarning: '版本“{cited}”似为修订痕迹残留，未作判断。',
    garbledSummary: '无法可靠识别所引版本；已知最新版本为 {latest}。',
    garbledSummaryNoLatest: '无法可靠识别所引版本。',
    noHistory: '索引中没有该文本的版本历史。',
    revAtAdoption: '引用为“修订版”，但该文本是在该次会议上通过（而非修订）的：应写作“（{fixed}）”。',
    missingRev: '该版本为修订版：应写作“（{fixed}）”。',
    outdated: '您所读的是 {cited} 版本；最新版本为 {latest}。',
    current: '{cited} 是最新版本。',
    latestKnown: '{cited} 是索引已知的最新版本，但其历史可能不完整。',
    noSuchVersion: '不存在 {cited} 版本。已知版本止于 {latest}。',
    notInKnownHistory: '索引中没有 {cited} 版本。',
    laterExists: '{cited} 版本不在已知历史中；存在更晚的版本：{latest}。',
    unknownVersion: '{cited} 版本不在已知历史中（历史可能不完整）；已知最新版本为 {latest}。',
    ambiguousBody: '文中未说明由国际电联哪个机构通过。',
    couldBe: '可能是 {candidates}。',
    unknownBody: '机构不明，且不在索引中。',
    notAResolution: '{id} 不存在：{resolved} 是{kind}，不是决议。',
    notInIndex: '不在 ResLens 索引中。',
    venueMismatch: '所引地点和年份属于 {body} 会议。',
    statusWithLatest: '{status}；最新版本：{latest}。',
    statusOnly: '{status}。',
    statusUnknownWithLatest: '状态不明；已知最新版本：{latest}。',
    statusUnknown: '状态不明。',
    inconsistent: '本文件引用 {id} 时使用了 {versions}。',
  },
  ru: {
    homoglyph: 'Символ написан похожими буквами (например, кириллической «А»).',
    missingRes: 'Цитируется как резолюция без «RES/»: резолюция — {id}.',
    garbledWarning: 'Версия «{cited}» похожа на остаток режима исправлений; она не оценивалась.',
    garbledSummary: 'Цитируемую версию нельзя надёжно прочитать; последняя известная версия — {latest}.',
    garbledSummaryNoLatest: 'Цитируемую версию нельзя надёжно прочитать.',
    noHistory: 'В указателе нет истории версий этого текста.',
    revAtAdoption:
      'Цитируется как «Пересм.», но текст там был принят (а не пересмотрен): пишите «({fixed})».',
    missingRev: 'Эта версия была пересмотром: пишите «({fixed})».',
    outdated: 'Вы читаете версию {cited}; последняя версия — {latest}.',
    current: '{cited} — последняя версия.',
    latestKnown: '{cited} — последняя версия, известная указателю, но его история может быть неполной.',
    noSuchVersion: 'Версии {cited} не существует. Известные версии заканчиваются на {latest}.',
    notInKnownHistory: 'Указателю неизвестна версия {cited}.',
    laterExists: 'Версии {cited} нет в известной истории; существует более поздняя версия: {latest}.',
    unknownVersion:
      'Версии {cited} нет в известной истории (возможно, неполной); последняя известная версия — {latest}.',
    ambiguousBody: 'В тексте не сказано, какой орган МСЭ её принял.',
    couldBe: 'Возможно, это {candidates}.',
    unknownBody: 'Орган неизвестен, текста нет в указателе.',
    notAResolution: '{id} не существует: {resolved} — это {kind}, а не резолюция.',
    notInIndex: 'Нет в указателе ResLens.',
    venueMismatch: 'Указанные место и год относятся к конференции {body}.',
    statusWithLatest: '{status}; последняя версия: {latest}.',
    statusOnly: '{status}.',
    statusUnknownWithLatest: 'Статус неизвестен; последняя известная версия: {latest}.',
    statusUnknown: 'Статус неизвестен.',
    inconsistent: 'В этом документе {id} цитируется как {versions}.',
  },
};

const WORDS: Record<Lang, Record<StatusWord, string>> = {
  en: {
    'in-force': 'In force',
    abrogated: 'Abrogated',
    superseded: 'Superseded',
    resolution: 'resolution',
    decision: 'decision',
    recommendation: 'recommendation',
    report: 'report',
    other: 'document',
  },
  fr: {
    'in-force': 'En vigueur',
    abrogated: 'Abrogée',
    superseded: 'Remplacée',
    resolution: 'résolution',
    decision: 'décision',
    recommendation: 'recommandation',
    report: 'rapport',
    other: 'document',
  },
  es: {
    'in-force': 'En vigor',
    abrogated: 'Derogada',
    superseded: 'Sustituida',
    resolution: 'resolución',
    decision: 'decisión',
    recommendation: 'recomendación',
    report: 'informe',
    other: 'documento',
  },
  ar: {
    'in-force': 'سارٍ',
    abrogated: 'ملغى',
    superseded: 'مستبدل',
    resolution: 'قرار',
    decision: 'مقرر',
    recommendation: 'توصية',
    report: 'تقرير',
    other: 'وثيقة',
  },
  zh: {
    'in-force': '有效',
    abrogated: '已废止',
    superseded: '已被取代',
    resolution: '决议',
    decision: '决定',
    recommendation: '建议',
    report: '报告',
    other: '文件',
  },
  ru: {
    'in-force': 'Действует',
    abrogated: 'Отменена',
    superseded: 'Заменена',
    resolution: 'резолюция',
    decision: 'решение',
    recommendation: 'рекомендация',
    report: 'доклад',
    other: 'документ',
  },
};

const OR: Record<Lang, string> = { en: ' or ', fr: ' ou ', es: ' o ', ar: ' أو ', zh: '或', ru: ' или ' };
const AND_AS: Record<Lang, string> = {
  en: ' and as ',
  fr: ' et comme ',
  es: ' y como ',
  ar: ' و',
  zh: '和',
  ru: ' и как ',
};

function paramText(p: Param, lang: Lang): string {
  if (typeof p === 'string') return p;
  if ('cited' in p) return citedLabel(p.cited, lang);
  if ('latestOf' in p) return latestLabel(p.latestOf, lang) ?? '';
  if ('word' in p) return WORDS[lang][p.word];
  if ('ids' in p) return p.ids.join(OR[lang]);
  return p.citedList.map((c) => citedLabel(c, lang)).join(AND_AS[lang]);
}

export function render(phrase: Phrase, lang: Lang = 'en'): string {
  return TEMPLATES[lang][phrase.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const p = phrase.params?.[name];
    return p === undefined ? whole : paramText(p, lang);
  });
}
