### Draft translation into Arabic of locales/en-GB/easy-read.ftl. Not yet checked by a qualified translator.

easy-read-title = الرعاية الاجتماعية للأطفال: ماذا تعني لك
easy-read-description = دليل سهل القراءة عن المساعدة للأطفال والعائلات في إنجلترا.

## about

easy-read-about-title = عن هذا الدليل
easy-read-about-intro-care = الرعاية الاجتماعية للأطفال هي مساعدة للأطفال وعائلاتهم.
easy-read-about-intro-council = **المجلس المحلي** في منطقتك يقدّم هذه المساعدة.
easy-read-about-intro-council-means = المجلس المحلي يهتم بالناس في المنطقة التي تعيش فيها.
easy-read-about-intro-many = أطفال وشباب كثيرون في إنجلترا يحصلون على هذه المساعدة.
easy-read-about-intro-class = في كل صف في المدرسة، حصل نحو 5 أطفال على هذه المساعدة.
easy-read-about-intro-better = المساعدة الجيدة يمكن أن تجعل حياتك أفضل.
easy-read-about-intro-framework = كتبت الحكومة خطة اسمها **الإطار الوطني**.
easy-read-about-intro-framework-means = الإطار الوطني يخبر الناس كيف يجب أن تعمل الرعاية الاجتماعية للأطفال.
easy-read-about-intro-expect = الخطة تقول ما المساعدة التي يجب أن تحصل عليها.
easy-read-about-intro-guide = هذا الدليل يخبرك كيف يساعدك الإطار الوطني.
easy-read-about-intro-wishes = الذين يساعدونك يجب أن يفكّروا فيما تريده أنت.
easy-read-about-intro-check = تستطيع أن تستخدم هذا الدليل لتتأكد أن مساعدتك جيدة.
easy-read-about-intro-speak-up = إذا لم تكن مساعدتك جيدة بما يكفي، تستطيع أن تقول ذلك.

## purpose

easy-read-purpose-title = لماذا توجد الرعاية الاجتماعية للأطفال
easy-read-purpose-intro-aim = كل العاملين في الرعاية الاجتماعية للأطفال يعملون من أجل الهدف نفسه.
easy-read-purpose-intro-support = هم موجودون ليساعدوا الأطفال والشباب والعائلات.
easy-read-purpose-intro-protect = هم يتحرّكون بسرعة ليحموا الأطفال من الأذى.
easy-read-purpose-intro-care = هم يقدّمون الرعاية للأطفال الذين يحتاجون إليها.
easy-read-purpose-intro-love = هم يريدون أن يكبر الأطفال وهم يشعرون بالأمان والاستقرار والمحبة.
easy-read-purpose-intro-there = هذا يعني أنهم موجودون من أجلك.
easy-read-purpose-intro-happy = هم يساعدونك لتكبر وأنت آمن وبصحة جيدة وسعيد.

## principles

