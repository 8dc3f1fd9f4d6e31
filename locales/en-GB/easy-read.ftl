### easy-read.ftl: the "easy-read" edition
###
### This is careguide's own easy-read text, written by this project to UK
### easy-read rules. It is not a transcription: it retells the illustrated
### guide (see guide.ftl) in short, plain sentences, one idea per statement.
### Phone numbers, web addresses and organisation names come from
### content/facts.toml as variables; never type them here.

easy-read-title = Children's social care: what it means for you
easy-read-description = An easy-read guide to help for children and families in England.

## about

easy-read-about-title = About this guide
easy-read-about-intro-care = Children's social care is help for children and their families.
easy-read-about-intro-council = Your **council** gives this help.
easy-read-about-intro-council-means = A council looks after people in the area where you live.
easy-read-about-intro-many = Lots of children and young people in England get this help.
easy-read-about-intro-class = In each class, about 5 children have had this help.
easy-read-about-intro-better = Good help can make your life better.
easy-read-about-intro-framework = The government wrote a plan called the **National Framework**.
easy-read-about-intro-framework-means = The National Framework tells people how children's social care should work.
easy-read-about-intro-expect = The National Framework says what help you should get.
easy-read-about-intro-guide = This guide tells you how the National Framework helps you.
easy-read-about-intro-wishes = The National Framework puts what you want at the heart of your help.
easy-read-about-intro-check = You should use this guide to check that your help is good.
easy-read-about-intro-speak-up = If you think your help is not good enough, you can say so.

## purpose

easy-read-purpose-title = What children's social care is for
easy-read-purpose-intro-aim = Everyone in children's social care is working towards the same aim.
easy-read-purpose-intro-support = The aim is to help children, young people and families.
easy-read-purpose-intro-protect = Children's social care acts fast to keep children safe from harm.
easy-read-purpose-intro-care = Children's social care gives care to children who need it.
easy-read-purpose-intro-love = Children's social care wants children to grow up feeling safe, settled and loved.
easy-read-purpose-intro-there = The aim is to be there for you.
easy-read-purpose-intro-happy = Children's social care helps you grow up safe, healthy and happy.

## principles

easy-read-principles-title = 6 important ideas
easy-read-principles-intro-follow = People in children's social care follow 6 **principles**.
easy-read-principles-intro-means = Principles are important ideas that all these workers believe in.
easy-read-principles-principles-heading = The 6 principles
easy-read-principles-principles-welfare = Your **welfare** matters more than anything else.
easy-read-principles-principles-welfare-means = Welfare means being safe, well and cared for.
easy-read-principles-principles-asked = People will ask you what you want.
easy-read-principles-principles-listen = People will listen to you and answer you.
easy-read-principles-principles-family = Children's social care works with your whole family.
easy-read-principles-principles-raised = Children should grow up in a family wherever possible.
easy-read-principles-principles-together = Councils team up with others to learn what families need.
easy-read-principles-principles-fair = Councils promise to be fair to everyone.
easy-read-principles-outcomes-heading = 4 good things for you
easy-read-principles-outcomes-four = The principles help with 4 big aims called **outcomes**.
easy-read-principles-outcomes-means = An outcome is a good thing that should happen for you.
easy-read-principles-outcomes-together = Your family stays together when it is safe.
easy-read-principles-outcomes-network = Your family and the people close to them support you.
easy-read-principles-outcomes-safe = You stay safe.
easy-read-principles-outcomes-home = You live in a loving home.
easy-read-principles-more-most = Children's social care helps most with these 4 things.
easy-read-principles-more-family = Families can often give children the best support.
easy-read-principles-more-cannot = Sometimes children cannot stay with their own family.
easy-read-principles-more-home = Then children's social care finds these children another loving home.
easy-read-principles-more-safety = Keeping children safe is always the most important thing.
easy-read-principles-more-pages = The next pages tell you about each outcome.

## outcome-1

