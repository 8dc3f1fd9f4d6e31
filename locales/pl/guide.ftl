### Draft translation into Polish of locales/en-GB/guide.ftl. Not yet checked by a qualified translator.

guide-title =
    Ilustrowany przewodnik po Krajowych ramach opieki społecznej nad dziećmi
guide-description = Dla dzieci i młodzieży

## about

guide-about-title = O tym przewodniku
guide-about-p1 =
    „Opieka społeczna nad dziećmi” to różne rodzaje wsparcia, które dzieci,
    młodzież i ich rodziny otrzymują od samorządu lokalnego, gdy potrzebują
    dodatkowej pomocy. Twój samorząd lokalny (po angielsku: local authority lub
    council) to instytucja, która dba o mieszkańców Twojej okolicy i może Ci
    pomóc.
guide-about-p2 =
    Każdego roku z opieki społecznej nad dziećmi korzysta 400 000 dzieci
    i młodych ludzi – takich jak Ty.
guide-about-p3 =
    Oznacza to, że w każdej klasie w Anglii około 5 dzieci otrzymało takie
    wsparcie w którymś momencie w ciągu ostatnich ośmiu lat. Właściwe wsparcie
    może odmienić życie tych wszystkich osób – i Twoje też – ale tylko wtedy,
    gdy wszyscy wiedzą, jak wygląda dobra opieka społeczna nad dziećmi.
guide-about-p4 =
    Aby połączyć wszystkich we wspólnym działaniu, Ministerstwo Edukacji
    stworzyło „**Krajowe ramy opieki społecznej nad dziećmi**” (po angielsku:
    Children’s Social Care National Framework).
guide-about-p5 =
    Ten dokument mówi wszystkim, którzy zapewniają wsparcie, co opieka
    społeczna nad dziećmi ma osiągnąć i jak powinna działać. Celem Krajowych
    ram jest jasno wyjaśnić, czego możesz oczekiwać od pomocy i opieki, które
    otrzymujesz.
guide-about-p6 =
    Ten przewodnik wyjaśni Ci, co Krajowe ramy oznaczają dla Ciebie i jak
    stawiają Twoje życzenia w centrum systemu opieki społecznej nad dziećmi.
    Korzystaj z niego, aby porównać wsparcie, które teraz dostajesz, z tym, jak
    zostało tu opisane. Dzięki temu będziesz mieć pewność, że otrzymujesz
    wystarczająco dobre wsparcie, a jeśli uważasz, że tak nie jest, możesz
    o tym powiedzieć.

## purpose

guide-purpose-title = Cel opieki społecznej nad dziećmi
guide-purpose-p1 =
    Warto poświęcić chwilę, aby wyjaśnić Ci, jaki jest cel opieki społecznej
    nad dziećmi. Dzięki temu zrozumiesz wspólny cel wszystkich osób, które
    pracują w tej dziedzinie. Krajowe ramy mówią, że celem jest:
guide-purpose-quote =
    „...wspieranie dzieci, młodzieży i rodzin, ochrona dzieci i młodzieży
    poprzez zdecydowane działanie, gdy grozi im krzywda, oraz zapewnianie
    opieki tym, którzy jej potrzebują, tak aby dorastali i rozwijali się
    w bezpieczeństwie, stabilności i miłości.”
guide-purpose-p2 =
    Mówiąc prościej, chodzi o to, aby być przy Tobie, zapewnić Ci
    bezpieczeństwo i pomóc Ci dorastać zdrowo i szczęśliwie.

## principles

guide-principles-title = Zasady opieki społecznej nad dziećmi
guide-principles-p1 =
    Osoby pracujące w opiece społecznej nad dziećmi powinny przestrzegać
    6 zasad, gdy pracują z Tobą. Możesz myśleć o tych zasadach jak
    o przekonaniach, które podziela każdy, kto pracuje w opiece społecznej nad
    dziećmi. Oto one:
