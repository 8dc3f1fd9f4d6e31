### Draft translation into Polish of locales/en-GB/easy-read.ftl. Not yet checked by a qualified translator.

easy-read-title = Opieka społeczna nad dziećmi: co to oznacza dla Ciebie
easy-read-description = Łatwy do czytania przewodnik o pomocy dla dzieci i rodzin w Anglii.

## about

easy-read-about-title = O tym przewodniku
easy-read-about-intro-care = Opieka społeczna nad dziećmi to pomoc dla dzieci i ich rodzin.
easy-read-about-intro-council = Tę pomoc daje Twój **samorząd** (po angielsku: council).
easy-read-about-intro-council-means = Samorząd dba o ludzi w miejscu, gdzie mieszkasz.
easy-read-about-intro-many = Wiele dzieci i młodych ludzi w Anglii dostaje taką pomoc.
easy-read-about-intro-class = W każdej klasie około 5 dzieci dostało taką pomoc.
easy-read-about-intro-better = Dobra pomoc może sprawić, że Twoje życie będzie lepsze.
easy-read-about-intro-framework = Rząd napisał plan o nazwie **Krajowe ramy**.
easy-read-about-intro-framework-means = Krajowe ramy mówią ludziom, jak powinna działać opieka społeczna nad dziećmi.
easy-read-about-intro-expect = Plan mówi, jaką pomoc masz dostać.
easy-read-about-intro-guide = Ten przewodnik mówi, jak Krajowe ramy Ci pomagają.
easy-read-about-intro-wishes = Osoby, które Ci pomagają, muszą myśleć o tym, czego chcesz.
easy-read-about-intro-check = Dzięki temu przewodnikowi możesz sprawdzić, czy dostajesz dobrą pomoc.
easy-read-about-intro-speak-up = Jeśli Twoja pomoc nie jest dość dobra, możesz o tym powiedzieć.

## purpose

easy-read-purpose-title = Po co jest opieka społeczna nad dziećmi
easy-read-purpose-intro-aim = Wszyscy w opiece społecznej nad dziećmi mają ten sam cel.
easy-read-purpose-intro-support = Są po to, żeby pomagać dzieciom, młodzieży i rodzinom.
easy-read-purpose-intro-protect = Działają szybko, żeby chronić dzieci przed krzywdą.
easy-read-purpose-intro-care = Opiekują się dziećmi, które tego potrzebują.
easy-read-purpose-intro-love = Chcą, żeby dzieci dorastały w bezpieczeństwie, spokoju i miłości.
easy-read-purpose-intro-there = To znaczy, że są tu dla Ciebie.
easy-read-purpose-intro-happy = Pomagają Ci dorastać bezpiecznie, zdrowo i szczęśliwie.

## principles

easy-read-principles-title = 6 ważnych zasad
easy-read-principles-intro-follow = Ludzie w opiece społecznej nad dziećmi mają 6 **zasad**.
easy-read-principles-intro-means = Zasady to ważne myśli, w które wierzą wszyscy ci pracownicy.
easy-read-principles-principles-heading = 6 zasad
easy-read-principles-principles-welfare = Twoje **dobro** jest ważniejsze niż wszystko inne.
easy-read-principles-principles-welfare-means = Dobro to bezpieczeństwo, zdrowie i dobra opieka.
easy-read-principles-principles-asked = Ludzie zapytają Cię, czego chcesz.
easy-read-principles-principles-listen = Wysłuchają Cię i odpowiedzą Ci.
easy-read-principles-principles-family = Pracują z całą Twoją rodziną.
easy-read-principles-principles-raised = Dzieci powinny dorastać w rodzinie, kiedy tylko to możliwe.
easy-read-principles-principles-together = Samorządy współpracują z innymi, żeby wiedzieć, czego potrzebują rodziny.
easy-read-principles-principles-fair = Samorządy obiecują, że będą sprawiedliwe dla wszystkich.
easy-read-principles-outcomes-heading = 4 dobre rzeczy dla Ciebie
easy-read-principles-outcomes-four = Zasady pomagają osiągnąć 4 ważne cele, które nazywamy **rezultatami**.
easy-read-principles-outcomes-means = Rezultat to coś dobrego, co powinno Cię spotkać.
easy-read-principles-outcomes-together = Twoja rodzina zostaje razem, kiedy jest to bezpieczne.
easy-read-principles-outcomes-network = Twoja rodzina i bliskie jej osoby wspierają Cię.
easy-read-principles-outcomes-safe = Żyjesz w bezpieczeństwie.
easy-read-principles-outcomes-home = Mieszkasz w kochającym domu.
easy-read-principles-more-most = Opieka społeczna nad dziećmi najbardziej pomaga w tych 4 sprawach.
easy-read-principles-more-family = Rodziny często najlepiej wspierają swoje dzieci.
easy-read-principles-more-cannot = Czasem dzieci nie mogą zostać z własną rodziną.
easy-read-principles-more-home = Wtedy opieka społeczna nad dziećmi znajduje im inny kochający dom.
easy-read-principles-more-safety = Bezpieczeństwo dzieci jest zawsze najważniejsze.
easy-read-principles-more-pages = Na następnych stronach przeczytasz o każdym rezultacie.