easy-read-principles-title = 6 أفكار مهمة
easy-read-principles-intro-follow = العاملون في الرعاية الاجتماعية للأطفال يتّبعون 6 **مبادئ**.
easy-read-principles-intro-means = المبادئ أفكار مهمة يؤمن بها كل هؤلاء العاملين.
easy-read-principles-principles-heading = المبادئ الـ6
easy-read-principles-principles-welfare = **الرفاه** الخاص بك أهم من أي شيء آخر.
easy-read-principles-principles-welfare-means = الرفاه يعني أن تكون آمنًا وبخير وتحصل على الرعاية.
easy-read-principles-principles-asked = سيسألك الناس عمّا تريده.
easy-read-principles-principles-listen = سيستمعون إليك ويجيبونك.
easy-read-principles-principles-family = هم يعملون مع عائلتك كلها.
easy-read-principles-principles-raised = يجب أن يكبر الأطفال في عائلة كلما كان ذلك ممكنًا.
easy-read-principles-principles-together = المجالس المحلية تتعاون مع غيرها لتعرف ما تحتاج إليه العائلات.
easy-read-principles-principles-fair = المجالس المحلية تَعِد بأن تكون عادلة مع الجميع.
easy-read-principles-outcomes-heading = 4 أشياء جيدة لك
easy-read-principles-outcomes-four = المبادئ تساعد على تحقيق 4 أهداف كبيرة اسمها **النتائج**.
easy-read-principles-outcomes-means = النتيجة شيء جيد يجب أن يحدث لك.
easy-read-principles-outcomes-together = عائلتك تبقى معًا عندما يكون ذلك آمنًا.
easy-read-principles-outcomes-network = عائلتك والأشخاص القريبون منها يدعمونك.
easy-read-principles-outcomes-safe = أنت تبقى آمنًا.
easy-read-principles-outcomes-home = أنت تعيش في بيت مليء بالمحبة.
easy-read-principles-more-most = الرعاية الاجتماعية للأطفال تساعد في هذه الأشياء الـ4 أكثر من غيرها.
easy-read-principles-more-family = العائلات تستطيع غالبًا أن تقدّم أفضل دعم لأطفالها.
easy-read-principles-more-cannot = أحيانًا لا يستطيع الأطفال أن يبقوا مع عائلتهم.
easy-read-principles-more-home = عندها تجد لهم الرعاية الاجتماعية للأطفال بيتًا آخر مليئًا بالمحبة.
easy-read-principles-more-safety = سلامة الأطفال هي دائمًا أهم شيء.
easy-read-principles-more-pages = الصفحات التالية تخبرك عن كل نتيجة.

## outcome-1

easy-read-outcome-1-title = النتيجة 1: عائلتك تستطيع أن تبقى معًا
easy-read-outcome-1-label = النتيجة 1
easy-read-outcome-1-intro-together = **المجلس المحلي** يريد أن تبقى عائلتك معًا.
easy-read-outcome-1-intro-safely = المجلس المحلي يهتم بالناس في منطقتك ويساعد العائلات لتحافظ على سلامة الأطفال.
easy-read-outcome-1-intro-cope = الرعاية الاجتماعية للأطفال تساعد عائلتك في الأوقات الصعبة.
easy-read-outcome-1-intro-loved = عندها يستطيع الأشخاص الذين تحبهم أن يحافظوا عليك آمنًا ومستقرًا.
easy-read-outcome-1-for-you-heading = ماذا يعني هذا لك
easy-read-outcome-1-for-you-heard = سيسمع الناس رأيك، مهما كان عمرك.
easy-read-outcome-1-for-you-understand = سيحاولون بجد أن يفهموك، مهما كانت طريقتك في التعبير عن أفكارك.
easy-read-outcome-1-for-you-listen = كل من يعمل معك سيستمع إليك وإلى عائلتك.
easy-read-outcome-1-for-you-plan-help = عندها يستطيع **المختصون** أن يخطّطوا لمساعدة تنفعك حقًا.
easy-read-outcome-1-for-you-practitioners = المختصون أشخاص عملهم أن يساعدوك ويحموك.
easy-read-outcome-1-for-you-learn = سيشرح لك الناس كيف تعمل الرعاية الاجتماعية للأطفال.
easy-read-outcome-1-for-you-right-time = ستحصل عائلتك على المساعدة المناسبة في الوقت المناسب.
easy-read-outcome-1-for-you-disability = بعض الأطفال لديهم **إعاقة**.
easy-read-outcome-1-for-you-disability-means = الإعاقة قد تجعل أشياء مثل الحركة أو الرؤية أو التعلّم أصعب.
easy-read-outcome-1-for-you-decide = عندها ستشارك أنت وعائلتك في اختيار المساعدة التي تحصل عليها.
easy-read-outcome-1-for-you-parents = خطة الحفاظ على سلامتك ستتضمّن رأي والديك.
easy-read-outcome-1-for-you-feelings = سيساعدك الناس لتتحدّث عن رغباتك ومشاعرك على انفراد.
easy-read-outcome-1-for-you-culture = سيحترم الناس **ثقافتك**.
easy-read-outcome-1-for-you-culture-means = الثقافة تعني طريقة حياتك، مثل لغتك ودينك وطعامك.
easy-read-outcome-1-for-you-unfair = سيقفون دائمًا ضد **التمييز**.
easy-read-outcome-1-for-you-unfair-means = التمييز يعني أن يعامل أحدٌ شخصًا بشكل سيّئ بسبب مَن هو.
easy-read-outcome-1-for-you-money = أشخاص من منطقتك يستطيعون أن يقدّموا لعائلتك نصائح عن المال والسكن.
easy-read-outcome-1-for-you-past = سيحاول المختصون أن يعرفوا ما حدث لك.
easy-read-outcome-1-for-you-hard = سيساعدونك لتتعامل مع الأشياء التي تجدها صعبة.
easy-read-outcome-1-for-you-school = المختصون يعرفون أن المدرسة والتعلّم مهمّان جدًا.
easy-read-outcome-1-for-you-best = المدرسة تساعد على حمايتك، وتساعدك لتقدّم أفضل ما عندك.

