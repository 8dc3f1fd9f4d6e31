### framework.ftl: the "framework" edition
###
### Contains public sector information licensed under the Open Government
### Licence v3.0 (see facts.toml: ogl). This file is a transcription of the
### Department for Education publication
### "Children's Social Care National Framework - information for practitioners who work in or with Children's Social Care"
### (© Crown copyright 2023), reused under the Open Government Licence v3.0.
### Only extraction debris has been fixed; the wording is the publication's.

framework-title = Children's Social Care National Framework
framework-description =
    Information for practitioners who work in or with children's social care

## intro

framework-intro-title = Information for practitioners
framework-intro-p1 =
    The Children’s Social Care National Framework is written for those who work
    in and with local authority children’s social care and contains information
    that may be useful to children, young people and families who receive
    support from children’s social care.
framework-intro-p2 =
    Notably, it encompasses details applicable to all safeguarding partners and
    agencies involved in children’s social care activity.
framework-intro-p3 = The framework is complemented by the following guidance;
framework-intro-p4 =
    Improving practice with children, young people and families which offers
    advice to local authority senior leaders, practice supervisors, and
    practitioners on effectively integrating the framework into their daily
    practices.

## principles

framework-principles-title = The six principles of children's social care
framework-principles-intro =
    People working in children’s social care should follow six principles when
    they are working with children, young people, and their families.
framework-principles-principle-1 = Children’s welfare is paramount
framework-principles-principle-1-text =
    Decisions about help, protection and care for children must always be made
    in their best interests.
framework-principles-principle-2 =
    Children’s wishes and feelings are sought, heard, and responded to
framework-principles-principle-2-text =
    Children and young people’s views should be sought and heard at every stage
    of support, and they should contribute to decisions made about their lives,
    wherever possible. Advocacy, advice, and assistance must be available to
    assist them in any representations they may wish to make to the authority.
framework-principles-principle-3 =
    Children’s social care works in partnership with whole families
framework-principles-principle-3-text =
    Children, young people and families are heard, and practitioners build
    strong relationships with families based on respect. They acknowledge
    strengths within families and recognise that families, and family networks,
    will often have solutions to their own challenges, and that holding a focus
    on the whole family is often the best way of improving outcomes for children
    and young people.
framework-principles-principle-4 =
    Children are raised by their families, with their family networks, or in
    family environments wherever possible
framework-principles-principle-4-text =
    Children’s social care recognise that the best place for most children to
    grow up is in their families, or with kinship carers. Sometimes this will
    not be safe or possible, and in these situations, efforts are made to
    support relationships between children and young people with their siblings,
    family, and friends. When children and young people need care to be provided
    by the local authority, such care is safe and prioritises consistency,
    stability, and lifelong loving relationships with those who are important to
    children and young people, so that they are supported to thrive.
framework-principles-principle-5 =
    Local authorities work with other agencies to effectively identify and meet
    the needs of children, young people, and families
framework-principles-principle-5-text =
    Local authorities foster strong supportive relationships with other
    safeguarding partners and relevant agencies, including education settings,
    to coordinate their services and to respond to the needs of children, young
    people, and families in the round. From strategic and operational leadership
    to practitioners supporting individual families, safeguarding partners and
    relevant agencies are proactive in seeking and sharing information,
    knowledge, and skills with other agencies.
framework-principles-principle-6 =
    Local authorities consider the economic and social circumstances which may
    impact children, young people and families
framework-principles-principle-6-text =
    Leaders and practice supervisors foster a culture of practice where the
    individual and protected characteristics of families are respected, and the
    diversity of individual needs and experiences are addressed through the
    support provided. Practitioners recognise the differences between, and are
    confident to respond to, circumstances where children experience adversity
    due to poverty and acute family stress, and situations where children face
    harm due to parental abuse and neglect. Leaders, practice supervisors, and
    practitioners use reflective discussions so that practice is inclusive and
    engages all families, whatever their background and context.

## enablers

framework-enablers-title = The three enablers
framework-enablers-enablers-1 =
    Multi-agency working is prioritised and effective
