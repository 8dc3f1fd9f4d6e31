### Draft translation into Romanian of locales/en-GB/kiosk.ftl. Not yet checked by a qualified translator.

## Every screen

kiosk-app-name = Ghidul tău despre îngrijire
kiosk-edition-guide = Ghidul complet
kiosk-edition-easy-read = Ușor de citit

## The footer

kiosk-key-help = Cere ajutor acum
kiosk-key-exit = Ieșire rapidă
kiosk-key-back-start = Înapoi la început
kiosk-key-back-menu = Înapoi la meniu
kiosk-key-back = Înapoi
kiosk-key-close-help = Închide ajutorul
kiosk-key-choose = Alege
kiosk-key-move = Mută
kiosk-key-scroll = Citește mai departe
kiosk-key-next-back = Înainte sau înapoi
kiosk-key-to-easy-read = Ușor de citit
kiosk-key-to-guide = Ghidul complet
kiosk-key-source = De unde este asta?
kiosk-key-words = Cuvinte grele
kiosk-key-quit = Închide ghidul
kiosk-key-read = Citește cu voce tare
kiosk-key-stop-reading = Oprește citirea
kiosk-speech-missing = Acest calculator nu poate citi încă cu voce tare. Un adult îl poate pregăti: are nevoie de programul espeak-ng.
kiosk-key-prefs = Cum îmi place
kiosk-key-change = Schimbă
kiosk-key-search = Caută
kiosk-key-open = Deschide

## Caută

kiosk-search-prompt = Găsește un cuvânt
kiosk-search-tip = Scrie un cuvânt pe care vrei să îl găsești.
kiosk-search-none = Cuvântul acesta nu apare nicăieri. Încearcă altul.
kiosk-search-open = Apasă ↓ ca să alegi, apoi Enter ca să deschizi.

## Cum îmi place

kiosk-prefs-title = Cum îmi place
kiosk-prefs-tip = Alege un rând ca să îl schimbi. Totul se uită când pleci.
kiosk-prefs-speech = Citire cu voce tare
kiosk-prefs-arrival = Citește fiecare ecran când se deschide
kiosk-prefs-theme = Culori
kiosk-prefs-roomy = Mai mult loc între rânduri
kiosk-prefs-language = Limba
kiosk-prefs-on = Pornit
kiosk-prefs-off = Oprit
kiosk-theme-default = Întunecat
kiosk-theme-high-contrast = Contrast puternic
kiosk-theme-light = Luminos
kiosk-theme-mono = Alb-negru
kiosk-key-any = Apasă orice tastă

## Start screen

kiosk-start-title = Bună!
kiosk-start-text =
    Acest ghid este pentru copiii și tinerii din Anglia.
    Îți spune cum ar trebui să te ajute serviciile sociale pentru copii.
kiosk-start-choose = Alege limba:
kiosk-start-press-enter = Apasă Enter ca să începi.

## Home menu

kiosk-home-title = Despre ce vrei să citești?
kiosk-menu-about = Despre acest ghid
kiosk-menu-principles = Cele 6 promisiuni
kiosk-menu-leaving-care = Când crești mare și pleci din sistemul de protecție
kiosk-menu-next = Ce poți face mai departe
kiosk-menu-help = Cere ajutor acum
kiosk-home-tip = Sfat: apasă un număr ca să mergi direct acolo.

## Reading a page

kiosk-for-you = Ce înseamnă asta pentru tine
kiosk-step-count = { $current } din { $total }
kiosk-button-next = Înainte
kiosk-button-back = Înapoi
kiosk-button-source = De unde este asta?
kiosk-end-of-page = Aici se termină această parte.
kiosk-start-reading = Apasă Înainte ca să începi să citești.
kiosk-words-tip = Alege un cuvânt ca să vezi ce înseamnă.
kiosk-words-here = Cuvinte grele de pe acest ecran
kiosk-words-none = Pe acest ecran nu sunt cuvinte grele.

## Where does this come from?

kiosk-source-title = De unde vine asta?
kiosk-source-from-guide =
    Această propoziție este o variantă ușor de citit a unei părți din ghidul
    complet pentru copii și tineri. Ghidul complet spune:
kiosk-source-about-framework =
    Ghidul se bazează pe **Cadrul național**. Cadrul național este scris pentru
    adulții care lucrează în serviciile sociale pentru copii. Le spune ce
    trebuie să facă. Iată ce spune despre această parte:
kiosk-source-none = Cadrul național nu are o parte doar pentru această pagină.

## Get help now

kiosk-help-title = Cere ajutor acum
kiosk-help-danger = Dacă ești în pericol chiar acum, sună la **{ $emergency-phone }**.
kiosk-help-intro =
    Poți vorbi cu cineva despre orice te îngrijorează.
    Aceste apeluri sunt gratuite.
kiosk-help-childline = **{ $childline-name }** este pentru orice copil sau tânăr, pentru orice grijă,
    mare sau mică. Este deschis toată ziua și toată noaptea, în fiecare zi.
    Poți vorbi cu ei și prin chat, pe site-ul lor.
kiosk-help-childline-call = Sună gratuit la { $childline-name }: **{ $childline-phone }**
kiosk-help-help-at-hand = **{ $help-at-hand-name }** este pentru tine dacă ești în sistemul de protecție,
    dacă pleci din el sau dacă locuiești departe de casă. Îți pot spune care
    sunt drepturile tale și te pot ajuta.
kiosk-help-help-at-hand-call = Sună gratuit la { $help-at-hand-name }: **{ $help-at-hand-phone }**
kiosk-help-talk =
    Poți vorbi și cu asistentul tău social, cu consilierul tău personal sau cu
    alt adult în care ai încredere.

## Are you still there?

kiosk-idle-title = Mai ești acolo?
kiosk-idle-text = Apasă orice tastă ca să citești mai departe.
kiosk-idle-countdown =
    { $seconds ->
        [one] Ghidul se va întoarce la început peste 1 secundă.
        [few] Ghidul se va întoarce la început peste { $seconds } secunde.
       *[other] Ghidul se va întoarce la început peste { $seconds } de secunde.
    }

## The window is too small

kiosk-too-small = Te rog să mărești fereastra.

## Quick exit

kiosk-neutral-title = Vremea
kiosk-neutral-text = Astăzi: vreme uscată și senină, cu câțiva nori. Adie un vânt ușor.

## Screen-reader mode

kiosk-sr-prompt = Scrie un număr, apoi apasă Enter.
kiosk-sr-choices = Ce poți alege:
kiosk-sr-not-understood = Ne pare rău, acesta nu este unul dintre numere. Te rog să încerci din nou.
kiosk-sr-to-easy-read = Citește varianta ușor de citit
kiosk-sr-to-guide = Citește ghidul complet
kiosk-sr-hard-words = Cuvinte grele de pe această pagină
kiosk-sr-keys = Poți scrie și h pentru ajutor sau x pentru ieșire rapidă.
kiosk-sr-bye = La revedere.
