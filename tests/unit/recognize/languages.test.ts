/**
 * Table-driven recognizer tests, one table per language, positives and negatives side by side.
 * Row: [text, ids in order | null, cited of the first id (only the keys given are compared)].
 */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './table';

const en: Row[] = [
  ['Resolution 140 (Rev. Bucharest, 2022)', 'ITU/PP/RES/140', { place: 'Bucharest', year: 2022, rev: true }],
  ['Resolution 129 (Marrakesh, 2002)', 'ITU/PP/RES/129', { place: 'Marrakesh', year: 2002, rev: false }],
  [
    'PP-18 Resolutions 102 (Rev. Dubai, 2018) and 140 (Rev. Dubai, 2018)',
    ['ITU/PP/RES/102', 'ITU/PP/RES/140'],
    { year: 2018 },
  ],
  ['PP Decision 11 (Rev. Dubai 2018)', 'ITU/PP/DEC/11', { place: 'Dubai', year: 2018, rev: true }],
  ['Resolution 99 Rev. Dubai, 2018 applies', 'ITU/PP/RES/99', { place: 'Dubai', year: 2018, rev: true }],
  [
    'Council Resolutions 1305 (Modified 2019) and 1336 (Modified 2019)',
    ['ITU/COUNCIL/RES/1305', 'ITU/COUNCIL/RES/1336'],
    { year: 2019, modified: true },
  ],
  ['Council Resolution 1332 (C11, last amended C16)', 'ITU/COUNCIL/RES/1332', { year: 2016, modified: true }],
  [
    'Resolution ITU-R 61-3 (Rev. Dubai, 2023)',
    'ITU/RA/RES/61',
    { revisionIndex: 3, place: 'Dubai', year: 2023 },
  ],
  [
    'Resolution ITU-R 6 (Rev. Geneva, 2007) of the Radiocommunication Assembly',
    'ITU/RA/RES/6',
    { year: 2007, rev: true },
  ],
  [
    'Resolutions 17, 26, 44 and 45 (Rev. Johannesburg, 2008) of the World Telecommunication Standardization Assembly',
    ['ITU/WTSA/RES/17', 'ITU/WTSA/RES/26', 'ITU/WTSA/RES/44', 'ITU/WTSA/RES/45'],
    { place: 'Johannesburg', rev: true },
  ],
  [
    'Resolution 30 (Rev. Baku, 2025) of the World Telecommunication Development Conference',
    'ITU/WTDC/RES/30',
    { place: 'Baku', year: 2025 },
  ],
  ['RESOLUTION 177 (WRC-19)', 'ITU/WRC/RES/177', { conference: 'WRC-19', year: 2019, rev: false }],
  [
    'Resolution 35 (Rev. (Hammamet, 2016) of the WTSA',
    'ITU/WTSA/RES/35',
    { place: 'Hammamet', year: 2016, rev: true },
  ],
  ['RESOLUTION 75 (REV. DUBAI, 2012HAMMAMET, 2016)', 'ITU/WTSA/RES/75', { garbled: true }],
  ['General Assembly resolution 70/125 of 16 December 2015', 'A/RES/70/125'],
  ['UNGA Resolution A/71/212', 'A/71/212'],
  [
    'Resolutions 71/243 of 21 December 2016, on the policy review of the United Nations system, and 72/279 of 31 May 2018',
    ['A/RES/71/243', 'A/RES/72/279'],
  ],
  [
    'Resolutions 66/184, 67/195,68/198 and 69/204.',
    ['A/RES/66/184', 'A/RES/67/195', 'A/RES/68/198', 'A/RES/69/204'],
  ],
  [
    'Resolution adopted by the General Assembly\n\n77/150.     Information and communications technologies',
    'A/RES/77/150',
  ],
  ['(Mandate: GA dec. 59/531)', 'A/DEC/59/531'],
  ['Security Council resolution 1540 (2004)', 'S/RES/1540(2004)'],
  ['a presidential statement (document S/PRST/2014/7)', 'S/PRST/2014/7'],
  [
    'See A/HRC/RES/47/16, E/CN.6/2020/3 and ST/SGB/2019/8.',
    ['A/HRC/RES/47/16', 'E/CN.6/2020/3', 'ST/SGB/2019/8'],
  ],
  // negatives
  ['No. 102 of the Convention', null],
  ['Document C18/35 and page 12 (2004)', null],
  ['EU Council resolution 2012/700', null],
  ['Resolution 1 adopted by the World Health Assembly', null],
  ['resolutions 1 and 2 of this report', null],
  ['the IEEE 802.11 (2012) standard, Table 12 (2010)', null],
];

