### Draft translation into Ukrainian of locales/en-GB/easy-read.ftl. Not yet checked by a qualified translator.

easy-read-title = Соціальні служби для дітей: що це означає для тебе
easy-read-description = Посібник простою мовою про допомогу дітям і сім’ям в Англії.

## about

easy-read-about-title = Про цей посібник
easy-read-about-intro-care = Соціальні служби для дітей допомагають дітям та їхнім сім’ям.
easy-read-about-intro-council = Цю допомогу дає твоя **місцева рада**.
easy-read-about-intro-council-means = Місцева рада дбає про людей там, де ти живеш.
easy-read-about-intro-many = Багато дітей і молодих людей в Англії отримують цю допомогу.
easy-read-about-intro-class = У кожному класі приблизно 5 дітей отримували цю допомогу.
easy-read-about-intro-better = Добра допомога може зробити твоє життя кращим.
easy-read-about-intro-framework = Уряд написав план, який називається **Національна рамкова програма**.
easy-read-about-intro-framework-means = Національна рамкова програма розповідає людям, як мають працювати соціальні служби для дітей.
easy-read-about-intro-expect = У ньому сказано, яку допомогу ти маєш отримувати.
easy-read-about-intro-guide = Цей посібник розповідає, як Національна рамкова програма допомагає тобі.
easy-read-about-intro-wishes = Люди, які тобі допомагають, мають думати про те, чого ти хочеш.
easy-read-about-intro-check = З цим посібником ти можеш перевірити, чи добру допомогу ти отримуєш.
easy-read-about-intro-speak-up = Якщо допомога недостатньо добра, ти можеш про це сказати.

## purpose

easy-read-purpose-title = Для чого потрібні соціальні служби для дітей
easy-read-purpose-intro-aim = Усі в соціальних службах для дітей працюють заради однієї мети.
easy-read-purpose-intro-support = Вони допомагають дітям, молоді та сім’ям.
easy-read-purpose-intro-protect = Вони швидко діють, щоб захистити дітей від шкоди.
easy-read-purpose-intro-care = Вони дбають про дітей, яким це потрібно.
easy-read-purpose-intro-love = Вони хочуть, щоб діти росли в безпеці, спокої та любові.
easy-read-purpose-intro-there = Це означає, що вони поруч із тобою.
easy-read-purpose-intro-happy = Вони допомагають тобі рости в безпеці, здоров’ї та радості.

## principles

easy-read-principles-title = 6 важливих ідей
easy-read-principles-intro-follow = Люди в соціальних службах для дітей дотримуються 6 **принципів**.
easy-read-principles-intro-means = Принципи — це важливі ідеї, у які вірять усі ці працівники.
easy-read-principles-principles-heading = 6 принципів
easy-read-principles-principles-welfare = Твій **добробут** важливіший за все інше.
easy-read-principles-principles-welfare-means = Добробут — це коли тобі безпечно, добре і про тебе дбають.
easy-read-principles-principles-asked = Люди питатимуть тебе, чого ти хочеш.
easy-read-principles-principles-listen = Вони слухатимуть тебе і відповідатимуть тобі.
easy-read-principles-principles-family = Вони працюють з усією твоєю сім’єю.
easy-read-principles-principles-raised = Діти мають рости в сім’ї, коли це можливо.
easy-read-principles-principles-together = Місцеві ради працюють разом з іншими, щоб дізнатися, що потрібно сім’ям.
easy-read-principles-principles-fair = Місцеві ради обіцяють бути справедливими до всіх.
easy-read-principles-outcomes-heading = 4 добрі речі для тебе
easy-read-principles-outcomes-four = Принципи допомагають досягти 4 великих цілей, які називають **результатами**.
easy-read-principles-outcomes-means = Результат — це щось добре, що має статися у твоєму житті.
easy-read-principles-outcomes-together = Твоя сім’я залишається разом, коли це безпечно.
easy-read-principles-outcomes-network = Тебе підтримують твоя сім’я та близькі до неї люди.
easy-read-principles-outcomes-safe = Ти в безпеці.
easy-read-principles-outcomes-home = Ти живеш у домі, де тебе люблять.
easy-read-principles-more-most = Соціальні служби для дітей найбільше допомагають із цими 4 речами.
easy-read-principles-more-family = Сім’ї часто можуть найкраще підтримати дітей.
easy-read-principles-more-cannot = Іноді діти не можуть залишатися зі своєю сім’єю.
easy-read-principles-more-home = Тоді соціальні служби для дітей знаходять їм інший дім, де їх люблять.
easy-read-principles-more-safety = Безпека дітей — це завжди найважливіше.
easy-read-principles-more-pages = На наступних сторінках розповідається про кожен результат.

