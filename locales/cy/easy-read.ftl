### Draft translation into Welsh of locales/en-GB/easy-read.ftl. Not yet checked by a qualified translator.
###
### Phone numbers, web addresses and organisation names come from
### content/facts.toml as variables; never type them here.

easy-read-title = Gofal cymdeithasol plant: beth mae'n ei olygu i ti
easy-read-description = Canllaw hawdd ei ddeall am help i blant a theuluoedd yn Lloegr.

## about

easy-read-about-title = Am y canllaw hwn
easy-read-about-intro-care = Mae gofal cymdeithasol plant yn help i blant a'u teuluoedd.
easy-read-about-intro-council = Dy **gyngor** sy'n rhoi'r help hwn.
easy-read-about-intro-council-means = Mae cyngor yn gofalu am bobl yn yr ardal lle rwyt ti'n byw.
easy-read-about-intro-many = Mae llawer o blant a phobl ifanc yn Lloegr yn cael yr help hwn.
easy-read-about-intro-class = Ym mhob dosbarth, mae tua 5 plentyn wedi cael yr help hwn.
easy-read-about-intro-better = Gall help da wneud dy fywyd yn well.
easy-read-about-intro-framework = Mae'r llywodraeth wedi ysgrifennu cynllun o'r enw'r **Fframwaith Cenedlaethol**.
easy-read-about-intro-framework-means = Mae'r Fframwaith Cenedlaethol yn dweud wrth bobl sut dylai gofal cymdeithasol plant weithio.
easy-read-about-intro-expect = Mae'n dweud pa help dylet ti ei gael.
easy-read-about-intro-guide = Mae'r canllaw hwn yn dweud sut mae'r Fframwaith Cenedlaethol yn dy helpu di.
easy-read-about-intro-wishes = Rhaid i'r bobl sy'n dy helpu feddwl am beth rwyt ti eisiau.
easy-read-about-intro-check = Gelli di ddefnyddio'r canllaw hwn i weld a yw dy help yn dda.
easy-read-about-intro-speak-up = Os nad yw dy help yn ddigon da, gelli di ddweud hynny.

## purpose

easy-read-purpose-title = Pwrpas gofal cymdeithasol plant
easy-read-purpose-intro-aim = Mae pawb ym maes gofal cymdeithasol plant yn gweithio at yr un nod.
easy-read-purpose-intro-support = Maen nhw yno i helpu plant, pobl ifanc a theuluoedd.
easy-read-purpose-intro-protect = Maen nhw'n symud yn gyflym i gadw plant yn ddiogel rhag niwed.
easy-read-purpose-intro-care = Maen nhw'n gofalu am blant sydd angen gofal.
easy-read-purpose-intro-love = Maen nhw eisiau i blant dyfu i fyny yn teimlo'n ddiogel, yn gartrefol ac yn cael eu caru.
easy-read-purpose-intro-there = Mae hyn yn golygu eu bod nhw yno i ti.
easy-read-purpose-intro-happy = Maen nhw'n dy helpu i dyfu i fyny yn ddiogel, yn iach ac yn hapus.

## principles

