### Draft translation into Arabic of locales/en-GB/glossary.ftl. Not yet checked by a qualified translator.
###
### -term is the word as the Arabic text uses it; -forms lists the other
### forms (with attached letters, plurals and duals) that appear in
### guide.ftl and easy-read.ftl, spelled exactly as there.

glossary-heading = شرح الكلمات

glossary-council-term = المجلس المحلي
glossary-council-forms = المجالس المحلية، المجلس، مجلس محلي، السلطة المحلية، السلطات المحلية
glossary-council-explain = المجلس المحلي يهتم بالناس والأماكن في المنطقة التي تعيش فيها. وهو يقدّم المساعدة للأطفال والعائلات.

glossary-social-worker-term = الأخصائي الاجتماعي
glossary-social-worker-forms = الأخصائيون الاجتماعيون، أخصائي اجتماعي
glossary-social-worker-explain = الأخصائي الاجتماعي يساعد الأطفال والعائلات عندما تكون الأمور صعبة. عمله هو أن يحافظ على سلامة الأطفال.

glossary-practitioner-term = المختص
glossary-practitioner-forms = المختصون، فالمختصون، المختصين، مختصين
glossary-practitioner-explain = المختصون أشخاص عملهم أن يساعدوك ويحموك. الأخصائيون الاجتماعيون والمعلّمون والممرّضون كلهم يمكن أن يكونوا مختصين.

glossary-advocate-term = المُناصِر
glossary-advocate-forms = مُناصِر، المناصر، مناصر
glossary-advocate-explain = المُناصِر شخص يساعدك لتقول ما تفكّر فيه. هو يقف إلى جانبك ولا يحكم عليك.

glossary-advocacy-term = المناصرة
glossary-advocacy-forms = المناصرة المستقلة
glossary-advocacy-explain = المناصرة هي مساعدة لتقول ما تريده. المُناصِر هو من يقدّم لك هذه المساعدة.

glossary-care-leaver-term = مغادر الرعاية
glossary-care-leaver-forms = مغادر للرعاية، لمغادري الرعاية، الشباب الذين غادروا الرعاية، للشباب الذين غادروا الرعاية
glossary-care-leaver-explain = مغادر الرعاية شاب عاش تحت الرعاية عندما كان طفلًا. يستطيع مغادرو الرعاية أن يحصلوا على مساعدة إضافية عندما يكبرون.

glossary-kinship-care-term = رعاية الأقارب
glossary-kinship-care-forms = مقدّم رعاية من الأقارب، مقدّمو الرعاية من الأقارب
glossary-kinship-care-explain = رعاية الأقارب تعني أن تعيش مع أفراد من عائلتك أو أصدقاء بدلًا من والديك. قد يكون هذا جدّك أو خالتك أو صديقًا للعائلة.

glossary-family-network-term = شبكة العائلة
glossary-family-network-forms = شبكة عائلتك، وشبكة عائلتك، شبكة عائلتهم، شبكات عائلتك، وشبكات عائلية
glossary-family-network-explain = شبكة عائلتك هي عائلتك والأشخاص المقرّبون من عائلتك. قد تشمل الأجداد والعمّات والخالات والأعمام والأخوال وأصدقاء العائلة.

glossary-court-term = المحكمة
glossary-court-forms = محكمة، المحاكم
glossary-court-explain = المحكمة مكان يتخذ فيه القاضي قرارات كبيرة. القاضي يستمع إلى الجميع أولًا.

glossary-judge-term = القاضي
glossary-judge-forms = قاضٍ، قاض، القضاة
glossary-judge-explain = القاضي شخص عمله أن يتخذ قرارات عادلة في المحكمة.

glossary-wellbeing-term = العافية
glossary-wellbeing-forms = عافيتك، وعافيتك، بعافيتك
glossary-wellbeing-explain = العافية تعني أن تشعر أنك بخير وسعيد، في جسمك وفي عقلك.