guide-principles-principles-1 =
    dobro dzieci jest najważniejsze ze wszystkiego
guide-principles-principles-2 =
    dzieci są pytane o swoje życzenia, są wysłuchiwane i otrzymują odpowiedź
guide-principles-principles-3 = opieka społeczna nad dziećmi współpracuje z całymi rodzinami
guide-principles-principles-4 =
    dzieci są wychowywane przez swoje rodziny, w kręgu rodzinnym lub
    w środowisku rodzinnym zawsze, gdy jest to możliwe
guide-principles-principles-5 =
    samorządy lokalne współpracują z innymi, aby zrozumieć, czego potrzebują
    dzieci, młodzież i ich rodziny
guide-principles-principles-6 =
    samorządy lokalne zobowiązują się do sprawiedliwego traktowania wszystkich
guide-principles-p2 =
    Te zasady kształtują wszystko, co opieka społeczna nad dziećmi chce
    osiągnąć. Przede wszystkim jednak pomagają osiągnąć 4 rzeczy, na których
    skupiają się Krajowe ramy. Są to tak zwane „rezultaty”:
guide-principles-outcomes-1 =
    pozostanie Twojej rodziny razem i możliwość zostania z nią, gdy jest to
    bezpieczne
guide-principles-outcomes-2 = wsparcie ze strony Twojej rodziny i kręgu rodzinnego
guide-principles-outcomes-3 = bezpieczeństwo
guide-principles-outcomes-4 = możliwość mieszkania w kochającym domu
guide-principles-p3 =
    To są te obszary Twojego życia, w których opieka społeczna nad dziećmi ma
    Ci pomagać najbardziej. System jest tak pomyślany, aby skupiać się na
    rodzinie, ponieważ to rodziny często najlepiej wspierają swoje dzieci.
guide-principles-p4 =
    Nie zawsze jednak dzieci mogą zostać z własną rodziną. Kiedy tak się
    dzieje, opieka społeczna nad dziećmi jest po to, aby znaleźć im kochający
    dom gdzie indziej. W każdej sytuacji najważniejsze jest bezpieczeństwo
    dzieci.
guide-principles-p5 =
    W dalszej części tego przewodnika wyjaśniamy, co Krajowe ramy oznaczają
    dla Ciebie w odniesieniu do tych 4 rezultatów.

## outcome-1

guide-outcome-1-title =
    Opieka społeczna nad dziećmi pomoże Twojej rodzinie pozostać razem
guide-outcome-1-label = Rezultat 1
guide-outcome-1-p1 =
    Twój samorząd lokalny pomoże Twojej rodzinie pozostać razem i da jej
    wsparcie, aby mogła się Tobą opiekować zawsze, gdy jest to bezpieczne.
guide-outcome-1-p2 =
    Opieka społeczna nad dziećmi współpracuje z rodzicami i członkami rodziny,
    aby pomóc im radzić sobie z trudnościami. Opieka społeczna nad dziećmi
    zobowiązuje się do tego, aby dzieci i młodzież pozostawały w swojej
    rodzinie zawsze, gdy jest to bezpieczne i właściwe. Dzięki temu
    najważniejsi ludzie w Twoim życiu mają najlepsze warunki, aby zapewnić Ci
    bezpieczeństwo, stabilność i miłość.
guide-outcome-1-for-you-heading = Co to oznacza dla Ciebie
guide-outcome-1-for-you-1 =
    Twoje zdanie **zostanie wysłuchane** bez względu na Twój wiek i na to, jak
    najlepiej porozumiewasz się z innymi, a osoby, które Cię wspierają, zrobią
    wszystko, co w ich mocy, aby zrozumieć Twoją perspektywę.
