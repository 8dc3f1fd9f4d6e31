### glossary.ftl: hard words explained
###
### One group of three messages for each term of content/glossary.toml:
###   glossary-<id>-term     the word as shown
###   glossary-<id>-forms    other forms that count, comma separated
###   glossary-<id>-explain  1 or 2 short easy-read sentences
### The explanations are this project's own words, written to the same
### easy-read rules as easy-read.ftl (`careguide check` checks them).

glossary-heading = Words explained

glossary-council-term = council
glossary-council-forms = councils, local council, local councils, local authority, local authorities
glossary-council-explain = A council looks after people and places in the area where you live. It gives help to children and families.

glossary-social-worker-term = social worker
glossary-social-worker-forms = social workers
glossary-social-worker-explain = A social worker helps children and families when things are hard. Their job is to keep children safe.

glossary-practitioner-term = practitioner
glossary-practitioner-forms = practitioners
glossary-practitioner-explain = Practitioners are people whose job is to help and protect you. Social workers, teachers and nurses can all be practitioners.

glossary-advocate-term = advocate
glossary-advocate-forms = advocates
glossary-advocate-explain = An advocate is someone who helps you say what you think. They are on your side and do not judge you.

glossary-advocacy-term = advocacy
glossary-advocacy-forms = independent advocacy
glossary-advocacy-explain = Advocacy is help to say what you want. An advocate gives you this help.

glossary-care-leaver-term = care leaver
glossary-care-leaver-forms = care leavers
glossary-care-leaver-explain = A care leaver is a young person who lived in care as a child. Care leavers can get extra help as they grow up.

glossary-kinship-care-term = kinship care
glossary-kinship-care-forms = kinship carer, kinship carers
glossary-kinship-care-explain = Kinship care is when you live with family or friends instead of your parents. This could be a grandparent, an aunt or a family friend.

glossary-family-network-term = family network
glossary-family-network-forms = family networks
glossary-family-network-explain = Your family network is your family and the people close to your family. It can include grandparents, aunts, uncles and family friends.

glossary-court-term = court
glossary-court-forms = courts
glossary-court-explain = A court is a place where a judge makes big decisions. The judge listens to everyone first.

glossary-judge-term = judge
glossary-judge-forms = judges
glossary-judge-explain = A judge is a person whose job is to make fair decisions in a court.

glossary-wellbeing-term = wellbeing
glossary-wellbeing-forms = well-being
glossary-wellbeing-explain = Wellbeing means feeling well and happy, in your body and in your mind.

glossary-discrimination-term = discrimination
glossary-discrimination-forms = discriminate, discriminated
glossary-discrimination-explain = Discrimination means treating someone worse because of who they are. It is wrong, and it is against the law.

glossary-disability-term = disability
glossary-disability-forms = disabilities, disabled
glossary-disability-explain = A disability can make some things harder, like moving, seeing, hearing or learning. Lots of people have a disability.

glossary-foster-carer-term = foster carer
glossary-foster-carer-forms = foster carers, foster care, foster family, foster families, foster parent, foster parents, fostering
glossary-foster-carer-explain = A foster carer looks after children who cannot live with their own family. The children live in the foster carer's home.

glossary-adoption-term = adoption
glossary-adoption-forms = adopted, adopt, adopting, adoptive
glossary-adoption-explain = Adoption means a new family becomes your family for life. Your new parents are your parents by law.

glossary-personal-adviser-term = personal adviser
glossary-personal-adviser-forms = personal advisers, personal advisor, personal advisors
glossary-personal-adviser-explain = A personal adviser helps young people who are leaving care. They help with things like money, a home and work.

glossary-complaint-term = complaint
glossary-complaint-forms = complaints, complain
glossary-complaint-explain = A complaint means telling someone in charge that something is wrong. They must listen and try to put it right.

glossary-national-framework-term = National Framework
glossary-national-framework-forms = Children's Social Care National Framework
glossary-national-framework-explain = The National Framework is a plan from the government. It says how children's social care should work.

glossary-principle-term = principle
glossary-principle-forms = principles
glossary-principle-explain = Principles are important ideas that people believe in and follow.

glossary-outcome-term = outcome
glossary-outcome-forms = outcomes
glossary-outcome-explain = An outcome is a good thing that should happen for you.

glossary-welfare-term = welfare
glossary-welfare-explain = Welfare means being safe, well and cared for.

glossary-culture-term = culture
glossary-culture-forms = cultures, cultural
glossary-culture-explain = Culture means your way of life, like your language, faith, food and festivals.

glossary-family-time-term = family time
glossary-family-time-forms = time with your family
glossary-family-time-explain = Family time means seeing or talking to your family when you live apart.

glossary-charity-term = charity
glossary-charity-forms = charities
glossary-charity-explain = A charity is a group of people who help others without making money from it.

glossary-rights-term = children's rights
glossary-rights-forms = rights, your rights
glossary-rights-explain = Rights are things that every child should have, like safety, food, a home and school.
glossary-confidential-term = confidential
glossary-confidential-forms = confidential
glossary-confidential-explain = Confidential means what you say stays private.