## outcome-1

easy-read-outcome-1-title = Rezultat 1: Twoja rodzina może zostać razem
easy-read-outcome-1-label = Rezultat 1
easy-read-outcome-1-intro-together = Twój **samorząd** chce, żeby Twoja rodzina została razem.
easy-read-outcome-1-intro-safely = Samorząd dba o ludzi tam, gdzie mieszkasz, i pomaga rodzinom dbać o bezpieczeństwo dzieci.
easy-read-outcome-1-intro-cope = Opieka społeczna nad dziećmi pomaga Twojej rodzinie w trudnych chwilach.
easy-read-outcome-1-intro-loved = Wtedy ludzie, których kochasz, mogą dać Ci bezpieczeństwo i spokój.
easy-read-outcome-1-for-you-heading = Co to oznacza dla Ciebie
easy-read-outcome-1-for-you-heard = Ludzie wysłuchają, co myślisz, bez względu na Twój wiek.
easy-read-outcome-1-for-you-understand = Postarają się Cię zrozumieć, bez względu na to, jak się porozumiewasz.
easy-read-outcome-1-for-you-listen = Każdy, kto z Tobą pracuje, będzie słuchać Ciebie i Twojej rodziny.
easy-read-outcome-1-for-you-plan-help = Wtedy **specjaliści** mogą zaplanować pomoc, która naprawdę działa.
easy-read-outcome-1-for-you-practitioners = Specjaliści to ludzie, którzy w swojej pracy pomagają Ci i Cię chronią.
easy-read-outcome-1-for-you-learn = Ludzie wyjaśnią Ci, jak działa opieka społeczna nad dziećmi.
easy-read-outcome-1-for-you-right-time = Twoja rodzina dostanie właściwą pomoc we właściwym czasie.
easy-read-outcome-1-for-you-disability = Niektóre dzieci mają **niepełnosprawność**.
easy-read-outcome-1-for-you-disability-means = Niepełnosprawność może utrudniać na przykład chodzenie, widzenie albo naukę.
easy-read-outcome-1-for-you-decide = Wtedy Ty i Twoja rodzina pomożecie wybrać Twoją pomoc.
easy-read-outcome-1-for-you-parents = W planie Twojego bezpieczeństwa będzie też to, co myślą Twoi rodzice.
easy-read-outcome-1-for-you-feelings = Ludzie pomogą Ci powiedzieć na osobności, czego chcesz i co czujesz.
easy-read-outcome-1-for-you-culture = Ludzie będą szanować Twoją **kulturę**.
easy-read-outcome-1-for-you-culture-means = Kultura to Twój sposób życia, na przykład język, wiara i jedzenie.
easy-read-outcome-1-for-you-unfair = Zawsze będą się sprzeciwiać **dyskryminacji**.
easy-read-outcome-1-for-you-unfair-means = Dyskryminacja to złe traktowanie kogoś z powodu tego, kim jest.
easy-read-outcome-1-for-you-money = Ludzie z okolicy mogą doradzić Twojej rodzinie w sprawie pieniędzy i mieszkania.
easy-read-outcome-1-for-you-past = Specjaliści postarają się dowiedzieć, co Ci się przydarzyło.
easy-read-outcome-1-for-you-hard = Pomogą Ci poradzić sobie z tym, co jest dla Ciebie trudne.
easy-read-outcome-1-for-you-school = Specjaliści wiedzą, że szkoła i nauka są bardzo ważne.
easy-read-outcome-1-for-you-best = Szkoła pomaga Cię chronić i pomaga Ci dawać z siebie wszystko.