## outcome-2

easy-read-outcome-2-title = النتيجة 2: مساعدة لعائلتك الكبيرة
easy-read-outcome-2-label = النتيجة 2
easy-read-outcome-2-intro-wider = الرعاية الاجتماعية للأطفال ستساعد أيضًا عائلتك الكبيرة.
easy-read-outcome-2-intro-who = هذا يعني أشخاصًا مثل الأجداد والأعمام والأخوال والعمّات والخالات.
easy-read-outcome-2-intro-why = هؤلاء الأشخاص يستطيعون أن يساعدوك لتبقى آمنًا ومحبوبًا.
easy-read-outcome-2-intro-network = **شبكة عائلتك** تستطيع أن تساعد عندما تكون الأمور صعبة.
easy-read-outcome-2-intro-network-means = شبكة عائلتك هي عائلتك كلها وأصدقاء العائلة المقرّبون.
easy-read-outcome-2-intro-help = أحيانًا تحتاج شبكة عائلتك إلى المساعدة لتدعمك.
easy-read-outcome-2-for-you-heading = ماذا يعني هذا لك
easy-read-outcome-2-for-you-who = سيسألك الناس مَن هم عائلتك.
easy-read-outcome-2-for-you-who-examples = العائلة قد تعني الأعمام والأخوال والعمّات والخالات والأجداد أو أصدقاء العائلة.
easy-read-outcome-2-for-you-look-after = سيسألك الناس كيف تستطيع شبكة عائلتك أن تعتني بك.
easy-read-outcome-2-for-you-trust = سيسألونك هل تثق بهم وهل تشعر أنهم يحبونك.
easy-read-outcome-2-for-you-views = سيفكّر الناس فيما تريده عندما يخطّطون لمساعدة العائلة.
easy-read-outcome-2-for-you-enough = سيسأل الناس عائلتك هل تحصل على مساعدة كافية.
easy-read-outcome-2-for-you-meet = سيجمع الناس أفراد عائلتك ليتحدّثوا عن قصصهم.
easy-read-outcome-2-for-you-questions = سيكون لدى عائلتك وقت لتسأل أسئلة عن المساعدة التي تحصل عليها.
easy-read-outcome-2-for-you-others = تستطيع أيضًا أن تحصل على المساعدة من أشخاص من خارج عائلتك.
easy-read-outcome-2-for-you-teachers = قد يكونون أصدقاء أو معلّمين أو عاملين مع الشباب.
easy-read-outcome-2-for-you-community = قد يكونون أشخاصًا يعيشون قريبًا منك أو أشخاصًا من جماعتك الدينية.
easy-read-outcome-2-for-you-get-on = عائلتك تستطيع أن تحصل على مساعدة ليتفاهم أفرادها بشكل أفضل.
easy-read-outcome-2-for-you-mend = تستطيع عائلتك أيضًا أن تحصل على مساعدة لتصلح الأمور بعد خلاف.
easy-read-outcome-2-for-you-cannot = إذا لم تستطع عائلتك أن تعتني بك، فسيدعمك الناس.
easy-read-outcome-2-for-you-unsafe = هذا مهم جدًا عندما لا يكون البيت آمنًا.
easy-read-outcome-2-for-you-disability = بعض الأطفال لديهم **إعاقة**.
easy-read-outcome-2-for-you-disability-means = الإعاقة قد تجعل أشياء مثل الحركة أو الرؤية أو التعلّم أصعب.
easy-read-outcome-2-for-you-disability-help = عندها تستطيع شبكة عائلتك أن تحصل على مساعدة لتعتني بك.

