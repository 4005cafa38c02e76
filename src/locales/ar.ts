// Arabic: «…» quotation marks, written right to left; six plural forms, numbers as Intl writes them for "ar".
import { registerTranslation, type EncartTranslation } from '../shared/translations.js';
import { plural, year as writeYear } from './plural.js';

export const ar: EncartTranslation = {
  $code: 'ar',
  $quotes: ['«', '»'],
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل بيانات هذا الإطار.',
  invalidData: 'بيانات هذا الإطار غير صالحة.',
  retry: 'إعادة المحاولة',
  notFound: (what) => `«${what}» غير موجود في هذا المقال.`,
  noQuotes: 'لا توجد اقتباسات في هذا المقال.',
  unnamedSource: 'مصدر لم يُذكر اسمه',
  figuresHeading: 'بالأرقام',
  noFigures: 'لا توجد أرقام في هذا المقال.',
  about: 'نحو',
  'more-than': 'أكثر من',
  'less-than': 'أقل من',
  timelineHeading: 'التسلسل الزمني',
  noEvents: 'لا توجد أحداث مؤرخة في هذا المقال.',
  published: 'نشر المقال',
  showAll: (count) =>
    plural('ar', count, { zero: 'لا أحداث', one: 'عرض الحدث', two: 'عرض الحدثين', few: 'عرض الأحداث الـ#', many: 'عرض الأحداث الـ#', other: 'عرض الأحداث الـ#' }),
  showFewer: 'عرض أقل',
  noActors: 'لا أشخاص ولا منظمات في هذا المقال.',
  mentions: (count) => plural('ar', count, { zero: 'لا إشارات', one: 'إشارة واحدة', two: 'إشارتان', few: '# إشارات', many: '# إشارة', other: '# إشارة' }),
  quotesBy: (name) => `أقوال ${name}`,
  eventsWith: (name) => `أحداث مرتبطة بـ${name}`,
  decade: (year) => `عقد ${writeYear('ar', year)}`,
};

registerTranslation(ar);