const fr: Row[] = [
  [
    'Dans sa Résolution 25 (Rév. Bucarest, 2022), la Conférence de plénipotentiaires',
    'ITU/PP/RES/25',
    { place: 'Bucharest', year: 2022, rev: true },
  ],
  ['RÉSOLUTION 140 (RÉV. DUBAÏ 2018)', 'ITU/PP/RES/140', { place: 'Dubai', year: 2018, rev: true }],
  ['Résolution 129 (Marrakech, 2002)', 'ITU/PP/RES/129', { place: 'Marrakesh', rev: false }],
  ['Résolution 1332 du Conseil (modifiée en 2024)', 'ITU/COUNCIL/RES/1332', { year: 2024, modified: true }],
  ['Par sa décision 74/543 du 11 mars 2020', 'A/DEC/74/543'],
  [
    'ses résolutions 661 (1990) d’août 1990, 678 (1990) du 29 novembre 1990 et 1441 (2002) du 8 novembre 2002',
    ['S/RES/661(1990)', 'S/RES/678(1990)', 'S/RES/1441(2002)'],
  ],
  [
    'cette résolution 2535 (2020), vingt ans après celle relative aux femmes 1325 (2000).',
    ['S/RES/2535(2020)', 'S/RES/1325(2000)'],
  ],
  ['(S/PRST/2018/18)', 'S/PRST/2018/18'],
  // negatives
  ['la Résolution 7 adoptée par la CGPM à sa 16e réunion (1979)', null],
  ['l’article 12 (2004) du règlement', null],
];

const es: Row[] = [
  ['Resolución 31 (Estambul, 2002)', 'ITU/WTDC/RES/31', { place: 'Istanbul', year: 2002, rev: false }],
  [
    'Resolución 64 (Rev. Minneápolis, 1998)',
    'ITU/PP/RES/64',
    { place: 'Minneapolis', year: 1998, rev: true },
  ],
  ['Conferencia de Plenipotenciarios (PP-18) Dubái. Revisión de la Resolución 64: Acceso', 'ITU/PP/RES/64'],
  ['El Consejo celebra un debate abierto sobre la resolución 1325 "Mujeres, paz y seguridad".', 'S/RES/1325'],
  ['resolución 59/220 de 22 de diciembre de 2004 y resolución 60/252', ['A/RES/59/220', 'A/RES/60/252']],
  // negatives
  ['Decisión 2012/700 del Consejo de la Unión Europea', null],
  ['el artículo 5 de la Constitución (1992)', null],
];

const ar: Row[] = [
  [
    'القرار 140 (المراجَع في بوخارست، 2022) لمؤتمر المندوبين المفوضين',
    'ITU/PP/RES/140',
    { place: 'Bucharest', year: 2022, rev: true },
  ],
  [
    'قرارات مؤتمر المندوبين المفوضين 140 (المراجع في بوخارست، 2022) و172 (غوادالاخارا، 2010)',
    ['ITU/PP/RES/140', 'ITU/PP/RES/172'],
    { place: 'Bucharest' },
  ],
  [
    'قراري المجلس 1332 (المعدّل في 2024) و1334 (المعدّل في 2023)',
    ['ITU/COUNCIL/RES/1332', 'ITU/COUNCIL/RES/1334'],
    { year: 2024, modified: true },
  ],
  ['القرار 1332 (المعدل عام 2024)', 'ITU/COUNCIL/RES/1332', { year: 2024, modified: true }],
  ['قرارات الجمعية العامة A/RES/70/125 وA/RES/70/1', ['A/RES/70/125', 'A/RES/70/1']],
  [
    'إذ تشير إلى قراراتها 56/183 المؤرخ 21 كانون الأول/ديسمبر 2001 و 57/270 باء المؤرخ 23 حزيران/يونيه 2003',
    ['A/RES/56/183', 'A/RES/57/270B'],
  ],
  ['إذ تشير إلى قرارها 60/251 المؤرخ 15 آذار/مارس 2006', 'A/RES/60/251'],
  ['قرار الجمعية العامة 2837 (د-26)', 'A/RES/2837(XXVI)'],
  ['أصدر مجلس الامن القرار رقم 1325 لدعم حقوق المرأة', 'S/RES/1325'],
  ['القرار ١٤٠ (المراجَع في بوخارست، ٢٠٢٢)', 'ITU/PP/RES/140', { year: 2022 }],
  // negatives
  ['الفقرتين 1 و 16 من المادة 5', null],
  ['الوثيقة C18/35 والصفحة 12', null],
];