## outcome-1

easy-read-outcome-1-title = Результат 1: Твоя сім’я може залишатися разом
easy-read-outcome-1-label = Результат 1
easy-read-outcome-1-intro-together = Твоя **місцева рада** хоче, щоб твоя сім’я залишалася разом.
easy-read-outcome-1-intro-safely = Місцева рада дбає про людей там, де ти живеш, і допомагає сім’ям захищати дітей.
easy-read-outcome-1-intro-cope = Соціальні служби для дітей допомагають твоїй сім’ї у важкі часи.
easy-read-outcome-1-intro-loved = Тоді люди, яких ти любиш, зможуть дбати про твою безпеку і спокій.
easy-read-outcome-1-for-you-heading = Що це означає для тебе
easy-read-outcome-1-for-you-heard = Люди почують, що ти думаєш, хоч би скільки тобі було років.
easy-read-outcome-1-for-you-understand = Вони дуже старатимуться зрозуміти тебе, хоч як ти спілкуєшся.
easy-read-outcome-1-for-you-listen = Усі, хто працює з тобою, слухатимуть тебе і твою сім’ю.
easy-read-outcome-1-for-you-plan-help = Тоді **фахівці** зможуть спланувати допомогу, яка справді працює.
easy-read-outcome-1-for-you-practitioners = Фахівці — це люди, які працюють, щоб допомагати тобі й захищати тебе.
easy-read-outcome-1-for-you-learn = Люди пояснять тобі, як працюють соціальні служби для дітей.
easy-read-outcome-1-for-you-right-time = Твоя сім’я отримає потрібну допомогу в потрібний час.
easy-read-outcome-1-for-you-disability = Деякі діти мають **інвалідність**.
easy-read-outcome-1-for-you-disability-means = Через інвалідність людині може бути важче рухатися, бачити чи навчатися.
easy-read-outcome-1-for-you-decide = Тоді ти і твоя сім’я разом вибиратимете, яка допомога тобі потрібна.
easy-read-outcome-1-for-you-parents = У плані твоєї безпеки врахують, що думають твої батьки.
easy-read-outcome-1-for-you-feelings = Тобі допоможуть розповісти про свої бажання й почуття наодинці.
easy-read-outcome-1-for-you-culture = Люди поважатимуть твою **культуру**.
easy-read-outcome-1-for-you-culture-means = Культура — це твій спосіб життя, наприклад мова, віра та їжа.
easy-read-outcome-1-for-you-unfair = Вони завжди виступатимуть проти **дискримінації**.
easy-read-outcome-1-for-you-unfair-means = Дискримінація — це коли з людиною поводяться погано через те, хто вона є.
easy-read-outcome-1-for-you-money = Люди з вашої місцевості можуть порадити твоїй сім’ї щодо грошей і житла.
easy-read-outcome-1-for-you-past = Фахівці намагатимуться дізнатися, що з тобою траплялося.
easy-read-outcome-1-for-you-hard = Вони допоможуть тобі впоратися з тим, що тобі важко.
easy-read-outcome-1-for-you-school = Фахівці знають, що школа і навчання дуже важливі.
easy-read-outcome-1-for-you-best = Школа допомагає тобі бути в безпеці й досягати успіхів.

## outcome-2