easy-read-principles-title = 6 syniad pwysig
easy-read-principles-intro-follow = Mae pobl ym maes gofal cymdeithasol plant yn dilyn 6 **egwyddor**.
easy-read-principles-intro-means = Mae egwyddorion yn syniadau pwysig y mae'r holl weithwyr hyn yn credu ynddyn nhw.
easy-read-principles-principles-heading = Y 6 egwyddor
easy-read-principles-principles-welfare = **Lles** plant fel ti sy'n bwysicach na dim byd arall.
easy-read-principles-principles-welfare-means = Mae lles yn golygu bod yn ddiogel, yn iach a chael gofal da.
easy-read-principles-principles-asked = Bydd pobl yn gofyn i ti beth rwyt ti eisiau.
easy-read-principles-principles-listen = Byddan nhw'n gwrando arnat ti ac yn dy ateb.
easy-read-principles-principles-family = Maen nhw'n gweithio gyda dy deulu i gyd.
easy-read-principles-principles-raised = Dylai plant dyfu i fyny mewn teulu pryd bynnag y bo modd.
easy-read-principles-principles-together = Mae cynghorau'n gweithio gydag eraill i ddysgu beth sydd ei angen ar deuluoedd.
easy-read-principles-principles-fair = Mae cynghorau'n addo bod yn deg i bawb.
easy-read-principles-outcomes-heading = 4 peth da i ti
easy-read-principles-outcomes-four = Mae'r egwyddorion yn helpu gyda 4 nod mawr o'r enw **canlyniadau**.
easy-read-principles-outcomes-means = Mae canlyniad yn beth da a ddylai ddigwydd i ti.
easy-read-principles-outcomes-together = Mae dy deulu'n aros gyda'i gilydd pan fydd hi'n ddiogel.
easy-read-principles-outcomes-network = Mae dy deulu a'r bobl sy'n agos atyn nhw yn dy gefnogi di.
easy-read-principles-outcomes-safe = Rwyt ti'n aros yn ddiogel.
easy-read-principles-outcomes-home = Rwyt ti'n byw mewn cartref cariadus.
easy-read-principles-more-most = Mae gofal cymdeithasol plant yn helpu fwyaf gyda'r 4 peth hyn.
easy-read-principles-more-family = Yn aml, teuluoedd sy'n gallu rhoi'r help gorau i blant.
easy-read-principles-more-cannot = Weithiau, dydy plant ddim yn gallu aros gyda'u teulu eu hunain.
easy-read-principles-more-home = Yna mae gofal cymdeithasol plant yn dod o hyd i gartref cariadus arall iddyn nhw.
easy-read-principles-more-safety = Cadw plant yn ddiogel yw'r peth pwysicaf bob amser.
easy-read-principles-more-pages = Mae'r tudalennau nesaf yn sôn am bob canlyniad.

## outcome-1

easy-read-outcome-1-title = Canlyniad 1: Gall dy deulu aros gyda'i gilydd
easy-read-outcome-1-label = Canlyniad 1
easy-read-outcome-1-intro-together = Mae dy **gyngor** eisiau i dy deulu aros gyda'i gilydd.
easy-read-outcome-1-intro-safely = Mae cyngor yn gofalu am bobl yn dy ardal ac yn helpu teuluoedd i gadw plant yn ddiogel.
easy-read-outcome-1-intro-cope = Mae gofal cymdeithasol plant yn helpu dy deulu pan fydd pethau'n anodd.
easy-read-outcome-1-intro-loved = Yna gall y bobl rwyt ti'n eu caru dy gadw'n ddiogel ac yn gartrefol.
easy-read-outcome-1-for-you-heading = Beth mae hyn yn ei olygu i ti
easy-read-outcome-1-for-you-heard = Bydd pobl yn clywed beth rwyt ti'n ei feddwl, beth bynnag yw dy oed.
easy-read-outcome-1-for-you-understand = Byddan nhw'n gwneud eu gorau i dy ddeall di, sut bynnag rwyt ti'n rhannu dy syniadau.
easy-read-outcome-1-for-you-listen = Bydd pawb sy'n gweithio gyda ti yn gwrando arnat ti a dy deulu.
easy-read-outcome-1-for-you-plan-help = Yna gall **ymarferwyr** gynllunio help sy'n gweithio go iawn.
easy-read-outcome-1-for-you-practitioners = Mae ymarferwyr yn bobl sy'n gweithio i dy helpu a dy gadw'n ddiogel.
easy-read-outcome-1-for-you-learn = Bydd pobl yn egluro sut mae gofal cymdeithasol plant yn gweithio.
easy-read-outcome-1-for-you-right-time = Bydd dy deulu'n cael yr help iawn ar yr adeg iawn.
easy-read-outcome-1-for-you-disability = Mae gan rai plant **anabledd**.
easy-read-outcome-1-for-you-disability-means = Gall anabledd wneud pethau fel symud, gweld neu ddysgu yn anoddach.
easy-read-outcome-1-for-you-decide = Yna byddi di a dy deulu'n helpu i ddewis dy help.
easy-read-outcome-1-for-you-parents = Bydd dy gynllun i dy gadw'n ddiogel yn cynnwys beth mae dy rieni'n ei feddwl.
easy-read-outcome-1-for-you-feelings = Bydd pobl yn dy helpu i rannu dy ddymuniadau a dy deimladau yn breifat.
easy-read-outcome-1-for-you-culture = Bydd pobl yn parchu dy **ddiwylliant**.
easy-read-outcome-1-for-you-culture-means = Diwylliant yw dy ffordd o fyw, fel iaith, ffydd a bwyd.
easy-read-outcome-1-for-you-unfair = Byddan nhw bob amser yn sefyll yn erbyn **gwahaniaethu**.
easy-read-outcome-1-for-you-unfair-means = Mae gwahaniaethu yn golygu trin rhywun yn wael oherwydd pwy ydyn nhw.
easy-read-outcome-1-for-you-money = Gall pobl leol roi cynghorion i dy deulu am arian a chartrefi.
easy-read-outcome-1-for-you-past = Bydd ymarferwyr yn ceisio dysgu beth sydd wedi digwydd i ti.
easy-read-outcome-1-for-you-hard = Byddan nhw'n dy helpu i ymdopi â phethau sy'n anodd i ti.
easy-read-outcome-1-for-you-school = Mae ymarferwyr yn gwybod bod ysgol a dysgu yn bwysig iawn.
easy-read-outcome-1-for-you-best = Mae ysgol yn helpu i dy gadw'n ddiogel ac yn dy helpu i wneud dy orau.