const ru: Row[] = [
  ['Резолюции 21 (Пересм. Пусан, 2014 г.)', 'ITU/PP/RES/21', { place: 'Busan', year: 2014, rev: true }],
  ['Резолюция 1141 Совета', 'ITU/COUNCIL/RES/1141'],
  ['резолюцию 70/1 Генеральной Ассамблеи', 'A/RES/70/1'],
  ['С. Направление в соответствии с резолюцией 377 А (V) на рассмотрение', 'A/RES/377(V)'],
  [
    'свои резолюции 50/70 Р от 12 де кабря 1995 года, 51/45 O от 10 декабря 1996 года, 36/87 A и B от 9 декабря 1981 года',
    ['A/RES/50/70P', 'A/RES/51/45O', 'A/RES/36/87A', 'A/RES/36/87B'],
  ],
  [
    'Реш. 495 Публикация документов Совета (С-2000) Совет,',
    'ITU/COUNCIL/DEC/495',
    { year: 2000, modified: true },
  ],
  ['документ А/70/1 (русский текст)', 'A/70/1'],
  // negatives
  ['принятыми Генеральной конференцией на ее 14-й сессии резолюция 14 С/23', null],
  ['статья 12 Устава (1992 г.)', null],
];

const zh: Row[] = [
  ['第71号决议（2014年，釜山，修订版）', 'ITU/PP/RES/71', { place: 'Busan', year: 2014, rev: true }],
  ['第140号决议（2006年，安塔利亚）', 'ITU/PP/RES/140', { place: 'Antalya', rev: false }],
  ['第75号决议（WTSA-08）', 'ITU/WTSA/RES/75', { conference: 'WTSA-08', place: 'Johannesburg', year: 2008 }],
  ['71号决议(2014年,釜山,修订版)', 'ITU/PP/RES/71', { place: 'Busan' }], // without 第
  ['ITU-R 第34-2号决议', 'ITU/RA/RES/34', { revisionIndex: 2 }],
  ['(见ITU-R第36号决议)', 'ITU/RA/RES/36'],
  ['国际电联理事会第560号决定', 'ITU/COUNCIL/DEC/560'],
  [
    '第1097号决议 国际电联成员国的投票表决权(C-1996)理事会,',
    'ITU/COUNCIL/RES/1097',
    { year: 1996, modified: true },
  ],
  [
    '第185号决定 对“多数”一词的释义(C-1957, 最后修正 C-1981)理事会',
    'ITU/COUNCIL/DEC/185',
    { year: 1981, modified: true },
  ],
  ['全权代表大会第1号建议(1994年,京都)', 'ITU/PP/REC/1', { place: 'Kyoto', year: 1994, rev: false }],
  ['大会第70/125号决议', 'A/RES/70/125'],
  [
    '1986年12月3日第41/6J号、1987年11月30日第42/39K号和1988年12月7日第43/76H号决议',
    ['A/RES/41/6J', 'A/RES/42/39K', 'A/RES/43/76H'],
  ],
  ['第49/35 A號決議和第194(III)號決議', ['A/RES/49/35A', 'A/RES/194(III)']],
  [
    '包括第825(1993)号、第1540(2004)号和第1928(2010)号决议',
    ['S/RES/825(1993)', 'S/RES/1540(2004)', 'S/RES/1928(2010)'],
  ],
  ['根據ST/AI/189/Add.9/Rev.2第2條', 'ST/AI/189/Add.9/Rev.2'],
  // negatives
  ['经审议1940/CA12号文件', null],
  ['《组织法》第210款(1992年,日内瓦)', null],
];

const tables: Record<string, Row[]> = { en, fr, es, ar, ru, zh };
for (const [lang, rows] of Object.entries(tables)) {
  describe(`recognize — ${lang}`, () => {
    it.each(rows.map((r) => [r[0], r] as const))('%s', (_, row) => checkRow(row));
  });
}
