### Draft translation into Arabic of locales/en-GB/site.ftl. Not yet checked by a qualified translator.

site-licence = يحتوي هذا الموقع على معلومات من القطاع العام مرخّصة بموجب [{ $ogl-name }]({ $ogl-web }). النص سهل القراءة والصور من عمل مشروع careguide نفسه.

## Top of every page

site-skip-link = انتقل إلى النص الرئيسي
site-get-help-title = اطلب المساعدة الآن
site-languages = اللغة:
site-editions = النسخة:
site-edition-guide = الدليل
site-edition-easy-read = سهل القراءة
site-edition-framework = الإطار الكامل

## "Exit this page"

site-exit-page = اخرج من هذه الصفحة
site-exit-url = { $exit-web }
site-exit-shortcut = أو اضغط 3 مرات على مفتاح Shift
site-exit-two-more = تم الضغط على Shift. اضغط على Shift مرتين إضافيتين للخروج من هذه الصفحة.
site-exit-one-more = تم الضغط على Shift. اضغط على Shift مرة واحدة إضافية للخروج من هذه الصفحة.
site-exit-leaving = جارٍ الخروج من هذه الصفحة.

## Finding your way

site-contents = ماذا يوجد في هذا الدليل
site-pager = الصفحة السابقة والصفحة التالية
site-previous = رجوع
site-next = التالي
site-all-pages = اعرض كل الصفحات
site-print-link = كل الصفحات في صفحة واحدة، جاهزة للطباعة
site-print-title = كل الصفحات
site-print-hint = هذه الصفحة فيها كل الصفحات معًا، حتى تستطيع أن تطبعها.

## Help lines

site-get-help-danger = إذا كنت في خطر الآن، اتصل بالرقم [{ $emergency-phone }](tel:{ $emergency-phone }).
site-get-help-intro = إذا شعرت أنك لست في أمان، أو كنت قلقًا أو منزعجًا، تستطيع أن تتحدّث إلى شخص ما. الاتصال بهذه الأرقام مجاني.
site-childline-name = { $childline-name }
site-childline-phone = { $childline-phone }
site-childline-about = تحدّث إلى { $childline-name } عن أي شيء، في أي وقت من النهار أو الليل.
site-help-at-hand-name = { $help-at-hand-name }
site-help-at-hand-phone = { $help-at-hand-phone }
site-help-at-hand-about = مساعدة ونصائح مجانية عن حقوقك إذا كنت تحت الرعاية، أو تغادر الرعاية، أو تعيش بعيدًا عن بيتك.
site-contact-phone = الهاتف:
site-private-title = الحفاظ على خصوصية زيارتك
site-private-intro = إذا كنت قلقًا من أن يرى أحد أنك قرأت هذا الدليل، تستطيع أن:
site-private-window = تستخدم نافذة خاصة (تُسمّى أيضًا التصفّح المتخفّي)، حتى لا يحتفظ المتصفح بقائمة الصفحات التي تقرؤها
site-private-history = تحذف هذا الدليل من سجل المتصفح عندما تنتهي
site-private-device = تستخدم حاسوبًا أو جهازًا لوحيًا أو هاتفًا لا يستخدمه ذلك الشخص، مثل جهاز في المدرسة أو في المكتبة
site-private-exit = «{ site-exit-page }» ينقلك إلى موقع آخر فورًا، لكنه لا يحذف سجل المتصفح.

## The front page

site-root-title = اختر لغتك
site-root-intro = ثم اختر نسخة الدليل التي تريد أن تقرأها.

site-listen = استمع
site-listen-stop = توقف

site-home = كل اللغات
site-you-are-here = أنت هنا
site-search-label = ابحث في هذا الدليل
site-search-button = ابحث
site-search-found = نتائج البحث:
site-search-none = لم نجد شيئًا. جرّب كلمة أخرى.
