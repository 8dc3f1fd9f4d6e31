### Draft translation into Persian (Farsi) of locales/en-GB/glossary.ftl. Not yet checked by a qualified translator.
###
### -term is the word as the Persian text uses it; -forms lists the other
### forms (plurals and attached endings) that appear in guide.ftl and
### easy-read.ftl, spelled exactly as there.

glossary-heading = توضیح واژه‌ها

glossary-council-term = شورای محلی
glossary-council-forms = شوراهای محلی، شورا، شوراها
glossary-council-explain = شورای محلی به مردم و مکان‌های منطقه‌ای که در آن زندگی می‌کنید رسیدگی می‌کند. به کودکان و خانواده‌ها هم کمک می‌کند.

glossary-social-worker-term = مددکار اجتماعی
glossary-social-worker-forms = مددکاران اجتماعی
glossary-social-worker-explain = مددکار اجتماعی وقتی اوضاع سخت است به کودکان و خانواده‌ها کمک می‌کند. کار او این است که کودکان را در امان نگه دارد.

glossary-practitioner-term = متخصص
glossary-practitioner-forms = متخصصان، متخصص‌ها
glossary-practitioner-explain = متخصصان کسانی هستند که کارشان کمک به شما و محافظت از شماست. مددکاران اجتماعی، معلم‌ها و پرستارها همه می‌توانند متخصص باشند.

glossary-advocate-term = مدافع
glossary-advocate-forms = مدافعان، مدافع مستقل
glossary-advocate-explain = مدافع کسی است که به شما کمک می‌کند حرفتان را بزنید. او طرف شماست و درباره شما قضاوت نمی‌کند.

glossary-advocacy-term = دفاع از حقوق
glossary-advocacy-forms = دفاع مستقل از حقوق
glossary-advocacy-explain = دفاع از حقوق یعنی کمک به شما تا بگویید چه می‌خواهید. مدافع این کمک را به شما می‌دهد.

glossary-care-leaver-term = جوان خارج شده از مراقبت
glossary-care-leaver-forms = جوانان خارج شده از مراقبت، جوانانی که از مراقبت بیرون آمده‌اند
glossary-care-leaver-explain = جوان خارج شده از مراقبت کسی است که در کودکی تحت مراقبت زندگی کرده است. این جوانان وقتی بزرگ می‌شوند می‌توانند کمک بیشتری بگیرند.

glossary-kinship-care-term = مراقبت توسط خویشاوندان
glossary-kinship-care-forms = مراقب خویشاوند، مراقبان خویشاوند
glossary-kinship-care-explain = مراقبت توسط خویشاوندان یعنی به جای پدر و مادرتان با خانواده یا دوستان زندگی کنید. این می‌تواند پدربزرگ، مادربزرگ، خاله، عمه یا یکی از دوستان خانواده باشد.

glossary-family-network-term = شبکه خانوادگی
glossary-family-network-forms = شبکه‌های خانوادگی
glossary-family-network-explain = شبکه خانوادگی شما یعنی خانواده‌تان و آدم‌هایی که به خانواده‌تان نزدیک هستند. می‌تواند شامل پدربزرگ و مادربزرگ، خاله، عمه، عمو، دایی و دوستان خانواده باشد.

glossary-court-term = دادگاه
glossary-court-forms = دادگاه‌ها
glossary-court-explain = دادگاه جایی است که در آن یک قاضی تصمیم‌های بزرگ می‌گیرد. قاضی اول به حرف همه گوش می‌دهد.

glossary-judge-term = قاضی
glossary-judge-forms = قاضی‌ها، قضات
glossary-judge-explain = قاضی کسی است که کارش گرفتن تصمیم‌های منصفانه در دادگاه است.

glossary-wellbeing-term = حال خوب
glossary-wellbeing-forms = حال خوبتان، بهزیستی
glossary-wellbeing-explain = حال خوب یعنی اینکه در بدن و ذهنتان احساس سلامتی و شادی کنید.

