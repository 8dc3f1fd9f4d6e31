### Draft translation into Romanian of locales/en-GB/ui.ftl. Not yet checked by a qualified translator.

ui-draft-notice = Această traducere este o ciornă. Nu a fost încă verificată de un traducător calificat.
ui-english-only-notice = Această parte este deocamdată doar în limba engleză.

ui-speech-dot = punct
ui-speech-slash = bară
