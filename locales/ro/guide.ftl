### Draft translation into Romanian of locales/en-GB/guide.ftl. Not yet checked by a qualified translator.

guide-title =
    Un ghid ilustrat despre Cadrul național privind serviciile sociale pentru copii
guide-description = Pentru copii și tineri

## about

guide-about-title = Despre acest ghid
guide-about-p1 =
    „Serviciile sociale pentru copii” înseamnă diferitele feluri de sprijin pe
    care copiii, tinerii și familiile lor le primesc de la autoritățile locale
    atunci când au nevoie de ajutor în plus. Autoritatea ta locală este
    organizația care se ocupă de oamenii din zona în care locuiești și te poate
    sprijini.
guide-about-p2 =
    În fiecare an, 400.000 de copii și tineri ca tine primesc sprijin de la
    serviciile sociale pentru copii.
guide-about-p3 =
    Asta înseamnă că aproximativ 5 copii din fiecare clasă din Anglia au primit
    sprijin la un moment dat în ultimii opt ani. Un sprijin potrivit poate
    schimba viața tuturor acestor oameni, și pe a ta, dar numai dacă toată lumea
    știe cum arată niște servicii sociale pentru copii de bună calitate.
guide-about-p4 =
    Ca să-i aducă pe toți împreună, Departamentul pentru Educație a creat
    „**Cadrul național privind serviciile sociale pentru copii**”.
guide-about-p5 =
    Acesta le spune tuturor celor care oferă sprijin ce trebuie să realizeze
    serviciile sociale pentru copii și cum ar trebui să funcționeze. Scopul
    Cadrului național este să explice clar la ce te poți aștepta de la ajutorul
    și îngrijirea pe care le primești.
guide-about-p6 =
    Acest ghid îți va spune ce înseamnă Cadrul național pentru tine și cum pune
    dorințele tale în centrul sistemului de servicii sociale pentru copii. Ar
    trebui să-l folosești ca să compari sprijinul pe care îl primești acum cu
    felul în care este descris aici. Așa poți avea siguranța că sprijinul pe
    care îl primești este destul de bun și poți spune deschis dacă nu ți se pare
    că este așa.

## purpose

guide-purpose-title = Scopul serviciilor sociale pentru copii
guide-purpose-p1 =
    Este important să ne oprim o clipă ca să-ți spunem care este scopul
    serviciilor sociale pentru copii. Așa poți înțelege scopul comun al tuturor
    celor care lucrează în acest domeniu. Cadrul național spune că scopul este:
guide-purpose-quote =
    „...să sprijine copiii, tinerii și familiile, să-i protejeze pe copii și pe
    tineri intervenind hotărât atunci când sunt în pericol să li se facă rău și
    să ofere îngrijire celor care au nevoie de ea, pentru ca aceștia să crească
    și să se dezvolte în siguranță, cu stabilitate și iubire.”
guide-purpose-p2 =
    Mai simplu spus, asta înseamnă să fie alături de tine, ca să fii în
    siguranță și să crești sănătos și fericit.

## principles

guide-principles-title = Principiile serviciilor sociale pentru copii
guide-principles-p1 =
    Oamenii care lucrează în serviciile sociale pentru copii ar trebui să
    respecte 6 principii atunci când lucrează cu tine. Te poți gândi la aceste
    principii ca la lucruri în care cred toți cei care lucrează în serviciile
    sociale pentru copii. Principiile sunt acestea:
guide-principles-principles-1 =
    binele copiilor este cel mai important lucru dintre toate
guide-principles-principles-2 =
    copiii sunt întrebați ce își doresc, iar oamenii îi ascultă și le răspund
guide-principles-principles-3 = serviciile sociale pentru copii lucrează cu familii întregi
guide-principles-principles-4 =
    copiii sunt crescuți de familiile lor, împreună cu rețelele lor familiale
    sau într-un mediu de familie, ori de câte ori este posibil
guide-principles-principles-5 =
    consiliile locale lucrează cu alți oameni ca să înțeleagă de ce au nevoie
    copiii, tinerii și familiile lor
guide-principles-principles-6 =
    consiliile locale se angajează să se poarte corect cu toată lumea
