### Draft translation into Ukrainian of locales/en-GB/kiosk.ftl. Not yet checked by a qualified translator.
### Key names (h, x, Esc, Enter) stay as they are on the keyboard.

## Every screen

kiosk-app-name = Твій посібник
kiosk-edition-guide = Повний посібник
kiosk-edition-easy-read = Простою мовою

## The footer

kiosk-key-help = Допомога зараз
kiosk-key-exit = Швидкий вихід
kiosk-key-back-start = На початок
kiosk-key-back-menu = До меню
kiosk-key-back = Назад
kiosk-key-close-help = Закрити допомогу
kiosk-key-choose = Вибрати
kiosk-key-move = Рух
kiosk-key-scroll = Читати далі
kiosk-key-next-back = Далі або назад
kiosk-key-to-easy-read = Простою мовою
kiosk-key-to-guide = Повний посібник
kiosk-key-source = Звідки це?
kiosk-key-words = Складні слова
kiosk-key-quit = Закрити посібник
kiosk-key-read = Читати вголос
kiosk-key-stop-reading = Зупинити читання
kiosk-speech-missing = Цей комп'ютер ще не вміє читати вголос. Дорослий може це налаштувати: потрібна програма espeak-ng.
kiosk-key-prefs = Як мені зручно
kiosk-key-change = Змінити
kiosk-key-search = Пошук
kiosk-key-open = Відкрити

## Пошук

kiosk-search-prompt = Знайти слово
kiosk-search-tip = Напиши слово, яке хочеш знайти.
kiosk-search-none = Цього слова ніде немає. Спробуй інше.
kiosk-search-open = Натисни ↓, щоб вибрати, а потім Enter, щоб відкрити.

## Як мені зручно

kiosk-prefs-title = Як мені зручно
kiosk-prefs-tip = Вибери рядок, щоб його змінити. Коли підеш, усе забудеться.
kiosk-prefs-speech = Читання вголос
kiosk-prefs-arrival = Читати кожен екран, коли він відкривається
kiosk-prefs-theme = Кольори
kiosk-prefs-roomy = Більше місця між рядками
kiosk-prefs-language = Мова
kiosk-prefs-on = Увімкнено
kiosk-prefs-off = Вимкнено
kiosk-theme-default = Темні
kiosk-theme-high-contrast = Сильний контраст
kiosk-theme-light = Світлі
kiosk-theme-mono = Чорно-білі
kiosk-key-any = Натисни будь-яку клавішу

## Start screen

kiosk-start-title = Привіт!
kiosk-start-text =
    Цей посібник для дітей і молоді в Англії.
    Він розповідає, як соціальні служби для дітей мають тобі допомагати.
kiosk-start-choose = Вибери свою мову:
kiosk-start-press-enter = Натисни Enter, щоб почати.

## Home menu

kiosk-home-title = Про що ти хочеш почитати?
kiosk-menu-about = Про цей посібник
kiosk-menu-principles = 6 обіцянок
kiosk-menu-leaving-care = Дорослішання і вихід з-під опіки
kiosk-menu-next = Що робити далі
kiosk-menu-help = Допомога зараз
kiosk-home-tip = Порада: натисни цифру, щоб одразу перейти туди.

## Reading a page

kiosk-for-you = Що це означає для тебе
kiosk-step-count = { $current } з { $total }
kiosk-button-next = Далі
kiosk-button-back = Назад
kiosk-button-source = Звідки це?
kiosk-end-of-page = Це кінець цієї частини.
kiosk-start-reading = Натисни «Далі», щоб почати читати.
kiosk-words-tip = Вибери слово, щоб дізнатися, що воно означає.
kiosk-words-here = Складні слова на цьому екрані
kiosk-words-none = На цьому екрані немає складних слів.

## Where does this come from?

kiosk-source-title = Звідки це взято?
kiosk-source-from-guide =
    Це речення — спрощений варіант частини повного посібника для дітей і
    молоді. У повному посібнику сказано:
kiosk-source-about-framework =
    Посібник створено на основі **Національної рамкової програми**.
    Національну рамкову програму написано для дорослих, які працюють у
    соціальних службах для дітей. Вона пояснює їм, що вони мають робити. Ось
    що в ній сказано про цю частину:
kiosk-source-none = У Національній рамковій програмі немає окремої частини саме про цю сторінку.

## Get help now

kiosk-help-title = Допомога зараз
kiosk-help-danger = Якщо тобі зараз загрожує небезпека, телефонуй за номером **{ $emergency-phone }**.
kiosk-help-intro =
    Ти можеш поговорити з кимось про все, що тебе турбує.
    Ці дзвінки безкоштовні.
kiosk-help-childline = **{ $childline-name }** — для будь-якої дитини чи молодої людини, з
    будь-якою тривогою, великою чи маленькою. Там відповідають цілодобово,
    щодня. Ти також можеш написати їм у чаті на їхньому вебсайті.
kiosk-help-childline-call = Безкоштовно дзвони до { $childline-name } за номером **{ $childline-phone }**
kiosk-help-help-at-hand = **{ $help-at-hand-name }** — для тебе, якщо ти під опікою, виходиш з-під
    опіки або живеш не вдома. Там тобі розкажуть про твої права й допоможуть.
kiosk-help-help-at-hand-call = Безкоштовно дзвони до { $help-at-hand-name } за номером **{ $help-at-hand-phone }**
kiosk-help-talk =
    Ти також можеш поговорити зі своїм соціальним працівником, особистим
    консультантом або іншим дорослим, якому довіряєш.

## Are you still there?

kiosk-idle-title = Ти ще тут?
kiosk-idle-text = Натисни будь-яку клавішу, щоб читати далі.
kiosk-idle-countdown =
    { $seconds ->
        [one] Посібник повернеться на початок через { $seconds } секунду.
        [few] Посібник повернеться на початок через { $seconds } секунди.
        [many] Посібник повернеться на початок через { $seconds } секунд.
       *[other] Посібник повернеться на початок через { $seconds } секунди.
    }

## The window is too small

kiosk-too-small = Будь ласка, збільш вікно.

## Quick exit: a calm screen that says nothing about the guide

kiosk-neutral-title = Погода
kiosk-neutral-text = Сьогодні сухо й сонячно, місцями невеликі хмари. Легкий вітерець.

## Screen-reader mode

kiosk-sr-prompt = Набери номер і натисни Enter.
kiosk-sr-choices = Що можна вибрати:
kiosk-sr-not-understood = Вибач, такого номера немає. Спробуй ще раз.
kiosk-sr-to-easy-read = Читати версію простою мовою
kiosk-sr-to-guide = Читати повний посібник
kiosk-sr-hard-words = Складні слова на цій сторінці
kiosk-sr-keys = Ще можна набрати h, щоб отримати допомогу, або x для швидкого виходу.
kiosk-sr-bye = До побачення.