## outcome-2

easy-read-outcome-2-title = Rezultat 2: Pomoc dla Twojej dalszej rodziny
easy-read-outcome-2-label = Rezultat 2
easy-read-outcome-2-intro-wider = Opieka społeczna nad dziećmi pomoże też Twojej dalszej rodzinie.
easy-read-outcome-2-intro-who = To na przykład dziadkowie, ciocie i wujkowie.
easy-read-outcome-2-intro-why = Te osoby mogą dać Ci bezpieczeństwo i miłość.
easy-read-outcome-2-intro-network = Twój **krąg rodzinny** może pomóc, kiedy jest trudno.
easy-read-outcome-2-intro-network-means = Krąg rodzinny to cała Twoja rodzina i bliscy przyjaciele rodziny.
easy-read-outcome-2-intro-help = Czasem Twój krąg rodzinny potrzebuje pomocy, żeby Cię wspierać.
easy-read-outcome-2-for-you-heading = Co to oznacza dla Ciebie
easy-read-outcome-2-for-you-who = Ludzie zapytają Cię, kto jest Twoją rodziną.
easy-read-outcome-2-for-you-who-examples = Do rodziny mogą należeć ciocie, wujkowie, dziadkowie albo przyjaciele rodziny.
easy-read-outcome-2-for-you-look-after = Ludzie zapytają, jak Twój krąg rodzinny mógłby się Tobą opiekować.
easy-read-outcome-2-for-you-trust = Zapytają, czy ufasz tym osobom i czy czujesz ich miłość.
easy-read-outcome-2-for-you-views = Planując pomoc od rodziny, ludzie pomyślą o tym, czego chcesz.
easy-read-outcome-2-for-you-enough = Ludzie zapytają Twoją rodzinę, czy dostaje wystarczająco dużo pomocy.
easy-read-outcome-2-for-you-meet = Ludzie zorganizują spotkanie, na którym Twoja rodzina opowie o swoich przeżyciach.
easy-read-outcome-2-for-you-questions = Twoja rodzina będzie mieć czas, żeby zadać pytania o Twoją pomoc.
easy-read-outcome-2-for-you-others = Możesz też dostać pomoc od ludzi spoza rodziny.
easy-read-outcome-2-for-you-teachers = Mogą to być przyjaciele, nauczyciele albo osoby pracujące z młodzieżą.
easy-read-outcome-2-for-you-community = Mogą to być ludzie z Twojej okolicy albo z Twojej wspólnoty religijnej.
easy-read-outcome-2-for-you-get-on = Twoja rodzina może dostać pomoc, żeby lepiej się dogadywać.
easy-read-outcome-2-for-you-mend = Może też dostać pomoc, żeby pogodzić się po kłótni.
easy-read-outcome-2-for-you-cannot = Jeśli Twoja rodzina nie może się Tobą opiekować, ludzie Cię wesprą.
easy-read-outcome-2-for-you-unsafe = To jest najważniejsze, kiedy w domu nie jest bezpiecznie.
easy-read-outcome-2-for-you-disability = Niektóre dzieci mają **niepełnosprawność**.
easy-read-outcome-2-for-you-disability-means = Niepełnosprawność może utrudniać na przykład chodzenie, widzenie albo naukę.
easy-read-outcome-2-for-you-disability-help = Wtedy Twój krąg rodzinny może dostać pomoc, żeby się Tobą opiekować.

## outcome-3

