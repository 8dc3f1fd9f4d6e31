### Draft translation into Welsh of locales/en-GB/ui.ftl. Not yet checked by a qualified translator.

ui-draft-notice =
    Drafft yw'r cyfieithiad hwn. Dydy cyfieithydd cymwys ddim wedi'i wirio eto.
ui-english-only-notice = Yn Saesneg yn unig mae'r rhan hon am y tro.

ui-speech-dot = dot
ui-speech-slash = slaes
