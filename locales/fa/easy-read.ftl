### Draft translation into Persian (Farsi) of locales/en-GB/easy-read.ftl. Not yet checked by a qualified translator.

easy-read-title = خدمات اجتماعی کودکان: این برای شما چه معنایی دارد
easy-read-description = یک راهنمای ساده درباره کمک به کودکان و خانواده‌ها در انگلستان.

## about

easy-read-about-title = درباره این راهنما
easy-read-about-intro-care = خدمات اجتماعی کودکان یعنی کمک به کودکان و خانواده‌هایشان.
easy-read-about-intro-council = **شورای محلی** شما این کمک را می‌دهد.
easy-read-about-intro-council-means = شورای محلی به مردم منطقه‌ای که در آن زندگی می‌کنید خدمات می‌دهد.
easy-read-about-intro-many = کودکان و نوجوانان زیادی در انگلستان این کمک را می‌گیرند.
easy-read-about-intro-class = در هر کلاس، حدود 5 کودک این کمک را گرفته‌اند.
easy-read-about-intro-better = کمک خوب می‌تواند زندگی شما را بهتر کند.
easy-read-about-intro-framework = دولت برنامه‌ای به نام **چارچوب ملی** نوشته است.
easy-read-about-intro-framework-means = چارچوب ملی به آدم‌ها می‌گوید خدمات اجتماعی کودکان چطور باید کار کند.
easy-read-about-intro-expect = این برنامه می‌گوید شما باید چه کمکی بگیرید.
easy-read-about-intro-guide = این راهنما به شما می‌گوید چارچوب ملی چطور به شما کمک می‌کند.
easy-read-about-intro-wishes = کسانی که به شما کمک می‌کنند باید به خواسته‌های شما فکر کنند.
easy-read-about-intro-check = با این راهنما می‌توانید ببینید کمکی که می‌گیرید خوب است یا نه.
easy-read-about-intro-speak-up = اگر کمکی که می‌گیرید به اندازه کافی خوب نیست، می‌توانید این را بگویید.

## purpose

easy-read-purpose-title = خدمات اجتماعی کودکان برای چیست
easy-read-purpose-intro-aim = همه کارکنان خدمات اجتماعی کودکان برای یک هدف مشترک کار می‌کنند.
easy-read-purpose-intro-support = آنها هستند تا به کودکان، نوجوانان و خانواده‌ها کمک کنند.
easy-read-purpose-intro-protect = آنها سریع کار می‌کنند تا کودکان را از آسیب دور نگه دارند.
easy-read-purpose-intro-care = آنها از کودکانی که نیاز دارند مراقبت می‌کنند.
easy-read-purpose-intro-love = آنها می‌خواهند کودکان با احساس امنیت، آرامش و محبت بزرگ شوند.
easy-read-purpose-intro-there = یعنی آنها برای کمک به شما هستند.
easy-read-purpose-intro-happy = آنها کمک می‌کنند شما امن، سالم و شاد بزرگ شوید.

## principles

