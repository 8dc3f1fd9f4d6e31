### Draft translation into Polish of locales/en-GB/glossary.ftl. Not yet checked by a qualified translator.
###
### -term is the word as the Polish text uses it; -forms lists the other
### forms (cases and plurals) that appear in guide.ftl and easy-read.ftl.

glossary-heading = Co znaczą te słowa

glossary-council-term = samorząd
glossary-council-forms = samorządy, samorządu, samorządowi, samorządem, samorząd lokalny, samorządu lokalnego, samorządy lokalne, władze lokalne
glossary-council-explain = Samorząd dba o ludzi i miejsca tam, gdzie mieszkasz. Pomaga dzieciom i rodzinom.

glossary-social-worker-term = pracownik socjalny
glossary-social-worker-forms = pracownikiem socjalnym, pracownicy socjalni
glossary-social-worker-explain = Pracownik socjalny pomaga dzieciom i rodzinom, kiedy jest im trudno. W swojej pracy dba o bezpieczeństwo dzieci.

glossary-practitioner-term = specjalista
glossary-practitioner-forms = specjaliści, specjalistów, specjalistami
glossary-practitioner-explain = Specjaliści to ludzie, którzy w swojej pracy pomagają Ci i Cię chronią. Specjalistą może być na przykład pracownik socjalny, nauczyciel albo pielęgniarka.

glossary-advocate-term = rzecznik
glossary-advocate-forms = rzecznika, rzecznicy, rzecznikiem
glossary-advocate-explain = Rzecznik to ktoś, kto pomaga Ci powiedzieć, co myślisz. Jest po Twojej stronie i Cię nie ocenia.

glossary-advocacy-term = rzecznictwo
glossary-advocacy-forms = rzecznictwu, niezależne rzecznictwo, niezależnemu rzecznictwu
glossary-advocacy-explain = Rzecznictwo to pomoc w mówieniu o tym, czego chcesz. Taką pomoc daje Ci rzecznik.

glossary-care-leaver-term = osoba usamodzielniana
glossary-care-leaver-forms = osób usamodzielnianych, osoby opuszczające pieczę zastępczą, osób opuszczających pieczę zastępczą
glossary-care-leaver-explain = Osoba usamodzielniana to młody człowiek, który jako dziecko mieszkał w rodzinie zastępczej lub domu dziecka. Taka osoba może dostać dodatkową pomoc, kiedy dorasta.

glossary-kinship-care-term = opieka krewnych
glossary-kinship-care-forms = opiekun spokrewniony, opiekunowie spokrewnieni, rodzina zastępcza spokrewniona
glossary-kinship-care-explain = Opieka krewnych jest wtedy, gdy mieszkasz z rodziną albo przyjaciółmi zamiast z rodzicami. Może to być na przykład babcia, ciocia albo przyjaciel rodziny.

glossary-family-network-term = krąg rodzinny
glossary-family-network-forms = kręgu rodzinnym, kręgu rodzinnego, kręgiem rodzinnym
glossary-family-network-explain = Twój krąg rodzinny to Twoja rodzina i ludzie bliscy Twojej rodzinie. Mogą to być dziadkowie, ciocie, wujkowie i przyjaciele rodziny.

glossary-court-term = sąd
glossary-court-forms = sądu, sądy, sądzie
glossary-court-explain = Sąd to miejsce, gdzie sędzia podejmuje ważne decyzje. Sędzia najpierw słucha wszystkich.

glossary-judge-term = sędzia
glossary-judge-forms = sędziego, sędziowie
glossary-judge-explain = Sędzia to osoba, której praca to podejmowanie sprawiedliwych decyzji w sądzie.

glossary-wellbeing-term = samopoczucie
glossary-wellbeing-forms = samopoczucia, dobrostan
glossary-wellbeing-explain = Dobre samopoczucie znaczy, że czujesz się dobrze i szczęśliwie, w ciele i w głowie.