guide-outcome-1-for-you-2 =
    Wszyscy, którzy z Tobą pracują, **będą słuchać** Ciebie i Twojej rodziny,
    aby specjaliści wiedzieli, jak tworzyć usługi, które naprawdę działają.
    Specjaliści to osoby, które pracują z Tobą, aby dawać Ci wsparcie i dbać
    o Twoje bezpieczeństwo.
guide-outcome-1-for-you-3 =
    Otrzymasz **pomoc w zrozumieniu**, jak działa opieka społeczna nad dziećmi,
    a Twoja rodzina dostanie pomoc w uzyskaniu właściwego wsparcia we
    właściwym czasie.
guide-outcome-1-for-you-4 =
    Jeśli jesteś osobą z niepełnosprawnością, Ty i Twoja rodzina otrzymacie **wsparcie
    w podejmowaniu decyzji** o pomocy, którą dostajesz.
guide-outcome-1-for-you-5 =
    Zdanie Twoich rodziców będzie częścią planu, który ma **zapewnić Ci
    bezpieczeństwo**.
guide-outcome-1-for-you-6 =
    Będziesz mieć okazję i zachętę, aby **opowiedzieć o swoich życzeniach
    i uczuciach** osobno, bez innych osób z Twojego życia.
guide-outcome-1-for-you-7 =
    Twoja kultura **będzie szanowana**, a każdy przejaw dyskryminacji zawsze
    spotka się ze sprzeciwem.
guide-outcome-1-for-you-8 =
    Twoja rodzina **otrzyma praktyczne porady**, jak uzyskać od ludzi z Twojej
    okolicy pomoc w sprawach pieniędzy i mieszkania.
guide-outcome-1-for-you-9 =
    Specjaliści postarają się zrozumieć, co wydarzyło się w Twoim życiu,
    i **pomogą Ci radzić sobie z tym, co jest dla Ciebie trudne**.
guide-outcome-1-for-you-10 =
    Specjaliści rozumieją, jak ważna jest edukacja, aby **zapewnić Ci
    bezpieczeństwo i pomóc Ci w pełni wykorzystać Twoje możliwości**.

## outcome-2

guide-outcome-2-title = Opieka społeczna nad dziećmi będzie wspierać Twój krąg rodzinny
guide-outcome-2-label = Rezultat 2
guide-outcome-2-p1 =
    Opieka społeczna nad dziećmi będzie wspierać nie tylko rodziców, ale też
    innych członków rodziny, takich jak Twoi dziadkowie, ciocie i wujkowie,
    ponieważ to oni często mogą zapewnić niezbędne bezpieczeństwo, stabilność
    i miłość.
guide-outcome-2-p2 =
    Często istnieją szersze więzi rodzinne i kręgi bliskich, które mogą pomóc
    rodzinom przeżywającym trudności.
guide-outcome-2-p3 =
    Wsparcie tych członków rodziny może poprawić życie dzieci, ale czasem
    potrzebują oni pomocy ze strony opieki społecznej nad dziećmi, aby to
    wsparcie było skuteczniejsze.
guide-outcome-2-for-you-heading = Co to oznacza dla Ciebie
guide-outcome-2-for-you-1 = **Zapytają Cię**, kogo uważasz za swoją rodzinę. Mogą to być krewni, tacy
    jak ciocie, wujkowie, dziadkowie, albo na przykład przyjaciele rodziny.
guide-outcome-2-for-you-2 = **Zapytają Cię**, jak Twój krąg rodzinny może się Tobą opiekować, a także
    o wsparcie, miłość i zaufanie, które czujesz, gdy jesteś z tymi osobami.
guide-outcome-2-for-you-3 = **Twoje zdanie zostanie wzięte pod uwagę** przy organizowaniu wsparcia ze
    strony dalszych członków Twojej rodziny.
guide-outcome-2-for-you-4 =
    Twoja rodzina **zostanie zapytana**, ile wsparcia otrzymuje od opieki
    społecznej nad dziećmi i czy jest ono wystarczające.
