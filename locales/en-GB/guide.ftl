### guide.ftl: the "guide" edition
###
### Contains public sector information licensed under the Open Government
### Licence v3.0 (see facts.toml: ogl). This file is a transcription of the
### Department for Education publication
### "An illustrated guide to the Children's Social Care National Framework, for children and young people"
### (© Crown copyright 2023), reused under the Open Government Licence v3.0.
### Only extraction debris has been fixed; the wording is the publication's.

guide-title =
    An illustrated guide to the Children's Social Care National Framework
guide-description = For children and young people

## about

guide-about-title = About this guide
guide-about-p1 =
    ‘Children’s social care’ refers to the different kinds of support that
    children, young people and their families receive from their local
    authorities when they need extra help. Your local authority is the
    organisation who provides for the people in your local area, and they can
    support you.
guide-about-p2 =
    Every year there are 400,000 children and young people, like you, who
    receive children’s social care.
guide-about-p3 =
    This means around 5 children in every classroom in England have been
    supported at some point over the last eight years. Proper support can change
    all these people’s lives, and yours, but only if everyone knows what good
    quality children’s social care looks like.
guide-about-p4 =
    To bring everyone together, the Department for Education created the
    ‘**Children’s Social Care National Framework**’.
guide-about-p5 =
    It tells everyone involved in providing support what children’s social care
    is supposed to achieve and how it should work. The purpose of the National
    Framework is to clearly explain what you should expect from the help and
    care you receive.
guide-about-p6 =
    This guide will tell you what the National Framework will mean for you and
    how it puts your wishes at the heart of the children’s social care system.
    You should use it to compare your current support to how it is described
    here. That way, you can be sure the support you get is good enough, and you
    can speak out if you don’t think it is.

## purpose

guide-purpose-title = The purpose of children's social care
guide-purpose-p1 =
    It is important to take a moment to tell you what the purpose of children's
    social care is. This is so you can understand the shared goal of everyone
    who works in this area. In the National Framework, it says the purpose is
    to:
guide-purpose-quote =
    “...support children, young people and families, to protect children and
    young people by intervening decisively when they are at risk of harm and to
    provide care for those who need it so that they grow up and thrive with
    safety, stability and love.”
guide-purpose-p2 =
    What this means, in simpler terms, is to be there for you, so that you can
    be safe, and so you can grow up to be healthy and happy.

## principles

guide-principles-title = The principles of children's social care
guide-principles-p1 =
    People working in children's social care should follow 6 principles when
    they work with you. You can think of these principles as things that
    everyone who works in children's social care believes. They are that:
guide-principles-principles-1 =
    children's welfare is the most important thing of all
guide-principles-principles-2 =
    children are asked about their wishes, and they are listened to and
    responded to
guide-principles-principles-3 = children's social care works with whole families
guide-principles-principles-4 =
    children are raised by their families, with their family networks or in
    family environments wherever possible
guide-principles-principles-5 =
    local councils work with other people to understand what children, young
    people and their families need
guide-principles-principles-6 =
    local councils are committed to acting fairly for everyone
guide-principles-p2 =
    These principles inform everything that children's social care hopes to
    achieve. But they particularly contribute to 4 things the National Framework
    focuses on, called 'outcomes':
guide-principles-outcomes-1 =
    your family staying together, and you being able to stay with them when it
    is safe
guide-principles-outcomes-2 = being supported by your family and family network
guide-principles-outcomes-3 = being safe
guide-principles-outcomes-4 = being able to live in a loving home
guide-principles-p3 =
    These are the areas of your life that children's social care is there to
    help you with the most. The system is designed so that the focus is on
    family because families can often provide the best support for their
    children.
guide-principles-p4 =
    However, it is not always the case that children can stay with their own
    family. When this happens, children's social care is there to find them a
    loving home somewhere else. In all cases, the safety of children is the most
    important thing.
guide-principles-p5 =
    The rest of this guide will explain what the National Framework means for
    you in terms of these 4 outcomes.

## outcome-1

guide-outcome-1-title =
    Children's social care will help your family stay together
guide-outcome-1-label = Outcome 1
guide-outcome-1-p1 =
    Your council will help your family stay together, and give them support so
    they can look after you wherever it is safe to do so.
guide-outcome-1-p2 =
    Children's social care works with parents and family members to help them
    cope with any difficulties they face. Children's social care is committed to
    keeping children and young people within their family wherever it is safe
    and appropriate to do so. This is so that the important people in your life
    are in the best position to provide you with safety, stability, and love.
guide-outcome-1-for-you-heading = What this means for you
guide-outcome-1-for-you-1 =
    Your views **will be heard**, whatever your age or how you best communicate
    with others, and those supporting you will do their best to understand your
    perspective.