easy-read-outcome-2-title = Результат 2: Допомога твоїм родичам
easy-read-outcome-2-label = Результат 2
easy-read-outcome-2-intro-wider = Соціальні служби для дітей також допомагатимуть твоїм родичам.
easy-read-outcome-2-intro-who = Це, наприклад, бабусі й дідусі, тітки та дядьки.
easy-read-outcome-2-intro-why = Ці люди можуть допомогти тобі бути в безпеці й відчувати любов.
easy-read-outcome-2-intro-network = Твоє **родинне коло** може допомогти, коли важко.
easy-read-outcome-2-intro-network-means = Родинне коло — це вся твоя родина і близькі друзі родини.
easy-read-outcome-2-intro-help = Іноді твоєму родинному колу потрібна допомога, щоб підтримувати тебе.
easy-read-outcome-2-for-you-heading = Що це означає для тебе
easy-read-outcome-2-for-you-who = Тебе запитають, кого ти вважаєш своєю сім’єю.
easy-read-outcome-2-for-you-who-examples = Родиною можуть бути тітки, дядьки, бабусі, дідусі чи друзі родини.
easy-read-outcome-2-for-you-look-after = Тебе запитають, як твоє родинне коло могло б дбати про тебе.
easy-read-outcome-2-for-you-trust = Тебе запитають, чи ти їм довіряєш і чи відчуваєш їхню любов.
easy-read-outcome-2-for-you-views = Люди думатимуть про твої бажання, коли плануватимуть допомогу від родини.
easy-read-outcome-2-for-you-enough = Твою сім’ю запитають, чи вистачає їй допомоги.
easy-read-outcome-2-for-you-meet = Люди зберуть твою сім’ю разом, щоб усі розповіли свої історії.
easy-read-outcome-2-for-you-questions = Твоя сім’я матиме час поставити запитання про твою допомогу.
easy-read-outcome-2-for-you-others = Тобі можуть допомагати й люди поза твоєю сім’єю.
easy-read-outcome-2-for-you-teachers = Це можуть бути друзі, вчителі чи молодіжні працівники.
easy-read-outcome-2-for-you-community = Це можуть бути люди, які живуть поруч, чи люди з твоєї релігійної спільноти.
easy-read-outcome-2-for-you-get-on = Твоя сім’я може отримати допомогу, щоб краще ладнати.
easy-read-outcome-2-for-you-mend = Їм також можуть допомогти помиритися після сварки.
easy-read-outcome-2-for-you-cannot = Якщо твоя сім’я не може дбати про тебе, тебе підтримають.
easy-read-outcome-2-for-you-unsafe = Це найважливіше тоді, коли вдома небезпечно.
easy-read-outcome-2-for-you-disability = Деякі діти мають **інвалідність**.
easy-read-outcome-2-for-you-disability-means = Через інвалідність людині може бути важче рухатися, бачити чи навчатися.
easy-read-outcome-2-for-you-disability-help = Тоді твоє родинне коло може отримати допомогу, щоб дбати про тебе.

## outcome-3

easy-read-outcome-3-title = Результат 3: Твоя безпека
easy-read-outcome-3-label = Результат 3
easy-read-outcome-3-intro-most = Твоя безпека — це найважливіше, завжди і всюди.
easy-read-outcome-3-intro-protect = Соціальні служби для дітей захищатимуть тебе від шкоди.
easy-read-outcome-3-intro-find-out = Вони з’ясують, чи тебе хтось кривдить.
easy-read-outcome-3-intro-where = Шкода може статися вдома, у твоєму районі або в інтернеті.
easy-read-outcome-3-for-you-heading = Що це означає для тебе
easy-read-outcome-3-for-you-asked = Тебе питатимуть про твою безпеку і **благополуччя**.
easy-read-outcome-3-for-you-wellbeing-means = Благополуччя — це коли ти почуваєшся добре й щасливо тілом і душею.
easy-read-outcome-3-for-you-always = Тебе питатимуть про це весь час, поки ти отримуєш допомогу.
easy-read-outcome-3-for-you-safer = Тебе запитають, що треба змінити, щоб тобі було безпечніше.
easy-read-outcome-3-for-you-quick = Фахівці швидко діятимуть, якщо хтось тебе кривдить або може скривдити.
easy-read-outcome-3-for-you-practitioners = Фахівці — це люди, які працюють, щоб допомагати тобі й захищати тебе.
easy-read-outcome-3-for-you-decisions = Фахівці часто розповідатимуть тобі, що вони вирішили про твоє життя.
easy-read-outcome-3-for-you-court = Якщо люди, які тобі допомагають, хвилюються, вони можуть звернутися по допомогу до **суду**.
easy-read-outcome-3-for-you-court-means = Суд — це місце, де **суддя** ухвалює важливі рішення.
easy-read-outcome-3-for-you-judge-means = Суддя — це людина, яка має ухвалювати справедливі рішення.
easy-read-outcome-3-for-you-judge-safe = Суддя вирішує, як тебе захистити.
easy-read-outcome-3-for-you-court-heard = Люди вислухають, що ти про це думаєш.
easy-read-outcome-3-for-you-own-voice = Люди слухатимуть тебе, а не тільки дорослих навколо тебе.
easy-read-outcome-3-for-you-know-you = Фахівці дуже старатимуться добре тебе пізнати.
easy-read-outcome-3-for-you-everything = Вони намагатимуться зрозуміти все, що відбувається у твоєму житті.
easy-read-outcome-3-for-you-age = Люди слухатимуть тебе, хоч би скільки тобі було років.
easy-read-outcome-3-for-you-understand = Вони дуже старатимуться зрозуміти тебе, хоч як ти спілкуєшся.
easy-read-outcome-3-for-you-hard-talk = Про деякі речі може бути дуже важко говорити.
easy-read-outcome-3-for-you-know = Люди, які тобі допомагають, знають, що з тобою могло статися щось погане.
easy-read-outcome-3-for-you-still = Вони знають, що з тобою й досі може відбуватися щось погане.
easy-read-outcome-3-for-you-tell = Вони сподіваються, що ти їм розповіси, щоб вони могли тебе захистити.
easy-read-outcome-3-for-you-fair = Люди мають ставитися до тебе справедливо.
easy-read-outcome-3-for-you-unfair = Вони розбиратимуться з будь-якою **дискримінацією** щодо тебе.
easy-read-outcome-3-for-you-unfair-means = Дискримінація — це коли з людиною поводяться погано через те, хто вона є.
easy-read-outcome-3-for-you-harm-others = Якщо через тебе хтось постраждав, фахівці знають, що тобі все одно потрібна допомога.

