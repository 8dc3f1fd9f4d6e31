### Draft translation into Welsh of locales/en-GB/pictures.ftl. Not yet checked by a qualified translator.

picture-about-guide-alt = Llyfr ar agor gyda seren fach uwch ei ben
picture-purpose-alt = Planhigyn ifanc yn tyfu mewn pot yn yr haul
picture-welfare-first-alt = Plentyn yn gwenu y tu mewn i galon fawr
picture-wishes-heard-alt = Plentyn yn siarad ac oedolyn yn gwrando'n ofalus
picture-whole-family-alt = Teulu o oedolion a phlant yn dal dwylo
picture-family-home-alt = Tŷ gyda theulu'n sefyll yn y drws agored
picture-working-together-alt = Pedwar darn jig-so yn ffitio gyda'i gilydd
picture-fairness-alt = Clorian, yn gytbwys
picture-family-together-alt = Teulu'n sefyll gyda'i gilydd o dan yr un to
picture-family-network-alt =
    Coeden ac wynebau'n gwenu yn tyfu arni fel ffrwythau
picture-safe-alt = Plentyn o dan ymbarél mawr, yn cadw'n sych rhag y glaw
picture-loving-home-alt = Tŷ gyda chalon arno
picture-leaving-care-alt = Llwybr yn arwain at ddrws agored, gydag allwedd
picture-help-lines-alt = Ffôn a swigen siarad
picture-next-steps-alt = Arwyddbost gyda saethau'n pwyntio i wahanol gyfeiriadau
picture-listen-alt = Clust fawr yn clywed synau
picture-speak-up-alt = Swigen siarad gyda thri dot
picture-question-alt = Swigen siarad gyda marc cwestiwn
picture-learn-alt = Llyfr a phensil
picture-money-housing-alt = Darn punt a thŷ bach
picture-culture-alt = Glôb gyda phobl o'i gwmpas i gyd
picture-feelings-alt = Wyneb hapus ac wyneb trist
picture-court-alt = Adeilad tawel gyda cholofnau tal
picture-information-alt = Llythyr mewn amlen
picture-friends-alt = Dau ffrind ochr yn ochr, yn dal dwylo
picture-wellbeing-alt = Pen gyda chalon y tu mewn iddo
picture-travel-alt = Cês yn barod ar gyfer taith
picture-advocate-alt =
    Oedolyn yn sefyll wrth ochr plentyn, gyda llaw ar ei ysgwydd
picture-work-alt = Bag dogfennau ar gyfer mynd i'r gwaith
picture-plan-alt = Clipfwrdd gyda rhestr wirio
picture-keep-in-touch-alt = Dau ffôn gyda chalon rhyngddyn nhw
picture-disability-alt = Person yn gwenu ac yn defnyddio cadair olwyn
picture-online-alt = Gliniadur gyda tharian ddiogelwch ar y sgrin
picture-words-alt = Geiriadur gyda'r llythrennau A i Z ar y clawr
picture-practitioner-alt = Oedolyn yn y gwaith, gyda bathodyn enw a chlipfwrdd
