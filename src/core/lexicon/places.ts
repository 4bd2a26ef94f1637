import { foldArabic } from '../recognize/normalize';

/**
 * Conference venues as they are written in the six UN languages, mapped to one English name.
 * Spellings are matched after normalisation (accents folded, Arabic diacritics removed), so "Dubaï"
 * and "Dubai", "Minneápolis" and "Minneapolis" are one entry. Forms come from real ITU texts
 * (../shared/domain/README.md) and the standard UN-language spellings of each city; a spelling that no
 * text uses costs nothing, a missing one costs recall.
 */
export const PLACE_NAMES: Readonly<Record<string, readonly string[]>> = {
  Kyoto: ['Kyoto', 'Kioto', 'كيوتو', '京都', 'Киото'],
  Minneapolis: ['Minneapolis', 'مينيابوليس', '明尼阿波利斯', 'Миннеаполис'],
  Marrakesh: ['Marrakesh', 'Marrakech', 'مراكش', '马拉喀什', 'Марракеш'],
  Antalya: ['Antalya', 'أنطاليا', 'انطاليا', '安塔利亚', 'Анталья', 'Анталии'],
  Guadalajara: ['Guadalajara', 'غوادالاخارا', 'غواديلاخارا', '瓜达拉哈拉', 'Гвадалахара', 'Гвадалахаре'],
  Busan: ['Busan', 'بوسان', '釜山', 'Пусан', 'Пусане'],
  Dubai: ['Dubai', 'Dubay', 'دبي', '迪拜', 'Дубай', 'Дубае'],
  Bucharest: ['Bucharest', 'Bucarest', 'Bukarest', 'بوخارست', '布加勒斯特', 'Бухарест', 'Бухаресте'],
  Doha: ['Doha', 'الدوحة', '多哈', 'Доха', 'Дохе'],
  Valletta: ['Valletta', 'La Valette', 'La Valeta', 'فاليتا', '瓦莱塔', 'Валлетта'],
  Istanbul: ['Istanbul', 'Estambul', 'إسطنبول', 'اسطنبول', '伊斯坦布尔', 'Стамбул', 'Стамбуле'],
  Hyderabad: ['Hyderabad', 'Haidarabad', 'حيدر أباد', 'حيدرآباد', '海得拉巴', 'Хайдарабад', 'Хайдарабаде'],
  'Buenos Aires': [
    'Buenos Aires',
    'Buenos-Aires',
    'بوينس آيرس',
    'بوينس ايرس',
    '布宜诺斯艾利斯',
    'Буэнос-Айрес',
    'Буэнос-Айресе',
  ],
  Kigali: ['Kigali', 'كيغالي', '基加利', 'Кигали'],
  Baku: ['Baku', 'Bakou', 'باكو', '巴库', 'Баку'],
  Helsinki: ['Helsinki', 'هلسنكي', '赫尔辛基', 'Хельсинки'],
  Geneva: ['Geneva', 'Geneve', 'Ginebra', 'Genf', 'جنيف', '日内瓦', 'Женева', 'Женеве'],
  Montreal: ['Montreal', 'مونتريال', '蒙特利尔', 'Монреаль', 'Монреале'],
  Florianopolis: ['Florianopolis', 'فلوريانوبوليس', '弗洛里亚诺波利斯', 'Флорианополис'],
  Johannesburg: [
    'Johannesburg',
    'Johannesbourg',
    'Johannesburgo',
    'جوهانسبرغ',
    '约翰内斯堡',
    'Йоханнесбург',
    'Йоханнесбурге',
  ],
  Hammamet: [
    'Hammamet',
    'Yasmine Hammamet',
    'الحمامات',
    'ياسمين الحمامات',
    '哈马马特',
    'Хаммамет',
    'Хаммамете',
  ],
  'New Delhi': ['New Delhi', 'New Dehli', 'Nueva Delhi', 'نيودلهي', 'نيو دلهي', '新德里', 'Нью-Дели'],
  'Sharm el-Sheikh': [
    'Sharm el-Sheikh',
    'Sharm El Sheikh',
    'Charm el-Cheikh',
    'Sharm el Sheij',
    'شرم الشيخ',
    '沙姆沙伊赫',
    'Шарм-эль-Шейх',
    'Шарм-эш-Шейх',
  ],
  'Mar del Plata': ['Mar del Plata'],
  Nice: ['Nice', 'Niza', 'نيس', '尼斯', 'Ницца', 'Ницце'],
  Malaga: ['Malaga-Torremolinos', 'Malaga', 'Torremolinos'],
  Nairobi: ['Nairobi', 'نيروبي', '内罗毕', 'Найроби'],
};

export interface PlaceHit {
  place: string;
  start: number;
  end: number;
}

// Spellings are folded as normalize.ts folds the text (Arabic أ → ا; accents are already absent here).
const FORMS: [string, string][] = Object.entries(PLACE_NAMES)
  .flatMap(([place, forms]) => forms.map((f): [string, string] => [foldArabic(f).toLowerCase(), place]))
  .sort((a, b) => b[0].length - a[0].length);

const PLACE_OF = new Map(FORMS);
/** One alternation, longest spelling first, so a scan finds the longest name at each point in one pass. */
const ANY_PLACE = new RegExp(FORMS.map(([f]) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** All venue names in a short string (a parenthetical), in order. */
export function findPlaces(s: string): PlaceHit[] {
  const lower = s.toLowerCase();
  const hits: PlaceHit[] = [];
  ANY_PLACE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_PLACE.exec(lower)) !== null) {
    const place = PLACE_OF.get(m[0]);
    if (place) hits.push({ place, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
