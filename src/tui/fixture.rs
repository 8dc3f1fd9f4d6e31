//! A small, fixed guide for the snapshot tests, so the snapshots show the
//! kiosk's layout and change when the kiosk changes, not each time an
//! editor improves a sentence of the real guide. The kiosk's own words
//! and the facts are the real ones.

use crate::content::glossary::GlossaryEntry;
use crate::content::{Role, SourceRef};
use crate::document::{Alternate, Block, Contact, Document, Item, Page, Picture};
use crate::i18n::Direction;
use crate::markup::{Inline, Text};
use crate::project::Project;
use crate::tui::library::Library;

fn t(s: &str) -> Text {
    Text::plain_str(s)
}

/// "You will be **heard**": plain words with one bold part.
fn tb(before: &str, bold: &str, after: &str) -> Text {
    Text::new(vec![
        Inline::Text {
            text: before.into(),
        },
        Inline::Strong {
            children: vec![Inline::Text { text: bold.into() }],
        },
        Inline::Text { text: after.into() },
    ])
}

/// A plain frame with the picture's id: every picture the same size.
pub(super) fn picture(id: &str) -> Picture {
    let w = 22;
    let mut rows = vec![format!("+{}+", "-".repeat(w - 2))];
    for i in 0..8 {
        let inner = if i == 3 { id } else { "" };
        rows.push(format!("|{:^width$}|", inner, width = w - 2));
    }
    rows.push(format!("+{}+", "-".repeat(w - 2)));
    Picture {
        id: id.into(),
        alt: format!("a picture: {id}"),
        svg: String::new(),
        terminal: rows.join("\n"),
    }
}

fn item(id: &str, text: Text, pic: Option<&str>, source: Option<&str>) -> Item {
    Item {
        id: id.into(),
        text,
        spoken: None,
        picture: pic.map(picture),
        source: source.and_then(SourceRef::parse),
    }
}

fn page(
    id: &str,
    role: Role,
    outcome: Option<u8>,
    title: &str,
    pic: &str,
    blocks: Vec<Block>,
) -> Page {
    Page {
        id: id.into(),
        role,
        outcome,
        label: outcome.map(|n| t(&format!("Outcome {n}"))),
        title: t(title),
        picture: Some(picture(pic)),
        blocks,
    }
}

fn para(id: &str, s: &str) -> Block {
    Block::Paragraph {
        id: id.into(),
        text: t(s),
    }
}

fn heading(id: &str, s: &str) -> Block {
    Block::Heading {
        id: id.into(),
        text: t(s),
    }
}

fn contact(project: &Project, org: &str, text: &str) -> Block {
    let fact = |k: &str| {
        project
            .content
            .facts
            .get(org, k)
            .unwrap_or_default()
            .to_string()
    };
    Block::Contact {
        id: org.into(),
        contact: Contact {
            org: org.into(),
            name: fact("name"),
            phone: fact("phone"),
            web: None,
            web_label: None,
        },
        text: t(text),
    }
}

const OUTCOMES: [(&str, &str, &str); 4] = [
    (
        "Children's social care will help your family stay together",
        "Your family can stay together",
        "family-together",
    ),
    (
        "Children's social care will support your family network",
        "Help for your wider family",
        "family-network",
    ),
    (
        "Children's social care helps to keep you safe",
        "Keeping you safe",
        "safe",
    ),
    (
        "Children's social care will help to give you a loving home",
        "A loving home for you",
        "loving-home",
    ),
];