## outcome-2

easy-read-outcome-2-title = Canlyniad 2: Help i dy deulu ehangach
easy-read-outcome-2-label = Canlyniad 2
easy-read-outcome-2-intro-wider = Bydd gofal cymdeithasol plant hefyd yn helpu dy deulu ehangach.
easy-read-outcome-2-intro-who = Mae hyn yn golygu pobl fel neiniau a theidiau, modrybedd ac ewythrod.
easy-read-outcome-2-intro-why = Gall y bobl hyn dy gadw'n ddiogel a gwneud i ti deimlo bod rhywun yn dy garu.
easy-read-outcome-2-intro-network = Gall dy **rwydwaith teuluol** helpu pan fydd pethau'n anodd.
easy-read-outcome-2-intro-network-means = Dy rwydwaith teuluol yw dy deulu i gyd a ffrindiau agos i'r teulu.
easy-read-outcome-2-intro-help = Weithiau mae angen help ar dy rwydwaith teuluol i dy gefnogi di.
easy-read-outcome-2-for-you-heading = Beth mae hyn yn ei olygu i ti
easy-read-outcome-2-for-you-who = Bydd pobl yn gofyn i ti pwy yw dy deulu.
easy-read-outcome-2-for-you-who-examples = Gall teulu olygu modrybedd, ewythrod, neiniau a theidiau neu ffrindiau i'r teulu.
easy-read-outcome-2-for-you-look-after = Bydd pobl yn gofyn sut gallai dy rwydwaith teuluol ofalu amdanat ti.
easy-read-outcome-2-for-you-trust = Byddan nhw'n gofyn a wyt ti'n ymddiried ynddyn nhw ac yn teimlo eu bod nhw'n dy garu.
easy-read-outcome-2-for-you-views = Bydd pobl yn meddwl am beth rwyt ti eisiau wrth drefnu help gan y teulu.
easy-read-outcome-2-for-you-enough = Bydd pobl yn gofyn i dy deulu a ydyn nhw'n cael digon o help.
easy-read-outcome-2-for-you-meet = Bydd pobl yn dod â dy deulu at ei gilydd i rannu eu hanesion.
easy-read-outcome-2-for-you-questions = Bydd gan dy deulu amser i ofyn cwestiynau am dy help.
easy-read-outcome-2-for-you-others = Gelli di gael help gan bobl y tu allan i dy deulu hefyd.
easy-read-outcome-2-for-you-teachers = Gallai hyn fod yn ffrindiau, athrawon neu weithwyr ieuenctid.
easy-read-outcome-2-for-you-community = Gallai fod yn bobl sy'n byw yn agos atat ti neu bobl yn dy grŵp ffydd.
easy-read-outcome-2-for-you-get-on = Gall dy deulu gael help i gyd-dynnu'n well.
easy-read-outcome-2-for-you-mend = Gallan nhw hefyd gael help i wneud pethau'n iawn ar ôl ffraeo.
easy-read-outcome-2-for-you-cannot = Os na all dy deulu ofalu amdanat ti, bydd pobl yn dy gefnogi di.
easy-read-outcome-2-for-you-unsafe = Mae hyn yn bwysicaf pan nad yw hi'n ddiogel gartref.
easy-read-outcome-2-for-you-disability = Mae gan rai plant **anabledd**.
easy-read-outcome-2-for-you-disability-means = Gall anabledd wneud pethau fel symud, gweld neu ddysgu yn anoddach.
easy-read-outcome-2-for-you-disability-help = Yna gall dy rwydwaith teuluol gael help i ofalu amdanat ti.

## outcome-3

