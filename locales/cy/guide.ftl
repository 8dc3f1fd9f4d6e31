### Draft translation into Welsh of locales/en-GB/guide.ftl. Not yet checked by a qualified translator.
###
### Contains public sector information licensed under the Open Government
### Licence v3.0 (see facts.toml: ogl). Translated from the Department for
### Education publication "An illustrated guide to the Children's Social Care
### National Framework, for children and young people" (© Crown copyright 2023).

guide-title =
    Canllaw darluniadol i Fframwaith Cenedlaethol Gofal Cymdeithasol Plant
guide-description = Ar gyfer plant a phobl ifanc

## about

guide-about-title = Am y canllaw hwn
guide-about-p1 =
    Mae ‘gofal cymdeithasol plant’ yn golygu'r gwahanol fathau o gymorth y mae
    plant, pobl ifanc a'u teuluoedd yn eu cael gan eu hawdurdod lleol pan fydd
    angen help ychwanegol arnyn nhw. Dy awdurdod lleol (dy gyngor) yw'r
    sefydliad sy'n darparu ar gyfer y bobl yn dy ardal leol, a gall dy gefnogi
    di.
guide-about-p2 =
    Bob blwyddyn, mae 400,000 o blant a phobl ifanc, fel ti, yn cael gofal
    cymdeithasol plant.
guide-about-p3 =
    Mae hyn yn golygu bod tua 5 plentyn ym mhob ystafell ddosbarth yn Lloegr
    wedi cael cymorth ar ryw adeg dros yr wyth mlynedd diwethaf. Gall cymorth
    priodol newid bywydau'r holl bobl hyn, a dy fywyd di, ond dim ond os yw pawb
    yn gwybod sut olwg sydd ar ofal cymdeithasol plant o ansawdd da.
guide-about-p4 =
    Er mwyn dod â phawb at ei gilydd, lluniodd yr Adran Addysg y ‘**Fframwaith
    Cenedlaethol Gofal Cymdeithasol Plant**’.
guide-about-p5 =
    Mae'n dweud wrth bawb sy'n helpu i ddarparu cymorth beth y dylai gofal
    cymdeithasol plant ei gyflawni a sut y dylai weithio. Diben y Fframwaith
    Cenedlaethol yw egluro'n glir beth y dylet ti ei ddisgwyl gan yr help a'r
    gofal rwyt ti'n eu cael.
guide-about-p6 =
    Bydd y canllaw hwn yn dweud wrthyt ti beth fydd y Fframwaith Cenedlaethol yn
    ei olygu i ti, a sut mae'n rhoi dy ddymuniadau di wrth galon y system gofal
    cymdeithasol plant. Dylet ti ei ddefnyddio i gymharu'r cymorth rwyt ti'n ei
    gael ar hyn o bryd â'r ffordd y mae'n cael ei ddisgrifio yma. Fel hyn, gelli
    di fod yn siŵr bod y cymorth rwyt ti'n ei gael yn ddigon da, a gelli di godi
    llais os wyt ti'n meddwl nad ydyw.

## purpose

guide-purpose-title = Diben gofal cymdeithasol plant
guide-purpose-p1 =
    Mae'n bwysig cymryd eiliad i ddweud wrthyt ti beth yw diben gofal
    cymdeithasol plant. Mae hyn er mwyn i ti ddeall y nod sy'n gyffredin i bawb
    sy'n gweithio yn y maes hwn. Mae'r Fframwaith Cenedlaethol yn dweud mai'r
    diben yw:
guide-purpose-quote =
    “...cefnogi plant, pobl ifanc a theuluoedd, diogelu plant a phobl ifanc drwy
    ymyrryd yn bendant pan fyddan nhw mewn perygl o niwed, a darparu gofal i'r
    rhai sydd ei angen er mwyn iddyn nhw dyfu i fyny a ffynnu gyda diogelwch,
    sefydlogrwydd a chariad.”
guide-purpose-p2 =
    Mewn geiriau symlach, mae hyn yn golygu bod yno i ti, fel y gelli di fod yn
    ddiogel, ac fel y gelli di dyfu i fyny i fod yn iach ac yn hapus.

## principles

