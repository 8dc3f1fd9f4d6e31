### Draft translation into Romanian of locales/en-GB/glossary.ftl. Not yet checked by a qualified translator.
###
### -term is the word as the Romanian text uses it; -forms lists the other
### forms (articles, plurals, cases) that appear in guide.ftl and easy-read.ftl.

glossary-heading = Cuvinte explicate

glossary-council-term = consiliu local
glossary-council-forms = consiliul local, consiliile locale, consiliul, consiliului local, autoritățile locale, autoritatea locală
glossary-council-explain = Consiliul local are grijă de oamenii și locurile din zona în care locuiești. El ajută copiii și familiile.

glossary-social-worker-term = asistent social
glossary-social-worker-forms = asistentul tău social, asistenții sociali
glossary-social-worker-explain = Un asistent social ajută copiii și familiile când le este greu. Are ca meserie să țină copiii în siguranță.

glossary-practitioner-term = specialist
glossary-practitioner-forms = specialiștii, specialiști
glossary-practitioner-explain = Specialiștii sunt oameni care au ca meserie să te ajute și să te protejeze. Asistenții sociali, profesorii și asistentele medicale pot fi specialiști.

glossary-advocate-term = reprezentant
glossary-advocate-forms = reprezentantul, reprezentanți
glossary-advocate-explain = Un reprezentant este cineva care te ajută să spui ce gândești. Este de partea ta și nu te judecă.

glossary-advocacy-term = reprezentare
glossary-advocacy-forms = reprezentare independentă
glossary-advocacy-explain = Reprezentarea este ajutor ca să spui ce vrei. Un reprezentant îți dă acest ajutor.

glossary-care-leaver-term = tânăr care pleacă din sistemul de protecție
glossary-care-leaver-forms = tinerii care pleacă din sistemul de protecție, tinerii care părăsesc sistemul de protecție
glossary-care-leaver-explain = Este un tânăr care a trăit în grija serviciilor sociale când era copil. Acești tineri pot primi ajutor în plus când cresc.

glossary-kinship-care-term = îngrijire de către rude
glossary-kinship-care-forms = îngrijirea de către rude, plasament la rude
glossary-kinship-care-explain = Îngrijirea de către rude înseamnă că nu locuiești cu părinții, ci cu rude sau prieteni. Poate fi un bunic, o mătușă sau un prieten al familiei.

glossary-family-network-term = rețea familială
glossary-family-network-forms = rețeaua ta familială, rețelele lor familiale, rețelele tale familiale
glossary-family-network-explain = Rețeaua ta familială este familia ta și oamenii apropiați de familia ta. Pot fi bunici, mătuși, unchi și prieteni ai familiei.

glossary-court-term = tribunal
glossary-court-forms = tribunalul, tribunale
glossary-court-explain = Un tribunal este un loc unde un judecător ia decizii mari. Judecătorul îi ascultă mai întâi pe toți.

glossary-judge-term = judecător
glossary-judge-forms = judecătorul, judecători
glossary-judge-explain = Un judecător este o persoană care are ca meserie să ia decizii corecte într-un tribunal.

glossary-wellbeing-term = stare de bine
glossary-wellbeing-forms = starea de bine, starea ta de bine
glossary-wellbeing-explain = Starea de bine înseamnă să te simți bine și fericit, în corp și în minte.

glossary-discrimination-term = discriminare
glossary-discrimination-forms = discriminarea, discriminării, discriminează
glossary-discrimination-explain = Discriminarea înseamnă să te porți mai rău cu cineva din cauza a ceea ce este. Este greșit și este împotriva legii.

glossary-disability-term = dizabilitate
glossary-disability-forms = dizabilități, dizabilitatea
glossary-disability-explain = O dizabilitate poate face unele lucruri mai grele, ca mersul, vederea, auzul sau învățatul. Mulți oameni au o dizabilitate.

glossary-foster-carer-term = asistent maternal
glossary-foster-carer-forms = asistentul maternal, asistenți maternali, asistentă maternală, familie de plasament, plasament familial
glossary-foster-carer-explain = Un asistent maternal are grijă de copiii care nu pot locui cu familia lor. Copiii locuiesc în casa asistentului maternal.

glossary-adoption-term = adopție
glossary-adoption-forms = adopția, adoptat, adoptați, adoptivi
glossary-adoption-explain = Adopția înseamnă că o familie nouă devine familia ta pentru toată viața. Noii tăi părinți sunt părinții tăi prin lege.

glossary-personal-adviser-term = consilier personal
glossary-personal-adviser-forms = consilierul tău personal, consilierul personal
glossary-personal-adviser-explain = Un consilier personal îi ajută pe tinerii care pleacă din sistemul de protecție. Îi ajută cu lucruri ca banii, locuința și munca.

glossary-complaint-term = plângere
glossary-complaint-forms = plângerea, plângeri
glossary-complaint-explain = O plângere înseamnă să spui cuiva care conduce că ceva nu este în regulă. Acea persoană trebuie să te asculte și să încerce să rezolve problema.

glossary-national-framework-term = Cadrul național
glossary-national-framework-forms = Cadrului național, Cadru național
glossary-national-framework-explain = Cadrul național este un plan al guvernului. Spune cum ar trebui să lucreze serviciile sociale pentru copii.

glossary-principle-term = principiu
glossary-principle-forms = principii, principiile
glossary-principle-explain = Principiile sunt idei importante în care oamenii cred și pe care le respectă.

glossary-outcome-term = rezultat
glossary-outcome-forms = rezultatul, rezultate
glossary-outcome-explain = Un rezultat este un lucru bun care ar trebui să ți se întâmple.

glossary-welfare-term = binele
glossary-welfare-explain = Binele tău înseamnă să fii în siguranță, sănătos și îngrijit.

glossary-culture-term = cultură
glossary-culture-forms = cultura, culturii, cultural
glossary-culture-explain = Cultura înseamnă felul tău de viață, de exemplu limba, credința, mâncarea și sărbătorile.

glossary-family-time-term = timp cu familia
glossary-family-time-forms = timpul cu familia
glossary-family-time-explain = Timpul cu familia înseamnă întâlniri sau discuții cu familia, când nu locuiți împreună.

glossary-charity-term = organizație caritabilă
glossary-charity-forms = organizații caritabile, organizația caritabilă
glossary-charity-explain = O organizație caritabilă este un grup care ajută oamenii fără să câștige bani din asta.

glossary-rights-term = drepturile copilului
glossary-rights-forms = drepturi, drepturile, drepturile tale
glossary-rights-explain = Drepturile sunt ce trebuie să aibă orice copil: siguranță, mâncare, o casă și școală.