guide-principles-p2 =
    Aceste principii stau la baza a tot ceea ce serviciile sociale pentru copii
    speră să realizeze. Dar ele contribuie mai ales la 4 lucruri pe care se
    concentrează Cadrul național, numite „rezultate”:
guide-principles-outcomes-1 =
    familia ta să rămână unită, iar tu să poți rămâne cu ea atunci când este
    sigur
guide-principles-outcomes-2 = să primești sprijin de la familia ta și de la rețeaua ta familială
guide-principles-outcomes-3 = să fii în siguranță
guide-principles-outcomes-4 = să poți trăi într-un cămin plin de iubire
guide-principles-p3 =
    Acestea sunt domeniile din viața ta la care serviciile sociale pentru copii
    te ajută cel mai mult. Sistemul este gândit așa încât accentul să fie pus pe
    familie, pentru că familiile le pot oferi adesea copiilor lor cel mai bun
    sprijin.
guide-principles-p4 =
    Totuși, copiii nu pot rămâne întotdeauna cu propria familie. Când se
    întâmplă asta, serviciile sociale pentru copii sunt acolo ca să le găsească
    un cămin plin de iubire în altă parte. În toate situațiile, siguranța
    copiilor este cel mai important lucru.
guide-principles-p5 =
    Restul acestui ghid îți explică ce înseamnă Cadrul național pentru tine, în
    legătură cu aceste 4 rezultate.

## outcome-1

guide-outcome-1-title =
    Serviciile sociale pentru copii vor ajuta familia ta să rămână unită
guide-outcome-1-label = Rezultatul 1
guide-outcome-1-p1 =
    Consiliul local va ajuta familia ta să rămână unită și îi va oferi sprijin
    ca să poată avea grijă de tine, ori de câte ori acest lucru se poate face în
    siguranță.
guide-outcome-1-p2 =
    Serviciile sociale pentru copii lucrează cu părinții și cu ceilalți membri
    ai familiei ca să-i ajute să facă față oricăror greutăți. Serviciile sociale
    pentru copii se angajează să-i păstreze pe copii și pe tineri în familia lor
    ori de câte ori acest lucru este sigur și potrivit. Astfel, oamenii
    importanți din viața ta sunt în cea mai bună poziție să-ți ofere siguranță,
    stabilitate și iubire.
guide-outcome-1-for-you-heading = Ce înseamnă asta pentru tine
guide-outcome-1-for-you-1 =
    Părerile tale **vor fi auzite**, oricâți ani ai avea și oricum ți-ar fi cel
    mai ușor să comunici cu ceilalți, iar cei care te sprijină vor face tot ce
    pot ca să înțeleagă cum vezi tu lucrurile.
guide-outcome-1-for-you-2 =
    Tu și familia ta **veți fi ascultați** de toți cei care lucrează cu voi,
    pentru ca specialiștii să înțeleagă cum să creeze servicii care funcționează
    cu adevărat. Specialiștii sunt oamenii care lucrează cu tine ca să-ți ofere
    sprijin și să te țină în siguranță.
guide-outcome-1-for-you-3 =
    Vei **primi ajutor ca să înțelegi** cum funcționează serviciile sociale
    pentru copii, iar familia ta va fi ajutată să ajungă la sprijinul potrivit
    la momentul potrivit.
guide-outcome-1-for-you-4 =
    Dacă ai o dizabilitate, tu și familia ta veți **primi sprijin ca să luați
    decizii** despre ajutorul de care aveți parte.
guide-outcome-1-for-you-5 =
    Părerile părinților tăi vor face parte din planul **pentru siguranța ta**.
guide-outcome-1-for-you-6 =
    Vei fi încurajat să **îți spui dorințele și sentimentele** separat de
    ceilalți oameni din viața ta.
guide-outcome-1-for-you-7 =
    Cultura ta **va fi respectată**, iar discriminarea va fi întotdeauna
    combătută.
guide-outcome-1-for-you-8 =
    Familia ta va **primi sfaturi practice** despre cum să obțină ajutor cu
    banii și cu locuința de la oamenii din comunitatea ta.
guide-outcome-1-for-you-9 =
    Specialiștii vor încerca să înțeleagă ce s-a întâmplat în viața ta și te
    vor **ajuta să faci față lucrurilor care îți sunt greu de dus**.