guide-principles-title = Egwyddorion gofal cymdeithasol plant
guide-principles-p1 =
    Dylai pobl sy'n gweithio ym maes gofal cymdeithasol plant ddilyn 6 egwyddor
    pan fyddan nhw'n gweithio gyda ti. Gelli di feddwl am yr egwyddorion hyn fel
    pethau y mae pawb sy'n gweithio ym maes gofal cymdeithasol plant yn eu
    credu. Mae'r egwyddorion yn dweud:
guide-principles-principles-1 = bod lles plant yn bwysicach na dim byd arall
guide-principles-principles-2 =
    bod plant yn cael eu holi am eu dymuniadau, a bod pobl yn gwrando arnyn nhw
    ac yn ymateb iddyn nhw
guide-principles-principles-3 =
    bod gofal cymdeithasol plant yn gweithio gyda theuluoedd cyfan
guide-principles-principles-4 =
    bod plant yn cael eu magu gan eu teuluoedd, gyda'u rhwydweithiau teuluol neu
    mewn amgylchedd teuluol lle bynnag y bo modd
guide-principles-principles-5 =
    bod cynghorau lleol yn gweithio gyda phobl eraill i ddeall beth sydd ei
    angen ar blant, pobl ifanc a'u teuluoedd
guide-principles-principles-6 =
    bod cynghorau lleol wedi ymrwymo i weithredu'n deg i bawb
guide-principles-p2 =
    Mae'r egwyddorion hyn yn sail i bopeth y mae gofal cymdeithasol plant yn
    gobeithio ei gyflawni. Ond maen nhw'n cyfrannu'n arbennig at 4 peth y mae'r
    Fframwaith Cenedlaethol yn canolbwyntio arnyn nhw, sef 'canlyniadau':
guide-principles-outcomes-1 =
    dy deulu'n aros gyda'i gilydd, a thithau'n gallu aros gyda nhw pan fydd
    hynny'n ddiogel
guide-principles-outcomes-2 = cael cymorth gan dy deulu a dy rwydwaith teuluol
guide-principles-outcomes-3 = bod yn ddiogel
guide-principles-outcomes-4 = gallu byw mewn cartref cariadus
guide-principles-p3 =
    Dyma'r meysydd yn dy fywyd y mae gofal cymdeithasol plant yno i dy helpu
    gyda nhw fwyaf. Mae'r system wedi'i chynllunio i ganolbwyntio ar y teulu,
    oherwydd yn aml teuluoedd sy'n gallu rhoi'r cymorth gorau i'w plant.
guide-principles-p4 =
    Ond dydy plant ddim bob amser yn gallu aros gyda'u teulu eu hunain. Pan fydd
    hyn yn digwydd, mae gofal cymdeithasol plant yno i ddod o hyd i gartref
    cariadus iddyn nhw yn rhywle arall. Ym mhob achos, diogelwch plant yw'r peth
    pwysicaf.
guide-principles-p5 =
    Bydd gweddill y canllaw hwn yn egluro beth mae'r Fframwaith Cenedlaethol yn
    ei olygu i ti o ran y 4 canlyniad hyn.

## outcome-1

guide-outcome-1-title =
    Bydd gofal cymdeithasol plant yn helpu dy deulu i aros gyda'i gilydd
guide-outcome-1-label = Canlyniad 1
guide-outcome-1-p1 =
    Bydd dy gyngor yn helpu dy deulu i aros gyda'i gilydd, ac yn rhoi cymorth
    iddyn nhw fel eu bod yn gallu gofalu amdanat ti lle bynnag y mae'n ddiogel
    gwneud hynny.
guide-outcome-1-p2 =
    Mae gofal cymdeithasol plant yn gweithio gyda rhieni ac aelodau o'r teulu
    i'w helpu i ymdopi ag unrhyw anawsterau sy'n eu hwynebu. Mae gofal
    cymdeithasol plant wedi ymrwymo i gadw plant a phobl ifanc yn eu teulu lle
    bynnag y mae'n ddiogel ac yn briodol gwneud hynny. Mae hyn er mwyn i'r bobl
    bwysig yn dy fywyd fod yn y sefyllfa orau i roi diogelwch, sefydlogrwydd a
    chariad i ti.