## outcome-3

easy-read-outcome-3-title = النتيجة 3: الحفاظ على سلامتك
easy-read-outcome-3-label = النتيجة 3
easy-read-outcome-3-intro-most = سلامتك هي أهم شيء، دائمًا وفي كل مكان.
easy-read-outcome-3-intro-protect = الرعاية الاجتماعية للأطفال ستحميك من الأذى.
easy-read-outcome-3-intro-find-out = سيبحثون ليعرفوا إن كان أحدٌ يؤذيك.
easy-read-outcome-3-intro-where = الأذى قد يحدث في البيت أو في منطقتك أو على الإنترنت.
easy-read-outcome-3-for-you-heading = ماذا يعني هذا لك
easy-read-outcome-3-for-you-asked = سيسألك الناس عن سلامتك و**عافيتك**.
easy-read-outcome-3-for-you-wellbeing-means = العافية تعني أن تشعر أنك بخير وسعيد في جسمك وعقلك.
easy-read-outcome-3-for-you-always = سيستمرّون في السؤال طوال الوقت الذي تحصل فيه على المساعدة.
easy-read-outcome-3-for-you-safer = سيسألونك ما الذي يجب أن يتغيّر لتكون أكثر أمانًا.
easy-read-outcome-3-for-you-quick = سيتحرّك المختصون بسرعة إذا آذاك أحد أو إذا كان قد يؤذيك.
easy-read-outcome-3-for-you-practitioners = المختصون أشخاص عملهم أن يساعدوك ويحموك.
easy-read-outcome-3-for-you-decisions = سيخبرك المختصون بانتظام بما يقرّرونه عن حياتك.
easy-read-outcome-3-for-you-court = إذا كان الأشخاص الذين يساعدونك قلقين عليك، فقد يطلبون المساعدة من **المحكمة**.
easy-read-outcome-3-for-you-court-means = المحكمة مكان يتخذ فيه **القاضي** قرارات كبيرة.
easy-read-outcome-3-for-you-judge-means = القاضي شخص عمله أن يتخذ قرارات عادلة.
easy-read-outcome-3-for-you-judge-safe = القاضي يقرّر كيف تبقى آمنًا.
easy-read-outcome-3-for-you-court-heard = سيستمع الناس إلى رأيك في هذا.
easy-read-outcome-3-for-you-own-voice = سيستمع الناس إليك أنت، وليس فقط إلى الكبار من حولك.
easy-read-outcome-3-for-you-know-you = سيعمل المختصون بجد ليتعرّفوا عليك جيدًا.
easy-read-outcome-3-for-you-everything = سيحاولون أن يفهموا كل ما يحدث معك.
easy-read-outcome-3-for-you-age = سيستمع الناس إليك، مهما كان عمرك.
easy-read-outcome-3-for-you-understand = سيحاولون بجد أن يفهموك، مهما كانت طريقتك في التعبير عن أفكارك.
easy-read-outcome-3-for-you-hard-talk = بعض الأشياء قد يكون الحديث عنها صعبًا جدًا.
easy-read-outcome-3-for-you-know = الذين يساعدونك يعرفون أن أشياء سيئة ربما حدثت لك.
easy-read-outcome-3-for-you-still = هم يعرفون أن أشياء سيئة ربما ما زالت تحدث لك.
easy-read-outcome-3-for-you-tell = هم يأملون أن تخبرهم، حتى يستطيعوا أن يحافظوا على سلامتك.
easy-read-outcome-3-for-you-fair = يجب أن يعاملك الناس بعدل.
easy-read-outcome-3-for-you-unfair = سيتصدّون لأي **تمييز** ضدك.
easy-read-outcome-3-for-you-unfair-means = التمييز يعني أن يعامل أحدٌ شخصًا بشكل سيّئ بسبب مَن هو.
easy-read-outcome-3-for-you-harm-others = إذا آذيت أحدًا، فالمختصون يعرفون أنك ما زلت تحتاج إلى المساعدة.

## outcome-4