easy-read-outcome-3-title = Rezultat 3: Twoje bezpieczeństwo
easy-read-outcome-3-label = Rezultat 3
easy-read-outcome-3-intro-most = Twoje bezpieczeństwo jest najważniejsze, zawsze i wszędzie.
easy-read-outcome-3-intro-protect = Opieka społeczna nad dziećmi będzie chronić Cię przed krzywdą.
easy-read-outcome-3-intro-find-out = Sprawdzą, czy ktoś Cię krzywdzi.
easy-read-outcome-3-intro-where = Krzywda może się zdarzyć w domu, w okolicy albo w internecie.
easy-read-outcome-3-for-you-heading = Co to oznacza dla Ciebie
easy-read-outcome-3-for-you-asked = Ludzie zapytają o Twoje bezpieczeństwo i **samopoczucie**.
easy-read-outcome-3-for-you-wellbeing-means = Samopoczucie to to, jak się czujesz w ciele i w głowie.
easy-read-outcome-3-for-you-always = Będą pytać przez cały czas, kiedy dostajesz pomoc.
easy-read-outcome-3-for-you-safer = Zapytają, co trzeba zmienić, żeby było Ci bezpieczniej.
easy-read-outcome-3-for-you-quick = Specjaliści zadziałają szybko, jeśli ktoś Cię krzywdzi albo może skrzywdzić.
easy-read-outcome-3-for-you-practitioners = Specjaliści to ludzie, którzy w swojej pracy pomagają Ci i Cię chronią.
easy-read-outcome-3-for-you-decisions = Specjaliści będą Ci często mówić, co postanowili w sprawie Twojego życia.
easy-read-outcome-3-for-you-court = Jeśli ludzie, którzy Ci pomagają, się martwią, mogą poprosić o pomoc **sąd**.
easy-read-outcome-3-for-you-court-means = Sąd to miejsce, gdzie **sędzia** podejmuje ważne decyzje.
easy-read-outcome-3-for-you-judge-means = Sędzia to osoba, której praca to podejmowanie sprawiedliwych decyzji.
easy-read-outcome-3-for-you-judge-safe = Sędzia zdecyduje, jak zapewnić Ci bezpieczeństwo.
easy-read-outcome-3-for-you-court-heard = Ludzie wysłuchają, co o tym myślisz.
easy-read-outcome-3-for-you-own-voice = Ludzie będą słuchać Ciebie, a nie tylko dorosłych wokół Ciebie.
easy-read-outcome-3-for-you-know-you = Specjaliści będą się starać dobrze Cię poznać.
easy-read-outcome-3-for-you-everything = Spróbują zrozumieć wszystko, co się u Ciebie dzieje.
easy-read-outcome-3-for-you-age = Ludzie będą Cię słuchać, bez względu na to, ile masz lat.
easy-read-outcome-3-for-you-understand = Postarają się Cię zrozumieć, bez względu na to, jak się porozumiewasz.
easy-read-outcome-3-for-you-hard-talk = O niektórych rzeczach może być bardzo trudno mówić.
easy-read-outcome-3-for-you-know = Osoby, które Ci pomagają, wiedzą, że mogły Ci się przydarzyć złe rzeczy.
easy-read-outcome-3-for-you-still = Wiedzą, że złe rzeczy mogą nadal Ci się przydarzać.
easy-read-outcome-3-for-you-tell = Mają nadzieję, że im o tym powiesz, żeby móc Cię chronić.
easy-read-outcome-3-for-you-fair = Ludzie powinni traktować Cię sprawiedliwie.
easy-read-outcome-3-for-you-unfair = Zareagują na każdą **dyskryminację** wobec Ciebie.
easy-read-outcome-3-for-you-unfair-means = Dyskryminacja to złe traktowanie kogoś z powodu tego, kim jest.
easy-read-outcome-3-for-you-harm-others = Jeśli ktoś przez Ciebie ucierpiał, specjaliści wiedzą, że nadal potrzebujesz pomocy.

## outcome-4