glossary-discrimination-term = تبعیض
glossary-discrimination-forms = تبعیض‌آمیز
glossary-discrimination-explain = تبعیض یعنی بدتر رفتار کردن با کسی به خاطر اینکه او چه کسی است. این کار اشتباه است و خلاف قانون است.

glossary-disability-term = معلولیت
glossary-disability-forms = معلولیتی، معلولیت‌ها، معلول
glossary-disability-explain = معلولیت می‌تواند بعضی کارها مثل راه رفتن، دیدن، شنیدن یا یاد گرفتن را سخت‌تر کند. آدم‌های زیادی معلولیت دارند.

glossary-foster-carer-term = خانواده جایگزین
glossary-foster-carer-forms = خانواده‌های جایگزین، مراقب جایگزین، مراقبان جایگزین، والدین جایگزین
glossary-foster-carer-explain = خانواده جایگزین از کودکانی مراقبت می‌کند که نمی‌توانند با خانواده خودشان زندگی کنند. این کودکان در خانه خانواده جایگزین زندگی می‌کنند.

glossary-adoption-term = فرزندخواندگی
glossary-adoption-forms = فرزندخوانده، به فرزندی
glossary-adoption-explain = فرزندخواندگی یعنی یک خانواده جدید برای همیشه خانواده شما می‌شود. پدر و مادر جدیدتان از نظر قانون پدر و مادر شما هستند.

glossary-personal-adviser-term = مشاور شخصی
glossary-personal-adviser-forms = مشاوران شخصی
glossary-personal-adviser-explain = مشاور شخصی به جوانانی که از مراقبت بیرون می‌آیند کمک می‌کند. در چیزهایی مثل پول، خانه و کار به آنها کمک می‌کند.

glossary-complaint-term = شکایت
glossary-complaint-forms = شکایت‌ها
glossary-complaint-explain = شکایت یعنی به یک مسئول بگویید که چیزی درست نیست. او باید به حرف شما گوش بدهد و سعی کند آن را درست کند.

glossary-national-framework-term = چارچوب ملی
glossary-national-framework-forms = چارچوب ملی خدمات اجتماعی کودکان
glossary-national-framework-explain = چارچوب ملی برنامه‌ای از طرف دولت است. می‌گوید خدمات اجتماعی کودکان چطور باید کار کند.

glossary-principle-term = اصل
glossary-principle-forms = اصول
glossary-principle-explain = اصول ایده‌های مهمی هستند که آدم‌ها به آنها باور دارند و از آنها پیروی می‌کنند.

glossary-outcome-term = نتیجه
glossary-outcome-forms = نتیجه‌ها، نتایج
glossary-outcome-explain = نتیجه یعنی یک چیز خوب که باید برای شما اتفاق بیفتد.

glossary-welfare-term = رفاه
glossary-welfare-explain = رفاه یعنی اینکه امن و سالم باشید و از شما خوب مراقبت شود.

glossary-culture-term = فرهنگ
glossary-culture-forms = فرهنگی، فرهنگ‌ها
glossary-culture-explain = فرهنگ یعنی روش زندگی شما، مثل زبان، دین، غذا و جشن‌هایتان.

glossary-family-time-term = وقت خانوادگی
glossary-family-time-forms = وقت گذراندن با خانواده
glossary-family-time-explain = وقت خانوادگی یعنی دیدن خانواده‌تان یا حرف زدن با آنها، وقتی جدا از هم زندگی می‌کنید.

glossary-charity-term = مؤسسه خیریه
glossary-charity-forms = مؤسسه‌های خیریه
glossary-charity-explain = مؤسسه خیریه گروهی از آدم‌هاست که به دیگران کمک می‌کنند و از این کار پولی به دست نمی‌آورند.

glossary-rights-term = حقوق کودکان
glossary-rights-forms = حقوق، حقوقتان
glossary-rights-explain = حقوق چیزهایی است که هر کودکی باید داشته باشد، مثل امنیت، غذا، خانه و مدرسه.