easy-read-principles-title = 6 ایده مهم
easy-read-principles-intro-follow = کارکنان خدمات اجتماعی کودکان از 6 **اصل** پیروی می‌کنند.
easy-read-principles-intro-means = اصول، ایده‌های مهمی هستند که همه این کارکنان به آنها باور دارند.
easy-read-principles-principles-heading = 6 اصل
easy-read-principles-principles-welfare = **رفاه** شما از هر چیز دیگری مهم‌تر است.
easy-read-principles-principles-welfare-means = رفاه یعنی اینکه امن و سالم باشید و از شما خوب مراقبت شود.
easy-read-principles-principles-asked = آدم‌ها از شما می‌پرسند که چه می‌خواهید.
easy-read-principles-principles-listen = آنها به حرف شما گوش می‌دهند و به شما جواب می‌دهند.
easy-read-principles-principles-family = آنها با همه خانواده شما کار می‌کنند.
easy-read-principles-principles-raised = کودکان باید هر وقت ممکن است در یک خانواده بزرگ شوند.
easy-read-principles-principles-together = شوراهای محلی با دیگران همکاری می‌کنند تا بفهمند خانواده‌ها چه نیازی دارند.
easy-read-principles-principles-fair = شوراهای محلی قول می‌دهند با همه منصف باشند.
easy-read-principles-outcomes-heading = 4 چیز خوب برای شما
easy-read-principles-outcomes-four = این اصول به 4 هدف بزرگ کمک می‌کنند که به آنها **نتیجه** می‌گویند.
easy-read-principles-outcomes-means = نتیجه یعنی یک چیز خوب که باید برای شما اتفاق بیفتد.
easy-read-principles-outcomes-together = خانواده شما وقتی امن باشد کنار هم می‌ماند.
easy-read-principles-outcomes-network = خانواده شما و آدم‌های نزدیک به آنها از شما حمایت می‌کنند.
easy-read-principles-outcomes-safe = شما در امان می‌مانید.
easy-read-principles-outcomes-home = شما در خانه‌ای پر از محبت زندگی می‌کنید.
easy-read-principles-more-most = خدمات اجتماعی کودکان بیشتر از همه در این 4 چیز کمک می‌کند.
easy-read-principles-more-family = خانواده‌ها اغلب می‌توانند بهترین حمایت را به کودکان بدهند.
easy-read-principles-more-cannot = گاهی کودکان نمی‌توانند با خانواده خودشان بمانند.
easy-read-principles-more-home = آن وقت خدمات اجتماعی کودکان برایشان یک خانه دیگر پر از محبت پیدا می‌کند.
easy-read-principles-more-safety = امن نگه داشتن کودکان همیشه مهم‌ترین چیز است.
easy-read-principles-more-pages = صفحه‌های بعدی درباره هر نتیجه به شما توضیح می‌دهند.

## outcome-1

easy-read-outcome-1-title = نتیجه 1: خانواده شما می‌تواند کنار هم بماند
easy-read-outcome-1-label = نتیجه 1
easy-read-outcome-1-intro-together = **شورای محلی** شما می‌خواهد خانواده‌تان کنار هم بماند.
easy-read-outcome-1-intro-safely = شورای محلی به مردم منطقه شما خدمات می‌دهد و به خانواده‌ها کمک می‌کند تا کودکان امن بمانند.
easy-read-outcome-1-intro-cope = خدمات اجتماعی کودکان در روزهای سخت به خانواده‌تان کمک می‌کند.
easy-read-outcome-1-intro-loved = آن وقت کسانی که دوستشان دارید می‌توانند شما را امن و آرام نگه دارند.
easy-read-outcome-1-for-you-heading = این برای شما چه معنایی دارد
easy-read-outcome-1-for-you-heard = هر سنی که داشته باشید، آدم‌ها نظر شما را می‌شنوند.
easy-read-outcome-1-for-you-understand = هر طور که فکرهایتان را بگویید، آنها خیلی تلاش می‌کنند شما را بفهمند.
easy-read-outcome-1-for-you-listen = همه کسانی که با شما کار می‌کنند به حرف شما و خانواده‌تان گوش می‌دهند.
easy-read-outcome-1-for-you-plan-help = آن وقت **متخصصان** می‌توانند کمکی را برنامه ریزی کنند که واقعاً به درد بخورد.
easy-read-outcome-1-for-you-practitioners = متخصصان کسانی هستند که کارشان کمک به شما و محافظت از شماست.
easy-read-outcome-1-for-you-learn = آدم‌ها توضیح می‌دهند که خدمات اجتماعی کودکان چطور کار می‌کند.
easy-read-outcome-1-for-you-right-time = خانواده شما در زمان درست کمک درست را می‌گیرد.
easy-read-outcome-1-for-you-disability = بعضی از کودکان **معلولیت** دارند.
easy-read-outcome-1-for-you-disability-means = معلولیت می‌تواند کارهایی مثل راه رفتن، دیدن یا یاد گرفتن را سخت‌تر کند.
easy-read-outcome-1-for-you-decide = آن وقت شما و خانواده‌تان با هم کمکی را که لازم دارید انتخاب می‌کنید.
easy-read-outcome-1-for-you-parents = برنامه امن نگه داشتن شما نظر پدر و مادرتان را هم در بر می‌گیرد.
easy-read-outcome-1-for-you-feelings = آدم‌ها کمک می‌کنند خواسته‌ها و احساساتتان را به صورت خصوصی بگویید.
easy-read-outcome-1-for-you-culture = آدم‌ها به **فرهنگ** شما احترام می‌گذارند.
easy-read-outcome-1-for-you-culture-means = فرهنگ یعنی روش زندگی شما، مثل زبان، دین و غذا.
easy-read-outcome-1-for-you-unfair = آنها همیشه در برابر **تبعیض** می‌ایستند.
easy-read-outcome-1-for-you-unfair-means = تبعیض یعنی بد رفتار کردن با کسی به خاطر اینکه او چه کسی است.
easy-read-outcome-1-for-you-money = آدم‌های محله می‌توانند درباره پول و خانه به خانواده‌تان راهنمایی بدهند.
easy-read-outcome-1-for-you-past = متخصصان سعی می‌کنند بفهمند چه اتفاقی برایتان افتاده است.
easy-read-outcome-1-for-you-hard = آنها کمک می‌کنند با چیزهای سخت کنار بیایید.
easy-read-outcome-1-for-you-school = متخصصان می‌دانند که مدرسه و یادگیری خیلی مهم است.
easy-read-outcome-1-for-you-best = مدرسه کمک می‌کند امن بمانید و بهترین تلاشتان را بکنید.