guide-outcome-1-for-you-heading = Beth mae hyn yn ei olygu i ti
guide-outcome-1-for-you-1 =
    Bydd dy farn di **yn cael ei chlywed**, beth bynnag yw dy oed neu'r ffordd
    orau i ti gyfathrebu ag eraill, a bydd y rhai sy'n dy gefnogi yn gwneud eu
    gorau i ddeall dy safbwynt di.
guide-outcome-1-for-you-2 =
    Bydd pawb sy'n gweithio gyda ti **yn gwrando arnat ti** ac ar dy deulu, fel
    bod ymarferwyr yn gallu deall sut i gynllunio gwasanaethau sy'n gweithio'n
    iawn. Ymarferwyr yw'r bobl sy'n gweithio gyda ti i roi cymorth i ti ac i dy
    gadw'n ddiogel.
guide-outcome-1-for-you-3 =
    Byddi di'n **cael help i ddeall** sut mae gofal cymdeithasol plant yn
    gweithio, a bydd dy deulu'n cael help i gael y cymorth iawn ar yr adeg iawn.
guide-outcome-1-for-you-4 =
    Os oes gen ti anabledd, byddi di a dy deulu'n **cael help i wneud
    penderfyniadau** am y cymorth rwyt ti'n ei gael.
guide-outcome-1-for-you-5 =
    Bydd barn dy rieni yn rhan o'r cynllun **i dy gadw'n ddiogel**.
guide-outcome-1-for-you-6 =
    Byddi di'n cael dy annog i **rannu dy ddymuniadau a dy deimladau** ar wahân
    i bobl eraill yn dy fywyd.
guide-outcome-1-for-you-7 =
    Bydd dy ddiwylliant **yn cael ei barchu**, a bydd gwahaniaethu bob amser yn
    cael ei herio.
guide-outcome-1-for-you-8 =
    Bydd dy deulu'n **cael cynghorion ymarferol** ar sut i gael cymorth gydag arian
    a thai gan bobl yn dy gymuned.
guide-outcome-1-for-you-9 =
    Bydd ymarferwyr yn ceisio deall beth sydd wedi digwydd yn dy fywyd, a byddan
    nhw'n **dy helpu i ymdopi â phethau sy'n anodd i ti**.
guide-outcome-1-for-you-10 =
    Mae ymarferwyr yn deall pa mor bwysig yw addysg er mwyn **dy gadw'n ddiogel
    a dy helpu i gyrraedd dy lawn botensial**.

## outcome-2

guide-outcome-2-title =
    Bydd gofal cymdeithasol plant yn cefnogi dy rwydwaith teuluol
guide-outcome-2-label = Canlyniad 2
guide-outcome-2-p1 =
    Bydd gofal cymdeithasol plant yn cefnogi aelodau o'r teulu heblaw rhieni,
    fel dy neiniau a dy deidiau, dy fodrybedd a dy ewythrod, oherwydd yn aml
    gall y bobl hyn roi diogelwch, sefydlogrwydd a chariad hanfodol.
guide-outcome-2-p2 =
    Yn aml, mae perthnasoedd a rhwydweithiau teuluol ehangach a all helpu
    teuluoedd sy'n cael problemau.
guide-outcome-2-p3 =
    Gall cymorth gan yr aelodau hyn o'r teulu wella bywydau plant, ond weithiau
    mae angen help gan ofal cymdeithasol plant ar yr aelodau hyn o'r teulu er
    mwyn i hyn ddigwydd yn fwy effeithiol.
guide-outcome-2-for-you-heading = Beth mae hyn yn ei olygu i ti
guide-outcome-2-for-you-1 = **Byddi di'n cael dy holi** pwy rwyt ti'n eu hystyried yn deulu i ti. Gallai
    hyn gynnwys perthnasau fel modrybedd, ewythrod, neiniau a theidiau, neu bobl
    fel ffrindiau i'r teulu.
guide-outcome-2-for-you-2 = **Byddi di'n cael dy holi** sut gall dy rwydwaith teuluol ofalu amdanat ti,
    ac am y cymorth, y cariad a'r ymddiriedaeth rwyt ti'n eu teimlo gyda nhw.
guide-outcome-2-for-you-3 = **Bydd dy farn yn cael ei hystyried** wrth drefnu cymorth gan aelodau
    ehangach o dy deulu.
