### Words shared by every output (HTML, text, the kiosk): notices about
### the language itself.

# Shown on every page and kiosk screen of a draft translation, in that
# language; the English version is shown beside it.
ui-draft-notice = This translation is a draft. It has not yet been checked by a qualified translator.
# Shown on the framework edition when it has not been translated.
ui-english-only-notice = This part is only in English for now.

# Read aloud: the words a web address is spoken with ("childline dot org
# dot uk"); say them as a person reading an address aloud would.
ui-speech-dot = dot
ui-speech-slash = slash