guide-outcome-2-for-you-5 =
    Twoja rodzina zostanie **zaproszona na wspólne spotkanie, aby podzielić
    się** swoimi doświadczeniami, i będzie mieć czas, aby odpowiedzieć na
    wszystkie pytania dotyczące wsparcia dla Ciebie.
guide-outcome-2-for-you-6 =
    Możesz **otrzymywać wsparcie** także od osób spoza rodziny, na przykład od
    przyjaciół, osób pracujących z młodzieżą, nauczycieli oraz ludzi z Twojej
    okolicy lub wspólnoty religijnej.
guide-outcome-2-for-you-7 =
    Twoja rodzina może **otrzymać pomoc we wzmocnieniu relacji** lub, gdy jest
    to potrzebne, w naprawieniu tych, które są trudne.
guide-outcome-2-for-you-8 = **Otrzymasz wsparcie**, gdy Twoja rodzina lub krąg rodzinny nie mogą się
    Tobą opiekować, zwłaszcza gdy nie jest to bezpieczne.
guide-outcome-2-for-you-9 =
    Jeśli jesteś osobą z niepełnosprawnością, Twój krąg rodzinny może **otrzymać
    wsparcie, aby Ci pomagać**.

## outcome-3

guide-outcome-3-title = Opieka społeczna nad dziećmi pomaga zapewnić Ci bezpieczeństwo
guide-outcome-3-label = Rezultat 3
guide-outcome-3-p1 =
    Absolutnie najważniejsze jest Twoje bezpieczeństwo – zawsze i wszędzie,
    gdziekolwiek jesteś.
guide-outcome-3-p2 =
    Krajowe ramy jasno mówią, że opieka społeczna nad dziećmi chce chronić Cię
    przed krzywdą, a jeśli ktoś może Cię krzywdzić – dokładnie ustalić, co się
    dzieje.
guide-outcome-3-p3 =
    Dotyczy to sytuacji, w których krzywda dzieje się w domu, tam, gdzie
    mieszkasz, w Twojej okolicy lub w internecie.
guide-outcome-3-for-you-heading = Co to oznacza dla Ciebie
guide-outcome-3-for-you-1 = **Zapytają Cię o Twoje bezpieczeństwo i samopoczucie** na każdym etapie
    opieki nad Tobą, a także o to, co musi się zmienić, aby zapewnić Ci
    większe bezpieczeństwo.
guide-outcome-3-for-you-2 =
    Specjaliści **szybko podejmą działania, aby Cię chronić**, jeśli ktoś Cię
    krzywdzi lub grozi Ci krzywda.
guide-outcome-3-for-you-3 = **Będziesz regularnie otrzymywać informacje** o decyzjach podejmowanych
    w sprawie Twojego życia.
guide-outcome-3-for-you-4 = **Twoje zdanie zostanie wysłuchane**, jeśli Twój samorząd lokalny martwi
    się o Ciebie i uważa, że musi zwrócić się do sądu, aby sędzia zdecydował,
    jak zapewnić Ci bezpieczeństwo.
guide-outcome-3-for-you-5 = **Twój głos zostanie wysłuchany** niezależnie od zdania rodziców,
    opiekunów czy innych dorosłych.
guide-outcome-3-for-you-6 =
    Specjaliści **będą się starać zbudować z Tobą silne relacje** i spróbują
    zrozumieć wszystko, co dzieje się w Twoim życiu.
guide-outcome-3-for-you-7 = **Twoje zdanie zostanie wysłuchane** bez względu na Twój wiek i na to, jak
    najlepiej porozumiewasz się z innymi, a osoby, które Cię wspierają, zrobią
    wszystko, co w ich mocy, aby zrozumieć Twój punkt widzenia.
guide-outcome-3-for-you-8 =
    Być może spotkały Cię przykre rzeczy, o których bardzo trudno Ci mówić.
    Osoby, które Cię wspierają, **będą rozumieć**, że mogły Ci się przydarzyć
    – lub nadal się przydarzają – rzeczy, które Cię krzywdzą, i będą mieć
    nadzieję, że o nich opowiesz, aby mogły Ci pomóc i zapewnić Ci
    bezpieczeństwo.