easy-read-outcome-4-title = النتيجة 4: بيت مليء بالمحبة لك
easy-read-outcome-4-label = النتيجة 4
easy-read-outcome-4-intro-deserve = أنت تستحق المحبة والرعاية والأمان، مثل أي شخص آخر.
easy-read-outcome-4-intro-cannot = أحيانًا لا يستطيع الأطفال أن يعيشوا مع عائلتهم أو عائلتهم الكبيرة.
easy-read-outcome-4-intro-council = عندها سيقدّم لك المجلس المحلي الدعم الذي تحتاج إليه.
easy-read-outcome-4-intro-council-means = المجلس المحلي يهتم بالناس في المنطقة التي تعيش فيها.
easy-read-outcome-4-intro-home = الرعاية الاجتماعية للأطفال ستجد لك بيتًا آمنًا ومستقرًا ومليئًا بالمحبة.
easy-read-outcome-4-intro-feelings = الدعم الذي تحصل عليه سيساعدك لتفهم مشاعرك.
easy-read-outcome-4-intro-happy = الدعم سيساعدك لتعيش حياة صحية وسعيدة.
easy-read-outcome-4-for-you-heading = ماذا يعني هذا لك
easy-read-outcome-4-for-you-where = سيسألك الناس أين تريد أن تعيش.
easy-read-outcome-4-for-you-important = سيسألونك ما الأشياء المهمة لك.
easy-read-outcome-4-for-you-updates = سيخبرك الناس عن القرارات عندما يتخذونها.
easy-read-outcome-4-for-you-why = سيخبرونك ماذا يحدث ولماذا.
easy-read-outcome-4-for-you-hopes = ستكون عندك فرص كثيرة لتخبر الناس عن آمالك وأحلامك.
easy-read-outcome-4-for-you-hopes-plan = سيستخدم الناس آمالك وأحلامك ليخطّطوا لمساعدتك.
easy-read-outcome-4-for-you-views = سيساعدك الناس لتقول رأيك.
easy-read-outcome-4-for-you-advocate = تستطيع أن يكون لك **مُناصِر** يساعدك.
easy-read-outcome-4-for-you-advocate-means = المُناصِر شخص يتحدّث نيابةً عنك ولا يحكم عليك.
easy-read-outcome-4-for-you-complain = المُناصِر يستطيع أيضًا أن يساعدك لتقدّم **شكوى**.
easy-read-outcome-4-for-you-complaint-means = الشكوى تعني أن تخبر شخصًا مسؤولًا أن هناك شيئًا خطأ.
easy-read-outcome-4-for-you-new-home = إذا انتقلت، فسيكون بيتك الجديد آمنًا ومليئًا بالمحبة.
easy-read-outcome-4-for-you-in-touch = إذا انتقلت، فسيساعدك الناس لتبقى على تواصل.
easy-read-outcome-4-for-you-close = تستطيع أن تبقى قريبًا من عائلتك وأصدقائك ومجتمعك.
easy-read-outcome-4-for-you-family-time = تستطيع أن تقضي **وقت العائلة** مع إخوتك وأخواتك.
easy-read-outcome-4-for-you-family-time-means = وقت العائلة يعني أن ترى عائلتك أو تتحدّث معها.
easy-read-outcome-4-for-you-wellbeing = سيهتم الناس كثيرًا **بعافيتك**.
easy-read-outcome-4-for-you-wellbeing-means = العافية تعني أن تشعر أنك بخير وسعيد في عقلك.
easy-read-outcome-4-for-you-support = سيساعدك المختصون لتجد شخصًا تتحدّث إليه.
easy-read-outcome-4-for-you-practitioners = المختصون أشخاص عملهم أن يساعدوك ويحموك.
easy-read-outcome-4-for-you-adopted = بعض الأطفال يحصلون على عائلة جديدة عن طريق **التبنّي**.
easy-read-outcome-4-for-you-adopted-means = التبنّي يعني أن عائلة جديدة تصبح عائلتك طوال حياتك.
easy-read-outcome-4-for-you-bond = المختصون يساعدون هؤلاء الأطفال ليقتربوا من والديهم الجدد منذ البداية.
easy-read-outcome-4-for-you-travel = بعض الأطفال يأتون إلى إنجلترا من دون والديهم.
easy-read-outcome-4-for-you-travel-help = سيدعمهم الناس ويفكّرون في احتياجاتهم.
easy-read-outcome-4-for-you-travel-past = سيفكّرون فيما مرّ به هؤلاء الأطفال.

