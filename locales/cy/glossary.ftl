### Draft translation into Welsh of locales/en-GB/glossary.ftl. Not yet checked by a qualified translator.
###
### -term is the word as the Welsh text uses it; -forms lists the other
### forms (plurals and mutations) that appear in guide.ftl and easy-read.ftl.

glossary-heading = Geiriau wedi'u hesbonio

glossary-council-term = cyngor
glossary-council-forms = cynghorau, cynghorau'n, gyngor, cyngor lleol, gyngor lleol, cynghorau lleol, awdurdod lleol, hawdurdod lleol, awdurdodau lleol
glossary-council-explain = Mae cyngor yn gofalu am bobl a lleoedd yn yr ardal lle rwyt ti'n byw. Mae'n rhoi help i blant a theuluoedd.

glossary-social-worker-term = gweithiwr cymdeithasol
glossary-social-worker-forms = weithiwr cymdeithasol, gweithwyr cymdeithasol
glossary-social-worker-explain = Mae gweithiwr cymdeithasol yn helpu plant a theuluoedd pan fydd pethau'n anodd. Eu gwaith yw cadw plant yn ddiogel.

glossary-practitioner-term = ymarferydd
glossary-practitioner-forms = ymarferwyr
glossary-practitioner-explain = Mae ymarferwyr yn bobl sy'n gweithio i dy helpu a dy gadw'n ddiogel. Gall gweithwyr cymdeithasol, athrawon a nyrsys i gyd fod yn ymarferwyr.

glossary-advocate-term = eiriolwr
glossary-advocate-forms = eiriolwyr
glossary-advocate-explain = Mae eiriolwr yn rhywun sy'n dy helpu i ddweud beth rwyt ti'n ei feddwl. Maen nhw ar dy ochr di a dydyn nhw ddim yn dy farnu di.

glossary-advocacy-term = eiriolaeth
glossary-advocacy-forms = eiriolaeth annibynnol
glossary-advocacy-explain = Eiriolaeth yw help i ddweud beth rwyt ti ei eisiau. Mae eiriolwr yn rhoi'r help hwn i ti.

glossary-care-leaver-term = ymadawr gofal
glossary-care-leaver-forms = ymadawyr gofal
glossary-care-leaver-explain = Mae ymadawr gofal yn berson ifanc a oedd yn byw mewn gofal pan oedd yn blentyn. Gall ymadawyr gofal gael help ychwanegol wrth iddyn nhw dyfu i fyny.

glossary-kinship-care-term = gofal gan berthnasau
glossary-kinship-care-forms = gofalwr sy'n berthynas, gofalwyr sy'n berthnasau
glossary-kinship-care-explain = Gofal gan berthnasau yw pan fyddi di'n byw gyda theulu neu ffrindiau yn lle dy rieni. Gallai hyn fod yn nain neu daid, modryb neu ffrind i'r teulu.

glossary-family-network-term = rhwydwaith teuluol
glossary-family-network-forms = rwydwaith teuluol, rhwydweithiau teuluol, rwydweithiau teuluol
glossary-family-network-explain = Dy rwydwaith teuluol yw dy deulu a'r bobl sy'n agos at dy deulu. Gall gynnwys neiniau a theidiau, modrybedd, ewythrod a ffrindiau i'r teulu.

glossary-court-term = llys
glossary-court-forms = lys, llysoedd
glossary-court-explain = Mae llys yn lle mae barnwr yn gwneud penderfyniadau mawr. Mae'r barnwr yn gwrando ar bawb yn gyntaf.

glossary-judge-term = barnwr
glossary-judge-forms = farnwr, barnwyr, farnwyr
glossary-judge-explain = Gwaith barnwr yw gwneud penderfyniadau teg mewn llys.

glossary-wellbeing-term = llesiant
glossary-wellbeing-forms = lesiant
glossary-wellbeing-explain = Mae llesiant yn golygu teimlo'n iach ac yn hapus, yn dy gorff ac yn dy feddwl.

