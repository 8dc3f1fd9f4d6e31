### Draft translation into Polish of locales/en-GB/ui.ftl. Not yet checked by a qualified translator.

ui-draft-notice = To tłumaczenie jest wersją roboczą. Nie zostało jeszcze sprawdzone przez wykwalifikowanego tłumacza.
ui-english-only-notice = Ta część jest na razie dostępna tylko po angielsku.

ui-speech-dot = kropka
ui-speech-slash = ukośnik
