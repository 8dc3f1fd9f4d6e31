### Draft translation into Arabic of locales/en-GB/kiosk.ftl. Not yet checked by a qualified translator.

## Every screen

kiosk-app-name = دليلك عن الرعاية
kiosk-edition-guide = الدليل الكامل
kiosk-edition-easy-read = سهل القراءة

## The footer

kiosk-key-help = اطلب المساعدة الآن
kiosk-key-exit = خروج سريع
kiosk-key-back-start = العودة إلى البداية
kiosk-key-back-menu = العودة إلى القائمة
kiosk-key-back = رجوع
kiosk-key-close-help = إغلاق المساعدة
kiosk-key-choose = اختيار
kiosk-key-move = تنقّل
kiosk-key-scroll = اقرأ المزيد
kiosk-key-next-back = التالي أو السابق
kiosk-key-to-easy-read = سهل القراءة
kiosk-key-to-guide = الدليل الكامل
kiosk-key-source = من أين جاء هذا؟
kiosk-key-words = كلمات صعبة
kiosk-key-quit = إغلاق الدليل
kiosk-key-read = القراءة بصوت عالٍ
kiosk-key-stop-reading = إيقاف القراءة
kiosk-speech-missing = هذا الحاسوب لا يستطيع القراءة بصوت عالٍ بعد. يمكن لشخص بالغ أن يجهّزه: يحتاج إلى برنامج espeak-ng.
kiosk-key-prefs = كما أحب
kiosk-key-change = تغيير
kiosk-key-search = بحث
kiosk-key-open = فتح

## بحث

kiosk-search-prompt = ابحث عن كلمة
kiosk-search-tip = اكتب كلمة تريد أن تجدها.
kiosk-search-none = هذه الكلمة غير موجودة. جرّب كلمة أخرى.
kiosk-search-open = اضغط ↓ لتختار، ثم Enter لتفتحه.

## كما أحب

kiosk-prefs-title = كما أحب
kiosk-prefs-tip = اختر سطرًا لتغييره. يُنسى كل هذا عندما تغادر.
kiosk-prefs-speech = القراءة بصوت عالٍ
kiosk-prefs-arrival = قراءة كل شاشة عندما تُفتح
kiosk-prefs-theme = الألوان
kiosk-prefs-roomy = مسافة أكبر بين السطور
kiosk-prefs-language = اللغة
kiosk-prefs-on = تشغيل
kiosk-prefs-off = إيقاف
kiosk-theme-default = داكن
kiosk-theme-high-contrast = تباين قوي
kiosk-theme-light = فاتح
kiosk-theme-mono = أبيض وأسود
kiosk-key-any = اضغط أي مفتاح

## Start screen

kiosk-start-title = مرحبًا!
kiosk-start-text =
    هذا الدليل للأطفال والشباب في إنجلترا.
    هو يخبرك كيف يجب أن تساعدك الرعاية الاجتماعية للأطفال.
kiosk-start-choose = اختر لغتك:
kiosk-start-press-enter = اضغط Enter لتبدأ.

## Home menu

kiosk-home-title = عن ماذا تحب أن تقرأ؟
kiosk-menu-about = عن هذا الدليل
kiosk-menu-principles = الوعود الـ6
kiosk-menu-leaving-care = أن تكبر وتغادر الرعاية
kiosk-menu-next = ماذا تفعل بعد ذلك
kiosk-menu-help = اطلب المساعدة الآن
kiosk-home-tip = نصيحة: اضغط رقمًا لتذهب إليه مباشرة.

## Reading a page

kiosk-for-you = ماذا يعني هذا لك
kiosk-step-count = { $current } من { $total }
kiosk-button-next = التالي
kiosk-button-back = السابق
kiosk-button-source = من أين جاء هذا؟
kiosk-end-of-page = هذه نهاية هذا الجزء.
kiosk-start-reading = اضغط «التالي» لتبدأ القراءة.
kiosk-words-tip = اختر كلمة لترى معناها.
kiosk-words-here = الكلمات الصعبة في هذه الشاشة
kiosk-words-none = لا توجد كلمات صعبة في هذه الشاشة.