glossary-discrimination-term = التمييز
glossary-discrimination-forms = تمييز، للتمييز
glossary-discrimination-explain = التمييز يعني أن يُعامَل شخص بشكل أسوأ بسبب مَن هو. هذا خطأ، وهو ممنوع في القانون.

glossary-disability-term = الإعاقة
glossary-disability-forms = إعاقة، إعاقات
glossary-disability-explain = الإعاقة قد تجعل بعض الأشياء أصعب، مثل الحركة أو الرؤية أو السمع أو التعلّم. كثير من الناس لديهم إعاقة.

glossary-foster-carer-term = الأسرة الحاضنة
glossary-foster-carer-forms = أسرة حاضنة، الأسر الحاضنة، أسر حاضنة، الرعاية الحاضنة، الوالد الحاضن، الوالدان الحاضنان
glossary-foster-carer-explain = الأسرة الحاضنة تعتني بأطفال لا يستطيعون العيش مع عائلتهم. يعيش الأطفال في بيت الأسرة الحاضنة.

glossary-adoption-term = التبنّي
glossary-adoption-forms = تبنّي، بالتبنّي، تبنّيهم
glossary-adoption-explain = التبنّي يعني أن عائلة جديدة تصبح عائلتك طوال حياتك. والداك الجديدان هما والداك في القانون.

glossary-personal-adviser-term = المستشار الشخصي
glossary-personal-adviser-forms = مستشارك الشخصي، مستشار شخصي
glossary-personal-adviser-explain = المستشار الشخصي يساعد الشباب الذين يغادرون الرعاية. يساعدهم في أمور مثل المال والسكن والعمل.

glossary-complaint-term = الشكوى
glossary-complaint-forms = شكوى، شكاوى
glossary-complaint-explain = الشكوى تعني أن تخبر شخصًا مسؤولًا أن هناك شيئًا خطأ. يجب عليه أن يستمع إليك ويحاول أن يصلحه.

glossary-national-framework-term = الإطار الوطني
glossary-national-framework-forms = الإطار الوطني للرعاية الاجتماعية للأطفال
glossary-national-framework-explain = الإطار الوطني خطة من الحكومة. يقول كيف يجب أن تعمل الرعاية الاجتماعية للأطفال.

glossary-principle-term = المبدأ
glossary-principle-forms = المبادئ، مبادئ، مبدأ
glossary-principle-explain = المبادئ أفكار مهمة يؤمن بها الناس ويتّبعونها.

glossary-outcome-term = النتيجة
glossary-outcome-forms = النتائج، نتيجة، نتائج
glossary-outcome-explain = النتيجة شيء جيد يجب أن يحدث لك.

glossary-welfare-term = الرفاه
glossary-welfare-explain = الرفاه يعني أن تكون آمنًا وبخير وتحصل على الرعاية.

glossary-culture-term = الثقافة
glossary-culture-forms = ثقافتك، ثقافة، الثقافات
glossary-culture-explain = الثقافة تعني طريقة حياتك، مثل لغتك ودينك وطعامك وأعيادك.

glossary-family-time-term = وقت العائلة
glossary-family-time-forms = الوقت مع عائلتك
glossary-family-time-explain = وقت العائلة يعني أن ترى عائلتك أو تتحدّث معها عندما لا تعيشون معًا.

glossary-charity-term = الجمعية الخيرية
glossary-charity-forms = الجمعيات الخيرية، الجمعيتان الخيريتان
glossary-charity-explain = الجمعية الخيرية مجموعة من الناس يساعدون غيرهم من دون أن يكسبوا المال من ذلك.

glossary-rights-term = حقوق الطفل
glossary-rights-forms = الحقوق، حقوقك، حقوق
glossary-rights-explain = الحقوق أشياء يجب أن يحصل عليها كل طفل، مثل الأمان والطعام والبيت والمدرسة.
