### Draft translation into Welsh of locales/en-GB/kiosk.ftl. Not yet checked by a qualified translator.
###
### Key names (h, x, Esc, Enter) are the keys on the keyboard and are not
### translated.

## Every screen

kiosk-app-name = Dy ganllaw gofal
kiosk-edition-guide = Canllaw llawn
kiosk-edition-easy-read = Hawdd ei ddeall

## The footer: what each key does, in plain words

kiosk-key-help = Cael help nawr
kiosk-key-exit = Gadael yn gyflym
kiosk-key-back-start = Yn ôl i'r dechrau
kiosk-key-back-menu = Yn ôl i'r ddewislen
kiosk-key-back = Mynd yn ôl
kiosk-key-close-help = Cau'r help
kiosk-key-choose = Dewis
kiosk-key-move = Symud
kiosk-key-scroll = Darllen mwy
kiosk-key-next-back = Nesaf neu yn ôl
kiosk-key-to-easy-read = Hawdd ei ddeall
kiosk-key-to-guide = Canllaw llawn
kiosk-key-source = O ble mae hyn yn dod?
kiosk-key-words = Geiriau anodd
kiosk-key-quit = Cau'r canllaw
kiosk-key-read = Darllen yn uchel
kiosk-key-stop-reading = Stopio darllen
kiosk-speech-missing = Dydy'r cyfrifiadur hwn ddim yn gallu darllen yn uchel eto. Gall oedolyn ei osod: mae angen y rhaglen espeak-ng.
kiosk-key-prefs = Fel dw i'n ei hoffi
kiosk-key-change = Newid
kiosk-key-search = Chwilio
kiosk-key-open = Agor

## Chwilio

kiosk-search-prompt = Chwilio am air
kiosk-search-tip = Teipia air rwyt ti eisiau ei ffeindio.
kiosk-search-none = Does dim byd gyda'r gair hwn. Rho gynnig ar air arall.
kiosk-search-open = Pwysa ↓ i ddewis, yna Enter i'w agor.

## Fel dw i'n ei hoffi

kiosk-prefs-title = Fel dw i'n ei hoffi
kiosk-prefs-tip = Dewisa linell i'w newid. Bydd hyn yn cael ei anghofio pan fyddi di'n gadael.
kiosk-prefs-speech = Darllen yn uchel
kiosk-prefs-arrival = Darllen pob sgrin pan fydd yn agor
kiosk-prefs-theme = Lliwiau
kiosk-prefs-roomy = Mwy o le rhwng llinellau
kiosk-prefs-language = Iaith
kiosk-prefs-on = Ymlaen
kiosk-prefs-off = I ffwrdd
kiosk-theme-default = Tywyll
kiosk-theme-high-contrast = Cyferbyniad cryf
kiosk-theme-light = Golau
kiosk-theme-mono = Du a gwyn
kiosk-key-any = Pwysa unrhyw fysell

## Start screen

kiosk-start-title = Helo!
kiosk-start-text =
    Mae'r canllaw hwn ar gyfer plant a phobl ifanc yn Lloegr.
    Mae'n dweud sut dylai gofal cymdeithasol plant dy helpu di.
kiosk-start-choose = Dewisa dy iaith:
kiosk-start-press-enter = Pwysa Enter i ddechrau.

## Home menu

kiosk-home-title = Am beth hoffet ti ddarllen?
kiosk-menu-about = Am y canllaw hwn
kiosk-menu-principles = Y 6 addewid
kiosk-menu-leaving-care = Tyfu i fyny a gadael gofal
kiosk-menu-next = Beth i'w wneud nesaf
kiosk-menu-help = Cael help nawr
kiosk-home-tip = Awgrym: pwysa rif i fynd yn syth yno.

## Reading a page

kiosk-for-you = Beth mae hyn yn ei olygu i ti
# "3 o 25": which statement this is, of how many on the page.
kiosk-step-count = { $current } o { $total }
kiosk-button-next = Nesaf
kiosk-button-back = Yn ôl
kiosk-button-source = O ble mae hyn yn dod?
kiosk-end-of-page = Dyma ddiwedd y rhan hon.
kiosk-start-reading = Pwysa Nesaf i ddechrau darllen.
kiosk-words-tip = Dewisa air i weld beth mae'n ei olygu.
kiosk-words-here = Geiriau anodd ar y sgrin hon
kiosk-words-none = Does dim geiriau anodd ar y sgrin hon.