## leaving-care

easy-read-leaving-care-title = أن تكبر وتغادر الرعاية
easy-read-leaving-care-for-you-for-you = هذه الصفحة للأطفال الأكبر سنًّا الذين سيغادرون الرعاية قريبًا.
easy-read-leaving-care-for-you-close = سيساعدك الناس لتبقى قريبًا من عائلتك وأصدقائك.
easy-read-leaving-care-for-you-adult = سيساعدونك وأنت تكبر وتصبح شخصًا بالغًا.
easy-read-leaving-care-for-you-home = سيساعدك الناس لتجد مكانًا آمنًا تعيش فيه.
easy-read-leaving-care-for-you-choose = سيحاولون أن يعطوك بعض البيوت لتختار منها.
easy-read-leaving-care-for-you-council-home = قد تحصل على مساعدة إضافية لتحصل على بيت من المجلس المحلي.
easy-read-leaving-care-for-you-council-means = المجلس المحلي يهتم بالناس في المنطقة التي تعيش فيها.
easy-read-leaving-care-for-you-rent = قد تحصل أيضًا على مساعدة لتستأجر بيتًا.
easy-read-leaving-care-for-you-somewhere = سيعمل الناس بجد حتى يكون لكل **مغادر للرعاية** مكان يعيش فيه.
easy-read-leaving-care-for-you-care-leaver-means = مغادر الرعاية شخص عاش تحت الرعاية عندما كان طفلًا.
easy-read-leaving-care-for-you-work = سيساعدك الناس في التعلّم والعمل والتدريب.
easy-read-leaving-care-for-you-job-centre = قد يتعاون المختصون مع مراكز التوظيف ليجدوا لك عملًا.
easy-read-leaving-care-for-you-practitioners = المختصون أشخاص عملهم أن يساعدوك ويحموك.
easy-read-leaving-care-for-you-apply = يستطيعون أن يساعدوك لتجد وظائف تتقدّم إليها.
easy-read-leaving-care-for-you-just-for-you = بعض الوظائف وبرامج التدريب مخصّصة لمغادري الرعاية فقط.
easy-read-leaving-care-for-you-future = سيساعدك الناس لتخطّط لمستقبلك.
easy-read-leaving-care-for-you-healthy = التعلّم والعمل والبيت تساعدك لتعيش حياة صحية وسعيدة.

## next

easy-read-next-title = ماذا تفعل بعد ذلك
easy-read-next-read-more-most = هذا الدليل يخبرك بأهم الأشياء فقط.
easy-read-next-read-more-framework = تستطيع أن تقرأ الإطار الوطني كله باللغة الإنجليزية لتعرف أكثر.
easy-read-next-read-more-framework-means = الإطار الوطني يخبر الناس كيف يجب أن تعمل الرعاية الاجتماعية للأطفال.
easy-read-next-talk-worries = إذا كانت عندك أسئلة أو مخاوف، تستطيع أن تتحدّث إلى شخص ما.
easy-read-next-talk-social-worker = تستطيع أن تتحدّث إلى **الأخصائي الاجتماعي** المسؤول عنك.
easy-read-next-talk-social-worker-means = الأخصائيون الاجتماعيون يساعدون الأطفال والعائلات ويحافظون على سلامة الأطفال.
easy-read-next-talk-adviser = تستطيع أن تتحدّث إلى **مستشارك الشخصي**.
easy-read-next-talk-adviser-means = المستشار الشخصي يساعد الشباب الذين يغادرون الرعاية.
easy-read-next-talk-staff = تستطيع أيضًا أن تتحدّث إلى موظف دعم الأسرة أو موظفين آخرين.
easy-read-next-help-lines-heading = خطوط مساعدة تستطيع الاتصال بها مجانًا
easy-read-next-charities-charities = هاتان **الجمعيتان الخيريتان** تستطيعان أيضًا أن تقدّما لك المساعدة والنصيحة.
easy-read-next-charities-charity-means = الجمعية الخيرية مجموعة تساعد الناس ولا تحاول أن تكسب المال.
