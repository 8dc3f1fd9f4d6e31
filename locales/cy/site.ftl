### Draft translation into Welsh of locales/en-GB/site.ftl. Not yet checked by a qualified translator.

site-licence =
    Yn cynnwys gwybodaeth sector cyhoeddus a drwyddedir o dan [{ $ogl-name }]({ $ogl-web }).
    Gwaith careguide ei hun yw'r testun hawdd ei ddeall a'r lluniau.

## Top of every page

site-skip-link = Neidio i'r prif destun
site-get-help-title = Cael help nawr
site-languages = Iaith:
site-editions = Fersiwn:
site-edition-guide = Canllaw
site-edition-easy-read = Hawdd ei ddeall
site-edition-framework = Y fframwaith llawn

## "Exit this page"

site-exit-page = Gadael y dudalen hon
# Do not translate: the address of the neutral website, from facts.toml.
site-exit-url = { $exit-web }
site-exit-shortcut = Neu pwysa Shift 3 gwaith
site-exit-two-more =
    Shift wedi'i bwyso. Pwysa Shift 2 waith eto i adael y dudalen hon.
site-exit-one-more =
    Shift wedi'i bwyso. Pwysa Shift 1 waith eto i adael y dudalen hon.
site-exit-leaving = Yn gadael y dudalen hon.

## Finding your way

site-contents = Beth sydd yn y canllaw hwn
site-pager = Tudalennau blaenorol a nesaf
site-previous = Yn ôl
site-next = Nesaf
site-all-pages = Gweld pob tudalen
site-print-link = Pob tudalen ar un dudalen, yn barod i'w hargraffu
site-print-title = Pob tudalen
site-print-hint =
    Mae'r dudalen hon yn dangos pob tudalen gyda'i gilydd, fel y gelli di eu
    hargraffu.

## Help lines

site-get-help-danger = Os wyt ti mewn perygl nawr, ffonia [{ $emergency-phone }](tel:{ $emergency-phone }).
site-get-help-intro =
    Os wyt ti'n teimlo'n anniogel, yn poeni neu'n ofidus, gelli di siarad â
    rhywun. Mae galw'r rhifau hyn am ddim.
site-childline-name = { $childline-name }
site-childline-phone = { $childline-phone }
site-childline-about =
    Siarada â { $childline-name } am unrhyw beth, unrhyw adeg o'r dydd neu'r
    nos.
site-help-at-hand-name = { $help-at-hand-name }
site-help-at-hand-phone = { $help-at-hand-phone }
site-help-at-hand-about =
    Help a chyngor am ddim am dy hawliau os wyt ti mewn gofal, yn gadael gofal
    neu'n byw oddi cartref.
site-contact-phone = Ffôn:
site-private-title = Cadw dy ymweliad yn breifat
site-private-intro =
    Os wyt ti'n poeni y gallai rhywun weld dy fod wedi darllen y canllaw hwn,
    gelli di:
site-private-window =
    ddefnyddio ffenestr breifat (incognito), fel nad yw'r porwr yn cadw
    rhestr o'r tudalennau rwyt ti'n eu darllen
site-private-history = ddileu'r canllaw hwn o hanes dy borwr pan fyddi di wedi gorffen
site-private-device =
    ddefnyddio cyfrifiadur, llechen neu ffôn nad ydyn nhw'n ei ddefnyddio,
    fel un yn yr ysgol neu yn y llyfrgell
site-private-exit =
    Mae “{ site-exit-page }” yn mynd â ti i wefan arall ar unwaith, ond nid
    yw'n dileu dy hanes.

## The front page, where you choose a language

site-root-title = Dewisa dy iaith
site-root-intro = Yna dewisa'r fersiwn o'r canllaw rwyt ti eisiau ei darllen.

site-listen = Gwrando
site-listen-stop = Stopio

site-home = Pob iaith
site-you-are-here = Rwyt ti yma
site-search-label = Chwilio’r canllaw hwn
site-search-button = Chwilio
site-search-found = Canlyniadau chwilio:
site-search-none = Dim byd wedi’i ganfod. Rho gynnig ar air arall.