easy-read-outcome-3-title = Canlyniad 3: Dy gadw di'n ddiogel
easy-read-outcome-3-label = Canlyniad 3
easy-read-outcome-3-intro-most = Dy ddiogelwch di yw'r peth pwysicaf, bob amser ac ym mhob man.
easy-read-outcome-3-intro-protect = Bydd gofal cymdeithasol plant yn dy ddiogelu rhag niwed.
easy-read-outcome-3-intro-find-out = Byddan nhw'n darganfod a oes unrhyw un yn dy frifo di.
easy-read-outcome-3-intro-where = Gall niwed ddigwydd gartref, yn dy ardal neu ar-lein.
easy-read-outcome-3-for-you-heading = Beth mae hyn yn ei olygu i ti
easy-read-outcome-3-for-you-asked = Bydd pobl yn holi am dy ddiogelwch a dy **lesiant**.
easy-read-outcome-3-for-you-wellbeing-means = Mae llesiant yn golygu teimlo'n iach ac yn hapus yn dy gorff a dy feddwl.
easy-read-outcome-3-for-you-always = Byddan nhw'n dal i holi drwy'r amser rwyt ti'n cael help.
easy-read-outcome-3-for-you-safer = Byddan nhw'n gofyn beth ddylai newid i dy gadw'n fwy diogel.
easy-read-outcome-3-for-you-quick = Bydd ymarferwyr yn symud yn gyflym os oes rhywun yn dy frifo neu'n gallu dy frifo.
easy-read-outcome-3-for-you-practitioners = Mae ymarferwyr yn bobl sy'n gweithio i dy helpu a dy gadw'n ddiogel.
easy-read-outcome-3-for-you-decisions = Bydd ymarferwyr yn aml yn dweud wrthyt ti beth maen nhw'n ei benderfynu am dy fywyd.
easy-read-outcome-3-for-you-court = Os yw'r bobl sy'n dy helpu yn poeni, efallai y byddan nhw'n gofyn i **lys** am help.
easy-read-outcome-3-for-you-court-means = Llys yw'r lle mae **barnwr** yn gwneud penderfyniadau mawr.
easy-read-outcome-3-for-you-judge-means = Gwaith barnwr yw gwneud penderfyniadau teg.
easy-read-outcome-3-for-you-judge-safe = Mae'r barnwr yn penderfynu sut i dy gadw'n ddiogel.
easy-read-outcome-3-for-you-court-heard = Bydd pobl yn gwrando ar beth rwyt ti'n ei feddwl am hyn.
easy-read-outcome-3-for-you-own-voice = Bydd pobl yn gwrando arnat ti, nid dim ond ar yr oedolion o dy gwmpas.
easy-read-outcome-3-for-you-know-you = Bydd ymarferwyr yn gweithio'n galed i dy adnabod di'n dda.
easy-read-outcome-3-for-you-everything = Byddan nhw'n ceisio deall popeth sy'n digwydd yn dy fywyd.
easy-read-outcome-3-for-you-age = Bydd pobl yn gwrando arnat ti, beth bynnag yw dy oed.
easy-read-outcome-3-for-you-understand = Byddan nhw'n gwneud eu gorau i dy ddeall di, sut bynnag rwyt ti'n rhannu dy syniadau.
easy-read-outcome-3-for-you-hard-talk = Gall fod yn anodd iawn siarad am rai pethau.
easy-read-outcome-3-for-you-know = Mae'r bobl sy'n dy helpu yn gwybod y gallai pethau drwg fod wedi digwydd.
easy-read-outcome-3-for-you-still = Maen nhw'n gwybod y gallai pethau drwg fod yn dal i ddigwydd i ti.
easy-read-outcome-3-for-you-tell = Maen nhw'n gobeithio y byddi di'n dweud wrthyn nhw, er mwyn iddyn nhw dy gadw'n ddiogel.
easy-read-outcome-3-for-you-fair = Dylai pobl dy drin di'n deg.
easy-read-outcome-3-for-you-unfair = Byddan nhw'n delio ag unrhyw **wahaniaethu** yn dy erbyn.
easy-read-outcome-3-for-you-unfair-means = Mae gwahaniaethu yn golygu trin rhywun yn wael oherwydd pwy ydyn nhw.
easy-read-outcome-3-for-you-harm-others = Os wyt ti wedi brifo rhywun, mae ymarferwyr yn gwybod bod angen help arnat ti o hyd.

## outcome-4