fn guide_pages(project: &Project) -> Vec<Page> {
    let mut pages = vec![
        page(
            "about",
            Role::About,
            None,
            "About this guide",
            "about-guide",
            vec![
                para(
                    "p1",
                    "Children's social care is the help that children, young people and their families get from their council.",
                ),
                para(
                    "p2",
                    "This guide tells you what the National Framework means for you.",
                ),
            ],
        ),
        page(
            "purpose",
            Role::Purpose,
            None,
            "The purpose of children's social care",
            "purpose",
            vec![
                para(
                    "p1",
                    "In the National Framework, it says the purpose is to:",
                ),
                Block::Quote {
                    id: "quote".into(),
                    text: t("support children, young people and families, and keep them safe."),
                },
            ],
        ),
        page(
            "principles",
            Role::Principles,
            None,
            "The principles of children's social care",
            "welfare-first",
            vec![
                para(
                    "p1",
                    "Everyone who works in children's social care follows six principles:",
                ),
                Block::List {
                    id: "principles".into(),
                    items: [
                        "your welfare comes first",
                        "your wishes and feelings are heard",
                        "they work with your whole family",
                        "children are raised in families",
                        "everyone works together",
                        "everyone is treated fairly",
                    ]
                    .iter()
                    .enumerate()
                    .map(|(n, s)| item(&(n + 1).to_string(), t(s), None, None))
                    .collect(),
                },
            ],
        ),
    ];
    for (n, (title, _, pic)) in OUTCOMES.iter().enumerate() {
        let o = n as u8 + 1;
        pages.push(page(
            &format!("outcome-{o}"),
            Role::Outcome,
            Some(o),
            title,
            pic,
            vec![
                para(
                    "p1",
                    "The most important thing is that you are safe, loved and listened to.",
                ),
                para(
                    "p2",
                    "The National Framework says how children's social care should help you.",
                ),
                heading("for-you-heading", "What this means for you"),
                Block::Statements {
                    id: "for-you".into(),
                    items: vec![
                        item(
                            "1",
                            tb(
                                "You will be ",
                                "asked about your safety and wellbeing",
                                " at every stage.",
                            ),
                            Some("question"),
                            None,
                        ),
                        item(
                            "2",
                            tb(
                                "Practitioners will ",
                                "act quickly to protect you",
                                " if you are at risk of harm.",
                            ),
                            Some("safe"),
                            None,
                        ),
                        item(
                            "3",
                            tb(
                                "You will ",
                                "get regular information",
                                " on the decisions being made about your life.",
                            ),
                            Some("information"),
                            None,
                        ),
                    ],
                },
            ],
        ));
    }
    pages.push(page(
        "leaving-care",
        Role::LeavingCare,
        None,
        "For older children leaving children's social care",
        "leaving-care",
        vec![Block::Statements {
            id: "for-you".into(),
            items: vec![item(
                "1",
                tb("You will be ", "supported to plan for the future", "."),
                Some("plan"),
                None,
            )],
        }],
    ));
    pages.push(page(
        "next",
        Role::Next,
        None,
        "What to do next",
        "next-steps",
        vec![
            para(
                "p1",
                "If you have any questions or worries, you can speak to your social worker.",
            ),
            contact(
                project,
                "childline",
                "Childline is a safe place for children to talk, any time, day or night.",
            ),
            contact(
                project,
                "help-at-hand",
                "Help at Hand gives free advice about your rights if you are in care.",
            ),
        ],
    ));
    pages
}

fn easy_pages(project: &Project) -> Vec<Page> {
    let statements = |id: &str, items: Vec<Item>| Block::Statements {
        id: id.into(),
        items,
    };
    let mut pages = vec![
        page(
            "about",
            Role::About,
            None,
            "About this guide",
            "about-guide",
            vec![statements(
                "intro",
                vec![
                    item(
                        "care",
                        t("Children's social care is help from your council."),
                        Some("whole-family"),
                        Some("guide/about/p1"),
                    ),
                    item(
                        "guide",
                        t("This guide tells you what it means for you."),
                        Some("about-guide"),
                        Some("guide/about/p2"),
                    ),
                ],
            )],
        ),
        page(
            "purpose",
            Role::Purpose,
            None,
            "What children's social care is for",
            "purpose",
            vec![statements(
                "intro",
                vec![item(
                    "aim",
                    t("It is there to help you and keep you safe."),
                    Some("safe"),
                    Some("guide/purpose/quote"),
                )],
            )],
        ),
        page(
            "principles",
            Role::Principles,
            None,
            "6 important ideas",
            "welfare-first",
            vec![statements(
                "principles",
                vec![
                    item(
                        "welfare",
                        tb("Your ", "welfare", " comes first."),
                        Some("welfare-first"),
                        Some("guide/principles/principles/1"),
                    ),
                    item(
                        "welfare-means",
                        t("Welfare means being well, safe and happy."),
                        Some("words"),
                        Some("guide/principles/principles/1"),
                    ),
                ],
            )],
        ),
    ];
    for (n, (_, title, pic)) in OUTCOMES.iter().enumerate() {
        let o = n as u8 + 1;
        let src = |s: &str| format!("guide/outcome-{o}/{s}");
        pages.push(page(
            &format!("outcome-{o}"),
            Role::Outcome,
            Some(o),
            &format!("Outcome {o}: {title}"),
            pic,
            vec![
                statements(
                    "intro",
                    vec![
                        item(
                            "most",
                            t("Your safety is the most important thing."),
                            Some("safe"),
                            Some(&src("p1")),
                        ),
                        item(
                            "how",
                            t("The National Framework says how people should help you."),
                            Some("plan"),
                            Some(&src("p2")),
                        ),
                    ],
                ),
                heading("for-you-heading", "What this means for you"),
                statements(
                    "for-you",
                    vec![
                        item(
                            "asked",
                            tb("People will ask about your safety and ", "wellbeing", "."),
                            Some("question"),
                            Some(&src("for-you/1")),
                        ),
                        item(
                            "wellbeing-means",
                            t("Wellbeing means feeling well and happy in your body and mind."),
                            Some("words"),
                            Some(&src("for-you/1")),
                        ),
                        item(
                            "quick",
                            t("Practitioners will act fast if someone might hurt you."),
                            Some("safe"),
                            Some(&src("for-you/2")),
                        ),
                        item(
                            "decisions",
                            t("They will tell you what they decide about your life."),
                            Some("information"),
                            Some(&src("for-you/3")),
                        ),
                    ],
                ),
            ],
        ));
    }
    pages.push(page(
        "leaving-care",
        Role::LeavingCare,
        None,
        "Growing up and leaving care",
        "leaving-care",
        vec![statements(
            "for-you",
            vec![item(
                "future",
                t("People will help you plan for your future."),
                Some("plan"),
                Some("guide/leaving-care/for-you/1"),
            )],
        )],
    ));
    pages.push(page(
        "next",
        Role::Next,
        None,
        "What to do next",
        "next-steps",
        vec![
            statements(
                "talk",
                vec![item(
                    "worries",
                    t("If you have worries, you can talk to someone."),
                    Some("question"),
                    Some("guide/next/p1"),
                )],
            ),
            heading("help-lines-heading", "Help lines you can call for free"),
            contact(
                project,
                "childline",
                "Childline is a help line for children and young people.\nIt is free to call.",
            ),
            contact(
                project,
                "help-at-hand",
                "Help at Hand can tell you about your rights.\nIt is free to call.",
            ),
        ],
    ));
    pages
}

