### Draft translation into Romanian of locales/en-GB/site.ftl. Not yet checked by a qualified translator.

site-licence = Conține informații din sectorul public, publicate sub licența [{ $ogl-name }]({ $ogl-web }). Textul ușor de citit și imaginile sunt create de careguide.

## Top of every page

site-skip-link = Sari la textul principal
site-get-help-title = Cere ajutor acum
site-languages = Limba:
site-editions = Versiunea:
site-edition-guide = Ghid
site-edition-easy-read = Ușor de citit
site-edition-framework = Cadrul complet

## "Exit this page"

site-exit-page = Ieși de pe această pagină
# Do not translate.
site-exit-url = { $exit-web }
site-exit-shortcut = Sau apasă Shift de 3 ori
site-exit-two-more = Ai apăsat Shift. Mai apasă Shift de 2 ori ca să ieși de pe această pagină.
site-exit-one-more = Ai apăsat Shift. Mai apasă Shift încă 1 dată ca să ieși de pe această pagină.
site-exit-leaving = Părăsești această pagină.

## Finding your way

site-contents = Ce găsești în acest ghid
site-pager = Pagina anterioară și pagina următoare
site-previous = Înapoi
site-next = Înainte
site-all-pages = Vezi toate paginile
site-print-link = Toate paginile pe o singură pagină, gata de tipărit
site-print-title = Toate paginile
site-print-hint = Această pagină are toate paginile la un loc, ca să le poți tipări.

## Help lines

site-get-help-danger = Dacă ești în pericol chiar acum, sună la [{ $emergency-phone }](tel:{ $emergency-phone }).
site-get-help-intro = Dacă nu te simți în siguranță, dacă ești îngrijorat sau supărat, poți vorbi cu cineva. Apelurile la aceste numere sunt gratuite.
site-childline-name = { $childline-name }
site-childline-phone = { $childline-phone }
site-childline-about = Vorbește cu { $childline-name } despre orice, la orice oră din zi sau din noapte.
site-help-at-hand-name = { $help-at-hand-name }
site-help-at-hand-phone = { $help-at-hand-phone }
site-help-at-hand-about = Ajutor și sfaturi gratuite despre drepturile tale, dacă ești în sistemul de protecție, dacă pleci din el sau dacă locuiești departe de casă.
site-contact-phone = Telefon:
site-private-title = Cum să-ți păstrezi vizita privată
site-private-intro = Dacă îți faci griji că cineva ar putea vedea că ai citit acest ghid, poți:
site-private-window = să folosești o fereastră privată (numită și incognito), ca browserul să nu păstreze lista paginilor pe care le citești
site-private-history = să ștergi acest ghid din istoricul browserului când ai terminat
site-private-device = să folosești un calculator, o tabletă sau un telefon pe care acea persoană nu îl folosește, cum ar fi unul de la școală sau de la bibliotecă
site-private-exit = „{ site-exit-page }” te duce imediat pe alt site, dar nu îți șterge istoricul.

## The front page

site-root-title = Alege limba
site-root-intro = Apoi alege versiunea ghidului pe care vrei să o citești.

site-listen = Ascultă
site-listen-stop = Oprește

site-home = Toate limbile
site-you-are-here = Ești aici
site-search-label = Caută în acest ghid
site-search-button = Caută
site-search-found = Rezultatele căutării:
site-search-none = Nu am găsit nimic. Încearcă alt cuvânt.
