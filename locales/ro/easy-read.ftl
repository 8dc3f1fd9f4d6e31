### Draft translation into Romanian of locales/en-GB/easy-read.ftl. Not yet checked by a qualified translator.

easy-read-title = Serviciile sociale pentru copii: ce înseamnă pentru tine
easy-read-description = Un ghid ușor de citit despre ajutorul pentru copii și familii din Anglia.

## about

easy-read-about-title = Despre acest ghid
easy-read-about-intro-care = Serviciile sociale pentru copii ajută copiii și familiile lor.
easy-read-about-intro-council = **Consiliul local** îți dă acest ajutor.
easy-read-about-intro-council-means = Consiliul local are grijă de oamenii din zona în care locuiești.
easy-read-about-intro-many = Mulți copii și tineri din Anglia primesc acest ajutor.
easy-read-about-intro-class = În fiecare clasă, cam 5 copii au primit acest ajutor.
easy-read-about-intro-better = Un ajutor bun îți poate face viața mai bună.
easy-read-about-intro-framework = Guvernul a scris un plan numit **Cadrul național**.
easy-read-about-intro-framework-means = Cadrul național le spune oamenilor cum trebuie să lucreze serviciile sociale pentru copii.
easy-read-about-intro-expect = Planul spune ce ajutor trebuie să primești.
easy-read-about-intro-guide = Acest ghid îți spune cum te ajută Cadrul național.
easy-read-about-intro-wishes = Oamenii care te ajută trebuie să se gândească la ce vrei tu.
easy-read-about-intro-check = Poți folosi acest ghid ca să verifici dacă ajutorul tău este bun.
easy-read-about-intro-speak-up = Dacă ajutorul nu este destul de bun, poți să spui asta.

## purpose

easy-read-purpose-title = La ce folosesc serviciile sociale pentru copii
easy-read-purpose-intro-aim = Toți oamenii din serviciile sociale pentru copii au același scop.
easy-read-purpose-intro-support = Ei sunt acolo ca să ajute copiii, tinerii și familiile.
easy-read-purpose-intro-protect = Ei acționează repede ca să ferească copiii de rău.
easy-read-purpose-intro-care = Ei au grijă de copiii care au nevoie.
easy-read-purpose-intro-love = Ei vor ca fiecare copil să crească în siguranță, liniștit și iubit.
easy-read-purpose-intro-there = Asta înseamnă că ei sunt acolo pentru tine.
easy-read-purpose-intro-happy = Ei te ajută să crești în siguranță, sănătos și fericit.

## principles

easy-read-principles-title = 6 idei importante
easy-read-principles-intro-follow = Oamenii din serviciile sociale pentru copii respectă 6 **principii**.
easy-read-principles-intro-means = Principiile sunt idei importante în care cred toți acești oameni.
easy-read-principles-principles-heading = Cele 6 principii
easy-read-principles-principles-welfare = **Binele** tău contează mai mult decât orice altceva.
easy-read-principles-principles-welfare-means = Binele tău înseamnă să fii în siguranță, sănătos și îngrijit.
easy-read-principles-principles-asked = Oamenii te vor întreba ce vrei.
easy-read-principles-principles-listen = Ei te vor asculta și îți vor răspunde.
easy-read-principles-principles-family = Ei lucrează cu toată familia ta.
easy-read-principles-principles-raised = Copiii trebuie să crească într-o familie ori de câte ori se poate.
easy-read-principles-principles-together = Consiliile locale lucrează cu alții ca să afle de ce au nevoie familiile.
easy-read-principles-principles-fair = Consiliile locale promit să fie corecte cu toată lumea.
easy-read-principles-outcomes-heading = 4 lucruri bune pentru tine
easy-read-principles-outcomes-four = Principiile ajută la 4 scopuri mari numite **rezultate**.
easy-read-principles-outcomes-means = Un rezultat este un lucru bun care ar trebui să ți se întâmple.
easy-read-principles-outcomes-together = Familia ta rămâne unită atunci când este sigur.
easy-read-principles-outcomes-network = Familia ta și oamenii apropiați de ea te sprijină.
easy-read-principles-outcomes-safe = Ești în siguranță.
easy-read-principles-outcomes-home = Locuiești într-un cămin plin de iubire.
easy-read-principles-more-most = Serviciile sociale pentru copii ajută cel mai mult cu aceste 4 lucruri.
easy-read-principles-more-family = Familiile le pot da adesea copiilor cel mai bun sprijin.
easy-read-principles-more-cannot = Uneori copiii nu pot rămâne cu propria familie.
easy-read-principles-more-home = Atunci serviciile sociale pentru copii le găsesc un alt cămin plin de iubire.
easy-read-principles-more-safety = Siguranța copiilor este mereu cel mai important lucru.
easy-read-principles-more-pages = Paginile următoare îți spun despre fiecare rezultat.