fn framework_pages() -> Vec<Page> {
    let mut outcomes = vec![para(
        "intro",
        "These are the areas of children's lives that children's social care is there to help with the most.",
    )];
    for (n, (title, _, _)) in OUTCOMES.iter().enumerate() {
        let o = n + 1;
        outcomes.push(heading(
            &format!("outcome-{o}"),
            &format!("Outcome {o}: {title}"),
        ));
        outcomes.push(para(
            &format!("outcome-{o}-text"),
            "Children's social care works in partnership with families and other agencies to help children and young people.",
        ));
    }
    vec![
        page(
            "intro",
            Role::Section,
            None,
            "Information for practitioners",
            "about-guide",
            vec![para(
                "p1",
                "The National Framework is written for those who work in and with children's social care.",
            )],
        ),
        page(
            "outcomes",
            Role::Section,
            None,
            "The four outcomes",
            "family-together",
            outcomes,
        ),
    ]
}

/// A few hard words, fixed like the pages (each picture is one the pages
/// use, so the kiosk finds it).
pub(super) fn glossary() -> Vec<GlossaryEntry> {
    let entry =
        |id: &str, term: &str, forms: &[&str], explain: &str, pic: Option<&str>| GlossaryEntry {
            id: id.into(),
            term: term.into(),
            forms: forms.iter().map(|f| f.to_string()).collect(),
            explain: t(explain),
            picture: pic.map(str::to_string),
        };
    vec![
        entry(
            "council",
            "council",
            &["councils", "local authority"],
            "A council looks after the area where you live.",
            Some("whole-family"),
        ),
        entry(
            "social-worker",
            "social worker",
            &["social workers"],
            "A social worker helps children and families when things are hard.",
            Some("question"),
        ),
        entry(
            "practitioner",
            "practitioner",
            &["practitioners"],
            "Practitioners are people whose job is to help and protect you.",
            Some("safe"),
        ),
        entry(
            "wellbeing",
            "wellbeing",
            &[],
            "Wellbeing means feeling well and happy.",
            Some("welfare-first"),
        ),
        entry(
            "family-network",
            "family network",
            &[],
            "Your family network is your family and the people close to you.",
            None,
        ),
    ]
}

/// The fixed guide, easy-read and framework, with the real kiosk words.
pub(super) fn library() -> Library {
    let project = Project::embedded();
    let tag: unic_langid::LanguageIdentifier = "en-GB".parse().expect("a tag");
    let real = Library::load(&project, &tag).expect("the guide loads");
    let languages = vec![
        ("en-GB", "English", Direction::Ltr),
        ("ar", "العربية", Direction::Rtl),
        ("cy", "Cymraeg", Direction::Ltr),
    ]
    .into_iter()
    .map(|(tag, name, dir)| Alternate {
        tag: tag.into(),
        name: name.into(),
        dir,
    })
    .collect::<Vec<_>>();
    let with = |mut doc: Document, pages: Vec<Page>| {
        doc.pages = pages;
        doc.languages = languages.clone();
        doc.glossary = glossary();
        doc
    };
    let mut guide = with(real.guide.clone(), guide_pages(&project));
    // The real help lines, without web addresses, as its contact cards are.
    guide.help_lines.iter_mut().for_each(|l| l.web_label = None);
    let easy = real.easy.clone().map(|d| with(d, easy_pages(&project)));
    let others = real.others.iter().cloned();
    let others = others.map(|d| with(d, framework_pages())).collect();
    let words =
        crate::tui::words::Words::new(project.localizer(&tag, crate::sanitize::Keep::NOTHING));
    real.with_documents("en-GB".into(), guide, easy, others, words)
}