## outcome-4

easy-read-outcome-4-title = Результат 4: Дім, де тебе люблять
easy-read-outcome-4-label = Результат 4
easy-read-outcome-4-intro-deserve = Ти заслуговуєш на любов, турботу й безпеку, як і будь-хто інший.
easy-read-outcome-4-intro-cannot = Іноді діти не можуть жити зі своєю сім’єю чи родичами.
easy-read-outcome-4-intro-council = Тоді твоя місцева рада дасть тобі потрібну підтримку.
easy-read-outcome-4-intro-council-means = Місцева рада дбає про людей там, де ти живеш.
easy-read-outcome-4-intro-home = Соціальні служби для дітей знайдуть тобі безпечний і спокійний дім, де тебе люблять.
easy-read-outcome-4-intro-feelings = Підтримка допоможе тобі зрозуміти свої почуття.
easy-read-outcome-4-intro-happy = Вона допоможе тобі жити здорово й щасливо.
easy-read-outcome-4-for-you-heading = Що це означає для тебе
easy-read-outcome-4-for-you-where = Тебе запитають, де ти хочеш жити.
easy-read-outcome-4-for-you-important = Тебе запитають, що для тебе важливо.
easy-read-outcome-4-for-you-updates = Люди розповідатимуть тобі про рішення, щойно їх ухвалять.
easy-read-outcome-4-for-you-why = Вони пояснять тобі, що відбувається і чому.
easy-read-outcome-4-for-you-hopes = Ти часто зможеш розповідати людям про свої надії та мрії.
easy-read-outcome-4-for-you-hopes-plan = Люди плануватимуть твою допомогу з урахуванням твоїх надій і мрій.
easy-read-outcome-4-for-you-views = Люди допоможуть тобі сказати, що ти думаєш.
easy-read-outcome-4-for-you-advocate = Тобі може допомагати **захисник твоїх прав**.
easy-read-outcome-4-for-you-advocate-means = Захисник прав говорить за тебе і не засуджує тебе.
easy-read-outcome-4-for-you-complain = Захисник прав також може допомогти тобі подати **скаргу**.
easy-read-outcome-4-for-you-complaint-means = Скарга — це коли ти кажеш відповідальній людині, що щось не так.
easy-read-outcome-4-for-you-new-home = Якщо ти переїдеш, у новому домі буде безпечно і тебе любитимуть.
easy-read-outcome-4-for-you-in-touch = Якщо ти переїдеш, тобі допоможуть підтримувати зв’язок із близькими.
easy-read-outcome-4-for-you-close = Ти зможеш і далі спілкуватися з родиною, друзями та своєю громадою.
easy-read-outcome-4-for-you-family-time = Ти зможеш проводити **час із родиною**, зокрема з братами й сестрами.
easy-read-outcome-4-for-you-family-time-means = Час із родиною — це коли ти бачишся або розмовляєш зі своєю родиною.
easy-read-outcome-4-for-you-wellbeing = Люди серйозно ставитимуться до твого **благополуччя**.
easy-read-outcome-4-for-you-wellbeing-means = Благополуччя — це коли ти почуваєшся добре й щасливо в душі.
easy-read-outcome-4-for-you-support = Фахівці допоможуть тобі знайти когось, з ким можна поговорити.
easy-read-outcome-4-for-you-practitioners = Фахівці — це люди, які працюють, щоб допомагати тобі й захищати тебе.
easy-read-outcome-4-for-you-adopted = Деякі діти знаходять нову сім’ю через **усиновлення**.
easy-read-outcome-4-for-you-adopted-means = Усиновлення означає, що нова сім’я стає твоєю сім’єю на все життя.
easy-read-outcome-4-for-you-bond = Фахівці допомагають цим дітям від самого початку зблизитися з новими батьками.
easy-read-outcome-4-for-you-travel = Деякі діти приїжджають до Англії без батьків.
easy-read-outcome-4-for-you-travel-help = Люди підтримуватимуть їх і думатимуть про їхні потреби.
easy-read-outcome-4-for-you-travel-past = Вони думатимуть про те, що ці діти пережили.