## outcome-1

easy-read-outcome-1-title = Rezultatul 1: Familia ta poate rămâne unită
easy-read-outcome-1-label = Rezultatul 1
easy-read-outcome-1-intro-together = **Consiliul local** vrea ca familia ta să rămână unită.
easy-read-outcome-1-intro-safely = Consiliul local are grijă de oamenii din zona ta și ajută familiile să protejeze copiii.
easy-read-outcome-1-intro-cope = Serviciile sociale pentru copii ajută familia ta în momentele grele.
easy-read-outcome-1-intro-loved = Așa, oamenii pe care îi iubești pot avea grijă de tine în siguranță și liniște.
easy-read-outcome-1-for-you-heading = Ce înseamnă asta pentru tine
easy-read-outcome-1-for-you-heard = Oamenii vor asculta ce gândești, oricâți ani ai avea.
easy-read-outcome-1-for-you-understand = Ei se vor strădui să te înțeleagă, oricum îți spui ideile.
easy-read-outcome-1-for-you-listen = Toți cei care lucrează cu tine te vor asculta pe tine și familia ta.
easy-read-outcome-1-for-you-plan-help = Așa, **specialiștii** pot plănui un ajutor care chiar funcționează.
easy-read-outcome-1-for-you-practitioners = Specialiștii sunt oameni care au ca meserie să te ajute și să te protejeze.
easy-read-outcome-1-for-you-learn = Oamenii îți vor explica cum lucrează serviciile sociale pentru copii.
easy-read-outcome-1-for-you-right-time = Familia ta va primi ajutorul potrivit la momentul potrivit.
easy-read-outcome-1-for-you-disability = Unii copii au o **dizabilitate**.
easy-read-outcome-1-for-you-disability-means = O dizabilitate poate face mai grele lucruri ca mersul, vederea sau învățatul.
easy-read-outcome-1-for-you-decide = Atunci tu și familia ta veți ajuta la alegerea ajutorului tău.
easy-read-outcome-1-for-you-parents = Planul pentru siguranța ta va cuprinde ce cred părinții tăi.
easy-read-outcome-1-for-you-feelings = Oamenii te vor ajuta să îți spui dorințele și sentimentele în privat.
easy-read-outcome-1-for-you-culture = Oamenii îți vor respecta **cultura**.
easy-read-outcome-1-for-you-culture-means = Cultura înseamnă felul tău de viață, de exemplu limba, credința și mâncarea.
easy-read-outcome-1-for-you-unfair = Ei se vor opune mereu **discriminării**.
easy-read-outcome-1-for-you-unfair-means = Discriminarea înseamnă să te porți urât cu cineva din cauza a ceea ce este.
easy-read-outcome-1-for-you-money = Oamenii din zona ta pot da familiei tale sfaturi despre bani și locuință.
easy-read-outcome-1-for-you-past = Specialiștii vor încerca să afle ce ți s-a întâmplat.
easy-read-outcome-1-for-you-hard = Ei te vor ajuta să faci față lucrurilor care sunt grele pentru tine.
easy-read-outcome-1-for-you-school = Specialiștii știu că școala și învățatul sunt foarte importante.
easy-read-outcome-1-for-you-best = Școala te ajută să fii în siguranță și să dai tot ce ai mai bun.

## outcome-2

