### Words of the HTML site's interface: every page's header, footer and
### navigation. The facts (names, numbers, addresses) come from
### content/facts.toml as variables: never type a phone number or a web
### address here.

site-licence = Contains public sector information licensed under the [{ $ogl-name }]({ $ogl-web }). The easy-read text and the pictures are careguide's own work.

## Top of every page

# The first link on every page: it jumps over the header to the words.
site-skip-link = Skip to the main text
site-get-help-title = Get help now
# The switchers: "Language: English, Cymraeg ..." and "Version: Guide, Easy read ...".
site-languages = Language:
site-editions = Version:
# Short names of the editions for the "Version" switcher.
site-edition-guide = Guide
site-edition-easy-read = Easy read
site-edition-framework = Full framework

## "Exit this page": leaves quickly for a neutral website.

site-exit-page = Exit this page
# Do not translate: the address of the neutral website, from facts.toml.
site-exit-url = { $exit-web }
# Shown under the button on computers with a keyboard.
site-exit-shortcut = Or press Shift 3 times
# Read out by screen readers while the shortcut is used.
site-exit-two-more = Shift pressed. Press Shift 2 more times to exit this page.
site-exit-one-more = Shift pressed. Press Shift 1 more time to exit this page.
site-exit-leaving = Leaving this page.

## Finding your way

site-contents = What is in this guide
site-pager = Previous and next pages
site-previous = Back
site-next = Next
site-all-pages = See all pages
site-print-link = All pages on one page, ready to print
site-print-title = All pages
site-print-hint = This page has all the pages together, so you can print them.

## Help lines, in the "Get help now" box at the bottom of every page

# The first thing the box says: calm, and with the emergency number from
# the facts. Keep the link as it is: [number](tel:number) lets a phone call it.
site-get-help-danger = If you are in danger right now, call [{ $emergency-phone }](tel:{ $emergency-phone }).
site-get-help-intro = If you feel unsafe, worried or upset, you can talk to someone. Calls to these numbers are free.
site-childline-name = { $childline-name }
site-childline-phone = { $childline-phone }
site-childline-about = Talk to { $childline-name } about anything, at any time of the day or night.
site-help-at-hand-name = { $help-at-hand-name }
site-help-at-hand-phone = { $help-at-hand-phone }
site-help-at-hand-about = Free help and advice about your rights if you are in care, leaving care or living away from home.
# Before a phone number on a help line card.
site-contact-phone = Phone:

# "Keeping your visit private", folded under the help lines (GOV.UK's
# advice beside its Exit this page). Do not promise more than a browser
# does: a private window and a cleared history hide the visit from the
# browser, not from everyone.
site-private-title = Keeping your visit private
site-private-intro = If you are worried someone might see that you read this guide, you can:
site-private-window = use a private window (also called incognito), so the browser does not keep a list of the pages you read
site-private-history = delete this guide from your browser's history when you have finished
site-private-device = use a computer, tablet or phone that they do not use, like one at school or in a library
site-private-exit = “{ site-exit-page }” takes you to another website straight away, but it does not delete your history.

## The front page, where you choose a language

site-root-title = Choose your language
site-root-intro = Then choose the version of the guide you want to read.

# The play button beside a statement (build --audio) and its label while
# the statement is being read.
site-listen = Listen
site-listen-stop = Stop

## Finding a page: "you are here"

# The first link of "you are here" on every page: the front page, where
# you choose a language.
site-home = All languages
# Read out before the "you are here" links.
site-you-are-here = You are here

## Search (search.js shows it)

# The search field's label.
site-search-label = Search this guide
site-search-button = Search
# Said after a search, followed by the number found: "Search results: 3".
site-search-found = Search results:
site-search-none = Nothing found. Try another word.
