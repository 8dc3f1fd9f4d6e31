### Draft translation into Ukrainian of locales/en-GB/glossary.ftl. Not yet checked by a qualified translator.
###
### -term is the word as the Ukrainian text uses it; -forms lists the other
### forms (cases and plurals) that appear in guide.ftl and easy-read.ftl.

glossary-heading = Пояснення слів

glossary-council-term = місцева рада
glossary-council-forms = місцеві ради, місцевої ради, місцевій раді, місцеву раду, місцевою радою, місцева влада, місцевої влади
glossary-council-explain = Місцева рада дбає про людей і місця там, де ти живеш. Вона допомагає дітям і сім’ям.

glossary-social-worker-term = соціальний працівник
glossary-social-worker-forms = соціальним працівником, соціальні працівники
glossary-social-worker-explain = Соціальний працівник допомагає дітям і сім’ям, коли їм важко. Його робота — берегти дітей у безпеці.

glossary-practitioner-term = фахівець
glossary-practitioner-forms = фахівці, фахівців, фахівцями
glossary-practitioner-explain = Фахівці — це люди, які працюють, щоб допомагати тобі й захищати тебе. Фахівцями можуть бути соціальні працівники, вчителі й медсестри.

glossary-advocate-term = захисник прав
glossary-advocate-forms = захисник твоїх прав, захисника прав
glossary-advocate-explain = Захисник прав — це людина, яка допомагає тобі сказати, що ти думаєш. Він на твоєму боці й не засуджує тебе.

glossary-advocacy-term = захист прав
glossary-advocacy-forms = незалежний захист прав
glossary-advocacy-explain = Захист прав — це допомога сказати, чого ти хочеш. Таку допомогу дає захисник прав.

glossary-care-leaver-term = випускник системи опіки
glossary-care-leaver-forms = випускники системи опіки, випускників системи опіки
glossary-care-leaver-explain = Випускник системи опіки — це молода людина, яка в дитинстві була під опікою. Такі молоді люди можуть отримувати додаткову допомогу, коли дорослішають.

glossary-kinship-care-term = опіка родичів
glossary-kinship-care-forms = опікун-родич, опікуни-родичі
glossary-kinship-care-explain = Опіка родичів — це коли ти живеш не з батьками, а з родичами чи друзями родини. Це можуть бути бабуся, тітка чи друг родини.

glossary-family-network-term = родинне коло
glossary-family-network-forms = родинному колу, родинному колі, родинним колом
glossary-family-network-explain = Твоє родинне коло — це твоя сім’я і люди, близькі до твоєї сім’ї. Це можуть бути бабусі, дідусі, тітки, дядьки й друзі родини.

glossary-court-term = суд
glossary-court-forms = суду, суді
glossary-court-explain = Суд — це місце, де суддя ухвалює важливі рішення. Спочатку суддя вислуховує всіх.

glossary-judge-term = суддя
glossary-judge-forms = судді, суддею
glossary-judge-explain = Суддя — це людина, чия робота — ухвалювати справедливі рішення в суді.

glossary-wellbeing-term = благополуччя
glossary-wellbeing-forms = благополуччям
glossary-wellbeing-explain = Благополуччя — це коли ти почуваєшся добре й щасливо, тілом і душею.

glossary-discrimination-term = дискримінація
glossary-discrimination-forms = дискримінації, дискримінацією, дискримінацію, дискримінують
glossary-discrimination-explain = Дискримінація — це коли з людиною поводяться гірше через те, хто вона є. Це неправильно і заборонено законом.

glossary-disability-term = інвалідність
glossary-disability-forms = інвалідністю, інвалідності
glossary-disability-explain = Через інвалідність деякі речі бувають важчими, наприклад рухатися, бачити, чути чи навчатися. Багато людей мають інвалідність.

glossary-foster-carer-term = прийомна сім’я
glossary-foster-carer-forms = прийомної сім’ї, прийомній сім’ї, прийомні сім’ї, прийомні батьки, прийомних батьків, прийомний батько, прийомна мати
glossary-foster-carer-explain = Прийомна сім’я доглядає дітей, які не можуть жити зі своєю родиною. Діти живуть у домі прийомної сім’ї.

glossary-adoption-term = усиновлення
glossary-adoption-forms = усиновлюють, усиновлених, усиновили, усиновлений
glossary-adoption-explain = Усиновлення означає, що нова сім’я стає твоєю сім’єю на все життя. За законом нові батьки — це твої батьки.

glossary-personal-adviser-term = особистий консультант
glossary-personal-adviser-forms = особистим консультантом, особистого консультанта
glossary-personal-adviser-explain = Особистий консультант допомагає молодим людям, які виходять з-під опіки. Він допомагає з грошима, житлом і роботою.

glossary-complaint-term = скарга
glossary-complaint-forms = скаргу, скарги
glossary-complaint-explain = Скарга — це коли ти кажеш відповідальній людині, що щось не так. Ця людина має вислухати тебе й спробувати це виправити.

glossary-national-framework-term = Національна рамкова програма
glossary-national-framework-forms = Національну рамкову програму, Національної рамкової програми, Національній рамковій програмі
glossary-national-framework-explain = Національна рамкова програма — це план уряду. Вона пояснює, як мають працювати соціальні служби для дітей.

glossary-principle-term = принцип
glossary-principle-forms = принципи, принципів
glossary-principle-explain = Принципи — це важливі ідеї, у які люди вірять і яких дотримуються.

glossary-outcome-term = результат
glossary-outcome-forms = результати, результатів, результатами
glossary-outcome-explain = Результат — це щось добре, що має статися у твоєму житті.

glossary-welfare-term = добробут
glossary-welfare-explain = Добробут — це коли тобі безпечно, добре і про тебе дбають.

glossary-culture-term = культура
glossary-culture-forms = культуру, культури
glossary-culture-explain = Культура — це твій спосіб життя, наприклад мова, віра, їжа та свята.

glossary-family-time-term = час із родиною
glossary-family-time-forms = час з родиною
glossary-family-time-explain = Час із родиною — це коли ти бачишся чи розмовляєш із родиною, якщо ви живете окремо.

glossary-charity-term = благодійна організація
glossary-charity-forms = благодійні організації, благодійних організацій
glossary-charity-explain = Благодійна організація — це група людей, які допомагають іншим і не заробляють на цьому.

glossary-rights-term = права дитини
glossary-rights-forms = права, прав, твої права
glossary-rights-explain = Права — це те, що має бути в кожної дитини, наприклад безпека, їжа, дім і школа.