guide-outcome-2-for-you-4 =
    Bydd dy deulu **yn cael eu holi** faint o gymorth maen nhw'n ei gael gan
    wasanaethau gofal cymdeithasol plant, ac a yw'n ddigon.
guide-outcome-2-for-you-5 =
    Bydd dy deulu **yn cael eu dwyn ynghyd i rannu** eu profiadau, a bydd
    ganddyn nhw amser i ateb unrhyw gwestiynau am dy gymorth.
guide-outcome-2-for-you-6 =
    Efallai y byddi di'n **cael cymorth** gan bobl y tu hwnt i dy deulu, gan
    gynnwys ffrindiau, gweithwyr ieuenctid, athrawon a phobl yn dy gymuned neu
    dy rwydwaith crefyddol.
guide-outcome-2-for-you-7 =
    Gallai dy deulu **gael help i gryfhau perthnasoedd**, neu i drwsio rhai
    anodd lle bo angen.
guide-outcome-2-for-you-8 = **Byddi di'n cael cymorth** pan na all dy deulu neu dy rwydwaith teuluol
    ofalu amdanat ti, yn enwedig pan nad yw'n ddiogel.
guide-outcome-2-for-you-9 =
    Os oes gen ti anabledd, gallai dy rwydwaith teuluol **gael cymorth i dy
    helpu di**.

## outcome-3

guide-outcome-3-title =
    Mae gofal cymdeithasol plant yn helpu i dy gadw'n ddiogel
guide-outcome-3-label = Canlyniad 3
guide-outcome-3-p1 =
    Y peth pwysicaf un yw dy ddiogelwch di, bob amser a lle bynnag rwyt ti.
guide-outcome-3-p2 =
    Mae'r Fframwaith Cenedlaethol yn ei gwneud yn glir bod gofal cymdeithasol
    plant eisiau dy ddiogelu rhag niwed, ac os oes posibilrwydd dy fod yn cael
    dy niweidio, eisiau canfod yn union beth sy'n digwydd.
guide-outcome-3-p3 =
    Mae hyn yn wir p'un a yw'r niwed yn digwydd gartref, lle rwyt ti'n byw, yn
    dy gymuned, neu ar-lein.
guide-outcome-3-for-you-heading = Beth mae hyn yn ei olygu i ti
guide-outcome-3-for-you-1 =
    Byddi di'n **cael dy holi am dy ddiogelwch a dy lesiant** ar bob cam o dy
    brofiad o ofal, a byddi di'n cael dy holi beth sydd angen newid er mwyn i ti
    fod yn fwy diogel.
guide-outcome-3-for-you-2 =
    Bydd ymarferwyr **yn gweithredu'n gyflym i dy ddiogelu** os wyt ti'n profi
    niwed, neu mewn perygl o brofi niwed.
guide-outcome-3-for-you-3 =
    Byddi di'n **cael gwybodaeth yn rheolaidd** am y penderfyniadau sy'n cael eu
    gwneud am dy fywyd.
guide-outcome-3-for-you-4 = **Bydd dy farn yn cael ei chlywed** os yw dy gyngor yn poeni amdanat ti ac
    yn meddwl bod angen iddo fynd i'r llys i ofyn i farnwr benderfynu sut i dy
    gadw'n ddiogel.
guide-outcome-3-for-you-5 = **Bydd dy lais yn cael ei glywed** ar wahân i farn rhieni, gofalwyr neu
    oedolion eraill.
guide-outcome-3-for-you-6 =
    Bydd ymarferwyr **yn gweithio'n galed i feithrin perthynas gref** â ti, a
    byddan nhw'n ceisio deall popeth sy'n digwydd yn dy fywyd.
guide-outcome-3-for-you-7 = **Bydd dy farn yn cael ei chlywed**, beth bynnag yw dy oed neu'r ffordd orau
    i ti gyfathrebu ag eraill, a bydd y rhai sy'n dy gefnogi yn gwneud eu gorau
    i ddeall dy safbwynt di.
guide-outcome-3-for-you-8 =
    Efallai dy fod wedi profi pethau gofidus sy'n anodd iawn siarad amdanyn nhw.
    Bydd y bobl sy'n dy gefnogi **yn deall** y gallai pethau niweidiol fod wedi
    digwydd i ti, neu fod yn digwydd i ti nawr, a byddan nhw'n gobeithio y gelli
    di ddweud wrthyn nhw am y pethau hyn, er mwyn iddyn nhw allu dy helpu a dy
    gadw'n ddiogel.
