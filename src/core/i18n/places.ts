import type { Lang } from '../index/types';

/**
 * Conference venues as each UN language writes them in ITU texts (../shared/domain/README.md and the
 * spellings in lexicon/places.ts). Where a language's spelling is not listed, the English name is shown.
 */
export const PLACE_IN: Readonly<Record<string, Partial<Record<Lang, string>>>> = {
  Kyoto: { fr: 'Kyoto', es: 'Kyoto', ar: 'كيوتو', zh: '京都', ru: 'Киото' },
  Minneapolis: {
    fr: 'Minneapolis',
    es: 'Minneápolis',
    ar: 'مينيابوليس',
    zh: '明尼阿波利斯',
    ru: 'Миннеаполис',
  },
  Marrakesh: { fr: 'Marrakech', es: 'Marrakech', ar: 'مراكش', zh: '马拉喀什', ru: 'Марракеш' },
  Antalya: { fr: 'Antalya', es: 'Antalya', ar: 'أنطاليا', zh: '安塔利亚', ru: 'Анталья' },
  Guadalajara: {
    fr: 'Guadalajara',
    es: 'Guadalajara',
    ar: 'غوادالاخارا',
    zh: '瓜达拉哈拉',
    ru: 'Гвадалахара',
  },
  Busan: { fr: 'Busan', es: 'Busan', ar: 'بوسان', zh: '釜山', ru: 'Пусан' },
  Dubai: { fr: 'Dubaï', es: 'Dubái', ar: 'دبي', zh: '迪拜', ru: 'Дубай' },
  Bucharest: { fr: 'Bucarest', es: 'Bucarest', ar: 'بوخارست', zh: '布加勒斯特', ru: 'Бухарест' },
  Doha: { fr: 'Doha', es: 'Doha', ar: 'الدوحة', zh: '多哈', ru: 'Доха' },
  Valletta: { fr: 'La Valette', es: 'La Valeta', ar: 'فاليتا', zh: '瓦莱塔', ru: 'Валлетта' },
  Istanbul: { fr: 'Istanbul', es: 'Estambul', ar: 'إسطنبول', zh: '伊斯坦布尔', ru: 'Стамбул' },
  Hyderabad: { fr: 'Hyderabad', es: 'Hyderabad', ar: 'حيدر أباد', zh: '海得拉巴', ru: 'Хайдарабад' },
  'Buenos Aires': {
    fr: 'Buenos Aires',
    es: 'Buenos Aires',
    ar: 'بوينس آيرس',
    zh: '布宜诺斯艾利斯',
    ru: 'Буэнос-Айрес',
  },
  Kigali: { fr: 'Kigali', es: 'Kigali', ar: 'كيغالي', zh: '基加利', ru: 'Кигали' },
  Baku: { fr: 'Bakou', es: 'Bakú', ar: 'باكو', zh: '巴库', ru: 'Баку' },
  Helsinki: { fr: 'Helsinki', es: 'Helsinki', ar: 'هلسنكي', zh: '赫尔辛基', ru: 'Хельсинки' },
  Geneva: { fr: 'Genève', es: 'Ginebra', ar: 'جنيف', zh: '日内瓦', ru: 'Женева' },
  Montreal: { fr: 'Montréal', es: 'Montreal', ar: 'مونتريال', zh: '蒙特利尔', ru: 'Монреаль' },
  Florianopolis: {
    en: 'Florianópolis',
    fr: 'Florianópolis',
    es: 'Florianópolis',
    ar: 'فلوريانوبوليس',
    zh: '弗洛里亚诺波利斯',
    ru: 'Флорианополис',
  },
  Johannesburg: {
    fr: 'Johannesburg',
    es: 'Johannesburgo',
    ar: 'جوهانسبرغ',
    zh: '约翰内斯堡',
    ru: 'Йоханнесбург',
  },
  Hammamet: { fr: 'Hammamet', es: 'Hammamet', ar: 'الحمامات', zh: '哈马马特', ru: 'Хаммамет' },
  'New Delhi': { fr: 'New Delhi', es: 'Nueva Delhi', ar: 'نيودلهي', zh: '新德里', ru: 'Нью-Дели' },
  'Sharm el-Sheikh': {
    fr: 'Charm el-Cheikh',
    es: 'Sharm el-Sheij',
    ar: 'شرم الشيخ',
    zh: '沙姆沙伊赫',
    ru: 'Шарм-эш-Шейх',
  },
};

export function placeIn(place: string, lang: Lang): string {
  return PLACE_IN[place]?.[lang] ?? PLACE_IN[place]?.en ?? place;
}
