### Draft translation into Polish of locales/en-GB/site.ftl. Not yet checked by a qualified translator.

site-licence = Zawiera informacje sektora publicznego udostępnione na podstawie licencji [{ $ogl-name }]({ $ogl-web }). Tekst łatwy do czytania i ilustracje są własnym dziełem careguide.

## Top of every page

site-skip-link = Przejdź do głównego tekstu
site-get-help-title = Pomoc teraz
site-languages = Język:
site-editions = Wersja:
site-edition-guide = Przewodnik
site-edition-easy-read = Łatwy tekst
site-edition-framework = Pełne Krajowe ramy

## "Exit this page"

site-exit-page = Wyjdź z tej strony
# Do not translate: the address of the neutral website, from facts.toml.
site-exit-url = { $exit-web }
site-exit-shortcut = Albo naciśnij Shift 3 razy
site-exit-two-more = Naciśnięto Shift. Naciśnij Shift jeszcze 2 razy, aby wyjść z tej strony.
site-exit-one-more = Naciśnięto Shift. Naciśnij Shift jeszcze 1 raz, aby wyjść z tej strony.
site-exit-leaving = Wychodzisz z tej strony.

## Finding your way

site-contents = Co jest w tym przewodniku
site-pager = Poprzednia i następna strona
site-previous = Wstecz
site-next = Dalej
site-all-pages = Zobacz wszystkie strony
site-print-link = Wszystkie strony na jednej stronie, gotowe do wydruku
site-print-title = Wszystkie strony
site-print-hint = Na tej stronie są wszystkie strony razem, więc możesz je wydrukować.

## Help lines

site-get-help-danger = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod numer [{ $emergency-phone }](tel:{ $emergency-phone }).
site-get-help-intro = Jeśli nie czujesz się bezpiecznie, martwisz się albo jest Ci przykro, możesz z kimś porozmawiać. Rozmowy pod tymi numerami są bezpłatne.
site-childline-name = { $childline-name }
site-childline-phone = { $childline-phone }
site-childline-about = Porozmawiaj z { $childline-name } o wszystkim, o każdej porze dnia i nocy.
site-help-at-hand-name = { $help-at-hand-name }
site-help-at-hand-phone = { $help-at-hand-phone }
site-help-at-hand-about = Bezpłatna pomoc i porady o Twoich prawach, jeśli mieszkasz w rodzinie zastępczej lub domu dziecka, wyprowadzasz się stamtąd albo mieszkasz poza domem.
site-contact-phone = Telefon:
site-private-title = Jak zachować prywatność
site-private-intro = Jeśli martwisz się, że ktoś zobaczy, że czytasz ten przewodnik, możesz:
site-private-window = użyć okna prywatnego (incognito), żeby przeglądarka nie zapisywała listy stron, które czytasz
site-private-history = usunąć ten przewodnik z historii przeglądarki, kiedy skończysz
site-private-device = użyć komputera, tabletu lub telefonu, z którego ta osoba nie korzysta, na przykład w szkole albo w bibliotece
site-private-exit = „{ site-exit-page }” od razu otwiera inną stronę internetową, ale nie usuwa historii.

## The front page

site-root-title = Wybierz swój język
site-root-intro = Potem wybierz wersję przewodnika, którą chcesz przeczytać.

site-listen = Posłuchaj
site-listen-stop = Zatrzymaj

site-home = Wszystkie języki
site-you-are-here = Jesteś tutaj
site-search-label = Szukaj w tym przewodniku
site-search-button = Szukaj
site-search-found = Wyniki wyszukiwania:
site-search-none = Nic nie znaleziono. Spróbuj innego słowa.
