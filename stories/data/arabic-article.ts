import { ARTICLE_SCHEMA } from '../../src/data/types.js';
import { checked, spanOf } from './spans.js';

// The English sample's invented story, filed in Arabic the way a Maghreb desk would write it (Western digits,
// « » quotation marks), so the widgets can be seen right to left with realistic lengths.
const text = `مجلس مدينة المرسى يقر تمديد خط الترام بعد خلاف دام عامين

صوّت مجلس مدينة المرسى يوم الأربعاء على تمديد خط الترام الثاني بمسافة 6,4 كيلومترات نحو الأرصفة الشرقية، منهيًا خلافًا بدأ عام 2022. وقالت رئيسة البلدية هالة المنصوري إن القرار هو «أكبر استثمار في تنقّل سكان هذه المدينة منذ جيل». ومن المتوقع أن تبلغ كلفة المشروع نحو 310 ملايين دينار، وأن ينقل أكثر من 18 ألف راكب يوميًا.

وقال زعيم المعارضة داود رياض، الذي دعا إلى ممر حافلات أقل كلفة، إن المجلس «يراهن بالميزانية على خريطة رُسمت في التسعينيات، لمدينة لم تعد موجودة». ويطالب سكان الأرصفة بخط سكة حديد منذ مطلع التسعينيات، حين أُغلق حوض بناء السفن.

ستبدأ الأشغال في سبتمبر 2024، ومن المقرر أن تسير أولى عربات الترام عام 2027، بحسب لجنة النقل في المجلس. وأُقرّ القرار بأغلبية 31 صوتًا مقابل 12. وتابع عشرات السكان الجلسة من شرفة الجمهور.

وأعلنت هيئة النقل الإقليمية يوم الخميس أنها ستتحمّل 40 في المئة من الكلفة. وشكرت المنصوري الهيئة.`;

const at = (phrase: string, nth = 1) => spanOf(text, phrase, nth);

export const arabicArticle = checked(
  {
    schema: ARTICLE_SCHEMA,
    id: 'al-marsa-tram',
    lang: 'ar',
    title: 'مجلس مدينة المرسى يقر تمديد خط الترام بعد خلاف دام عامين',
    published: '2024-03-14',
    source: { name: 'Encart sample desk' },
    text,
    actors: [
      {
        id: 'mansouri',
        name: 'هالة المنصوري',
        kind: 'person',
        role: 'رئيسة بلدية المرسى',
        aliases: ['المنصوري'],
        mentions: [at('هالة المنصوري'), at('وشكرت المنصوري')],
      },
      { id: 'riyad', name: 'داود رياض', kind: 'person', role: 'زعيم المعارضة في المجلس', aliases: [], mentions: [at('داود رياض')] },
      { id: 'council', name: 'مجلس مدينة المرسى', kind: 'organization', aliases: ['المجلس'], mentions: [at('مجلس مدينة المرسى', 2), at('إن المجلس')] },
      { id: 'authority', name: 'هيئة النقل الإقليمية', kind: 'organization', role: 'تمول مشاريع السكك والترام في الإقليم', aliases: ['الهيئة'], mentions: [at('هيئة النقل الإقليمية'), at('الهيئة.')] },
    ],
    quotes: [
      { id: 'q1', text: 'أكبر استثمار في تنقّل سكان هذه المدينة منذ جيل', speaker: 'mansouri', cue: 'وقالت', span: at('أكبر استثمار في تنقّل سكان هذه المدينة منذ جيل'), date: '2024-03-13' },
      { id: 'q2', text: 'يراهن بالميزانية على خريطة رُسمت في التسعينيات، لمدينة لم تعد موجودة', speaker: 'riyad', cue: 'وقال', span: at('يراهن بالميزانية على خريطة رُسمت في التسعينيات، لمدينة لم تعد موجودة') },
    ],
    figures: [
      { id: 'f1', value: 6.4, display: '6,4 كيلومترات', approx: 'exact', unit: 'km', label: 'تمديد خط الترام الثاني', span: at('6,4 كيلومترات') },
      { id: 'f2', value: 310_000_000, display: 'نحو 310 ملايين دينار', approx: 'about', label: 'دينار: الكلفة المتوقعة', span: at('نحو 310 ملايين دينار') },
      { id: 'f3', value: 18_000, display: 'أكثر من 18 ألف', approx: 'more-than', label: 'راكب يوميًا', span: at('أكثر من 18 ألف') },
      { id: 'f4', value: 31, display: '31 صوتًا', approx: 'exact', label: 'مؤيدًا مقابل 12 معارضًا', span: at('31 صوتًا') },
      { id: 'f5', value: 10, display: 'عشرات', approx: 'order-of-magnitude', label: 'من السكان تابعوا الجلسة', span: at('عشرات') },
      { id: 'f6', value: 40, display: '40 في المئة', approx: 'exact', unit: '%', label: 'من الكلفة تتحملها هيئة النقل', span: at('40 في المئة') },
    ],
    events: [
      { id: 'e1', date: '2024-03-13', precision: 'day', label: 'المجلس يصوّت على تمديد خط الترام', cue: 'يوم الأربعاء', actors: ['council'], span: at('صوّت مجلس مدينة المرسى يوم الأربعاء') },
      { id: 'e2', date: '2022', precision: 'year', label: 'بداية الخلاف حول التمديد الشرقي', cue: 'عام 2022', actors: ['council'], span: at('خلافًا بدأ عام 2022') },
      { id: 'e3', date: '199X', precision: 'decade', label: 'إغلاق حوض بناء السفن ومطالبة السكان بخط سكة حديد', cue: 'منذ مطلع التسعينيات', actors: [], span: at('منذ مطلع التسعينيات، حين أُغلق حوض بناء السفن') },
      { id: 'e4', date: '2024-09', precision: 'month', label: 'بدء الأشغال', cue: 'في سبتمبر 2024', actors: ['council'], span: at('ستبدأ الأشغال في سبتمبر 2024') },
      { id: 'e5', date: '2027', precision: 'year', label: 'أولى عربات الترام تصل إلى الأرصفة الشرقية', cue: 'عام 2027', actors: [], span: at('أن تسير أولى عربات الترام عام 2027') },
      { id: 'e6', date: '2024-03-14', precision: 'day', label: 'هيئة النقل تتعهد بتحمل 40 في المئة من الكلفة', cue: 'يوم الخميس', actors: ['authority'], span: at('وأعلنت هيئة النقل الإقليمية يوم الخميس') },
    ],
  },
  'the Arabic sample article',
);
