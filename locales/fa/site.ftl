### Draft translation into Persian (Farsi) of locales/en-GB/site.ftl. Not yet checked by a qualified translator.

site-licence = این سایت شامل اطلاعات بخش دولتی است که با مجوز [{ $ogl-name }]({ $ogl-web }) منتشر شده است. متن ساده و تصویرها کار خود careguide است.

## Top of every page

site-skip-link = رفتن به متن اصلی
site-get-help-title = همین حالا کمک بگیرید
site-languages = زبان:
site-editions = نسخه:
site-edition-guide = راهنما
site-edition-easy-read = متن ساده
site-edition-framework = چارچوب کامل

## "Exit this page"

site-exit-page = خروج از این صفحه
# Do not translate (from facts.toml).
site-exit-url = { $exit-web }
site-exit-shortcut = یا 3 بار کلید Shift را بزنید
site-exit-two-more = کلید Shift زده شد. برای خروج از این صفحه، 2 بار دیگر Shift را بزنید.
site-exit-one-more = کلید Shift زده شد. برای خروج از این صفحه، 1 بار دیگر Shift را بزنید.
site-exit-leaving = در حال خروج از این صفحه.

## Finding your way

site-contents = چه چیزهایی در این راهنما هست
site-pager = صفحه‌های قبلی و بعدی
site-previous = قبلی
site-next = بعدی
site-all-pages = دیدن همه صفحه‌ها
site-print-link = همه صفحه‌ها در یک صفحه، آماده برای چاپ
site-print-title = همه صفحه‌ها
site-print-hint = این صفحه همه صفحه‌ها را با هم دارد تا بتوانید آنها را چاپ کنید.

## Help lines

site-get-help-danger = اگر همین الان در خطر هستید، با شماره [{ $emergency-phone }](tel:{ $emergency-phone }) تماس بگیرید.
site-get-help-intro = اگر احساس ناامنی، نگرانی یا ناراحتی می‌کنید، می‌توانید با کسی حرف بزنید. تماس با این شماره‌ها رایگان است.
site-childline-name = { $childline-name }
site-childline-phone = { $childline-phone }
site-childline-about = درباره هر چیزی، در هر ساعتی از شب و روز، با { $childline-name } حرف بزنید.
site-help-at-hand-name = { $help-at-hand-name }
site-help-at-hand-phone = { $help-at-hand-phone }
site-help-at-hand-about = کمک و راهنمایی رایگان درباره حقوقتان، اگر تحت مراقبت هستید، دارید از مراقبت بیرون می‌آیید یا دور از خانه زندگی می‌کنید.
site-contact-phone = تلفن:
site-private-title = خصوصی نگه داشتن بازدیدتان
site-private-intro = اگر نگرانید کسی ببیند که این راهنما را خوانده‌اید، می‌توانید:
site-private-window = از پنجره خصوصی (که به آن ناشناس هم می‌گویند) استفاده کنید تا مرورگر فهرست صفحه‌هایی را که می‌خوانید نگه ندارد
site-private-history = وقتی کارتان تمام شد، این راهنما را از تاریخچه مرورگر پاک کنید
site-private-device = از رایانه، تبلت یا تلفنی استفاده کنید که آن شخص از آن استفاده نمی‌کند، مثلاً در مدرسه یا کتابخانه
site-private-exit = «{ site-exit-page }» فوراً شما را به وب‌سایت دیگری می‌برد، اما تاریخچه را پاک نمی‌کند.

## The front page

site-root-title = زبان خود را انتخاب کنید
site-root-intro = بعد نسخه‌ای از راهنما را که می‌خواهید بخوانید انتخاب کنید.

site-listen = گوش بده
site-listen-stop = توقف

site-home = همه زبان‌ها
site-you-are-here = شما اینجا هستید
site-search-label = در این راهنما جستجو کنید
site-search-button = جستجو
site-search-found = نتایج جستجو:
site-search-none = چیزی پیدا نشد. کلمه دیگری را امتحان کنید.