framework-enablers-enablers-2 = Leaders drive conditions for effective practice
framework-enablers-enablers-3 = The workforce is equipped and effective

## outcomes

framework-outcomes-title = The four national framework outcomes
framework-outcomes-intro =
    These are the areas of children’s lives that children’s social care is there
    to help with the most. The system is designed so that the focus is on family
    because families can often provide the best support for their children.
    However, it is not always the case that children can stay with their own
    family. When this happens, children’s social care is there to find them a
    loving home somewhere else. In all cases, the safety of children is the most
    important thing.
framework-outcomes-outcome-1 =
    Outcome 1: children, young people and families stay together and get the
    help they need
framework-outcomes-outcome-1-text =
    Children’s social care helps children and young people by supporting whole
    families and their networks. They work in partnership with parents and
    carers to address difficulties that families face and are committed to
    keeping children and young people within their family, wherever it is safe
    to do so.
framework-outcomes-outcome-2 =
    Outcome 2: children and young people are supported by their family network
framework-outcomes-outcome-2-text =
    Children’s social care supports children and young people by building
    relationships so that key people in the lives of children and young people,
    who form their family network, can help to provide safety, stability, and
    love. Involving family networks needs to happen at every stage, when
    children and young people are supported by children’s social care, including
    if they are going to, or have, entered care. When children are being raised
    by someone in their family network, we refer to this as kinship care.
framework-outcomes-outcome-3 =
    Outcome 3: children and young people are safe in and outside of their homes
framework-outcomes-outcome-3-text =
    Children’s social care acts swiftly to protect children and young people
    from harm, whether that is at home, where they live, or outside in their
    wider neighbourhood, community and online. Children’s social care manages
    the uncertainty and nuances of the complex circumstances in which harm takes
    place, working in partnership with other agencies to increase safety.
framework-outcomes-outcome-4 =
    Outcome 4: children in care and care leavers have stable, loving homes
framework-outcomes-outcome-4-text =
    Children’s social care provide homes that offer love, care, protection, and
    stability for children and young people who are cared for by the local
    authority, or who are care leavers. The care that children and young people
    receive helps to address experiences of adversity and trauma and gives them
    the foundations for a healthy, happy, life.

## context

framework-context-title = Policy context
framework-context-statement =
    Keeping children safe, helping families thrive was published in November
    2024, by the Department for Education, the new Children’s Social Care policy
    statement. This is the biggest overhaul in a generation to children’s social
    care. This is an important new statement summarising government’s vision for
    a decade of reform and a legislative agenda to reset the children’s social
    care system. It covers how national government will collaborate with local
    government and take a whole system approach. It outlines the government’s
    commitment to keeping families together and children safe. It also outlines
    a commitment to support children to live in family settings where children
    cannot remain at home, including through kinship or foster care, rather than
    residential care. Alongside this, the statement sets out ambitions to fix
    the broken care market, and ensure the system is working effectively for
    vulnerable children and families.
framework-context-bill =
    The Children’s Wellbeing and Schools Bill aims to change the law to better
    protect children and raise standards in education and on Wednesday 8 January
    2025 it passed its second reading in the House of Commons. This link
    provides a policy summary which contains information on the measures within
    the bill.
framework-context-sets-out-lead = It sets out:
framework-context-sets-out-1 =
    what the government aims to achieve through each measure
framework-context-sets-out-2 = why we need the legislation
framework-context-sets-out-3 = effects of the legislation
framework-context-sets-out-4 = how the legislation will work in practice
framework-context-closing =
    The bill will be subject to debate in Parliament and will no doubt be
    amended during its passage. It is likely to become law sometime in spring
    2025. Some provisions will come into force the day the act is passed (such
    as the powers to make regulations and orders), others will come into force
    two months later (such as the duty to publish information for kinship carers
    and children in kinship arrangements, and the extension of the ill-treatment
    or wilful neglect offences. Some provisions will be implemented over a
    longer period of time. For example, the new multi-agency child protection
    teams will not be implemented until 2027.
framework-context-blog =
    Please also see a link to the Department of Education blog regarding what
    parents need to know about the bill.