guide-outcome-1-for-you-10 =
    Specialiștii înțeleg cât de importantă este educația **ca să fii în
    siguranță și ca să îți atingi întregul potențial**.

## outcome-2

guide-outcome-2-title = Serviciile sociale pentru copii vor sprijini rețeaua ta familială
guide-outcome-2-label = Rezultatul 2
guide-outcome-2-p1 =
    Serviciile sociale pentru copii vor sprijini și alți membri ai familiei în
    afară de părinți, cum ar fi bunicii, mătușile și unchii tăi, pentru că
    acești oameni pot oferi adesea siguranță, stabilitate și iubire, lucruri
    esențiale pentru tine.
guide-outcome-2-p2 =
    Adesea există relații și rețele în familia mai largă care pot ajuta
    familiile care trec prin probleme.
guide-outcome-2-p3 =
    Sprijinul acestor membri ai familiei poate îmbunătăți viața copiilor, dar
    uneori acești membri ai familiei au nevoie de ajutor de la serviciile sociale
    pentru copii ca acest sprijin să funcționeze mai bine.
guide-outcome-2-for-you-heading = Ce înseamnă asta pentru tine
guide-outcome-2-for-you-1 = **Te vor întreba** pe cine consideri că este familia ta. Aici pot intra rude
    precum mătuși, unchi, bunici sau oameni precum prietenii familiei.
guide-outcome-2-for-you-2 = **Te vor întreba** cum poate avea grijă de tine rețeaua ta familială și
    despre sprijinul, iubirea și încrederea pe care le simți alături de ei.
guide-outcome-2-for-you-3 = **Părerile tale vor fi luate în seamă** atunci când se organizează sprijinul
    din partea membrilor familiei tale mai largi.
guide-outcome-2-for-you-4 =
    Familia ta **va fi întrebată** cât sprijin primește de la serviciile sociale
    pentru copii și dacă este destul.
guide-outcome-2-for-you-5 =
    Membrii familiei tale vor fi **adunați laolaltă ca să-și împărtășească**
    experiențele și vor avea timp să răspundă la orice întrebări despre
    sprijinul tău.
guide-outcome-2-for-you-6 =
    Poți **primi sprijin** și de la oameni din afara familiei tale, inclusiv de
    la prieteni, lucrători de tineret, profesori și oameni din comunitatea ta
    sau din comunitatea ta religioasă.
guide-outcome-2-for-you-7 =
    Familia ta ar putea **primi ajutor ca să întărească relațiile** sau ca să le
    repare pe cele dificile, acolo unde este nevoie.
guide-outcome-2-for-you-8 = **Vei primi sprijin** atunci când familia ta sau rețeaua ta familială nu
    poate avea grijă de tine, mai ales atunci când nu ești în siguranță cu ei.
guide-outcome-2-for-you-9 =
    Dacă ai o dizabilitate, rețeaua ta familială ar putea **primi sprijin ca să
    te ajute**.

## outcome-3

guide-outcome-3-title = Serviciile sociale pentru copii te ajută să fii în siguranță
guide-outcome-3-label = Rezultatul 3
guide-outcome-3-p1 =
    Cel mai important lucru dintre toate este siguranța ta, în orice moment și
    oriunde te-ai afla.
guide-outcome-3-p2 =
    Cadrul național arată clar că serviciile sociale pentru copii vor să te
    protejeze de rău și, dacă s-ar putea să ți se facă rău, să afle exact ce se
    întâmplă.
guide-outcome-3-p3 =
    Acest lucru este valabil oriunde s-ar întâmpla răul: acasă, acolo unde
    locuiești, în comunitatea ta sau online.
guide-outcome-3-for-you-heading = Ce înseamnă asta pentru tine
guide-outcome-3-for-you-1 = **Te vor întreba despre siguranța și starea ta de bine** în toate etapele
    perioadei în care ești în grija serviciilor sociale și te vor întreba ce
    trebuie să se schimbe ca să fii mai în siguranță.
guide-outcome-3-for-you-2 =
    Specialiștii vor **acționa repede ca să te protejeze** dacă ți se face rău
    sau dacă există riscul să ți se facă rău.