## Where does this come from?

kiosk-source-title = O ble mae hyn yn dod?
kiosk-source-from-guide =
    Mae'r frawddeg hon yn fersiwn hawdd ei deall o ran o'r canllaw llawn i blant
    a phobl ifanc. Mae'r canllaw llawn yn dweud:
kiosk-source-about-framework =
    Mae'r canllaw yn seiliedig ar y **Fframwaith Cenedlaethol**. Mae'r
    Fframwaith Cenedlaethol wedi'i ysgrifennu ar gyfer yr oedolion sy'n gweithio
    ym maes gofal cymdeithasol plant. Mae'n dweud wrthyn nhw beth dylen nhw ei
    wneud. Dyma beth mae'n ei ddweud am y rhan hon:
kiosk-source-none =
    Does dim rhan o'r Fframwaith Cenedlaethol ar gyfer y dudalen hon yn unig.

## Get help now

kiosk-help-title = Cael help nawr
kiosk-help-danger = Os wyt ti mewn perygl nawr, ffonia **{ $emergency-phone }**.
kiosk-help-intro =
    Gelli di siarad â rhywun am unrhyw beth sy'n dy boeni.
    Mae'r galwadau hyn am ddim.
kiosk-help-childline =
    Mae **{ $childline-name }** ar gyfer unrhyw blentyn neu berson ifanc, am
    unrhyw bryder, mawr neu fach. Mae ar agor drwy'r dydd a drwy'r nos, bob
    dydd. Gelli di hefyd sgwrsio â nhw ar eu gwefan.
kiosk-help-childline-call =
    Ffonia { $childline-name } am ddim ar **{ $childline-phone }**
kiosk-help-help-at-hand =
    Mae **{ $help-at-hand-name }** ar dy gyfer di os wyt ti mewn gofal, yn
    gadael gofal neu'n byw oddi cartref. Gallan nhw ddweud wrthyt ti am dy
    hawliau a dy helpu.
kiosk-help-help-at-hand-call =
    Ffonia { $help-at-hand-name } am ddim ar **{ $help-at-hand-phone }**
kiosk-help-talk =
    Gelli di hefyd siarad â dy weithiwr cymdeithasol, dy gynghorydd personol,
    neu oedolyn arall rwyt ti'n ymddiried ynddo.

## Are you still there? (kiosk mode, after nobody has pressed a key for a while)

kiosk-idle-title = Wyt ti'n dal yna?
kiosk-idle-text = Pwysa unrhyw fysell i ddal ati i ddarllen.
# Welsh uses the singular noun after a number ("10 eiliad"), so every
# plural category reads the same; each is written out so that none falls
# to the default unseen.
kiosk-idle-countdown =
    { $seconds ->
        [zero] Bydd y canllaw yn mynd yn ôl i'r dechrau mewn { $seconds } eiliad.
        [one] Bydd y canllaw yn mynd yn ôl i'r dechrau mewn 1 eiliad.
        [two] Bydd y canllaw yn mynd yn ôl i'r dechrau mewn { $seconds } eiliad.
        [few] Bydd y canllaw yn mynd yn ôl i'r dechrau mewn { $seconds } eiliad.
        [many] Bydd y canllaw yn mynd yn ôl i'r dechrau mewn { $seconds } eiliad.
       *[other] Bydd y canllaw yn mynd yn ôl i'r dechrau mewn { $seconds } eiliad.
    }

## The window is too small

kiosk-too-small = Gwna'r ffenest yn fwy, os gweli di'n dda.

## Quick exit: a calm screen that says nothing about the guide

kiosk-neutral-title = Y tywydd
kiosk-neutral-text =
    Heddiw: sych a heulog, gydag ychydig o gymylau. Awel ysgafn.

## Screen-reader mode: plain lines read in order

kiosk-sr-prompt = Teipia rif, yna pwysa Enter.
kiosk-sr-choices = Dy ddewisiadau:
kiosk-sr-not-understood =
    Mae'n ddrwg gen i, dydy hwnnw ddim yn un o'r rhifau. Rho gynnig arall arni.
kiosk-sr-keys = Gelli di hefyd deipio h am help, neu x i adael yn gyflym.
kiosk-sr-bye = Hwyl fawr.
kiosk-sr-to-easy-read = Darllen y fersiwn hawdd ei deall
kiosk-sr-to-guide = Darllen y canllaw llawn
kiosk-sr-hard-words = Geiriau anodd ar y dudalen hon
