### Draft translation into Persian (Farsi) of locales/en-GB/kiosk.ftl. Not yet checked by a qualified translator.
###
### Key names (h, x, Esc, Enter) stay as they are on the keyboard.

## Every screen

kiosk-app-name = راهنمای مراقبت شما
kiosk-edition-guide = راهنمای کامل
kiosk-edition-easy-read = متن ساده

## The footer

kiosk-key-help = همین حالا کمک بگیرید
kiosk-key-exit = خروج سریع
kiosk-key-back-start = برگشت به اول
kiosk-key-back-menu = برگشت به فهرست
kiosk-key-back = برگشت
kiosk-key-close-help = بستن صفحه کمک
kiosk-key-choose = انتخاب
kiosk-key-move = جابجا شدن
kiosk-key-scroll = بیشتر بخوانید
kiosk-key-next-back = بعدی یا قبلی
kiosk-key-to-easy-read = متن ساده
kiosk-key-to-guide = راهنمای کامل
kiosk-key-source = این از کجا آمده؟
kiosk-key-words = واژه‌های سخت
kiosk-key-quit = بستن راهنما
kiosk-key-read = بلند خواندن
kiosk-key-stop-reading = توقف خواندن
kiosk-speech-missing = این رایانه هنوز نمی‌تواند بلند بخواند. یک بزرگ‌تر می‌تواند آن را آماده کند: برنامهٔ espeak-ng لازم است.
kiosk-key-prefs = آن‌طور که دوست دارم
kiosk-key-change = تغییر
kiosk-key-search = جستجو
kiosk-key-open = باز کردن

## جستجو

kiosk-search-prompt = پیدا کردن یک واژه
kiosk-search-tip = واژه‌ای را که می‌خواهی پیدا کنی بنویس.
kiosk-search-none = این واژه هیچ جا نیست. واژهٔ دیگری را امتحان کن.
kiosk-search-open = ↓ را بزن تا انتخاب کنی، بعد Enter را بزن تا باز شود.

## آن‌طور که دوست دارم

kiosk-prefs-title = آن‌طور که دوست دارم
kiosk-prefs-tip = یک خط را انتخاب کن تا آن را تغییر دهی. وقتی بروی، همه فراموش می‌شود.
kiosk-prefs-speech = بلند خواندن
kiosk-prefs-arrival = خواندن هر صفحه وقتی باز می‌شود
kiosk-prefs-theme = رنگ‌ها
kiosk-prefs-roomy = فاصلهٔ بیشتر بین خط‌ها
kiosk-prefs-language = زبان
kiosk-prefs-on = فعال
kiosk-prefs-off = غیرفعال
kiosk-theme-default = تیره
kiosk-theme-high-contrast = کنتراست قوی
kiosk-theme-light = روشن
kiosk-theme-mono = سیاه و سفید
kiosk-key-any = یک کلید را بزنید

## Start screen

kiosk-start-title = سلام!
kiosk-start-text =
    این راهنما برای کودکان و نوجوانان در انگلستان است.
    به شما می‌گوید خدمات اجتماعی کودکان چطور باید به شما کمک کند.
kiosk-start-choose = زبان خود را انتخاب کنید:
kiosk-start-press-enter = برای شروع، Enter را بزنید.

## Home menu

kiosk-home-title = دوست دارید درباره چه چیزی بخوانید؟
kiosk-menu-about = درباره این راهنما
kiosk-menu-principles = 6 قول مهم
kiosk-menu-leaving-care = بزرگ شدن و بیرون آمدن از مراقبت
kiosk-menu-next = بعد از این چه کار کنید
kiosk-menu-help = همین حالا کمک بگیرید
kiosk-home-tip = نکته: یک عدد را بزنید تا مستقیم به آنجا بروید.

## Reading a page