easy-read-outcome-4-title = Canlyniad 4: Cartref cariadus i ti
easy-read-outcome-4-label = Canlyniad 4
easy-read-outcome-4-intro-deserve = Rwyt ti'n haeddu cariad, gofal a diogelwch, yn union fel pawb arall.
easy-read-outcome-4-intro-cannot = Weithiau, dydy plant ddim yn gallu byw gyda'u teulu na'u teulu ehangach.
easy-read-outcome-4-intro-council = Yna bydd dy gyngor yn rhoi'r help sydd ei angen arnat ti.
easy-read-outcome-4-intro-council-means = Mae cyngor yn gofalu am bobl yn yr ardal lle rwyt ti'n byw.
easy-read-outcome-4-intro-home = Bydd gofal cymdeithasol plant yn dod o hyd i gartref diogel, cariadus a sefydlog i ti.
easy-read-outcome-4-intro-feelings = Bydd y cymorth rwyt ti'n ei gael yn dy helpu i ddeall dy deimladau.
easy-read-outcome-4-intro-happy = Bydd yn dy helpu i gael bywyd iach a hapus.
easy-read-outcome-4-for-you-heading = Beth mae hyn yn ei olygu i ti
easy-read-outcome-4-for-you-where = Bydd pobl yn gofyn ble rwyt ti eisiau byw.
easy-read-outcome-4-for-you-important = Byddan nhw'n gofyn beth sy'n bwysig i ti.
easy-read-outcome-4-for-you-updates = Bydd pobl yn dweud wrthyt ti am benderfyniadau wrth iddyn nhw eu gwneud.
easy-read-outcome-4-for-you-why = Byddan nhw'n dweud wrthyt ti beth sy'n digwydd a pham.
easy-read-outcome-4-for-you-hopes = Byddi di'n cael llawer o gyfleoedd i sôn am dy obeithion a dy freuddwydion.
easy-read-outcome-4-for-you-hopes-plan = Bydd pobl yn defnyddio dy obeithion a dy freuddwydion i gynllunio dy help.
easy-read-outcome-4-for-you-views = Bydd pobl yn dy helpu i ddweud beth rwyt ti'n ei feddwl.
easy-read-outcome-4-for-you-advocate = Gelli di gael **eiriolwr** i dy helpu.
easy-read-outcome-4-for-you-advocate-means = Mae eiriolwr yn siarad drosot ti heb dy farnu di.
easy-read-outcome-4-for-you-complain = Gall eiriolwr hefyd dy helpu i wneud **cwyn**.
easy-read-outcome-4-for-you-complaint-means = Mae gwneud cwyn yn golygu dweud wrth rywun sy'n gyfrifol bod rhywbeth o'i le.
easy-read-outcome-4-for-you-new-home = Os byddi di'n symud, bydd dy gartref newydd yn ddiogel ac yn llawn cariad.
easy-read-outcome-4-for-you-in-touch = Os byddi di'n symud, bydd pobl yn dy helpu i gadw mewn cysylltiad.
easy-read-outcome-4-for-you-close = Gelli di aros yn agos at dy deulu, dy ffrindiau a dy gymuned.
easy-read-outcome-4-for-you-family-time = Gelli di gael **amser teulu** gyda dy frodyr a dy chwiorydd.
easy-read-outcome-4-for-you-family-time-means = Mae amser teulu yn golygu gweld dy deulu neu siarad â nhw.
easy-read-outcome-4-for-you-wellbeing = Bydd pobl yn cymryd dy **lesiant** o ddifrif.
easy-read-outcome-4-for-you-wellbeing-means = Mae llesiant yn golygu teimlo'n iach ac yn hapus yn dy feddwl.
easy-read-outcome-4-for-you-support = Bydd ymarferwyr yn dy helpu i ddod o hyd i rywun i wrando arnat ti.
easy-read-outcome-4-for-you-practitioners = Mae ymarferwyr yn bobl sy'n gweithio i dy helpu a dy gadw'n ddiogel.
easy-read-outcome-4-for-you-adopted = Mae rhai plant yn ymuno â theulu newydd drwy **fabwysiadu**.
easy-read-outcome-4-for-you-adopted-means = Mae mabwysiadu yn golygu bod teulu newydd yn dod yn deulu i ti am byth.
easy-read-outcome-4-for-you-bond = Mae ymarferwyr yn eu helpu i ddod yn agos at eu rhieni newydd o'r dechrau.
easy-read-outcome-4-for-you-travel = Mae rhai plant yn dod i Loegr heb eu rhieni.
easy-read-outcome-4-for-you-travel-help = Bydd pobl yn eu cefnogi ac yn meddwl am eu hanghenion.
easy-read-outcome-4-for-you-travel-past = Byddan nhw'n meddwl am beth mae'r plant hyn wedi bod drwyddo.

