### Draft translation into Polish of locales/en-GB/kiosk.ftl. Not yet checked by a qualified translator.

## Every screen

kiosk-app-name = Twój przewodnik po opiece
kiosk-edition-guide = Pełny przewodnik
kiosk-edition-easy-read = Łatwy tekst

## The footer

kiosk-key-help = Pomoc teraz
kiosk-key-exit = Szybkie wyjście
kiosk-key-back-start = Wróć na początek
kiosk-key-back-menu = Wróć do menu
kiosk-key-back = Wróć
kiosk-key-close-help = Zamknij pomoc
kiosk-key-choose = Wybierz
kiosk-key-move = Przesuń
kiosk-key-scroll = Czytaj dalej
kiosk-key-next-back = Dalej lub wstecz
kiosk-key-to-easy-read = Łatwy tekst
kiosk-key-to-guide = Pełny przewodnik
kiosk-key-source = Skąd to jest?
kiosk-key-words = Trudne słowa
kiosk-key-quit = Zamknij przewodnik
kiosk-key-read = Czytaj na głos
kiosk-key-stop-reading = Przestań czytać
kiosk-speech-missing = Ten komputer nie umie jeszcze czytać na głos. Dorosły może to ustawić: potrzebny jest program espeak-ng.
kiosk-key-prefs = Jak mi pasuje
kiosk-key-change = Zmień
kiosk-key-search = Szukaj
kiosk-key-open = Otwórz

## Szukaj

kiosk-search-prompt = Znajdź słowo
kiosk-search-tip = Wpisz słowo, które chcesz znaleźć.
kiosk-search-none = Nigdzie nie ma tego słowa. Spróbuj innego.
kiosk-search-open = Naciśnij ↓, aby wybrać, a potem Enter, aby otworzyć.

## Jak mi pasuje

kiosk-prefs-title = Jak mi pasuje
kiosk-prefs-tip = Wybierz wiersz, aby go zmienić. Gdy wyjdziesz, wszystko zostanie zapomniane.
kiosk-prefs-speech = Czytanie na głos
kiosk-prefs-arrival = Czytaj każdy ekran, gdy się otworzy
kiosk-prefs-theme = Kolory
kiosk-prefs-roomy = Więcej miejsca między wierszami
kiosk-prefs-language = Język
kiosk-prefs-on = Włączone
kiosk-prefs-off = Wyłączone
kiosk-theme-default = Ciemne
kiosk-theme-high-contrast = Mocny kontrast
kiosk-theme-light = Jasne
kiosk-theme-mono = Czarno-białe
kiosk-key-any = Naciśnij dowolny klawisz

## Start screen

kiosk-start-title = Cześć!
kiosk-start-text =
    Ten przewodnik jest dla dzieci i młodzieży w Anglii.
    Mówi, jak opieka społeczna nad dziećmi powinna Ci pomagać.
kiosk-start-choose = Wybierz swój język:
kiosk-start-press-enter = Naciśnij Enter, aby zacząć.

## Home menu

kiosk-home-title = O czym chcesz przeczytać?
kiosk-menu-about = O tym przewodniku
kiosk-menu-principles = 6 obietnic
kiosk-menu-leaving-care = Dorastanie i usamodzielnienie
kiosk-menu-next = Co dalej?
kiosk-menu-help = Pomoc teraz
kiosk-home-tip = Wskazówka: naciśnij cyfrę, aby od razu tam przejść.

## Reading a page

kiosk-for-you = Co to oznacza dla Ciebie
kiosk-step-count = { $current } z { $total }
kiosk-button-next = Dalej
kiosk-button-back = Wstecz
kiosk-button-source = Skąd to jest?
kiosk-end-of-page = To koniec tej części.
kiosk-start-reading = Naciśnij Dalej, aby zacząć czytać.
kiosk-words-tip = Wybierz słowo, aby zobaczyć, co znaczy.
kiosk-words-here = Trudne słowa na tym ekranie
kiosk-words-none = Na tym ekranie nie ma trudnych słów.

## Where does this come from?

kiosk-source-title = Skąd to pochodzi?
kiosk-source-from-guide =
    To zdanie to łatwa do czytania wersja fragmentu pełnego przewodnika dla
    dzieci i młodzieży. Pełny przewodnik mówi:
kiosk-source-about-framework =
    Przewodnik opiera się na **Krajowych ramach**. Krajowe ramy są napisane
    dla dorosłych, którzy pracują w opiece społecznej nad dziećmi. Mówią im,
    co powinni robić. Oto, co mówią o tej części:
kiosk-source-none = Krajowe ramy nie mają części tylko o tej stronie.

## Get help now

kiosk-help-title = Pomoc teraz
kiosk-help-danger = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod numer **{ $emergency-phone }**.
kiosk-help-intro =
    Możesz z kimś porozmawiać o wszystkim, co Cię martwi.
    Te rozmowy są bezpłatne.
kiosk-help-childline = **{ $childline-name }** jest dla każdego dziecka i każdej młodej osoby,
    w sprawie każdego zmartwienia, dużego czy małego. Działa cały dzień i całą
    noc, codziennie. Możesz też z nimi czatować na ich stronie internetowej.
kiosk-help-childline-call = Zadzwoń za darmo do { $childline-name }: **{ $childline-phone }**
kiosk-help-help-at-hand = **{ $help-at-hand-name }** jest dla Ciebie, jeśli mieszkasz w rodzinie
    zastępczej lub domu dziecka, wyprowadzasz się stamtąd albo mieszkasz poza
    domem. Mogą Ci powiedzieć o Twoich prawach i Ci pomóc.
kiosk-help-help-at-hand-call = Zadzwoń za darmo do { $help-at-hand-name }: **{ $help-at-hand-phone }**
kiosk-help-talk =
    Możesz też porozmawiać ze swoim pracownikiem socjalnym, osobistym doradcą
    albo innym dorosłym, któremu ufasz.

## Are you still there?

kiosk-idle-title = Czy nadal tu jesteś?
kiosk-idle-text = Naciśnij dowolny klawisz, aby czytać dalej.
kiosk-idle-countdown =
    { $seconds ->
        [one] Przewodnik wróci na początek za 1 sekundę.
        [few] Przewodnik wróci na początek za { $seconds } sekundy.
        [many] Przewodnik wróci na początek za { $seconds } sekund.
       *[other] Przewodnik wróci na początek za { $seconds } sekundy.
    }

## The window is too small

kiosk-too-small = Proszę, powiększ okno.

## Quick exit

kiosk-neutral-title = Pogoda
kiosk-neutral-text = Dziś: sucho i słonecznie, trochę chmur. Lekki wiatr.

## Screen-reader mode

kiosk-sr-prompt = Wpisz numer i naciśnij Enter.
kiosk-sr-choices = Do wyboru:
kiosk-sr-not-understood = Niestety, nie ma takiego numeru. Spróbuj jeszcze raz.
kiosk-sr-to-easy-read = Czytaj łatwy tekst
kiosk-sr-to-guide = Czytaj pełny przewodnik
kiosk-sr-hard-words = Trudne słowa na tej stronie
kiosk-sr-keys = Możesz też wpisać h, aby uzyskać pomoc, albo x, aby szybko wyjść.
kiosk-sr-bye = Do widzenia.