easy-read-outcome-2-title = Rezultatul 2: Ajutor pentru familia ta mai largă
easy-read-outcome-2-label = Rezultatul 2
easy-read-outcome-2-intro-wider = Serviciile sociale pentru copii vor ajuta și familia ta mai largă.
easy-read-outcome-2-intro-who = Asta înseamnă oameni ca bunicii, mătușile și unchii.
easy-read-outcome-2-intro-why = Acești oameni te pot ajuta să fii în siguranță și iubit.
easy-read-outcome-2-intro-network = **Rețeaua ta familială** te poate ajuta când lucrurile sunt grele.
easy-read-outcome-2-intro-network-means = Rețeaua ta familială este toată familia ta, plus prietenii apropiați ai familiei.
easy-read-outcome-2-intro-help = Uneori rețeaua ta familială are nevoie de ajutor ca să te sprijine.
easy-read-outcome-2-for-you-heading = Ce înseamnă asta pentru tine
easy-read-outcome-2-for-you-who = Oamenii te vor întreba cine face parte din familia ta.
easy-read-outcome-2-for-you-who-examples = Familia poate însemna mătuși, unchi, bunici sau prieteni ai familiei.
easy-read-outcome-2-for-you-look-after = Oamenii te vor întreba cum ar putea avea grijă de tine rețeaua ta familială.
easy-read-outcome-2-for-you-trust = Te vor întreba dacă ai încredere în ei și dacă te simți iubit de ei.
easy-read-outcome-2-for-you-views = Oamenii se vor gândi la ce vrei tu când plănuiesc ajutorul din familie.
easy-read-outcome-2-for-you-enough = Oamenii vor întreba familia ta dacă primește destul ajutor.
easy-read-outcome-2-for-you-meet = Oamenii vor aduna familia ta ca să își spună poveștile.
easy-read-outcome-2-for-you-questions = Familia ta va avea timp să pună întrebări despre ajutorul tău.
easy-read-outcome-2-for-you-others = Poți primi ajutor și de la oameni din afara familiei tale.
easy-read-outcome-2-for-you-teachers = Aceștia pot fi prieteni, profesori sau lucrători de tineret.
easy-read-outcome-2-for-you-community = Pot fi și oameni care locuiesc aproape de tine sau oameni din grupul tău religios.
easy-read-outcome-2-for-you-get-on = Familia ta poate primi ajutor ca să se înțeleagă mai bine.
easy-read-outcome-2-for-you-mend = Familia ta poate primi ajutor și ca să se împace după o ceartă.
easy-read-outcome-2-for-you-cannot = Dacă familia ta nu poate avea grijă de tine, oamenii te vor sprijini.
easy-read-outcome-2-for-you-unsafe = Asta contează cel mai mult atunci când acasă nu ești în siguranță.
easy-read-outcome-2-for-you-disability = Unii copii au o **dizabilitate**.
easy-read-outcome-2-for-you-disability-means = O dizabilitate poate face mai grele lucruri ca mersul, vederea sau învățatul.
easy-read-outcome-2-for-you-disability-help = Atunci rețeaua ta familială poate primi ajutor ca să aibă grijă de tine.

## outcome-3

easy-read-outcome-3-title = Rezultatul 3: Să fii în siguranță
easy-read-outcome-3-label = Rezultatul 3
easy-read-outcome-3-intro-most = Siguranța ta este cel mai important lucru, mereu și peste tot.
easy-read-outcome-3-intro-protect = Serviciile sociale pentru copii te vor apăra de rău.
easy-read-outcome-3-intro-find-out = Ei vor afla dacă cineva îți face rău.
easy-read-outcome-3-intro-where = Răul se poate întâmpla acasă, în zona ta sau online.
easy-read-outcome-3-for-you-heading = Ce înseamnă asta pentru tine
easy-read-outcome-3-for-you-asked = Oamenii te vor întreba despre siguranța și **starea ta de bine**.
easy-read-outcome-3-for-you-wellbeing-means = Starea de bine înseamnă să te simți bine și fericit, în corp și în minte.
easy-read-outcome-3-for-you-always = Ei te vor tot întreba, cât timp primești ajutor.
easy-read-outcome-3-for-you-safer = Te vor întreba ce trebuie să se schimbe ca să fii mai în siguranță.
easy-read-outcome-3-for-you-quick = Specialiștii vor acționa repede dacă cineva îți face rău sau ar putea să-ți facă rău.
easy-read-outcome-3-for-you-practitioners = Specialiștii sunt oameni care au ca meserie să te ajute și să te protejeze.
easy-read-outcome-3-for-you-decisions = Specialiștii îți vor spune des ce decid despre viața ta.
easy-read-outcome-3-for-you-court = Dacă oamenii care te ajută sunt îngrijorați, pot cere ajutor unui **tribunal**.
easy-read-outcome-3-for-you-court-means = Un tribunal este un loc unde un **judecător** ia decizii mari.
easy-read-outcome-3-for-you-judge-means = Un judecător este o persoană care are ca meserie să ia decizii corecte.
easy-read-outcome-3-for-you-judge-safe = Judecătorul decide ce trebuie făcut ca să fii în siguranță.
easy-read-outcome-3-for-you-court-heard = Oamenii vor asculta ce crezi tu despre asta.
easy-read-outcome-3-for-you-own-voice = Oamenii te vor asculta pe tine, nu doar pe adulții din jurul tău.
easy-read-outcome-3-for-you-know-you = Specialiștii se vor strădui să te cunoască bine.
easy-read-outcome-3-for-you-everything = Ei vor încerca să înțeleagă tot ce se întâmplă în viața ta.
easy-read-outcome-3-for-you-age = Oamenii te vor asculta, oricâți ani ai avea.
easy-read-outcome-3-for-you-understand = Ei se vor strădui să te înțeleagă, oricum îți spui ideile.
easy-read-outcome-3-for-you-hard-talk = Despre unele lucruri poate fi foarte greu să vorbești.
easy-read-outcome-3-for-you-know = Oamenii care te ajută știu că poate ți s-au întâmplat lucruri rele.
easy-read-outcome-3-for-you-still = Ei știu că poate lucrurile rele se întâmplă și acum.
easy-read-outcome-3-for-you-tell = Ei speră că le vei spune, ca să te poată ține în siguranță.
easy-read-outcome-3-for-you-fair = Oamenii trebuie să se poarte corect cu tine.
easy-read-outcome-3-for-you-unfair = Ei se vor ocupa de orice **discriminare** împotriva ta.
easy-read-outcome-3-for-you-unfair-means = Discriminarea înseamnă să te porți urât cu cineva din cauza a ceea ce este.
easy-read-outcome-3-for-you-harm-others = Dacă ai rănit pe cineva, specialiștii știu că tot ai nevoie de ajutor.