guide-outcome-3-for-you-9 =
    Wszyscy powinni **traktować Cię sprawiedliwie**, a jeśli spotyka Cię
    dyskryminacja, osoby, które Cię wspierają, powinny się tym zająć.
guide-outcome-3-for-you-10 =
    Nawet gdy dzieci i młodzież krzywdzą innych, specjaliści **będą pamiętać,
    że nadal są to osoby, które potrzebują pomocy i wsparcia**.

## outcome-4

guide-outcome-4-title =
    Opieka społeczna nad dziećmi pomoże zapewnić Ci kochający dom
guide-outcome-4-label = Rezultat 4
guide-outcome-4-p1 =
    Zasługujesz na taką samą miłość, opiekę i ochronę jak każdy inny.
guide-outcome-4-p2 =
    Jeśli nie możesz dalej mieszkać ze swoją rodziną, w kręgu rodzinnym ani
    z innymi osobami, Twój samorząd lokalny zapewni Ci potrzebne wsparcie.
    Opieka społeczna nad dziećmi powinna zapewniać domy, które dają miłość,
    opiekę, ochronę i stabilność.
guide-outcome-4-p3 =
    Wsparcie, które otrzymasz, pomoże Ci zrozumieć swoje uczucia i poradzić
    sobie z ewentualnymi problemami, a jednocześnie zadba o Twoje
    bezpieczeństwo. Da Ci podstawy do zdrowego, szczęśliwego życia.
guide-outcome-4-for-you-heading = Co to oznacza dla Ciebie
guide-outcome-4-for-you-1 =
    Jeśli nie możesz zostać ze swoją rodziną, **zapytają Cię, gdzie chcesz
    mieszkać i co jest dla Ciebie ważne**.
guide-outcome-4-for-you-2 = **Będziesz regularnie dostawać informacje** o podejmowanych decyzjach, aby
    było dla Ciebie jasne, co się dzieje i dlaczego.
guide-outcome-4-for-you-3 =
    Będziesz mieć regularnie okazję, aby **opowiedzieć o swoich nadziejach
    i marzeniach**, a to, jak otrzymujesz wsparcie, będzie je uwzględniać.
guide-outcome-4-for-you-4 = **Otrzymasz zachętę do wyrażania swojego zdania**, także dzięki
    niezależnemu rzecznictwu (po angielsku: advocacy). Polega ono na tym, że
    ktoś przedstawia Twoje zdanie, życzenia i potrzeby, nie oceniając Cię,
    i pomaga Ci złożyć skargę, jeśli jest taka potrzeba.
guide-outcome-4-for-you-5 =
    Jeśli nie możesz mieszkać ze swoją rodziną ani w kręgu rodzinnym, **dostaniesz
    bezpieczny i kochający dom**.
guide-outcome-4-for-you-6 =
    Jeśli przeprowadzisz się do nowego domu, **otrzymasz wsparcie, aby
    utrzymywać kontakt z rodziną, przyjaciółmi i swoją społecznością**,
    a zwłaszcza z rodzeństwem.
guide-outcome-4-for-you-7 = **Twoje samopoczucie psychiczne powinno być traktowane poważnie**,
    a specjaliści pomogą Ci uzyskać wsparcie.
guide-outcome-4-for-you-8 =
    Specjaliści będą wspierać adoptowane dzieci, **aby zbudowały więź ze
    swoimi rodzicami adopcyjnymi** od pierwszego spotkania.
guide-outcome-4-for-you-9 =
    Dzieci, które przyjechały do Anglii bez rodziców, **otrzymają wsparcie,
    a ich potrzeby i doświadczenia zostaną wzięte pod uwagę**.

