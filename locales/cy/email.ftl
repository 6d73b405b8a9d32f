# Course: Email (lessons/02-email). Facts: shared/docs/content-sources.md, "Email basics
# and scams". The practice inbox uses made-up people and example addresses.

email-title = E-bost
email-summary = Darllen, ateb ac ysgrifennu e-byst, agor lluniau, a sylwi ar sgamiau.

## The practice inbox
email-okafor-name = Dr Okafor
email-okafor-subject = Eich gwiriad pwysedd gwaed
email-okafor-date = Heddiw, 9:15
email-okafor-body =
    Helo. Allwch chi ddod i mewn am eich gwiriad pwysedd gwaed ddydd Mawrth am 10 y bore?
    Atebwch i roi gwybod i mi, os gwelwch yn dda. Dr Okafor
email-sam-name = Sam Jones
email-sam-subject = Llun o fy mharti
email-sam-date = Ddoe
email-sam-body = Helo! Dyma lun o fy mharti pen-blwydd. Cariad mawr, Sam
email-sam-photo = Merch yn chwythu pum cannwyll ar gacen pen-blwydd. Mae'r bobl o'i chwmpas yn gwenu.
email-library-name = Llyfrgell y Dref
email-library-subject = Dosbarthiadau cyfrifiadur am ddim
email-library-date = Dydd Llun
email-library-body = Mae ein dosbarthiadau cyfrifiadur am ddim yn dechrau wythnos nesaf. Mae croeso i bawb. Does dim angen archebu lle.
email-bank-name = Tîm Diogelwch y Banc
email-bank-subject = Brys: mae eich cyfrif wedi'i gloi
email-bank-date = Heddiw, 7:02
email-bank-body = Annwyl gwsmer, mae eich cyfrif wedi'i gloi. Cliciwch y ddolen a theipiwch fanylion eich banc o fewn 24 awr, neu byddwch chi'n colli eich arian.
email-fake-nhs-name = Presgripsiynau GIG
email-fake-nhs-subject = Methodd taliad eich presgripsiwn
email-fake-nhs-date = Heddiw, 8:40
email-fake-nhs-body = Annwyl gwsmer, methodd taliad diwethaf eich presgripsiwn. Cliciwch yma heddiw a theipiwch fanylion eich cerdyn banc, neu bydd eich meddyginiaeth yn stopio.

## Lesson 1: What email is
email-what-title = Beth yw e-bost
email-what-summary = Dysgwch beth yw e-bost, a sut mae cyfeiriad e-bost yn edrych.
email-what-intro-title = Beth yw e-bost
email-what-intro =
    Mae e-bost yn ffordd o anfon neges dros y rhyngrwyd.
    Mae'n cyrraedd mewn ychydig eiliadau. Does dim cost i'w anfon.
email-what-address-title = Cyfeiriad e-bost
email-what-address =
    I anfon a chael e-bost, mae angen cyfeiriad e-bost arnoch chi. Mae fel cyfeiriad post, ond ar gyfer e-bost.
    Mae cyfeiriad e-bost yn edrych fel hyn: sam.jones@example.com
email-what-at-sign-title = Yr arwydd at
email-what-at-sign =
    Enw'r arwydd yng nghanol cyfeiriad yw "at". Mae'n edrych fel hyn: @
    Rydych chi'n dweud y cyfeiriad fel hyn: sam dot jones at example dot com.
    Ar y rhan fwyaf o fysellfyrddau yn y DU, daliwch Shift i lawr. Yna pwyswch y fysell sydd ag @ arni. Mae'n agos at Enter.