easy-read-outcome-4-title = Rezultat 4: Kochający dom dla Ciebie
easy-read-outcome-4-label = Rezultat 4
easy-read-outcome-4-intro-deserve = Zasługujesz na miłość, opiekę i bezpieczeństwo, tak jak każdy.
easy-read-outcome-4-intro-cannot = Czasem dzieci nie mogą mieszkać z rodziną ani z dalszą rodziną.
easy-read-outcome-4-intro-council = Wtedy Twój samorząd da Ci pomoc, której potrzebujesz.
easy-read-outcome-4-intro-council-means = Samorząd dba o ludzi w miejscu, gdzie mieszkasz.
easy-read-outcome-4-intro-home = Opieka społeczna nad dziećmi znajdzie Ci bezpieczny, kochający i stały dom.
easy-read-outcome-4-intro-feelings = Pomoc, którą dostaniesz, pomoże Ci zrozumieć swoje uczucia.
easy-read-outcome-4-intro-happy = Pomoże Ci żyć zdrowo i szczęśliwie.
easy-read-outcome-4-for-you-heading = Co to oznacza dla Ciebie
easy-read-outcome-4-for-you-where = Ludzie zapytają Cię, gdzie chcesz mieszkać.
easy-read-outcome-4-for-you-important = Zapytają, co jest dla Ciebie ważne.
easy-read-outcome-4-for-you-updates = Ludzie powiedzą Ci o decyzjach, kiedy będą je podejmować.
easy-read-outcome-4-for-you-why = Powiedzą Ci, co się dzieje i dlaczego.
easy-read-outcome-4-for-you-hopes = Często będziesz mieć okazję opowiedzieć o swoich nadziejach i marzeniach.
easy-read-outcome-4-for-you-hopes-plan = Ludzie zaplanują Twoją pomoc, myśląc o Twoich nadziejach i marzeniach.
easy-read-outcome-4-for-you-views = Ludzie pomogą Ci powiedzieć, co myślisz.
easy-read-outcome-4-for-you-advocate = Możesz mieć **rzecznika**, który Ci pomoże.
easy-read-outcome-4-for-you-advocate-means = Rzecznik mówi w Twoim imieniu i Cię nie ocenia.
easy-read-outcome-4-for-you-complain = Rzecznik może też pomóc Ci złożyć **skargę**.
easy-read-outcome-4-for-you-complaint-means = Złożyć skargę to powiedzieć komuś, kto tu decyduje, że coś jest nie tak.
easy-read-outcome-4-for-you-new-home = Jeśli się przeprowadzisz, Twój nowy dom będzie bezpieczny i pełen miłości.
easy-read-outcome-4-for-you-in-touch = Jeśli się przeprowadzisz, ludzie pomogą Ci utrzymać kontakt z bliskimi.
easy-read-outcome-4-for-you-close = Możesz nadal być blisko rodziny, przyjaciół i ludzi z Twojej okolicy.
easy-read-outcome-4-for-you-family-time = Możesz mieć **kontakty z rodziną**, także z braćmi i siostrami.
easy-read-outcome-4-for-you-family-time-means = Kontakty z rodziną to spotkania albo rozmowy z rodziną.
easy-read-outcome-4-for-you-wellbeing = Ludzie poważnie potraktują Twoje **samopoczucie**.
easy-read-outcome-4-for-you-wellbeing-means = Samopoczucie to to, jak się czujesz w głowie i w sercu.
easy-read-outcome-4-for-you-support = Specjaliści pomogą Ci znaleźć kogoś, z kim możesz porozmawiać.
easy-read-outcome-4-for-you-practitioners = Specjaliści to ludzie, którzy w swojej pracy pomagają Ci i Cię chronią.
easy-read-outcome-4-for-you-adopted = Niektóre dzieci dostają nową rodzinę dzięki **adopcji**.
easy-read-outcome-4-for-you-adopted-means = Adopcja znaczy, że nowa rodzina staje się Twoją rodziną na całe życie.
easy-read-outcome-4-for-you-bond = Specjaliści pomagają im od początku zbliżyć się do nowych rodziców.
easy-read-outcome-4-for-you-travel = Niektóre dzieci przyjeżdżają do Anglii bez swoich rodziców.
easy-read-outcome-4-for-you-travel-help = Ludzie będą je wspierać i myśleć o ich potrzebach.
easy-read-outcome-4-for-you-travel-past = Pomyślą o tym, co te dzieci przeżyły.