kiosk-for-you = این برای شما چه معنایی دارد
kiosk-step-count = { $current } از { $total }
kiosk-button-next = بعدی
kiosk-button-back = قبلی
kiosk-button-source = این از کجا آمده؟
kiosk-end-of-page = این بخش تمام شد.
kiosk-start-reading = برای شروع خواندن، «بعدی» را بزنید.
kiosk-words-tip = یک واژه را انتخاب کنید تا ببینید چه معنایی دارد.
kiosk-words-here = واژه‌های سخت روی این صفحه
kiosk-words-none = روی این صفحه واژه سختی نیست.

## Where does this come from?

kiosk-source-title = این از کجا آمده است؟
kiosk-source-from-guide =
    این جمله نسخه ساده شده بخشی از راهنمای کامل برای کودکان و نوجوانان است.
    راهنمای کامل می‌گوید:
kiosk-source-about-framework =
    این راهنما بر پایه **چارچوب ملی** نوشته شده است. چارچوب ملی برای بزرگسالانی
    نوشته شده که در خدمات اجتماعی کودکان کار می‌کنند. به آنها می‌گوید چه کارهایی
    باید انجام دهند. این چیزی است که درباره این بخش می‌گوید (به زبان انگلیسی):
kiosk-source-none = چارچوب ملی بخشی مخصوص این صفحه ندارد.

## Get help now

kiosk-help-title = همین حالا کمک بگیرید
kiosk-help-danger = اگر همین الان در خطر هستید، با شماره **{ $emergency-phone }** تماس بگیرید.
kiosk-help-intro =
    می‌توانید درباره هر چیزی که نگرانتان می‌کند با کسی حرف بزنید.
    این تماس‌ها رایگان است.
kiosk-help-childline =
    خط تلفن **{ $childline-name }** برای هر کودک یا نوجوانی است، برای هر نگرانی،
    چه بزرگ چه کوچک. این خط تمام روز و تمام شب، هر روز باز است. می‌توانید در
    وب‌سایتشان هم با آنها چت کنید.
kiosk-help-childline-call =
    با { $childline-name } رایگان تماس بگیرید: **{ $childline-phone }**
kiosk-help-help-at-hand =
    اگر تحت مراقبت هستید، دارید از مراقبت بیرون می‌آیید یا دور از خانه زندگی
    می‌کنید، سرویس **{ $help-at-hand-name }** برای شماست. آنها می‌توانند درباره
    حقوقتان به شما بگویند و به شما کمک کنند.
kiosk-help-help-at-hand-call =
    با { $help-at-hand-name } رایگان تماس بگیرید: **{ $help-at-hand-phone }**
kiosk-help-talk =
    همچنین می‌توانید با مددکار اجتماعی، مشاور شخصی یا بزرگسال دیگری که به او
    اعتماد دارید حرف بزنید.

## Are you still there?

kiosk-idle-title = هنوز اینجا هستید؟
kiosk-idle-text = برای ادامه خواندن، یک کلید را بزنید.
# Persian nouns stay singular after a number, and CLDR "one" also covers 0 in Persian, so both variants show the number.
kiosk-idle-countdown =
    { $seconds ->
        [one] راهنما تا { $seconds } ثانیه دیگر به اول برمی گردد.
       *[other] راهنما تا { $seconds } ثانیه دیگر به اول برمی گردد.
    }

## The window is too small

kiosk-too-small = لطفاً پنجره را بزرگ‌تر کنید.

## Quick exit

kiosk-neutral-title = آب و هوا
kiosk-neutral-text = امروز: خشک و آفتابی، با کمی ابر. نسیم ملایم.

## Screen-reader mode

kiosk-sr-prompt = یک عدد بنویسید، بعد Enter را بزنید.
kiosk-sr-choices = گزینه‌های شما:
kiosk-sr-not-understood = ببخشید، این یکی از عددها نیست. لطفاً دوباره امتحان کنید.
kiosk-sr-to-easy-read = نسخه متن ساده را بخوانید
kiosk-sr-to-guide = راهنمای کامل را بخوانید
kiosk-sr-hard-words = واژه‌های سخت در این صفحه
kiosk-sr-keys = همچنین می‌توانید برای کمک h و برای خروج سریع x را بنویسید.
kiosk-sr-bye = خداحافظ.