email-what-type-address-title = Teipio cyfeiriad
email-what-type-address = Teipiwch y cyfeiriad e-bost hwn: sam.jones@example.com. Yna pwyswch Enter.
email-what-type-address-answer = sam.jones@example.com
email-what-type-address-done = Da iawn. Rydych chi wedi teipio cyfeiriad e-bost.
email-what-check-title = Gwiriad cyflym
email-what-check = Pa un o'r rhain yw cyfeiriad e-bost?
email-what-check-name = Sam Jones
email-what-check-name-feedback = Ddim yn hollol. Enw yw hwnna. Mae arwydd @ mewn cyfeiriad e-bost.
email-what-check-address = sam.jones@example.com
email-what-check-address-feedback = Ie, mae hynny'n gywir. Mae ganddo enw, arwydd @, a lle.
email-what-check-street = 12 Stryd Fawr
email-what-check-street-feedback = Ddim yn hollol. Cyfeiriad post yw hwnna. Mae arwydd @ mewn cyfeiriad e-bost.
email-what-recap-title = Da iawn
email-what-recap =
    Neges rydych chi'n ei hanfon dros y rhyngrwyd yw e-bost.
    Mae arwydd @ yng nghanol cyfeiriad e-bost.
    Nesaf, byddwch chi'n gweld mewnflwch.

## Lesson 2: Your inbox
email-inbox-title = Eich mewnflwch
email-inbox-summary = Dysgwch symud o gwmpas mewnflwch, ac agor e-bost.
email-inbox-intro-title = Eich mewnflwch
email-inbox-intro =
    Eich mewnflwch yw'r lle mae eich e-byst yn cyrraedd.
    Mae'r e-byst mwyaf newydd ar frig y rhestr.
    Mae pob un yn dangos pwy a'i anfonodd, am beth mae'n sôn, a phryd y cyrhaeddodd.
email-inbox-new-title = E-byst newydd
email-inbox-new =
    Mae e-bost nad ydych chi wedi'i ddarllen eto yn dweud Newydd.
    Pan fyddwch chi'n ei agor, mae Newydd yn diflannu.
email-inbox-open-title = Agor e-bost
email-inbox-open =
    Dyma fewnflwch ymarfer. Does dim byd ynddo yn go iawn.
    Agorwch yr e-bost gan Sam Jones.
    { $mode ->
        [plain] Os ydych chi'n mynd yn sownd, teipiwch cymorth i gael awgrym.
       *[tui] Os ydych chi'n mynd yn sownd, pwyswch H i gael awgrym.
    }
email-inbox-open-done = Da iawn. Rydych chi wedi agor yr e-bost gan Sam.
email-inbox-check-title = Gwiriad cyflym
email-inbox-check = Beth mae Newydd yn ei olygu wrth ymyl e-bost?
email-inbox-check-unread = Dydych chi ddim wedi'i ddarllen eto
email-inbox-check-unread-feedback = Ie, mae hynny'n gywir. Mae Newydd yn diflannu pan fyddwch chi'n ei agor.
email-inbox-check-stranger = Mae'n dod gan rywun newydd
email-inbox-check-stranger-feedback = Ddim yn hollol. Mae Newydd yn golygu nad ydych chi wedi'i ddarllen eto.
email-inbox-check-scam = Mae'n sgam
email-inbox-check-scam-feedback = Ddim yn hollol. Mae Newydd yn golygu nad ydych chi wedi'i ddarllen eto. Dydy e ddim yn dweud a yw'n sgam.
email-inbox-recap-title = Da iawn
email-inbox-recap =
    Mae eich mewnflwch yn dangos eich e-byst, y rhai mwyaf newydd yn gyntaf.
    Mae Newydd yn golygu nad ydych chi wedi'i ddarllen eto. Dewiswch e-bost i'w agor.

## Lesson 3: Reading and replying
email-reply-title = Darllen ac ateb
email-reply-summary = Darllen e-bost ac anfon ateb.
email-reply-reading-title = Darllen e-bost
email-reply-reading =
    Mae e-bost yn dangos pwy a'i anfonodd, pryd y cyrhaeddodd, a'u neges.
    O dan y neges mae botymau, fel Ateb, Anfon ymlaen a Dileu.
email-reply-replying-title = Ateb
email-reply-replying =
    Mae Ateb yn anfon ateb at y person a ysgrifennodd atoch chi.
    Mae eu cyfeiriad wedi'i lenwi i chi. Dim ond eich neges rydych chi'n ei theipio. Yna dewiswch Anfon.