## leaving-care

easy-read-leaving-care-title = Dorastanie i usamodzielnienie
easy-read-leaving-care-for-you-for-you = Ta strona jest dla starszych dzieci, które niedługo będą się usamodzielniać.
easy-read-leaving-care-for-you-close = Ludzie pomogą Ci być blisko rodziny i przyjaciół.
easy-read-leaving-care-for-you-adult = Pomogą Ci, kiedy będziesz dorastać i stawać się dorosłą osobą.
easy-read-leaving-care-for-you-home = Ludzie pomogą Ci znaleźć bezpieczne miejsce do życia.
easy-read-leaving-care-for-you-choose = Postarają się dać Ci do wyboru kilka miejsc do mieszkania.
easy-read-leaving-care-for-you-council-home = Możesz dostać dodatkową pomoc, żeby dostać mieszkanie od samorządu.
easy-read-leaving-care-for-you-council-means = Samorząd dba o ludzi w miejscu, gdzie mieszkasz.
easy-read-leaving-care-for-you-rent = Możesz też dostać pomoc w wynajęciu mieszkania.
easy-read-leaving-care-for-you-somewhere = Ludzie bardzo się starają, żeby każda **osoba usamodzielniana** miała gdzie mieszkać.
easy-read-leaving-care-for-you-care-leaver-means = Osoba usamodzielniana to ktoś, kto jako dziecko był pod opieką służb społecznych.
easy-read-leaving-care-for-you-work = Ludzie pomogą Ci w nauce, szkoleniach i znalezieniu pracy.
easy-read-leaving-care-for-you-job-centre = Specjaliści mogą współpracować z urzędami pracy, żeby znaleźć dla Ciebie pracę.
easy-read-leaving-care-for-you-practitioners = Specjaliści to ludzie, którzy w swojej pracy pomagają Ci i Cię chronią.
easy-read-leaving-care-for-you-apply = Mogą Ci pomóc znaleźć oferty pracy, na które możesz się zgłosić.
easy-read-leaving-care-for-you-just-for-you = Niektóre prace i szkolenia są tylko dla osób usamodzielnianych.
easy-read-leaving-care-for-you-future = Ludzie pomogą Ci zaplanować przyszłość.
easy-read-leaving-care-for-you-healthy = Nauka, praca i dom pomagają żyć zdrowo i szczęśliwie.

## next

easy-read-next-title = Co dalej?
easy-read-next-read-more-most = Ten przewodnik mówi tylko o najważniejszych sprawach.
easy-read-next-read-more-framework = Możesz przeczytać całe Krajowe ramy po angielsku, żeby dowiedzieć się więcej.
easy-read-next-read-more-framework-means = Krajowe ramy mówią ludziom, jak powinna działać opieka społeczna nad dziećmi.
easy-read-next-talk-worries = Jeśli masz pytania albo zmartwienia, możesz z kimś porozmawiać.
easy-read-next-talk-social-worker = Możesz porozmawiać ze swoim **pracownikiem socjalnym**.
easy-read-next-talk-social-worker-means = Pracownicy socjalni pomagają dzieciom i rodzinom i dbają o bezpieczeństwo dzieci.
easy-read-next-talk-adviser = Możesz porozmawiać ze swoim **osobistym doradcą**.
easy-read-next-talk-adviser-means = Osobisty doradca pomaga młodym ludziom, którzy się usamodzielniają.
easy-read-next-talk-staff = Możesz też porozmawiać z asystentem rodziny albo innym pracownikiem.
easy-read-next-help-lines-heading = Bezpłatne telefony zaufania
easy-read-next-charities-charities = Te 2 **organizacje charytatywne** też mogą Ci pomóc i doradzić.
easy-read-next-charities-charity-means = Organizacja charytatywna to grupa, która pomaga ludziom i nie stara się zarabiać pieniędzy.
