### Draft translation into Ukrainian of locales/en-GB/ui.ftl. Not yet checked by a qualified translator.

ui-draft-notice = Цей переклад — чернетка. Його ще не перевірив кваліфікований перекладач.
ui-english-only-notice = Ця частина поки що є лише англійською мовою.

ui-speech-dot = крапка
ui-speech-slash = скісна риска