glossary-discrimination-term = gwahaniaethu
glossary-discrimination-forms = wahaniaethu
glossary-discrimination-explain = Mae gwahaniaethu yn golygu trin rhywun yn waeth oherwydd pwy ydyn nhw. Mae'n anghywir, ac mae'n groes i'r gyfraith.

glossary-disability-term = anabledd
glossary-disability-forms = anableddau, anabl
glossary-disability-explain = Gall anabledd wneud rhai pethau'n anoddach, fel symud, gweld, clywed neu ddysgu. Mae gan lawer o bobl anabledd.

glossary-foster-carer-term = gofalwr maeth
glossary-foster-carer-forms = gofalwyr maeth, ofalwr maeth, ofalwyr maeth, gofal maeth, teulu maeth, teuluoedd maeth, rhiant maeth, rhieni maeth, maethu
glossary-foster-carer-explain = Mae gofalwr maeth yn gofalu am blant sy'n methu byw gyda'u teulu eu hunain. Mae'r plant yn byw yng nghartref y gofalwr maeth.

glossary-adoption-term = mabwysiadu
glossary-adoption-forms = fabwysiadu, mabwysiadol, mabwysiedig
glossary-adoption-explain = Mae mabwysiadu yn golygu bod teulu newydd yn dod yn deulu i ti am byth. Dy rieni newydd yw dy rieni yn ôl y gyfraith.

glossary-personal-adviser-term = cynghorydd personol
glossary-personal-adviser-forms = gynghorydd personol, chynghorydd personol, cynghorwyr personol
glossary-personal-adviser-explain = Mae cynghorydd personol yn helpu pobl ifanc sy'n gadael gofal. Maen nhw'n helpu gyda phethau fel arian, cartref a gwaith.

glossary-complaint-term = cwyn
glossary-complaint-forms = cwynion, cwyno, gwyno
glossary-complaint-explain = Mae gwneud cwyn yn golygu dweud wrth rywun sy'n gyfrifol bod rhywbeth o'i le. Rhaid iddyn nhw wrando a cheisio ei unioni.

glossary-national-framework-term = Fframwaith Cenedlaethol
glossary-national-framework-forms = Fframwaith Cenedlaethol Gofal Cymdeithasol Plant
glossary-national-framework-explain = Mae'r Fframwaith Cenedlaethol yn gynllun gan y llywodraeth. Mae'n dweud sut dylai gofal cymdeithasol plant weithio.

glossary-principle-term = egwyddor
glossary-principle-forms = egwyddorion
glossary-principle-explain = Mae egwyddorion yn syniadau pwysig y mae pobl yn credu ynddyn nhw ac yn eu dilyn.

glossary-outcome-term = canlyniad
glossary-outcome-forms = canlyniadau
glossary-outcome-explain = Mae canlyniad yn beth da a ddylai ddigwydd i ti.

glossary-welfare-term = lles
glossary-welfare-explain = Mae lles yn golygu bod yn ddiogel, yn iach a chael gofal.

glossary-culture-term = diwylliant
glossary-culture-forms = ddiwylliant, diwylliannau, diwylliannol
glossary-culture-explain = Diwylliant yw dy ffordd o fyw, fel dy iaith, dy ffydd, dy fwyd a dy ddathliadau.

glossary-family-time-term = amser teulu
glossary-family-time-forms = amser gyda dy deulu
glossary-family-time-explain = Mae amser teulu yn golygu gweld dy deulu neu siarad â nhw pan fyddwch chi'n byw ar wahân.

glossary-charity-term = elusen
glossary-charity-forms = elusennau
glossary-charity-explain = Mae elusen yn grŵp o bobl sy'n helpu eraill heb wneud arian o hynny.

glossary-rights-term = hawliau plant
glossary-rights-forms = hawliau, dy hawliau, hawl
glossary-rights-explain = Hawliau yw pethau y dylai pob plentyn eu cael, fel diogelwch, bwyd, cartref ac ysgol.