## leaving-care

easy-read-leaving-care-title = Дорослішання і вихід з-під опіки
easy-read-leaving-care-for-you-for-you = Ця сторінка для старших дітей, які скоро вийдуть з-під опіки.
easy-read-leaving-care-for-you-close = Люди допоможуть тобі зберегти близькі стосунки з родиною та друзями.
easy-read-leaving-care-for-you-adult = Вони допомагатимуть тобі, поки ти дорослішаєш.
easy-read-leaving-care-for-you-home = Тобі допоможуть знайти безпечне місце, де жити.
easy-read-leaving-care-for-you-choose = Тобі намагатимуться запропонувати кілька варіантів житла на вибір.
easy-read-leaving-care-for-you-council-home = Тобі можуть особливо допомогти отримати житло від місцевої ради.
easy-read-leaving-care-for-you-council-means = Місцева рада дбає про людей там, де ти живеш.
easy-read-leaving-care-for-you-rent = Тобі також можуть допомогти винайняти житло.
easy-read-leaving-care-for-you-somewhere = Люди дуже старатимуться, щоб кожен **випускник системи опіки** мав де жити.
easy-read-leaving-care-for-you-care-leaver-means = Випускник системи опіки — це людина, яка в дитинстві була під опікою соціальних служб.
easy-read-leaving-care-for-you-work = Тобі допомагатимуть із навчанням, роботою та професійною підготовкою.
easy-read-leaving-care-for-you-job-centre = Фахівці можуть співпрацювати з центрами зайнятості, щоб знайти тобі роботу.
easy-read-leaving-care-for-you-practitioners = Фахівці — це люди, які працюють, щоб допомагати тобі й захищати тебе.
easy-read-leaving-care-for-you-apply = Вони допоможуть тобі знайти вакансії, на які можна подати заявку.
easy-read-leaving-care-for-you-just-for-you = Деякі вакансії й навчання — тільки для випускників системи опіки.
easy-read-leaving-care-for-you-future = Тобі допоможуть спланувати майбутнє.
easy-read-leaving-care-for-you-healthy = Навчання, робота й житло допомагають жити здорово й щасливо.

## next

easy-read-next-title = Що робити далі
easy-read-next-read-more-most = Цей посібник розповідає тільки про найголовніше.
easy-read-next-read-more-framework = Щоб дізнатися більше, можна прочитати всю Національну рамкову програму англійською.
easy-read-next-read-more-framework-means = Національна рамкова програма розповідає людям, як мають працювати соціальні служби для дітей.
easy-read-next-talk-worries = Якщо в тебе є запитання чи тривоги, ти можеш із кимось поговорити.
easy-read-next-talk-social-worker = Ти можеш поговорити зі своїм **соціальним працівником**.
easy-read-next-talk-social-worker-means = Соціальні працівники допомагають дітям і сім’ям та захищають дітей.
easy-read-next-talk-adviser = Ти можеш поговорити зі своїм **особистим консультантом**.
easy-read-next-talk-adviser-means = Особистий консультант допомагає молодим людям, які виходять з-під опіки.
easy-read-next-talk-staff = Ти також можеш поговорити з працівником із підтримки сімей або іншими працівниками.
easy-read-next-help-lines-heading = Телефони довіри, куди можна дзвонити безкоштовно
easy-read-next-charities-charities = Ці 2 **благодійні організації** теж можуть допомогти й порадити.
easy-read-next-charities-charity-means = Благодійна організація — це група, яка допомагає людям і не намагається заробити гроші.