## outcome-2

easy-read-outcome-2-title = نتیجه 2: کمک به خانواده بزرگ‌تر شما
easy-read-outcome-2-label = نتیجه 2
easy-read-outcome-2-intro-wider = خدمات اجتماعی کودکان به خانواده بزرگ‌تر شما هم کمک می‌کند.
easy-read-outcome-2-intro-who = یعنی کسانی مثل پدربزرگ، مادربزرگ، خاله، عمه، عمو و دایی.
easy-read-outcome-2-intro-why = این آدم‌ها می‌توانند کمک کنند شما در امان باشید و محبت ببینید.
easy-read-outcome-2-intro-network = **شبکه خانوادگی** شما می‌تواند در روزهای سخت کمک کند.
easy-read-outcome-2-intro-network-means = شبکه خانوادگی یعنی همه خانواده شما و دوستان نزدیک خانواده.
easy-read-outcome-2-intro-help = گاهی شبکه خانوادگی شما برای حمایت از شما به کمک نیاز دارد.
easy-read-outcome-2-for-you-heading = این برای شما چه معنایی دارد
easy-read-outcome-2-for-you-who = آدم‌ها از شما می‌پرسند که خانواده شما چه کسانی هستند.
easy-read-outcome-2-for-you-who-examples = خانواده می‌تواند شامل خاله، عمه، عمو، دایی، پدربزرگ، مادربزرگ یا دوستان خانوادگی باشد.
easy-read-outcome-2-for-you-look-after = آدم‌ها می‌پرسند شبکه خانوادگی تان چطور می‌تواند از شما مراقبت کند.
easy-read-outcome-2-for-you-trust = آنها می‌پرسند آیا به این افراد اعتماد دارید و از آنها محبت می‌بینید.
easy-read-outcome-2-for-you-views = آدم‌ها وقتی کمک خانواده را برنامه ریزی می‌کنند، به خواسته شما فکر می‌کنند.
easy-read-outcome-2-for-you-enough = آدم‌ها از خانواده‌تان می‌پرسند آیا به اندازه کافی کمک می‌گیرند.
easy-read-outcome-2-for-you-meet = آدم‌ها خانواده‌تان را دور هم جمع می‌کنند تا از تجربه‌هایشان بگویند.
easy-read-outcome-2-for-you-questions = خانواده‌تان وقت دارد درباره کمک به شما سؤال بپرسد.
easy-read-outcome-2-for-you-others = شما می‌توانید از آدم‌های بیرون از خانواده‌تان هم کمک بگیرید.
easy-read-outcome-2-for-you-teachers = این آدم‌ها می‌توانند دوستان، معلم‌ها یا مربیان جوانان باشند.
easy-read-outcome-2-for-you-community = آنها می‌توانند آدم‌هایی نزدیک شما یا آدم‌هایی از گروه دینی شما باشند.
easy-read-outcome-2-for-you-get-on = خانواده‌تان می‌تواند کمک بگیرد تا با هم بهتر کنار بیایند.
easy-read-outcome-2-for-you-mend = آنها همچنین می‌توانند بعد از یک دعوا برای آشتی کردن کمک بگیرند.
easy-read-outcome-2-for-you-cannot = اگر خانواده‌تان نتواند از شما مراقبت کند، آدم‌ها از شما حمایت می‌کنند.
easy-read-outcome-2-for-you-unsafe = این موضوع وقتی در خانه امن نیست از همه مهم‌تر است.
easy-read-outcome-2-for-you-disability = بعضی از کودکان **معلولیت** دارند.
easy-read-outcome-2-for-you-disability-means = معلولیت می‌تواند کارهایی مثل راه رفتن، دیدن یا یاد گرفتن را سخت‌تر کند.
easy-read-outcome-2-for-you-disability-help = آن وقت شبکه خانوادگی تان می‌تواند کمک بگیرد تا از شما مراقبت کند.