easy-read-outcome-1-title = Outcome 1: Your family can stay together
easy-read-outcome-1-label = Outcome 1
easy-read-outcome-1-intro-together = Your **council** will help your family stay together when it is safe.
easy-read-outcome-1-intro-safely = A council looks after people in the area where you live.
easy-read-outcome-1-intro-cope = Children's social care helps your family with hard times.
easy-read-outcome-1-intro-loved = Then the people you love can give you safety and love.
easy-read-outcome-1-for-you-heading = What this means for you
easy-read-outcome-1-for-you-heard = People will hear what you think, whatever your age.
easy-read-outcome-1-for-you-understand = People will try hard to understand you, however you share your ideas.
easy-read-outcome-1-for-you-listen = Everyone who works with you will listen to you and your family.
easy-read-outcome-1-for-you-plan-help = Then **practitioners** can plan help that works.
easy-read-outcome-1-for-you-practitioners = Practitioners are people whose job is to help and protect you.
easy-read-outcome-1-for-you-learn = People will explain how children's social care works.
easy-read-outcome-1-for-you-right-time = Your family will get the right help at the right time.
easy-read-outcome-1-for-you-disability = Some children have a **disability**.
easy-read-outcome-1-for-you-disability-means = A disability can make it harder to move, see or learn.
easy-read-outcome-1-for-you-decide = If you have a disability, you and your family will help choose your help.
easy-read-outcome-1-for-you-parents = Your plan to keep you safe will include what your parents think.
easy-read-outcome-1-for-you-feelings = People will help you share your wishes and feelings in private.
easy-read-outcome-1-for-you-culture = People will respect your **culture**.
easy-read-outcome-1-for-you-culture-means = Culture means your way of life, like language, faith and food.
easy-read-outcome-1-for-you-unfair = People will always speak out against **discrimination**.
easy-read-outcome-1-for-you-unfair-means = Discrimination means treating someone badly because of who they are.
easy-read-outcome-1-for-you-money = People near you will give your family advice about money and homes.
easy-read-outcome-1-for-you-past = Practitioners will try to learn what has happened to you.
easy-read-outcome-1-for-you-hard = People will help you cope with things you find hard.
easy-read-outcome-1-for-you-school = Practitioners know that school and learning matter.
easy-read-outcome-1-for-you-best = School helps keep you safe and helps you do your best.

## outcome-2

easy-read-outcome-2-title = Outcome 2: Help for your wider family
easy-read-outcome-2-label = Outcome 2
easy-read-outcome-2-intro-wider = Children's social care will also help your wider family.
easy-read-outcome-2-intro-who = Grandparents, aunts and uncles are in your wider family.
easy-read-outcome-2-intro-why = These people can help keep you safe and loved.
easy-read-outcome-2-intro-network = Your **family network** can help when things are hard.
easy-read-outcome-2-intro-network-means = Your family network is all your family and close friends.
easy-read-outcome-2-intro-help = Sometimes your family network needs help to care for you.
easy-read-outcome-2-for-you-heading = What this means for you
easy-read-outcome-2-for-you-who = People will ask you who your family is.
easy-read-outcome-2-for-you-who-examples = Family can mean aunts, uncles, grandparents or family friends.
easy-read-outcome-2-for-you-look-after = People will ask how your family network could care for you.
easy-read-outcome-2-for-you-trust = People will ask if you trust your family network and feel loved.
easy-read-outcome-2-for-you-views = People will think about what you want when they plan family help.
easy-read-outcome-2-for-you-enough = People will ask your family if they get enough help.
easy-read-outcome-2-for-you-meet = People will bring your family together to share their story.
easy-read-outcome-2-for-you-questions = Your family will have time to answer questions.
easy-read-outcome-2-for-you-others = You can get help from people outside your family too.
easy-read-outcome-2-for-you-teachers = Friends, teachers or youth workers could help you.
easy-read-outcome-2-for-you-community = People near you or in your faith group could help too.
easy-read-outcome-2-for-you-get-on = Your family can get help to get along better.
easy-read-outcome-2-for-you-mend = Your family can get help to make things right after they argue.
easy-read-outcome-2-for-you-cannot = If your family cannot look after you, people will help you.
easy-read-outcome-2-for-you-unsafe = Help matters most when it is not safe at home.
easy-read-outcome-2-for-you-disability = Some children have a **disability**.
easy-read-outcome-2-for-you-disability-means = A disability can make it harder to move, see or learn.
easy-read-outcome-2-for-you-disability-help = If you have a disability, your family network can get help to care for you.

## outcome-3

