### Draft translation into Arabic of locales/en-GB/ui.ftl. Not yet checked by a qualified translator.

ui-draft-notice = هذه الترجمة مسوّدة. لم يراجعها مترجم مؤهَّل حتى الآن.
ui-english-only-notice = هذا الجزء متوفّر باللغة الإنجليزية فقط حاليًا.

ui-speech-dot = نقطة
ui-speech-slash = شرطة مائلة