guide-outcome-1-for-you-2 =
    You and your family **will be listened to** by everyone who works with you,
    so practitioners can understand how to design services that work properly.
    Practitioners are the people who work with you to give you support and keep
    you safe.
guide-outcome-1-for-you-3 =
    You will be **supported to understand** how children's social care works,
    and your family will be helped to access the right support at the right
    time.
guide-outcome-1-for-you-4 =
    If you have a disability, you and your family will
    be **supported to make decisions** about the help you receive.
guide-outcome-1-for-you-5 =
    Your parents' views will form part of the plan **to keep you safe**.
guide-outcome-1-for-you-6 =
    You will be encouraged to **share your wishes and feelings** separately from
    other people in your life.
guide-outcome-1-for-you-7 =
    Your culture will **be respected**, and discrimination will always be
    challenged.
guide-outcome-1-for-you-8 =
    Your family will be **given practical advice** on getting support with money
    and housing from people in your community.
guide-outcome-1-for-you-9 =
    Practitioners will try to understand what has happened in your life and
    will **help you to cope with things that you find difficult**.
guide-outcome-1-for-you-10 =
    Practitioners understand how important education is
    in **keeping you safe and helping you to reach your full potential**.

## outcome-2

guide-outcome-2-title = Children's social care will support your family network
guide-outcome-2-label = Outcome 2
guide-outcome-2-p1 =
    Children's social care will support family members beyond parents, like your
    grandparents, aunts and uncles, as these people can often provide essential
    safety, stability and love.
guide-outcome-2-p2 =
    Often there are wider family relationships and networks that can help
    families that are experiencing problems.
guide-outcome-2-p3 =
    Support from these family members can improve children's lives, but
    sometimes these family members need help from children's social care to make
    this happen more effectively.
guide-outcome-2-for-you-heading = What this means for you
guide-outcome-2-for-you-1 =
    You **will be asked** who you consider to be your family. This might include
    relatives like aunties, uncles, grandparents or people like family friends.
guide-outcome-2-for-you-2 =
    You **will be asked** about how your family network can look after you, and
    the support, love and trust you feel with them.
guide-outcome-2-for-you-3 =
    Your **views will be considered** when arranging support from wider members
    of your family.
guide-outcome-2-for-you-4 =
    Your family **will be asked** how much support from children's social care
    services they receive, and if it is enough.
guide-outcome-2-for-you-5 =
    Your family will be **brought together to share** their experiences, and
    they will have time to answer any questions about your support.
guide-outcome-2-for-you-6 =
    You may **receive support** from people beyond your family, including from
    friends, youth workers, teachers and people in your community or religious
    network.
guide-outcome-2-for-you-7 =
    Your family could **get help to strengthen relationships** or repair
    difficult ones where necessary.
guide-outcome-2-for-you-8 =
    You **will be supported** when your family or family network can't look
    after you, especially when it is unsafe.
guide-outcome-2-for-you-9 =
    If you have a disability, your family network could
    be **supported to help you**.

## outcome-3

guide-outcome-3-title = Children's social care helps to keep you safe
guide-outcome-3-label = Outcome 3
guide-outcome-3-p1 =
    The absolute most important thing is your safety, at all times and wherever
    you are.
guide-outcome-3-p2 =
    The National Framework makes it clear that children's social care wants to
    protect you from harm and if you might be being harmed, work out exactly
    what is going on.
guide-outcome-3-p3 =
    This applies whether harm is occurring at home, where you live, in your
    community, or online.
guide-outcome-3-for-you-heading = What this means for you
guide-outcome-3-for-you-1 =
    You will be **asked about your safety and wellbeing** at all stages of your
    care experience, and you will be asked what needs to change so that you can
    be safer.
guide-outcome-3-for-you-2 =
    Practitioners will **act quickly to protect you** if you are experiencing,
    or at risk of experiencing harm.
guide-outcome-3-for-you-3 =
    You will **get regular information** on the decisions being made about your
    life.
guide-outcome-3-for-you-4 =
    Your **views will be heard** if your council is worried about you and thinks
    that they need to go to court to ask a judge to decide how to keep you safe.
guide-outcome-3-for-you-5 =
    Your **voice will be heard** independently from the views of parents,
    carers, or other adults.
guide-outcome-3-for-you-6 =
    Practitioners will **work hard to build strong relationships** with you and
    they will try to understand everything that is happening in your life.
guide-outcome-3-for-you-7 =
    Your **views will be heard**, whatever your age or how you best communicate
    with others, and those supporting you will do their best to understand your
    point of view.