## outcome-3

easy-read-outcome-3-title = نتیجه 3: امن نگه داشتن شما
easy-read-outcome-3-label = نتیجه 3
easy-read-outcome-3-intro-most = امنیت شما همیشه و همه جا مهم‌ترین چیز است.
easy-read-outcome-3-intro-protect = خدمات اجتماعی کودکان از شما در برابر آسیب محافظت می‌کند.
easy-read-outcome-3-intro-find-out = آنها بررسی می‌کنند که آیا کسی به شما آسیب می‌زند یا نه.
easy-read-outcome-3-intro-where = آسیب می‌تواند در خانه، در محله یا در اینترنت اتفاق بیفتد.
easy-read-outcome-3-for-you-heading = این برای شما چه معنایی دارد
easy-read-outcome-3-for-you-asked = آدم‌ها درباره امنیت و **حال خوب** شما سؤال می‌کنند.
easy-read-outcome-3-for-you-wellbeing-means = حال خوب یعنی اینکه در بدن و ذهنتان احساس سلامتی و شادی کنید.
easy-read-outcome-3-for-you-always = آنها در تمام مدتی که کمک می‌گیرید این را از شما می‌پرسند.
easy-read-outcome-3-for-you-safer = آنها می‌پرسند چه چیزی باید تغییر کند تا بیشتر در امان باشید.
easy-read-outcome-3-for-you-quick = اگر کسی به شما آسیب بزند یا ممکن باشد آسیب بزند، متخصصان سریع دست به کار می‌شوند.
easy-read-outcome-3-for-you-practitioners = متخصصان کسانی هستند که کارشان کمک به شما و محافظت از شماست.
easy-read-outcome-3-for-you-decisions = متخصصان اغلب به شما می‌گویند درباره زندگی تان چه تصمیمی گرفته‌اند.
easy-read-outcome-3-for-you-court = اگر کسانی که به شما کمک می‌کنند نگران باشند، ممکن است از **دادگاه** کمک بخواهند.
easy-read-outcome-3-for-you-court-means = دادگاه جایی است که در آن یک **قاضی** تصمیم‌های بزرگ می‌گیرد.
easy-read-outcome-3-for-you-judge-means = قاضی کسی است که کارش گرفتن تصمیم‌های منصفانه است.
easy-read-outcome-3-for-you-judge-safe = قاضی تصمیم می‌گیرد که چطور شما را در امان نگه دارند.
easy-read-outcome-3-for-you-court-heard = آدم‌ها به نظر شما درباره این موضوع گوش می‌دهند.
easy-read-outcome-3-for-you-own-voice = آدم‌ها به حرف خود شما گوش می‌دهند، نه فقط به حرف بزرگسالان اطرافتان.
easy-read-outcome-3-for-you-know-you = متخصصان خیلی تلاش می‌کنند شما را خوب بشناسند.
easy-read-outcome-3-for-you-everything = آنها سعی می‌کنند همه چیزهایی را که در زندگی تان می‌گذرد بفهمند.
easy-read-outcome-3-for-you-age = هر چند سال که داشته باشید، آدم‌ها به حرف شما گوش می‌دهند.
easy-read-outcome-3-for-you-understand = هر طور که فکرهایتان را بگویید، آنها خیلی تلاش می‌کنند شما را بفهمند.
easy-read-outcome-3-for-you-hard-talk = حرف زدن درباره بعضی چیزها ممکن است خیلی سخت باشد.
easy-read-outcome-3-for-you-know = کسانی که به شما کمک می‌کنند می‌دانند ممکن است اتفاق‌های بدی برایتان افتاده باشد.
easy-read-outcome-3-for-you-still = آنها می‌دانند ممکن است هنوز هم اتفاق‌های بدی برایتان بیفتد.
easy-read-outcome-3-for-you-tell = آنها امیدوارند به آنها بگویید، تا بتوانند شما را در امان نگه دارند.
easy-read-outcome-3-for-you-fair = آدم‌ها باید با شما منصفانه رفتار کنند.
easy-read-outcome-3-for-you-unfair = آنها با هر نوع **تبعیض** علیه شما برخورد می‌کنند.
easy-read-outcome-3-for-you-unfair-means = تبعیض یعنی بد رفتار کردن با کسی به خاطر اینکه او چه کسی است.
easy-read-outcome-3-for-you-harm-others = اگر به کسی آسیب زده اید، متخصصان می‌دانند که شما هنوز هم به کمک نیاز دارید.

