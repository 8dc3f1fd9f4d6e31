### Draft translation into Persian (Farsi) of locales/en-GB/ui.ftl. Not yet checked by a qualified translator.

ui-draft-notice = این ترجمه پیش نویس است. هنوز یک مترجم واجد شرایط آن را بررسی نکرده است.
ui-english-only-notice = این بخش فعلاً فقط به زبان انگلیسی است.

ui-speech-dot = نقطه
ui-speech-slash = اسلش