email-reply-reply-title = Anfon ateb
email-reply-reply =
    Mae Dr Okafor wedi gofyn a allwch chi ddod i mewn ddydd Mawrth.
    Atebwch Dr Okafor a dywedwch: Mae dydd Mawrth yn iawn.
email-reply-reply-words = Mae dydd Mawrth yn iawn
email-reply-reply-done = Da iawn. Mae eich ateb ar ei ffordd at Dr Okafor.
email-reply-check-title = Gwiriad cyflym
email-reply-check = Pan fyddwch chi'n ateb e-bost, pwy sy'n cael eich ateb?
email-reply-check-everyone = Pawb yn eich mewnflwch
email-reply-check-everyone-feedback = Ddim yn hollol. Dim ond at y person a ysgrifennodd atoch chi mae ateb yn mynd.
email-reply-check-sender = Y person a ysgrifennodd atoch chi
email-reply-check-sender-feedback = Ie, mae hynny'n gywir. Mae eu cyfeiriad wedi'i lenwi i chi.
email-reply-check-nobody = Neb, nes i chi ei argraffu
email-reply-check-nobody-feedback = Ddim yn hollol. Pan fyddwch chi'n dewis Anfon, mae'n mynd ar unwaith at y person a ysgrifennodd atoch chi.
email-reply-recap-title = Da iawn
email-reply-recap =
    Agorwch e-bost i'w ddarllen.
    Dewiswch Ateb i ymateb. Teipiwch eich neges, yna dewiswch Anfon.

## Lesson 4: Writing an email
email-write-title = Ysgrifennu e-bost
email-write-summary = Ysgrifennu e-bost newydd a'i anfon.
email-write-intro-title = E-bost newydd
email-write-intro = I ysgrifennu at rywun, dewiswch Ysgrifennu e-bost newydd. Mae e-bost gwag yn agor.
email-write-boxes-title = At, Pwnc a Neges
email-write-boxes =
    Mae tri blwch mewn e-bost newydd.
    At yw cyfeiriad e-bost y person rydych chi'n ysgrifennu ato.
    Pwnc yw ychydig eiriau am beth mae'r e-bost yn sôn.
    Neges yw'r hyn rydych chi eisiau ei ddweud.
email-write-write-title = Ysgrifennu e-bost
email-write-write =
    Ysgrifennwch e-bost newydd at Sam. Cyfeiriad Sam yw sam.jones@example.com.
    Yn y neges, dywedwch: Pen-blwydd hapus. Yna anfonwch e.
email-write-write-words = Pen-blwydd hapus
email-write-write-done = Da iawn. Rydych chi wedi anfon eich e-bost cyntaf.
email-write-check-title = Gwiriad cyflym
email-write-check = Pa flwch sydd ar gyfer cyfeiriad y person rydych chi'n ysgrifennu ato?
email-write-check-to = At
email-write-check-to-feedback = Ie, mae hynny'n gywir. Mae'r blwch At ar gyfer eu cyfeiriad e-bost.
email-write-check-subject = Pwnc
email-write-check-subject-feedback = Ddim yn hollol. Pwnc yw ychydig eiriau am beth mae'r e-bost yn sôn.
email-write-check-message = Neges
email-write-check-message-feedback = Ddim yn hollol. Neges yw'r hyn rydych chi eisiau ei ddweud.
email-write-recap-title = Da iawn
email-write-recap =
    Dewiswch Ysgrifennu e-bost newydd. Llenwch At, Pwnc a Neges.
    Yna dewiswch Anfon.

## Lesson 5: Opening a photo
email-photo-title = Agor llun
email-photo-summary = Agor llun y mae rhywun wedi'i anfon atoch chi.
email-photo-intro-title = Lluniau mewn e-byst
email-photo-intro =
    Mae pobl yn aml yn anfon lluniau drwy e-bost.
    Atodiad yw'r enw ar lun neu ffeil sy'n cael ei anfon gydag e-bost.
    Mae'r e-bost yn dweud pan fydd atodiad gydag e.