guide-outcome-3-for-you-3 =
    Vei **primi în mod regulat informații** despre deciziile care se iau în
    legătură cu viața ta.
guide-outcome-3-for-you-4 = **Părerile tale vor fi auzite** dacă consiliul local este îngrijorat pentru
    tine și crede că trebuie să meargă la tribunal ca să-i ceară unui judecător
    să decidă ce trebuie făcut pentru siguranța ta.
guide-outcome-3-for-you-5 = **Vocea ta va fi auzită** separat de părerile părinților, ale persoanelor
    care te îngrijesc sau ale altor adulți.
guide-outcome-3-for-you-6 =
    Specialiștii se vor **strădui să construiască relații puternice** cu tine și
    vor încerca să înțeleagă tot ce se întâmplă în viața ta.
guide-outcome-3-for-you-7 = **Părerile tale vor fi auzite**, oricâți ani ai avea și oricum ți-ar fi cel
    mai ușor să comunici cu ceilalți, iar cei care te sprijină vor face tot ce
    pot ca să înțeleagă punctul tău de vedere.
guide-outcome-3-for-you-8 =
    S-ar putea să fi trecut prin lucruri supărătoare despre care îți este foarte
    greu să vorbești. Oamenii care te sprijină **vor înțelege** că s-ar putea să
    ți se fi întâmplat sau să ți se întâmple lucruri care îți fac rău și vor
    spera că le vei putea povesti despre ele, ca să te poată ajuta și să te țină
    în siguranță.
guide-outcome-3-for-you-9 =
    Oamenii trebuie **să se poarte corect cu tine**, iar dacă cineva te
    discriminează, cei care te sprijină ar trebui să se ocupe de asta.
guide-outcome-3-for-you-10 =
    Chiar și atunci când copiii și tinerii le fac rău altora, specialiștii **vor
    recunoaște că ei sunt în continuare oameni care au nevoie de ajutor și
    sprijin**.

## outcome-4

guide-outcome-4-title =
    Serviciile sociale pentru copii te vor ajuta să ai un cămin plin de iubire
guide-outcome-4-label = Rezultatul 4
guide-outcome-4-p1 =
    Meriți aceeași iubire, grijă și protecție ca oricine altcineva.
guide-outcome-4-p2 =
    Dacă nu mai poți locui cu familia ta, în rețeaua ta familială sau cu alte
    persoane, consiliul local îți va oferi sprijinul de care ai nevoie.
    Serviciile sociale pentru copii ar trebui să ofere cămine în care să găsești
    iubire, grijă, protecție și stabilitate.
guide-outcome-4-p3 =
    Sprijinul pe care îl primești te va ajuta să îți înțelegi sentimentele și să
    rezolvi problemele pe care le-ai putea avea, având grijă în același timp să
    fii în siguranță. Îți va da baza pentru o viață sănătoasă și fericită.
guide-outcome-4-for-you-heading = Ce înseamnă asta pentru tine
guide-outcome-4-for-you-1 = **Te vor întreba unde vrei să locuiești și ce este important pentru tine**
    dacă nu poți rămâne cu familia ta.
guide-outcome-4-for-you-2 =
    Vei **primi în mod regulat vești** despre deciziile care se iau, ca să
    înțelegi clar ce se întâmplă și de ce.
guide-outcome-4-for-you-3 =
    Vei avea în mod regulat ocazia să **îți împărtășești speranțele și visurile**,
    iar acestea se vor vedea în felul în care primești sprijin.
guide-outcome-4-for-you-4 =
    Vei fi **încurajat să îți spui părerea**, inclusiv prin reprezentare
    independentă (în engleză, „advocacy”). Asta înseamnă că cineva va vorbi în
    numele tău despre părerile, dorințele și nevoile tale, fără să te judece, și
    te va ajuta să faci o plângere dacă ai nevoie.
guide-outcome-4-for-you-5 =
    Vei **primi un cămin sigur și plin de iubire** dacă nu poți locui cu familia
    ta sau cu rețeaua ta familială.
guide-outcome-4-for-you-6 =
    Dacă te muți într-un cămin nou, vei **primi sprijin ca să păstrezi legătura
    cu familia, prietenii și comunitatea ta**, și mai ales cu frații și surorile
    tale.