## outcome-4

easy-read-outcome-4-title = نتیجه 4: یک خانه پر از محبت برای شما
easy-read-outcome-4-label = نتیجه 4
easy-read-outcome-4-intro-deserve = شما هم مثل هر کس دیگری لایق محبت، مراقبت و امنیت هستید.
easy-read-outcome-4-intro-cannot = گاهی کودکان نمی‌توانند با خانواده یا خانواده بزرگ ترشان زندگی کنند.
easy-read-outcome-4-intro-council = آن وقت شورای محلی شما حمایتی را که نیاز دارید به شما می‌دهد.
easy-read-outcome-4-intro-council-means = شورای محلی به مردم منطقه‌ای که در آن زندگی می‌کنید خدمات می‌دهد.
easy-read-outcome-4-intro-home = خدمات اجتماعی کودکان برایتان یک خانه امن، آرام و پر از محبت پیدا می‌کند.
easy-read-outcome-4-intro-feelings = حمایتی که می‌گیرید کمک می‌کند احساساتتان را بفهمید.
easy-read-outcome-4-intro-happy = این حمایت کمک می‌کند زندگی سالم و شادی داشته باشید.
easy-read-outcome-4-for-you-heading = این برای شما چه معنایی دارد
easy-read-outcome-4-for-you-where = آدم‌ها از شما می‌پرسند دوست دارید کجا زندگی کنید.
easy-read-outcome-4-for-you-important = آنها می‌پرسند چه چیزی برای شما مهم است.
easy-read-outcome-4-for-you-updates = آدم‌ها هر تصمیمی که می‌گیرند، آن را به شما می‌گویند.
easy-read-outcome-4-for-you-why = آنها به شما می‌گویند چه اتفاقی دارد می‌افتد و چرا.
easy-read-outcome-4-for-you-hopes = شما اغلب می‌توانید از امیدها و آرزوهایتان برای آدم‌ها بگویید.
easy-read-outcome-4-for-you-hopes-plan = آدم‌ها از امیدها و آرزوهای شما برای برنامه ریزی کمک به شما استفاده می‌کنند.
easy-read-outcome-4-for-you-views = آدم‌ها کمک می‌کنند نظرتان را بگویید.
easy-read-outcome-4-for-you-advocate = شما می‌توانید یک **مدافع** داشته باشید که به شما کمک کند.
easy-read-outcome-4-for-you-advocate-means = مدافع از طرف شما حرف می‌زند و درباره شما قضاوت نمی‌کند.
easy-read-outcome-4-for-you-complain = مدافع می‌تواند به شما کمک کند که **شکایت** کنید.
easy-read-outcome-4-for-you-complaint-means = شکایت یعنی به یک مسئول بگویید که چیزی درست نیست.
easy-read-outcome-4-for-you-new-home = اگر به خانه دیگری بروید، خانه جدیدتان امن و پر از محبت خواهد بود.
easy-read-outcome-4-for-you-in-touch = اگر به خانه دیگری بروید، آدم‌ها کمک می‌کنند در ارتباط بمانید.
easy-read-outcome-4-for-you-close = شما می‌توانید با خانواده، دوستان و محله‌تان نزدیک بمانید.
easy-read-outcome-4-for-you-family-time = شما می‌توانید با خواهرها و برادرهایتان **وقت خانوادگی** داشته باشید.
easy-read-outcome-4-for-you-family-time-means = وقت خانوادگی یعنی دیدن خانواده‌تان یا حرف زدن با آنها.
easy-read-outcome-4-for-you-wellbeing = آدم‌ها **حال خوب** شما را جدی می‌گیرند.
easy-read-outcome-4-for-you-wellbeing-means = حال خوب یعنی اینکه از نظر روحی احساس سلامتی و شادی کنید.
easy-read-outcome-4-for-you-support = متخصصان کمک می‌کنند کسی را برای حرف زدن پیدا کنید.
easy-read-outcome-4-for-you-practitioners = متخصصان کسانی هستند که کارشان کمک به شما و محافظت از شماست.
easy-read-outcome-4-for-you-adopted = بعضی از کودکان از راه **فرزندخواندگی** عضو یک خانواده جدید می‌شوند.
easy-read-outcome-4-for-you-adopted-means = فرزندخواندگی یعنی یک خانواده جدید برای همیشه خانواده شما می‌شود.
easy-read-outcome-4-for-you-bond = متخصصان از همان اول کمک می‌کنند این کودکان به پدر و مادر جدیدشان نزدیک شوند.
easy-read-outcome-4-for-you-travel = بعضی از کودکان بدون پدر و مادرشان به انگلستان می‌آیند.
easy-read-outcome-4-for-you-travel-help = آدم‌ها از آنها حمایت می‌کنند و به نیازهایشان فکر می‌کنند.
easy-read-outcome-4-for-you-travel-past = آنها به چیزهای سختی که این کودکان پشت سر گذاشته‌اند فکر می‌کنند.