## leaving-care

easy-read-leaving-care-title = Tyfu i fyny a gadael gofal
easy-read-leaving-care-for-you-for-you = Mae'r dudalen hon ar gyfer plant hŷn a fydd yn gadael gofal cyn bo hir.
easy-read-leaving-care-for-you-close = Bydd pobl yn dy helpu i aros yn agos at dy deulu a dy ffrindiau.
easy-read-leaving-care-for-you-adult = Byddan nhw'n dy helpu wrth i ti dyfu i fyny a dod yn oedolyn.
easy-read-leaving-care-for-you-home = Bydd pobl yn dy helpu i ddod o hyd i le diogel i fyw.
easy-read-leaving-care-for-you-choose = Byddan nhw'n ceisio rhoi dewis o gartrefi i ti.
easy-read-leaving-care-for-you-council-home = Efallai y cei di help ychwanegol i gael cartref gan y cyngor.
easy-read-leaving-care-for-you-council-means = Mae cyngor yn gofalu am bobl yn yr ardal lle rwyt ti'n byw.
easy-read-leaving-care-for-you-rent = Efallai y cei di help hefyd i rentu cartref.
easy-read-leaving-care-for-you-somewhere = Bydd pobl yn gweithio'n galed fel bod gan bob **ymadawr gofal** rywle i fyw.
easy-read-leaving-care-for-you-care-leaver-means = Ymadawr gofal yw rhywun a oedd yn byw mewn gofal pan oedd yn blentyn.
easy-read-leaving-care-for-you-work = Bydd pobl yn dy helpu gyda dysgu, swyddi a hyfforddiant.
easy-read-leaving-care-for-you-job-centre = Efallai y bydd ymarferwyr yn gweithio gyda chanolfannau gwaith i ddod o hyd i waith i ti.
easy-read-leaving-care-for-you-practitioners = Mae ymarferwyr yn bobl sy'n gweithio i dy helpu a dy gadw'n ddiogel.
easy-read-leaving-care-for-you-apply = Gallan nhw dy helpu i ddod o hyd i swyddi i wneud cais amdanyn nhw.
easy-read-leaving-care-for-you-just-for-you = Mae rhai swyddi a chyrsiau hyfforddi ar gyfer ymadawyr gofal yn unig.
easy-read-leaving-care-for-you-future = Bydd pobl yn dy helpu i gynllunio ar gyfer y dyfodol.
easy-read-leaving-care-for-you-healthy = Mae dysgu, gwaith a chartref yn dy helpu i fyw bywyd iach a hapus.

## next

easy-read-next-title = Beth i'w wneud nesaf
easy-read-next-read-more-most = Mae'r canllaw hwn yn dweud y pethau pwysicaf yn unig.
easy-read-next-read-more-framework = Gelli di ddarllen y Fframwaith Cenedlaethol i gyd i gael gwybod mwy.
easy-read-next-read-more-framework-means = Mae'r Fframwaith Cenedlaethol yn dweud wrth bobl sut dylai gofal cymdeithasol plant weithio.
easy-read-next-talk-worries = Os oes gen ti gwestiynau neu bryderon, gelli di siarad â rhywun.
easy-read-next-talk-social-worker = Gelli di siarad â dy **weithiwr cymdeithasol**.
easy-read-next-talk-social-worker-means = Mae gweithwyr cymdeithasol yn helpu plant a theuluoedd ac yn cadw plant yn ddiogel.
easy-read-next-talk-adviser = Gelli di siarad â dy **gynghorydd personol**.
easy-read-next-talk-adviser-means = Mae cynghorydd personol yn helpu pobl ifanc sy'n gadael gofal.
easy-read-next-talk-staff = Gelli di hefyd siarad â gweithiwr cymorth i deuluoedd neu staff eraill.
easy-read-next-help-lines-heading = Llinellau cymorth y gelli di eu ffonio am ddim
easy-read-next-charities-charities = Gall y 2 **elusen** hyn hefyd roi help a chyngor i ti.
easy-read-next-charities-charity-means = Mae elusen yn grŵp sy'n helpu pobl a dydy hi ddim yn ceisio gwneud arian.