guide-outcome-3-for-you-8 =
    You may have experienced upsetting things that you find very hard to talk
    about. People supporting you **will understand** that harmful events might
    have happened, or be happening to you, and they will hope that you can tell
    them about these things, so they can help you and keep you safe.
guide-outcome-3-for-you-9 =
    You should be **treated fairly**, and if you are being discriminated
    against, the people supporting you should address this.
guide-outcome-3-for-you-10 =
    Even when children and young people harm others, practitioners
    will **recognise that they are still people in need of help and support**.

## outcome-4

guide-outcome-4-title =
    Children's social care will help to give you a loving home
guide-outcome-4-label = Outcome 4
guide-outcome-4-p1 =
    You deserve the same love, care and protection as anyone else.
guide-outcome-4-p2 =
    If you can't remain living with your family, within a family network or with
    others, your local council will provide the support you need. Children's
    social care should provide homes that offer love, care, protection, and
    stability.
guide-outcome-4-p3 =
    The support that you receive will help you understand your feelings and
    address any issues you may have while making sure you are safe. It will give
    you the basis for a healthy, happy life.
guide-outcome-4-for-you-heading = What this means for you
guide-outcome-4-for-you-1 =
    You will be **asked where you want to live and what's important to you** if
    you can't remain with your family.
guide-outcome-4-for-you-2 =
    You will **get regular updates** about the decisions being made, so you can
    be clear about what is happening and why.
guide-outcome-4-for-you-3 =
    You will have regular opportunities to **share your hopes and dreams**, and
    this will be reflected in how you are provided with support.
guide-outcome-4-for-you-4 =
    You will be **encouraged to put forward your views**, including through
    independent advocacy. This is where someone will represent your views,
    wishes and needs without judging you, and help you make a complaint if you
    need to.
guide-outcome-4-for-you-5 =
    You will be **given a safe and loving home** if you can't live with your
    family or family network.
guide-outcome-4-for-you-6 =
    You will
    be **supported to stay in touch with your family, friends and community**,
    and especially with your siblings, if you move to a new home.
guide-outcome-4-for-you-7 =
    Your **mental wellbeing should be taken seriously**, and practitioners will
    help you get support.
guide-outcome-4-for-you-8 =
    Adopted children will be supported by
    practitioners **to bond with their adoptive parents** from the first time
    they meet.
guide-outcome-4-for-you-9 =
    Children who have travelled to England without their parents will
    be **supported, and their needs and experiences considered**.

## leaving-care

guide-leaving-care-title =
    For older children leaving children's social care and approaching adulthood
guide-leaving-care-for-you-1 =
    You will be **supported to develop and nurture loving relationships** with
    your family networks and friends as you get older and become an adult.
guide-leaving-care-for-you-2 =
    You will be **supported to live in safe, suitable accommodation**, and
    children's social care will try to offer you a range of options to choose
    from. You may have priority for social housing and help with accessing
    rented accommodation. Every effort is made to avoid care leavers becoming
    homeless.
guide-leaving-care-for-you-3 =
    You will be **supported to access education, employment, and training** as
    you become an adult. Practitioners may work with job centres and potential
    employers to help find opportunities for you to apply for, including
    opportunities made especially for care leavers.
guide-leaving-care-for-you-4 =
    You will be **supported to plan for the future** because proper education,
    work and housing is necessary for living a healthy and happy life.

## next

guide-next-title = What to do next
guide-next-p1 =
    This guide is here to show you what the Children's Social Care National
    Framework means for you. But it only shows you the most important things.
    There may be other parts of the National Framework that are relevant to you,
    so you should think about having a look at the
    full [Children's Social Care National Framework]({ $framework-web }).
guide-next-p2 =
    If you have any questions or concerns, you can speak to your social worker,
    personal advisor, family support worker or another member of staff.
guide-next-p3 =
    You can also get more information, advice and support from these charities:
guide-next-childline = **{ $childline-name }** is a safe, confidential place for children with no
    one else to turn to. Whatever your worry, whenever you need help or just
    want to talk, you can contact { $childline-name } 24 hours a day, 7 days a
    week, 365 days a year on { $childline-phone } or through the one-to-one chat
    on their website. { $childline-name } has a huge online community where you
    can get support from other children on message boards, as well as resources
    to help you through any issue you are concerned
    about. [{ $childline-web-label }]({ $childline-web })
guide-next-help-at-hand =
    The **{ $help-at-hand-name }** team can offer free support, advice, and
    information about your rights if you are in care, leaving care, living away
    from home or working with children's services. This is to help you with any
    challenges you are experiencing. You can call the team for free
    on { $help-at-hand-phone } or
    visit [{ $help-at-hand-web-label }]({ $help-at-hand-web })
