### Draft translation into Ukrainian of locales/en-GB/site.ftl. Not yet checked by a qualified translator.

site-licence = Містить інформацію державного сектору, ліцензовану згідно з [{ $ogl-name }]({ $ogl-web }). Текст простою мовою та малюнки — власна робота careguide.

## Top of every page

site-skip-link = Перейти до основного тексту
site-get-help-title = Допомога зараз
site-languages = Мова:
site-editions = Версія:
site-edition-guide = Посібник
site-edition-easy-read = Простою мовою
site-edition-framework = Повна рамкова програма

## "Exit this page"

site-exit-page = Вийти з цієї сторінки
# Not translated: the address of the neutral website, from facts.toml.
site-exit-url = { $exit-web }
site-exit-shortcut = Або натисни Shift 3 рази
site-exit-two-more = Shift натиснуто. Натисни Shift ще 2 рази, щоб вийти з цієї сторінки.
site-exit-one-more = Shift натиснуто. Натисни Shift ще 1 раз, щоб вийти з цієї сторінки.
site-exit-leaving = Виходимо з цієї сторінки.

## Finding your way

site-contents = Що є в цьому посібнику
site-pager = Попередня і наступна сторінки
site-previous = Назад
site-next = Далі
site-all-pages = Усі сторінки
site-print-link = Усі сторінки разом, готові до друку
site-print-title = Усі сторінки
site-print-hint = Тут усі сторінки зібрано разом, тож ти можеш їх надрукувати.

## Help lines

site-get-help-danger = Якщо тобі зараз загрожує небезпека, телефонуй за номером [{ $emergency-phone }](tel:{ $emergency-phone }).
site-get-help-intro = Якщо тобі небезпечно, тривожно чи сумно, ти можеш із кимось поговорити. Дзвінки на ці номери безкоштовні.
site-childline-name = { $childline-name }
site-childline-phone = { $childline-phone }
site-childline-about = Ти можеш поговорити з { $childline-name } про будь-що, у будь-який час дня і ночі.
site-help-at-hand-name = { $help-at-hand-name }
site-help-at-hand-phone = { $help-at-hand-phone }
site-help-at-hand-about = Безкоштовна допомога й поради про твої права, якщо ти під опікою, виходиш з-під опіки або живеш не вдома.
site-contact-phone = Телефон:
site-private-title = Як зберегти відвідування в таємниці
site-private-intro = Якщо ти хвилюєшся, що хтось побачить, що ти читаєш цей посібник, ти можеш:
site-private-window = відкрити приватне вікно (його ще називають «інкогніто»), щоб браузер не зберігав список сторінок, які ти читаєш
site-private-history = видалити цей посібник з історії браузера, коли закінчиш
site-private-device = скористатися комп’ютером, планшетом або телефоном, яким ця людина не користується, наприклад у школі чи в бібліотеці
site-private-exit = «{ site-exit-page }» одразу відкриває інший сайт, але не видаляє твою історію.

## The front page, where you choose a language

site-root-title = Вибери свою мову
site-root-intro = Потім вибери версію посібника, яку хочеш прочитати.

site-listen = Слухати
site-listen-stop = Зупинити

site-home = Усі мови
site-you-are-here = Ти тут
site-search-label = Пошук у цьому посібнику
site-search-button = Шукати
site-search-found = Результати пошуку:
site-search-none = Нічого не знайдено. Спробуй інше слово.