## outcome-4

easy-read-outcome-4-title = Rezultatul 4: Un cămin plin de iubire pentru tine
easy-read-outcome-4-label = Rezultatul 4
easy-read-outcome-4-intro-deserve = Meriți iubire, grijă și siguranță, la fel ca oricine altcineva.
easy-read-outcome-4-intro-cannot = Uneori copiii nu pot locui cu familia lor sau cu familia mai largă.
easy-read-outcome-4-intro-council = Atunci consiliul local îți va da sprijinul de care ai nevoie.
easy-read-outcome-4-intro-council-means = Consiliul local are grijă de oamenii din zona în care locuiești.
easy-read-outcome-4-intro-home = Serviciile sociale pentru copii îți vor găsi un cămin sigur, liniștit și plin de iubire.
easy-read-outcome-4-intro-feelings = Sprijinul te va ajuta să îți înțelegi sentimentele.
easy-read-outcome-4-intro-happy = Sprijinul te va ajuta să ai o viață sănătoasă și fericită.
easy-read-outcome-4-for-you-heading = Ce înseamnă asta pentru tine
easy-read-outcome-4-for-you-where = Oamenii te vor întreba unde vrei să locuiești.
easy-read-outcome-4-for-you-important = Ei te vor întreba ce este important pentru tine.
easy-read-outcome-4-for-you-updates = Oamenii îți vor spune despre decizii atunci când le iau.
easy-read-outcome-4-for-you-why = Ei îți vor spune ce se întâmplă și de ce.
easy-read-outcome-4-for-you-hopes = Vei putea spune des care sunt speranțele și visurile tale.
easy-read-outcome-4-for-you-hopes-plan = Oamenii vor folosi speranțele și visurile tale ca să plănuiască ajutorul tău.
easy-read-outcome-4-for-you-views = Oamenii te vor ajuta să spui ce gândești.
easy-read-outcome-4-for-you-advocate = Poți avea un **reprezentant** care să te ajute.
easy-read-outcome-4-for-you-advocate-means = Un reprezentant vorbește pentru tine și nu te judecă.
easy-read-outcome-4-for-you-complain = Un reprezentant te poate ajuta și să faci o **plângere**.
easy-read-outcome-4-for-you-complaint-means = O plângere înseamnă să spui unui șef că ceva nu este în regulă.
easy-read-outcome-4-for-you-new-home = Dacă te muți, noul tău cămin va fi sigur și plin de iubire.
easy-read-outcome-4-for-you-in-touch = Dacă te muți, oamenii te vor ajuta să păstrezi legătura.
easy-read-outcome-4-for-you-close = Poți rămâne aproape de familie, de prieteni și de comunitatea ta.
easy-read-outcome-4-for-you-family-time = Poți avea **timp cu familia** alături de frații și surorile tale.
easy-read-outcome-4-for-you-family-time-means = Timpul cu familia înseamnă să îți vezi familia sau să vorbești cu ea.
easy-read-outcome-4-for-you-wellbeing = Oamenii vor lua în serios **starea ta de bine**.
easy-read-outcome-4-for-you-wellbeing-means = Starea de bine înseamnă să te simți bine și fericit în mintea ta.
easy-read-outcome-4-for-you-support = Specialiștii te vor ajuta să găsești pe cineva cu care să vorbești.
easy-read-outcome-4-for-you-practitioners = Specialiștii sunt oameni care au ca meserie să te ajute și să te protejeze.
easy-read-outcome-4-for-you-adopted = Unii copii primesc o familie nouă prin **adopție**.
easy-read-outcome-4-for-you-adopted-means = Adopția înseamnă că o familie nouă devine familia ta pentru toată viața.
easy-read-outcome-4-for-you-bond = Specialiștii îi ajută să se apropie de noii lor părinți încă de la început.
easy-read-outcome-4-for-you-travel = Unii copii vin în Anglia fără părinții lor.
easy-read-outcome-4-for-you-travel-help = Oamenii îi vor sprijini și se vor gândi la nevoile lor.
easy-read-outcome-4-for-you-travel-past = Ei se vor gândi la ce au trăit acești copii.