## leaving-care

easy-read-leaving-care-title = بزرگ شدن و بیرون آمدن از مراقبت
easy-read-leaving-care-for-you-for-you = این صفحه برای کودکان بزرگ تری است که به زودی از مراقبت بیرون می‌آیند.
easy-read-leaving-care-for-you-close = آدم‌ها کمک می‌کنند با خانواده و دوستانتان نزدیک بمانید.
easy-read-leaving-care-for-you-adult = آنها وقتی بزرگ می‌شوید و بزرگسال می‌شوید به شما کمک می‌کنند.
easy-read-leaving-care-for-you-home = آدم‌ها کمک می‌کنند جای امنی برای زندگی پیدا کنید.
easy-read-leaving-care-for-you-choose = آنها سعی می‌کنند چند خانه به شما نشان دهند تا یکی را انتخاب کنید.
easy-read-leaving-care-for-you-council-home = ممکن است برای گرفتن خانه از شورای محلی کمک بیشتری بگیرید.
easy-read-leaving-care-for-you-council-means = شورای محلی به مردم منطقه‌ای که در آن زندگی می‌کنید خدمات می‌دهد.
easy-read-leaving-care-for-you-rent = ممکن است برای اجاره کردن خانه هم کمک بگیرید.
easy-read-leaving-care-for-you-somewhere = آدم‌ها خیلی تلاش می‌کنند تا هر **جوان خارج شده از مراقبت** جایی برای زندگی داشته باشد.
easy-read-leaving-care-for-you-care-leaver-means = جوان خارج شده از مراقبت کسی است که در کودکی تحت مراقبت زندگی کرده است.
easy-read-leaving-care-for-you-work = آدم‌ها در درس، کار و آموزش حرفه‌ای به شما کمک می‌کنند.
easy-read-leaving-care-for-you-job-centre = متخصصان ممکن است با مراکز کاریابی همکاری کنند تا برایتان کار پیدا کنند.
easy-read-leaving-care-for-you-practitioners = متخصصان کسانی هستند که کارشان کمک به شما و محافظت از شماست.
easy-read-leaving-care-for-you-apply = آنها می‌توانند کمک کنند کارهایی پیدا کنید که برایشان درخواست بدهید.
easy-read-leaving-care-for-you-just-for-you = بعضی از کارها و دوره‌های آموزشی فقط برای جوانان خارج شده از مراقبت است.
easy-read-leaving-care-for-you-future = آدم‌ها کمک می‌کنند برای آینده برنامه ریزی کنید.
easy-read-leaving-care-for-you-healthy = درس، کار و خانه به شما کمک می‌کنند زندگی سالم و شادی داشته باشید.