easy-read-outcome-3-title = Outcome 3: Keeping you safe
easy-read-outcome-3-label = Outcome 3
easy-read-outcome-3-intro-most = Your safety is the most important thing, always and everywhere.
easy-read-outcome-3-intro-protect = Children's social care wants to protect you from harm.
easy-read-outcome-3-intro-find-out = Children's social care also wants to find out if anyone is hurting you.
easy-read-outcome-3-intro-where = Harm can happen at home, in your area or online.
easy-read-outcome-3-for-you-heading = What this means for you
easy-read-outcome-3-for-you-asked = People will ask about your safety and **wellbeing**.
easy-read-outcome-3-for-you-wellbeing-means = Wellbeing means feeling well and happy in your body and mind.
easy-read-outcome-3-for-you-always = People will keep asking the whole time you get help.
easy-read-outcome-3-for-you-safer = People will ask what should change to make you safer.
easy-read-outcome-3-for-you-quick = Practitioners will act fast if you are in danger of harm.
easy-read-outcome-3-for-you-practitioners = Practitioners are people whose job is to help and protect you.
easy-read-outcome-3-for-you-decisions = Practitioners will often tell you what they decide about your life.
easy-read-outcome-3-for-you-court = If the people helping you are worried, they may ask a **court** for help.
easy-read-outcome-3-for-you-court-means = A court is a place where a **judge** makes big decisions.
easy-read-outcome-3-for-you-judge-means = A judge is a person whose job is to make fair decisions.
easy-read-outcome-3-for-you-judge-safe = The judge decides how to keep you safe.
easy-read-outcome-3-for-you-court-heard = People will listen to what you think about going to court.
easy-read-outcome-3-for-you-own-voice = People will listen to you, not just to the adults around you.
easy-read-outcome-3-for-you-know-you = Practitioners will work hard to get to know you well.
easy-read-outcome-3-for-you-everything = Practitioners will try to understand all that is going on for you.
easy-read-outcome-3-for-you-age = People will listen to you, however old you are.
easy-read-outcome-3-for-you-understand = People will try hard to understand you, however you share your ideas.
easy-read-outcome-3-for-you-hard-talk = Some things may be very hard to talk about.
easy-read-outcome-3-for-you-know = People who help you know bad things may have happened.
easy-read-outcome-3-for-you-still = People who help you know bad things may still be happening to you.
easy-read-outcome-3-for-you-tell = People who help you hope you will tell them, so they can keep you safe.
easy-read-outcome-3-for-you-fair = People should treat you fairly.
easy-read-outcome-3-for-you-unfair = People who help you should deal with any **discrimination** against you.
easy-read-outcome-3-for-you-unfair-means = Discrimination means treating someone badly because of who they are.
easy-read-outcome-3-for-you-harm-others = If you have hurt someone, practitioners know you still need help.

## outcome-4

easy-read-outcome-4-title = Outcome 4: A loving home for you
easy-read-outcome-4-label = Outcome 4
easy-read-outcome-4-intro-deserve = You deserve love, care and safety, just like anyone else.
easy-read-outcome-4-intro-cannot = Sometimes children are not able to live with their family or wider family.
easy-read-outcome-4-intro-council = If you cannot live with your family, your council will support you.
easy-read-outcome-4-intro-council-means = A council looks after people in the area where you live.
easy-read-outcome-4-intro-home = Children's social care should give you a safe, loving and settled home.
easy-read-outcome-4-intro-feelings = Your support will help you understand your feelings.
easy-read-outcome-4-intro-happy = Your support will help you have a healthy, happy life.
easy-read-outcome-4-for-you-heading = What this means for you
easy-read-outcome-4-for-you-where = If you cannot live with your family, people will ask where you want to live.
easy-read-outcome-4-for-you-important = If you cannot live with your family, they will ask what matters to you.
easy-read-outcome-4-for-you-updates = People will tell you about decisions as they make them.
easy-read-outcome-4-for-you-why = People will tell you what is happening and why.
easy-read-outcome-4-for-you-hopes = You will often get the chance to share your hopes and dreams.
easy-read-outcome-4-for-you-hopes-plan = People will use your hopes and dreams to plan your help.
easy-read-outcome-4-for-you-views = People will help you say what you think.
easy-read-outcome-4-for-you-advocate = You can have an **advocate** to help you.
easy-read-outcome-4-for-you-advocate-means = An advocate speaks up for you and does not judge you.
easy-read-outcome-4-for-you-complain = If you need to, an advocate will help you make a **complaint**.
easy-read-outcome-4-for-you-complaint-means = A complaint means telling someone in charge that something is wrong.
easy-read-outcome-4-for-you-new-home = If you cannot live with your family, you will get a safe and loving home.
easy-read-outcome-4-for-you-in-touch = If you move, people will help you keep in touch.
easy-read-outcome-4-for-you-close = If you move, people will help you stay close to your family, friends and community.
easy-read-outcome-4-for-you-family-time = If you move, people will help you have **family time** with your brothers and sisters.
easy-read-outcome-4-for-you-family-time-means = Family time means seeing or talking to your family.
easy-read-outcome-4-for-you-wellbeing = People should take your **wellbeing** seriously.
easy-read-outcome-4-for-you-wellbeing-means = Wellbeing means feeling well and happy in your mind.
easy-read-outcome-4-for-you-support = Practitioners will help you find someone to talk to.
easy-read-outcome-4-for-you-practitioners = Practitioners are people whose job is to help and protect you.
easy-read-outcome-4-for-you-adopted = Some children join a new family through **adoption**.
easy-read-outcome-4-for-you-adopted-means = Adoption means a new family becomes your family for life.
easy-read-outcome-4-for-you-bond = Practitioners will help adopted children get close to their new parents from the start.
easy-read-outcome-4-for-you-travel = Some children come to England without their parents.
easy-read-outcome-4-for-you-travel-help = People will support these children and think about their needs.
easy-read-outcome-4-for-you-travel-past = People will think about what these children have been through.