guide-outcome-3-for-you-9 =
    Dylet ti **gael dy drin yn deg**, ac os oes rhywun yn gwahaniaethu yn dy
    erbyn, dylai'r bobl sy'n dy gefnogi fynd i'r afael â hyn.
guide-outcome-3-for-you-10 =
    Hyd yn oed pan fydd plant a phobl ifanc yn niweidio pobl eraill, bydd
    ymarferwyr **yn cydnabod eu bod nhw'n dal yn bobl sydd angen help a
    chymorth**.

## outcome-4

guide-outcome-4-title =
    Bydd gofal cymdeithasol plant yn helpu i roi cartref cariadus i ti
guide-outcome-4-label = Canlyniad 4
guide-outcome-4-p1 =
    Rwyt ti'n haeddu'r un cariad, gofal ac amddiffyniad ag unrhyw un arall.
guide-outcome-4-p2 =
    Os na elli di ddal i fyw gyda dy deulu, o fewn rhwydwaith teuluol neu gydag
    eraill, bydd dy gyngor lleol yn rhoi'r cymorth sydd ei angen arnat ti. Dylai
    gofal cymdeithasol plant ddarparu cartrefi sy'n cynnig cariad, gofal,
    amddiffyniad a sefydlogrwydd.
guide-outcome-4-p3 =
    Bydd y cymorth rwyt ti'n ei gael yn dy helpu i ddeall dy deimladau ac i
    ddelio ag unrhyw broblemau a allai fod gen ti, gan wneud yn siŵr dy fod ti'n
    ddiogel. Bydd yn rhoi sylfaen i ti ar gyfer bywyd iach a hapus.
guide-outcome-4-for-you-heading = Beth mae hyn yn ei olygu i ti
guide-outcome-4-for-you-1 =
    Os na elli di aros gyda dy deulu, **byddi di'n cael dy holi ble rwyt ti
    eisiau byw a beth sy'n bwysig i ti**.
guide-outcome-4-for-you-2 =
    Byddi di'n **cael y newyddion diweddaraf yn rheolaidd** am y penderfyniadau
    sy'n cael eu gwneud, fel dy fod ti'n deall yn glir beth sy'n digwydd a pham.
guide-outcome-4-for-you-3 =
    Byddi di'n cael cyfleoedd rheolaidd i **rannu dy obeithion a dy
    freuddwydion**, a bydd hyn yn cael ei adlewyrchu yn y ffordd rwyt ti'n cael
    cymorth.
guide-outcome-4-for-you-4 = **Byddi di'n cael dy annog i fynegi dy farn**, gan gynnwys drwy eiriolaeth
    annibynnol. Dyma pan fydd rhywun (eiriolwr) yn cyflwyno dy farn, dy
    ddymuniadau a dy anghenion ar dy ran heb dy farnu di, ac yn dy helpu i wneud
    cwyn os oes angen.
guide-outcome-4-for-you-5 =
    Byddi di'n **cael cartref diogel a chariadus** os na elli di fyw gyda dy
    deulu neu dy rwydwaith teuluol.
guide-outcome-4-for-you-6 =
    Os byddi di'n symud i gartref newydd, byddi di'n **cael help i gadw mewn
    cysylltiad â dy deulu, dy ffrindiau a dy gymuned**, ac yn enwedig â dy
    frodyr a dy chwiorydd.
guide-outcome-4-for-you-7 = **Dylai dy lesiant meddyliol gael ei gymryd o ddifrif**, a bydd ymarferwyr
    yn dy helpu i gael cymorth.
guide-outcome-4-for-you-8 =
    Bydd ymarferwyr yn cefnogi plant sydd wedi'u mabwysiadu **i ffurfio cwlwm
    clòs â'u rhieni mabwysiadol** o'r tro cyntaf y byddan nhw'n cyfarfod.
guide-outcome-4-for-you-9 =
    Bydd plant sydd wedi teithio i Loegr heb eu rhieni **yn cael cymorth, a bydd
    eu hanghenion a'u profiadau'n cael eu hystyried**.

