### kiosk.ftl: the words of the terminal kiosk (`careguide`, `careguide
### browse` and `careguide kiosk`).
###
### Write for a child of about 8: short sentences, everyday words, nothing
### frightening. Names and phone numbers come from content/facts.toml as
### variables (for example { $childline-phone }); never type a phone number
### or a web address here. **bold** works; nothing else is needed.
###
### Key names (h, x, Esc, Enter) are the keys on the keyboard and are not
### translated; only the words after them are.

## Every screen

kiosk-app-name = Your care guide
kiosk-edition-guide = Full guide
kiosk-edition-easy-read = Easy read

## The footer: what each key does, in plain words

kiosk-key-help = Get help now
kiosk-key-exit = Quick exit
kiosk-key-back-start = Back to the start
kiosk-key-back-menu = Back to the menu
kiosk-key-back = Go back
kiosk-key-close-help = Close help
kiosk-key-choose = Choose
kiosk-key-move = Move
kiosk-key-scroll = Read more
kiosk-key-next-back = Next or back
kiosk-key-to-easy-read = Easy read
kiosk-key-to-guide = Full guide
kiosk-key-source = Where is this from?
# The d key: explains the hard words on the screen.
kiosk-key-words = Hard words
kiosk-key-quit = Close the guide
# The r key: reads the screen aloud; pressed again, it stops.
kiosk-key-read = Read aloud
kiosk-key-stop-reading = Stop reading
# Shown once, when the r key is pressed on a computer that cannot speak.
# espeak-ng is the name of a program: do not translate it.
kiosk-speech-missing = This computer cannot read aloud yet. A grown-up can set it up: it needs the program espeak-ng.
# The s key: "How I like it", the reader's own choices, forgotten when they leave.
kiosk-key-prefs = How I like it
# Enter on "How I like it": changes the line chosen.
kiosk-key-change = Change
# The / key: finds words in the guide. While typing, letters go into the words.
kiosk-key-search = Search
# Enter on search: opens the page found.
kiosk-key-open = Open

## Search

kiosk-search-prompt = Find a word
kiosk-search-tip = Type a word you want to find.
kiosk-search-none = Nothing has this word. Try another one.
kiosk-search-open = Press ↓ to choose, then Enter to open it.

## How I like it

kiosk-prefs-title = How I like it
kiosk-prefs-tip = Choose a line to change it. This is forgotten when you leave.
kiosk-prefs-speech = Read aloud
kiosk-prefs-arrival = Read each screen when it opens
kiosk-prefs-theme = Colours
kiosk-prefs-roomy = More space between lines
kiosk-prefs-language = Language
kiosk-prefs-on = On
kiosk-prefs-off = Off
kiosk-theme-default = Dark
kiosk-theme-high-contrast = Strong contrast
kiosk-theme-light = Light
kiosk-theme-mono = Black and white
kiosk-key-any = Press any key

## Start screen

kiosk-start-title = Hello!
kiosk-start-text =
    This guide is for children and young people in England.
    It tells you how children's social care should help you.
kiosk-start-choose = Choose your language:
kiosk-start-press-enter = Press Enter to start.

## Home menu

kiosk-home-title = What would you like to read about?
kiosk-menu-about = About this guide
kiosk-menu-principles = The 6 promises
kiosk-menu-leaving-care = Growing up and leaving care
kiosk-menu-next = What to do next
kiosk-menu-help = Get help now
kiosk-home-tip = Tip: press a number to go straight there.

## Reading a page

kiosk-for-you = What this means for you
# "3 of 25": which statement this is, of how many on the page.
kiosk-step-count = { $current } of { $total }
kiosk-button-next = Next
kiosk-button-back = Back
kiosk-button-source = Where is this from?
kiosk-end-of-page = This is the end of this part.
kiosk-start-reading = Press Next to start reading.

## Words explained (the menu entry's name is glossary-heading in glossary.ftl)

kiosk-words-tip = Choose a word to see what it means.
# The d key shows this screen: the hard words on the screen you were reading.
kiosk-words-here = Hard words on this screen
kiosk-words-none = There are no hard words on this screen.

## Where does this come from?

kiosk-source-title = Where does this come from?
kiosk-source-from-guide =
    This sentence is an easy-read version of a part of the full guide for
    children and young people. The full guide says:
kiosk-source-about-framework =
    The guide is based on the **National Framework**. The National Framework
    is written for the grown-ups who work in children's social care. It tells
    them what they should do. This is what it says about this part:
kiosk-source-none = The National Framework has no part just for this page.

## Get help now

kiosk-help-title = Get help now
# The first thing help says: calm, with the emergency number from the facts.
kiosk-help-danger = If you are in danger right now, call **{ $emergency-phone }**.
kiosk-help-intro =
    You can talk to someone about anything that worries you.
    These calls are free.
kiosk-help-childline = **{ $childline-name }** is for any child or young person, about any worry,
    big or small. It is open all day and all night, every day. You can also
    chat with them on their website.
kiosk-help-childline-call = Call { $childline-name } free on **{ $childline-phone }**
kiosk-help-help-at-hand = **{ $help-at-hand-name }** is for you if you are in care, leaving care or
    living away from home. They can tell you about your rights and help you.
kiosk-help-help-at-hand-call = Call { $help-at-hand-name } free on **{ $help-at-hand-phone }**
kiosk-help-talk =
    You can also talk to your social worker, your personal adviser, or another
    grown-up you trust.

## Are you still there? (kiosk mode, after nobody has pressed a key for a while)

kiosk-idle-title = Are you still there?
kiosk-idle-text = Press any key to keep reading.
kiosk-idle-countdown =
    { $seconds ->
        [one] The guide will go back to the start in 1 second.
       *[other] The guide will go back to the start in { $seconds } seconds.
    }

## The window is too small

kiosk-too-small = Please make the window bigger.

## Quick exit: a calm screen that says nothing about the guide

kiosk-neutral-title = Weather
kiosk-neutral-text = Today: dry and bright, with a few clouds. A light breeze.

## Screen-reader mode: plain lines read in order

kiosk-sr-prompt = Type a number, then press Enter.
kiosk-sr-choices = Your choices:
kiosk-sr-not-understood = Sorry, that is not one of the numbers. Please try again.
kiosk-sr-to-easy-read = Read the easy-read version
kiosk-sr-to-guide = Read the full guide
# A choice on a page: the hard words on it, explained.
kiosk-sr-hard-words = Hard words on this page
kiosk-sr-keys = You can also type h for help, or x for a quick exit.
kiosk-sr-bye = Goodbye.