## next

easy-read-next-title = بعد از این چه کار کنید
easy-read-next-read-more-most = این راهنما فقط مهم‌ترین چیزها را به شما می‌گوید.
easy-read-next-read-more-framework = می‌توانید متن کامل چارچوب ملی را به زبان انگلیسی بخوانید تا بیشتر بدانید.
easy-read-next-read-more-framework-means = چارچوب ملی به آدم‌ها می‌گوید خدمات اجتماعی کودکان چطور باید کار کند.
easy-read-next-talk-worries = اگر سؤال یا نگرانی دارید، می‌توانید با کسی حرف بزنید.
easy-read-next-talk-social-worker = می‌توانید با **مددکار اجتماعی** خود حرف بزنید.
easy-read-next-talk-social-worker-means = مددکاران اجتماعی به کودکان و خانواده‌ها کمک می‌کنند و کودکان را در امان نگه می‌دارند.
easy-read-next-talk-adviser = می‌توانید با **مشاور شخصی** خود حرف بزنید.
easy-read-next-talk-adviser-means = مشاور شخصی به جوانانی که از مراقبت بیرون می‌آیند کمک می‌کند.
easy-read-next-talk-staff = همچنین می‌توانید با کارمند حمایت از خانواده یا کارکنان دیگر حرف بزنید.
easy-read-next-help-lines-heading = خط‌های کمک که می‌توانید رایگان به آنها زنگ بزنید
easy-read-next-charities-charities = این 2 **مؤسسه خیریه** هم می‌توانند به شما کمک و راهنمایی بدهند.
easy-read-next-charities-charity-means = مؤسسه خیریه گروهی است که به مردم کمک می‌کند و دنبال پول درآوردن نیست.