## leaving-care

easy-read-leaving-care-title = Growing up and leaving care
easy-read-leaving-care-for-you-for-you = This page is for older children who will soon leave care.
easy-read-leaving-care-for-you-close = People will help you stay close to your family and friends.
easy-read-leaving-care-for-you-adult = People will help as you grow up and become an adult.
easy-read-leaving-care-for-you-home = People will help you find a safe place to live.
easy-read-leaving-care-for-you-choose = Children's social care will try to give you some homes to choose from.
easy-read-leaving-care-for-you-council-home = You may get extra help to get a council home.
easy-read-leaving-care-for-you-council-means = A council looks after people in the area where you live.
easy-read-leaving-care-for-you-rent = You may also get help to rent a home.
easy-read-leaving-care-for-you-somewhere = People will work hard so every **care leaver** has somewhere to live.
easy-read-leaving-care-for-you-care-leaver-means = A care leaver is someone who lived in care as a child.
easy-read-leaving-care-for-you-work = People will help you with learning, jobs and training.
easy-read-leaving-care-for-you-job-centre = Practitioners may team up with job centres to find work for you.
easy-read-leaving-care-for-you-practitioners = Practitioners are people whose job is to help and protect you.
easy-read-leaving-care-for-you-apply = Practitioners can help you find jobs to apply for.
easy-read-leaving-care-for-you-just-for-you = Some jobs and training are just for care leavers.
easy-read-leaving-care-for-you-future = People will help you plan for the future.
easy-read-leaving-care-for-you-healthy = Learning, work and a home help you live a healthy, happy life.

## next

easy-read-next-title = What to do next
easy-read-next-read-more-most = This guide only tells you the biggest things.
easy-read-next-read-more-framework = You can read the whole National Framework to learn more.
easy-read-next-read-more-framework-means = The National Framework says how children's social care should work.
easy-read-next-talk-worries = If you have questions or worries, you can talk to someone.
easy-read-next-talk-social-worker = If you have questions or worries, you can talk to your **social worker**.
easy-read-next-talk-social-worker-means = Social workers help families and keep children safe.
easy-read-next-talk-adviser = If you have questions or worries, you can talk to your **personal adviser**.
easy-read-next-talk-adviser-means = A personal adviser helps young people who are leaving care.
easy-read-next-talk-staff = If you have questions, a family support worker or other staff can help you.
easy-read-next-help-lines-heading = Help lines you can call for free
easy-read-next-charities-charities = These 2 **charities** can also help you.
easy-read-next-charities-charity-means = A charity is a group that helps people and does not try to make money.
easy-read-next-childline-what = { $childline-name } is a help line for children and young people.
easy-read-next-childline-worry = If you need help, you can talk to { $childline-name } about any worry.
easy-read-next-childline-confidential = Talking to { $childline-name } is safe and **confidential**.
easy-read-next-childline-confidential-means = Confidential means what you say stays private.
easy-read-next-childline-open = { $childline-name } is open any time, day or night, every day.
easy-read-next-childline-call = Calling { $childline-name } on { $childline-phone } is free.
easy-read-next-childline-chat = You can also chat with { $childline-name } on [{ $childline-web-label }]({ $childline-web }).
easy-read-next-childline-community = Other children can help you on the { $childline-name } website too.
easy-read-next-help-at-hand-what = { $help-at-hand-name } helps children and young people.
easy-read-next-help-at-hand-who = { $help-at-hand-short-name } can help if you are in care or leaving care.
easy-read-next-help-at-hand-away = { $help-at-hand-short-name } can also help if you live away from home.
easy-read-next-help-at-hand-services = { $help-at-hand-short-name } can also help if children's social care works with you.
easy-read-next-help-at-hand-rights = { $help-at-hand-short-name } can explain your rights if you are in care.
easy-read-next-help-at-hand-rights-means = Rights are things that every child should have.
easy-read-next-help-at-hand-call = Calling { $help-at-hand-short-name } on { $help-at-hand-phone } is free.
easy-read-next-help-at-hand-web = You can also visit [{ $help-at-hand-web-label }]({ $help-at-hand-web }).