email-photo-photo-title = Agor llun
email-photo-photo = Mae Sam wedi anfon llun atoch chi. Agorwch yr e-bost gan Sam, yna agorwch y llun.
email-photo-photo-done = Da iawn. Rydych chi wedi agor y llun.
email-photo-check-title = Gwiriad cyflym
email-photo-check = Beth yw atodiad?
email-photo-check-file = Llun neu ffeil sy'n cael ei anfon gydag e-bost
email-photo-check-file-feedback = Ie, mae hynny'n gywir.
email-photo-check-stamp = Math o stamp
email-photo-check-stamp-feedback = Ddim yn hollol. Does dim angen stampiau ar e-byst. Atodiad yw llun neu ffeil sy'n cael ei anfon gydag e-bost.
email-photo-check-sender = Cyfeiriad yr anfonwr
email-photo-check-sender-feedback = Ddim yn hollol. Atodiad yw llun neu ffeil sy'n cael ei anfon gydag e-bost.
email-photo-recap-title = Da iawn
email-photo-recap =
    Atodiad yw llun sy'n cael ei anfon gydag e-bost.
    Agorwch yr e-bost, yna agorwch y llun.
    Agorwch luniau a ffeiliau gan bobl rydych chi'n eu hadnabod yn unig.

## Lesson 6: Spotting scams
email-scam-title = Sylwi ar sgamiau
email-scam-summary = Sylwi ar e-bost sgam, a rhoi gwybod amdano.
email-scam-intro-title = E-byst sgam
email-scam-intro =
    Mae rhai e-byst yn sgamiau.
    Mae sgam yn ceisio eich twyllo i roi arian, neu fanylion amdanoch chi.
email-scam-signs-title = Arwyddion rhybudd
email-scam-signs =
    Dyma arwyddion rhybudd e-bost sgam.
    Mae'n dweud ei fod gan eich banc neu'r GIG (Gwasanaeth Iechyd Gwladol), ond dydy'r cyfeiriad ddim yn cyfateb.
    Mae'n dweud Annwyl gwsmer, nid eich enw.
    Mae'n dweud bod rhaid i chi wneud rhywbeth nawr.
    Mae'n gofyn am eich manylion banc neu gyfrinair.
    Mae ganddo ddolen od i'w chlicio.
email-scam-nhs-title = Y GIG a'ch banc
email-scam-nhs =
    Dydy'r GIG byth yn gofyn am eich manylion banc drwy e-bost neu neges destun.
    Mae e-byst ffug am bresgripsiynau'r GIG yn cael eu hanfon o gwmpas. Peidiwch â chlicio ar eu dolenni.
email-scam-report-title = Rhoi gwybod am sgam
email-scam-report =
    Mae un e-bost yn y mewnflwch hwn yn sgam. Rhowch wybod amdano.
    Agorwch e, dewiswch Anfon ymlaen, ac anfonwch e at report@phishing.gov.uk
email-scam-report-done = Da iawn. Rydych chi wedi rhoi gwybod am y sgam. Nawr gallwch chi ei ddileu.
email-scam-check-title = Gwiriad cyflym
email-scam-check = Mae e-bost yn dweud ei fod gan y GIG. Mae'n gofyn am fanylion eich cerdyn banc. Beth ydych chi'n ei wneud?
email-scam-check-card = Teipio manylion fy ngherdyn yn gyflym
email-scam-check-card-feedback = Na. Dydy'r GIG byth yn gofyn am fanylion banc drwy e-bost. Sgam yw hwn.
email-scam-check-report = Ei anfon ymlaen at report@phishing.gov.uk
email-scam-check-report-feedback = Ie, mae hynny'n gywir. Yna gallwch chi ei ddileu.
email-scam-check-reply = Ateb a gofyn a yw'n go iawn
email-scam-check-reply-feedback = Ddim yn hollol. Peidiwch ag ateb sgam. Rhowch wybod amdano, yna dilëwch e.
email-scam-recap-title = Da iawn
email-scam-recap =
    Cadwch lygad am yr arwyddion rhybudd.
    Anfonwch e-byst sgam ymlaen at report@phishing.gov.uk.
    Anfonwch negeseuon testun sgam ymlaen at 7726.