## Where does this come from?

kiosk-source-title = من أين جاء هذا؟
kiosk-source-from-guide =
    هذه الجملة نسخة سهلة القراءة من جزء من الدليل الكامل للأطفال والشباب. يقول
    الدليل الكامل:
kiosk-source-about-framework =
    هذا الدليل مبني على **الإطار الوطني**. الإطار الوطني مكتوب للكبار الذين يعملون
    في الرعاية الاجتماعية للأطفال. هو يخبرهم بما يجب أن يفعلوه. وهذا ما يقوله عن
    هذا الجزء (باللغة الإنجليزية):
kiosk-source-none = لا يوجد في الإطار الوطني جزء خاص بهذه الصفحة فقط.

## Get help now

kiosk-help-title = اطلب المساعدة الآن
kiosk-help-danger = إذا كنت في خطر الآن، اتصل بالرقم **{ $emergency-phone }**.
kiosk-help-intro =
    تستطيع أن تتحدّث إلى شخص ما عن أي شيء يقلقك.
    هذه المكالمات مجانية.
kiosk-help-childline =
    خدمة **{ $childline-name }** لأي طفل أو شاب، ولأي شيء يقلقه، كبيرًا كان أو
    صغيرًا. هي مفتوحة طوال النهار وطوال الليل، كل يوم. وتستطيع أيضًا أن تدردش معهم
    على موقعهم الإلكتروني.
kiosk-help-childline-call =
    اتصل بخدمة { $childline-name } مجانًا على الرقم **{ $childline-phone }**
kiosk-help-help-at-hand =
    خدمة **{ $help-at-hand-name }** لك إذا كنت تحت الرعاية، أو تغادر الرعاية، أو
    تعيش بعيدًا عن بيتك. هم يستطيعون أن يخبروك عن حقوقك ويساعدوك.
kiosk-help-help-at-hand-call =
    اتصل بخدمة { $help-at-hand-name } مجانًا على الرقم **{ $help-at-hand-phone }**
kiosk-help-talk =
    تستطيع أيضًا أن تتحدّث إلى الأخصائي الاجتماعي المسؤول عنك، أو مستشارك الشخصي،
    أو أي شخص كبير آخر تثق به.

## Are you still there?

kiosk-idle-title = هل ما زلت هنا؟
kiosk-idle-text = اضغط أي مفتاح لتكمل القراءة.
kiosk-idle-countdown =
    { $seconds ->
        [zero] سيعود الدليل إلى البداية الآن.
        [one] سيعود الدليل إلى البداية بعد ثانية واحدة.
        [two] سيعود الدليل إلى البداية بعد ثانيتين.
        [few] سيعود الدليل إلى البداية بعد { $seconds } ثوانٍ.
        [many] سيعود الدليل إلى البداية بعد { $seconds } ثانية.
       *[other] سيعود الدليل إلى البداية بعد { $seconds } ثانية.
    }

## The window is too small

kiosk-too-small = من فضلك اجعل النافذة أكبر.

## Quick exit

kiosk-neutral-title = الطقس
kiosk-neutral-text = اليوم: جوّ جاف ومشمس، مع قليل من الغيوم. ونسيم خفيف.

## Screen-reader mode

kiosk-sr-prompt = اكتب رقمًا، ثم اضغط Enter.
kiosk-sr-choices = اختياراتك:
kiosk-sr-not-understood = عذرًا، هذا ليس واحدًا من الأرقام. حاول مرة أخرى من فضلك.
kiosk-sr-to-easy-read = اقرأ النسخة سهلة القراءة
kiosk-sr-to-guide = اقرأ الدليل الكامل
kiosk-sr-hard-words = الكلمات الصعبة في هذه الصفحة
kiosk-sr-keys = تستطيع أيضًا أن تكتب h للمساعدة، أو x للخروج السريع.
kiosk-sr-bye = مع السلامة.