## leaving-care

easy-read-leaving-care-title = Când crești mare și pleci din sistemul de protecție
easy-read-leaving-care-for-you-for-you = Pagina aceasta este pentru copiii mai mari care pleacă în curând din sistemul de protecție.
easy-read-leaving-care-for-you-close = Oamenii te vor ajuta să rămâi aproape de familie și de prieteni.
easy-read-leaving-care-for-you-adult = Ei te vor ajuta în timp ce crești și devii adult.
easy-read-leaving-care-for-you-home = Oamenii te vor ajuta să găsești un loc sigur unde să locuiești.
easy-read-leaving-care-for-you-choose = Ei vor încerca să îți dea mai multe locuințe din care să alegi.
easy-read-leaving-care-for-you-council-home = Poți primi ajutor în plus ca să primești o locuință de la consiliul local.
easy-read-leaving-care-for-you-council-means = Consiliul local are grijă de oamenii din zona în care locuiești.
easy-read-leaving-care-for-you-rent = Poți primi și ajutor ca să închiriezi o locuință.
easy-read-leaving-care-for-you-somewhere = Oamenii se străduiesc ca orice **tânăr care pleacă din sistemul de protecție** să aibă casă.
easy-read-leaving-care-for-you-care-leaver-means = Un tânăr care pleacă din sistemul de protecție a crescut în grija serviciilor sociale.
easy-read-leaving-care-for-you-work = Oamenii te vor ajuta cu învățatul, cu locurile de muncă și cu cursurile.
easy-read-leaving-care-for-you-job-centre = Specialiștii pot lucra cu agențiile de muncă ca să îți găsească de lucru.
easy-read-leaving-care-for-you-practitioners = Specialiștii sunt oameni care au ca meserie să te ajute și să te protejeze.
easy-read-leaving-care-for-you-apply = Ei te pot ajuta să găsești locuri de muncă la care să te înscrii.
easy-read-leaving-care-for-you-just-for-you = Unele joburi și cursuri sunt doar pentru tinerii care pleacă din sistemul de protecție.
easy-read-leaving-care-for-you-future = Oamenii te vor ajuta să îți plănuiești viitorul.
easy-read-leaving-care-for-you-healthy = Învățatul, munca și o casă te ajută să ai o viață sănătoasă și fericită.

## next

easy-read-next-title = Ce poți face mai departe
easy-read-next-read-more-most = Acest ghid îți spune doar cele mai importante lucruri.
easy-read-next-read-more-framework = Poți citi tot Cadrul național ca să afli mai multe.
easy-read-next-read-more-framework-means = Cadrul național le spune oamenilor cum trebuie să lucreze serviciile sociale pentru copii.
easy-read-next-talk-worries = Dacă ai întrebări sau griji, poți vorbi cu cineva.
easy-read-next-talk-social-worker = Poți vorbi cu **asistentul tău social**.
easy-read-next-talk-social-worker-means = Asistenții sociali ajută copiii și familiile și îi țin pe copii în siguranță.
easy-read-next-talk-adviser = Poți vorbi cu **consilierul tău personal**.
easy-read-next-talk-adviser-means = Un consilier personal îi ajută pe tinerii care ies din grija serviciilor sociale.
easy-read-next-talk-staff = Poți vorbi și cu un lucrător de sprijin pentru familie sau cu alți angajați.
easy-read-next-help-lines-heading = Linii de ajutor la care poți suna gratuit
easy-read-next-charities-charities = Aceste 2 **organizații caritabile** îți pot da și ele ajutor și sfaturi.
easy-read-next-charities-charity-means = O organizație caritabilă este un grup care ajută oamenii și nu încearcă să facă bani.