glossary-discrimination-term = dyskryminacja
glossary-discrimination-forms = dyskryminacji, dyskryminację, dyskryminować, dyskryminowany
glossary-discrimination-explain = Dyskryminacja to gorsze traktowanie kogoś z powodu tego, kim jest. To jest złe i niezgodne z prawem.

glossary-disability-term = niepełnosprawność
glossary-disability-forms = niepełnosprawności, niepełnosprawnością, niepełnosprawny, niepełnosprawne
glossary-disability-explain = Niepełnosprawność może utrudniać niektóre rzeczy, na przykład chodzenie, widzenie, słyszenie albo naukę. Wiele osób ma niepełnosprawność.

glossary-foster-carer-term = rodzic zastępczy
glossary-foster-carer-forms = rodzice zastępczy, rodzica zastępczego, rodziców zastępczych, rodzina zastępcza, rodzinie zastępczej, rodzinę zastępczą, rodziny zastępcze
glossary-foster-carer-explain = Rodzic zastępczy opiekuje się dziećmi, które nie mogą mieszkać z własną rodziną. Dzieci mieszkają w domu rodzica zastępczego.

glossary-adoption-term = adopcja
glossary-adoption-forms = adopcji, adoptowane, adoptowany, adoptowana, adopcyjni, adopcyjnymi, adoptować
glossary-adoption-explain = Adopcja znaczy, że nowa rodzina staje się Twoją rodziną na całe życie. Twoi nowi rodzice są Twoimi prawnymi rodzicami.

glossary-personal-adviser-term = osobisty doradca
glossary-personal-adviser-forms = osobistym doradcą, osobistego doradcy, osobiści doradcy, doradca osobisty
glossary-personal-adviser-explain = Osobisty doradca pomaga młodym ludziom, którzy się usamodzielniają. Pomaga na przykład w sprawach pieniędzy, mieszkania i pracy.

glossary-complaint-term = skarga
glossary-complaint-forms = skargę, skargi, skarżyć się
glossary-complaint-explain = Skarga to powiedzenie komuś, kto tu decyduje, że coś jest nie tak. Ta osoba musi wysłuchać i spróbować to naprawić.

glossary-national-framework-term = Krajowe ramy
glossary-national-framework-forms = Krajowych ram, Krajowych ramach, Krajowe ramy opieki społecznej nad dziećmi
glossary-national-framework-explain = Krajowe ramy to plan rządu. Mówią, jak powinna działać opieka społeczna nad dziećmi.

glossary-principle-term = zasada
glossary-principle-forms = zasady, zasad, zasadach
glossary-principle-explain = Zasady to ważne myśli, w które ludzie wierzą i których się trzymają.

glossary-outcome-term = rezultat
glossary-outcome-forms = rezultaty, rezultatów, rezultatami, rezultacie
glossary-outcome-explain = Rezultat to coś dobrego, co powinno Cię spotkać.

glossary-welfare-term = dobro
glossary-welfare-explain = Dobro to bezpieczeństwo, zdrowie i dobra opieka.

glossary-culture-term = kultura
glossary-culture-forms = kulturę, kultury, kulturze, kulturowy
glossary-culture-explain = Kultura to Twój sposób życia, na przykład język, wiara, jedzenie i święta.

glossary-family-time-term = kontakty z rodziną
glossary-family-time-forms = kontakt z rodziną, kontaktów z rodziną, czas z rodziną
glossary-family-time-explain = Kontakty z rodziną to spotkania albo rozmowy z rodziną, kiedy nie mieszkacie razem.

glossary-charity-term = organizacja charytatywna
glossary-charity-forms = organizacje charytatywne, organizacjach charytatywnych
glossary-charity-explain = Organizacja charytatywna to grupa ludzi, którzy pomagają innym i nie zarabiają na tym.

glossary-rights-term = prawa dziecka
glossary-rights-forms = prawa, Twoje prawa, prawach, Twoich prawach
glossary-rights-explain = Prawa to rzeczy, które powinno mieć każde dziecko, na przykład bezpieczeństwo, jedzenie, dom i szkoła.