## leaving-care

guide-leaving-care-title =
    I blant hŷn sy'n gadael gofal cymdeithasol plant ac yn nesáu at fod yn
    oedolion
guide-leaving-care-for-you-1 =
    Byddi di'n **cael cymorth i ddatblygu a meithrin perthnasoedd cariadus** â
    dy rwydweithiau teuluol a dy ffrindiau wrth i ti fynd yn hŷn a dod yn
    oedolyn.
guide-leaving-care-for-you-2 =
    Byddi di'n **cael cymorth i fyw mewn llety diogel ac addas**, a bydd gofal
    cymdeithasol plant yn ceisio cynnig amrywiaeth o ddewisiadau i ti. Efallai y
    cei di flaenoriaeth ar gyfer tai cymdeithasol (tai gan y cyngor neu
    gymdeithas dai), a help i gael llety i'w rentu. Mae pob ymdrech yn cael ei
    gwneud i atal ymadawyr gofal (pobl ifanc sy'n gadael gofal) rhag mynd yn
    ddigartref.
guide-leaving-care-for-you-3 =
    Byddi di'n **cael cymorth i gael addysg, gwaith a hyfforddiant** wrth i ti
    ddod yn oedolyn. Efallai y bydd ymarferwyr yn gweithio gyda chanolfannau
    gwaith a chyflogwyr posibl i ddod o hyd i gyfleoedd i ti wneud cais amdanyn
    nhw, gan gynnwys cyfleoedd sydd wedi'u creu yn arbennig ar gyfer ymadawyr
    gofal.
guide-leaving-care-for-you-4 =
    Byddi di'n **cael cymorth i gynllunio ar gyfer y dyfodol**, oherwydd mae
    addysg, gwaith a thai priodol yn angenrheidiol er mwyn byw bywyd iach a
    hapus.

## next

guide-next-title = Beth i'w wneud nesaf
guide-next-p1 =
    Mae'r canllaw hwn yma i ddangos i ti beth mae Fframwaith Cenedlaethol Gofal
    Cymdeithasol Plant yn ei olygu i ti. Ond dim ond y pethau pwysicaf y mae'n
    eu dangos. Efallai fod rhannau eraill o'r Fframwaith Cenedlaethol sy'n
    berthnasol i ti, felly dylet ti feddwl am edrych ar [Fframwaith Cenedlaethol
    Gofal Cymdeithasol Plant]({ $framework-web }) i gyd.
guide-next-p2 =
    Os oes gen ti unrhyw gwestiynau neu bryderon, gelli di siarad â dy weithiwr
    cymdeithasol, dy gynghorydd personol, dy weithiwr cymorth i deuluoedd neu
    aelod arall o staff.
guide-next-p3 =
    Gelli di hefyd gael rhagor o wybodaeth, cynghorion a chymorth gan yr elusennau
    hyn:
guide-next-childline =
    Mae **{ $childline-name }** yn lle diogel a chyfrinachol i blant sydd heb
    neb arall i droi ato. Beth bynnag yw dy bryder, pryd bynnag mae angen help
    arnat ti neu os wyt ti eisiau siarad, gelli di gysylltu â
    { $childline-name } 24 awr y dydd, 7 diwrnod yr wythnos, 365 diwrnod y
    flwyddyn ar { $childline-phone } neu drwy'r sgwrs un-i-un ar eu gwefan. Mae
    gan { $childline-name } gymuned ar-lein enfawr lle gelli di gael cymorth gan
    blant eraill ar fyrddau negeseuon, yn ogystal ag adnoddau i dy helpu gydag
    unrhyw broblem sy'n dy boeni. [{ $childline-web-label }]({ $childline-web })
guide-next-help-at-hand =
    Gall tîm **{ $help-at-hand-name }** gynnig cymorth, cynghorion a gwybodaeth am
    ddim am dy hawliau os wyt ti mewn gofal, yn gadael gofal, yn byw oddi
    cartref neu'n gweithio gyda gwasanaethau plant. Mae hyn i dy helpu gydag
    unrhyw heriau rwyt ti'n eu hwynebu. Gelli di ffonio'r tîm am ddim ar
    { $help-at-hand-phone } neu fynd i [{ $help-at-hand-web-label }]({ $help-at-hand-web })