guide-outcome-4-for-you-7 = **Sănătatea ta emoțională trebuie luată în serios**, iar specialiștii te vor
    ajuta să primești sprijin.
guide-outcome-4-for-you-8 =
    Copiii adoptați vor primi sprijin de la specialiști **ca să se apropie de
    părinții lor adoptivi** încă de la prima lor întâlnire.
guide-outcome-4-for-you-9 =
    Copiii care au venit în Anglia fără părinții lor vor fi **sprijiniți, iar
    nevoile și experiențele lor vor fi luate în seamă**.

## leaving-care

guide-leaving-care-title =
    Pentru copiii mai mari care părăsesc sistemul de protecție și se apropie de
    vârsta adultă
guide-leaving-care-for-you-1 =
    Vei **primi sprijin ca să construiești și să păstrezi relații pline de
    iubire** cu rețelele tale familiale și cu prietenii, pe măsură ce crești și
    devii adult.
guide-leaving-care-for-you-2 =
    Vei **primi sprijin ca să locuiești într-o locuință sigură și potrivită**,
    iar serviciile sociale pentru copii vor încerca să-ți ofere mai multe
    variante din care să alegi. S-ar putea să ai prioritate la o locuință
    socială și să primești ajutor ca să închiriezi o locuință. Se face tot
    posibilul ca tinerii care părăsesc sistemul de protecție să nu rămână fără
    adăpost.
guide-leaving-care-for-you-3 =
    Vei **primi sprijin ca să ai acces la educație, la un loc de muncă și la
    formare profesională** pe măsură ce devii adult. Specialiștii pot colabora
    cu agențiile de ocupare a forței de muncă (în engleză, „job centres”) și cu
    posibili angajatori ca să găsească oportunități la care să aplici, inclusiv
    oportunități create special pentru tinerii care părăsesc sistemul de
    protecție.
guide-leaving-care-for-you-4 =
    Vei **primi sprijin ca să îți plănuiești viitorul**, pentru că o educație, un
    loc de muncă și o locuință potrivite sunt necesare pentru o viață sănătoasă
    și fericită.

## next

guide-next-title = Ce poți face mai departe
guide-next-p1 =
    Acest ghid este aici ca să-ți arate ce înseamnă pentru tine Cadrul național
    privind serviciile sociale pentru copii. Dar îți arată doar cele mai
    importante lucruri. S-ar putea să existe și alte părți ale Cadrului național
    care sunt importante pentru tine, așa că te poți gândi să citești
    întregul [Cadru național privind serviciile sociale pentru copii]({ $framework-web })
    (în limba engleză).
guide-next-p2 =
    Dacă ai întrebări sau griji, poți vorbi cu asistentul tău social, cu
    consilierul tău personal, cu lucrătorul de sprijin pentru familie sau cu alt
    membru al personalului.
guide-next-p3 =
    Poți primi mai multe informații, sfaturi și sprijin și de la aceste
    organizații caritabile:
guide-next-childline = **{ $childline-name }** este un loc sigur și confidențial pentru copiii care
    nu au pe nimeni altcineva la care să apeleze. Orice te-ar îngrijora, oricând
    ai nevoie de ajutor sau doar vrei să vorbești, poți contacta
    { $childline-name } 24 de ore pe zi, 7 zile pe săptămână, 365 de zile pe an,
    la { $childline-phone } sau prin chatul unu-la-unu de pe site-ul lor.
    { $childline-name } are o comunitate online uriașă, unde poți primi sprijin
    de la alți copii pe forumuri, precum și materiale care te ajută cu orice
    problemă care te îngrijorează. [{ $childline-web-label }]({ $childline-web })
guide-next-help-at-hand =
    Echipa **{ $help-at-hand-name }** îți poate oferi gratuit sprijin, sfaturi
    și informații despre drepturile tale dacă ești în sistemul de protecție,
    dacă îl părăsești, dacă locuiești departe de casă sau dacă lucrezi cu
    serviciile pentru copii. Scopul este să te ajute cu orice greutăți prin care
    treci. Poți suna gratuit echipa la { $help-at-hand-phone } sau poți
    intra pe [{ $help-at-hand-web-label }]({ $help-at-hand-web })