## leaving-care

guide-leaving-care-title =
    Dla starszych dzieci, które opuszczają opiekę społeczną i wkraczają
    w dorosłość
guide-leaving-care-for-you-1 = **Otrzymasz wsparcie w rozwijaniu i pielęgnowaniu bliskich, pełnych
    miłości relacji** z Twoim kręgiem rodzinnym i przyjaciółmi, gdy dorastasz
    i wkraczasz w dorosłość.
guide-leaving-care-for-you-2 = **Otrzymasz wsparcie, aby mieszkać w bezpiecznym, odpowiednim miejscu**,
    a opieka społeczna nad dziećmi postara się dać Ci kilka możliwości do
    wyboru. Możesz mieć pierwszeństwo w przydziale mieszkania socjalnego
    i otrzymać pomoc w wynajęciu mieszkania. Robi się wszystko, aby osoby
    opuszczające pieczę zastępczą nie zostały bez dachu nad głową.
guide-leaving-care-for-you-3 = **Otrzymasz wsparcie w dostępie do nauki, pracy i szkoleń**, gdy
    wkraczasz w dorosłość. Specjaliści mogą współpracować z urzędami pracy
    (Jobcentre) i przyszłymi pracodawcami, aby pomóc Ci znaleźć oferty, na
    które możesz się zgłosić, w tym oferty przygotowane specjalnie dla osób
    opuszczających pieczę zastępczą.
guide-leaving-care-for-you-4 = **Otrzymasz wsparcie w planowaniu przyszłości**, ponieważ dobra edukacja,
    praca i mieszkanie są niezbędne do zdrowego i szczęśliwego życia.

## next

guide-next-title = Co dalej?
guide-next-p1 =
    Ten przewodnik ma pokazać Ci, co Krajowe ramy opieki społecznej nad
    dziećmi oznaczają dla Ciebie. Pokazuje jednak tylko najważniejsze rzeczy.
    Inne części Krajowych ram też mogą Cię dotyczyć, dlatego warto zajrzeć do
    pełnego tekstu [Krajowych ram opieki społecznej nad dziećmi]({ $framework-web })
    (po angielsku).
guide-next-p2 =
    Jeśli masz pytania lub obawy, możesz porozmawiać ze swoim pracownikiem
    socjalnym, osobistym doradcą, asystentem rodziny lub innym członkiem
    personelu.
guide-next-p3 =
    Więcej informacji, porad i wsparcia możesz też uzyskać w tych
    organizacjach charytatywnych:
guide-next-childline = **{ $childline-name }** to bezpieczne i poufne miejsce dla dzieci, które
    nie mają do kogo się zwrócić. Bez względu na to, co Cię martwi, kiedy
    potrzebujesz pomocy albo po prostu chcesz porozmawiać, możesz
    skontaktować się z { $childline-name } 24 godziny na dobę, 7 dni
    w tygodniu, 365 dni w roku pod numerem { $childline-phone } lub przez czat
    indywidualny na stronie internetowej. { $childline-name } ma ogromną
    społeczność internetową, w której możesz otrzymać wsparcie od innych
    dzieci na forach, a także materiały, które pomogą Ci z każdym problemem,
    który Cię niepokoi. [{ $childline-web-label }]({ $childline-web })
guide-next-help-at-hand =
    Zespół **{ $help-at-hand-name }** może zaoferować bezpłatne wsparcie,
    porady i informacje o Twoich prawach, jeśli jesteś w pieczy zastępczej,
    opuszczasz ją, mieszkasz poza domem lub korzystasz z pomocy opieki
    społecznej nad dziećmi. Ma to pomóc Ci poradzić sobie z trudnościami,
    z którymi się mierzysz. Możesz zadzwonić do zespołu bezpłatnie pod
    numer { $help-at-hand-phone } lub wejść na
    stronę [{ $help-at-hand-web-label }]({ $help-at-hand-web })
