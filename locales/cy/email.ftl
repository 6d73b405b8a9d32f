# Course: Email (lessons/02-email). Facts: shared/docs/content-sources.md, "Email basics
# and scams". The practice inbox uses made-up people and example addresses.

email-title = E-bost
email-summary = Darllen, ateb ac ysgrifennu e-byst, agor lluniau, a sylwi ar sgamiau.

## The practice inbox
email-okafor-name = Dr Okafor
email-okafor-subject = Eich gwiriad pwysedd gwaed
email-okafor-date = Heddiw, 9:15
email-okafor-body =
    Helo Rose. Allwch chi ddod i mewn am eich gwiriad pwysedd gwaed ddydd Mawrth am 10 y bore?
    Atebwch i roi gwybod i mi, os gwelwch yn dda. Dr Okafor
email-sam-name = Sam Jones
email-sam-subject = Llun o barti Mia
email-sam-date = Ddoe
email-sam-body = Helo Mam-gu! Dyma lun o barti pen-blwydd Mia yn bump oed. Cariad mawr, Sam
email-sam-photo = Mia, merch fach Sam, yn chwythu pum cannwyll ar gacen pen-blwydd. Mae'r bobl o'i chwmpas yn gwenu.
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
## Rose's practice text messages
email-text-sam-from = Sam
email-text-sam-date = Ddoe
email-text-sam-body = Wela i chi ddydd Sul, Mam-gu! Mae Mia eisiau dangos ei beic newydd i chi. Sam
email-text-parcel-from = 07700 900123
email-text-parcel-date = Heddiw, 9:40
email-text-parcel-body = Royal Mail: doedd dim modd danfon eich parsel. Talwch ffi o £1.45 heddiw yn royalmail-redelivery.example.net neu bydd yn mynd yn ôl.

## Lesson 1: What email is
email-what-title = Beth yw e-bost
email-what-summary = Dysgwch beth yw e-bost, a sut mae cyfeiriad e-bost yn edrych.
email-what-intro-title = Dewch i gwrdd â Rose
email-what-intro =
    Dewch i gwrdd â Rose. Mae ei hŵyr Sam wedi symud i ffwrdd i weithio. Mae e eisiau anfon newyddion ati drwy e-bost.
    Neges rydych chi'n ei hanfon dros y rhyngrwyd yw e-bost. Mae'n cyrraedd mewn ychydig eiliadau.
    Yn y cwrs hwn, rydych chi'n helpu Rose gyda'i he-bost.
email-what-address-title = Cyfeiriad e-bost
email-what-address =
    I anfon a chael e-bost, mae angen cyfeiriad e-bost ar Rose. Mae fel cyfeiriad post, ond ar gyfer e-bost.
    Mae cyfeiriad e-bost Sam yn edrych fel hyn: sam.jones@example.com
email-what-at-sign-title = Yr arwydd at
email-what-at-sign =
    Enw'r arwydd yng nghanol cyfeiriad yw "at". Mae'n edrych fel hyn: @
    Rydych chi'n dweud cyfeiriad Sam fel hyn: sam dot jones at example dot com.
    { $mode ->
        [plain] Ar y rhan fwyaf o fysellfyrddau yn y DU, daliwch Shift i lawr a phwyswch y fysell sydd ag @ arni. Mae'n agos at Enter. Teipiwch @ nawr, wedyn pwyswch Enter.
       *[tui] Ar y rhan fwyaf o fysellfyrddau yn y DU, daliwch Shift i lawr a phwyswch y fysell sydd ag @ arni. Mae'n agos at Enter. Pwyswch @ nawr.
    }
email-what-at-sign-done = Da iawn. Dyna'r arwydd at.
email-what-type-address-title = Teipio cyfeiriad
email-what-type-address = Teipiwch gyfeiriad e-bost Sam: sam.jones@example.com. Yna pwyswch Enter.
email-what-type-address-answer = sam.jones@example.com
email-what-type-address-done = Da iawn. Rydych chi wedi teipio cyfeiriad e-bost.
email-what-own-title = Eich cyfeiriad eich hun
email-what-own =
    Gallwch chi rannu cyfrifiadur neu ffôn gyda rhywun. Ond mae angen cyfeiriad e-bost ei hun ar bob person.
    Mae rhai gwasanaethau angen un cyfeiriad ar gyfer pob person. Mae Mewngofnodi GIG (NHS login) yn un ohonyn nhw.
email-what-account-title = Cyfrifon a chyfrineiriau
email-what-account =
    Cyfrif yw eich e-bost. Cyfrif yw eich lle eich hun ar wasanaeth.
    Rydych chi'n ei agor gyda'ch cyfeiriad e-bost a chyfrinair. Gair cyfrinachol sy'n profi mai chi sydd yno yw cyfrinair.
    Peidiwch byth â dweud eich cyfrinair wrth neb.
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
    Mae arwydd @ yng nghanol cyfeiriad e-bost. Mae angen un ei hun ar bob person.
    Cadwch eich cyfrinair i chi'ch hun. Nesaf, rydych chi'n helpu Rose gyda'i mewnflwch.

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
    Dyma fewnflwch ymarfer Rose. Does dim byd ynddo yn go iawn.
    Helpwch Rose i agor yr e-bost gan Sam Jones.
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
    Mae Dr Okafor wedi gofyn a all Rose ddod i mewn ddydd Mawrth. Mae hi'n gallu.
    Helpwch Rose i ateb Dr Okafor, a dywedwch: Mae dydd Mawrth yn iawn.
email-reply-reply-words = Mae dydd Mawrth yn iawn
email-reply-reply-done = Da iawn. Mae ateb Rose ar ei ffordd at Dr Okafor.
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
    Mae merch fach Sam, Mia, yn bump oed yr wythnos hon. Helpwch Rose i ysgrifennu e-bost newydd at Sam.
    Cyfeiriad Sam yw sam.jones@example.com. Yn y neges, dywedwch: Pen-blwydd hapus i Mia. Yna anfonwch e.
email-write-write-words = Pen-blwydd hapus i Mia
email-write-write-done = Da iawn. Mae Rose wedi anfon ei he-bost cyntaf.
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
email-photo-photo =
    Anfonodd Sam lun o barti Mia at Rose. Helpwch Rose i agor yr e-bost gan Sam, yna agorwch y llun.
    Mae'r sgrin ymarfer hon yn dweud mewn geiriau beth sydd yn y llun.
email-photo-photo-done = Da iawn. Rydych chi wedi agor llun Sam o barti Mia.
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
email-scam-summary = Sylwi ar e-bost neu neges destun sgam, a rhoi gwybod amdano.
email-scam-intro-title = Sgamiau
email-scam-intro =
    Mae rhai e-byst a negeseuon testun yn sgamiau. Mae sgam yn ceisio eich twyllo i roi arian, neu fanylion amdanoch chi.
    Mae gan Rose e-bost gan Tîm Diogelwch y Banc. Ydy e'n go iawn? Gadewch i ni ei wirio, un arwydd ar y tro.
email-scam-links-title = Dolenni
email-scam-links =
    Mae dolen gan y rhan fwyaf o sgamiau. Geiriau neu lun sy'n mynd â chi i dudalen arall yw dolen.
    I agor dolen, rydych chi'n clicio arni. Mae clicio yn golygu pwyso botwm y llygoden unwaith.
    Mae dolen sgam yn mynd â chi i dudalen ffug sy'n gofyn am eich manylion.
email-scam-link-check-title = Gwiriad cyflym
email-scam-link-check = Beth mae dolen yn ei wneud pan fyddwch chi'n clicio arni?
email-scam-link-check-money = Mae'n anfon arian
email-scam-link-check-money-feedback = Ddim yn hollol. Mae dolen yn mynd â chi i dudalen arall. Gall tudalen sgam wedyn ofyn am arian.
email-scam-link-check-page = Mae'n mynd â chi i dudalen arall
email-scam-link-check-page-feedback = Ie, mae hynny'n gywir. Dyna pam mae dolen sgam yn gallu mynd â chi i dudalen ffug.
email-scam-link-check-phone = Mae'n canu eich ffôn
email-scam-link-check-phone-feedback = Ddim yn hollol. Mae dolen yn mynd â chi i dudalen arall.
email-scam-address-title = Arwydd 1: y cyfeiriad
email-scam-address =
    Mae sgam yn dweud ei fod yn dod oddi wrth eich banc neu'r GIG. Ond dydy'r cyfeiriad mae'n dod ohono ddim yn cyfateb.
    Mae e-bost Rose yn dod o security@bank-alerts-help.com. Nid ei banc hi yw hwnnw.
email-scam-words-title = Arwydd 2: y geiriau
email-scam-words =
    Mae sgam yn dweud Annwyl gwsmer, nid eich enw.
    Mae'n eich rhuthro. Mae'n dweud bod rhaid i chi wneud rhywbeth nawr, neu bydd rhywbeth drwg yn digwydd.
email-scam-spot-title = Sylwi ar yr arwyddion
email-scam-spot = Mae e-bost Rose yn dweud: Annwyl gwsmer, gweithredwch o fewn 24 awr, neu byddwch chi'n colli eich arian. Beth sydd o'i le?
email-scam-spot-normal = Dim byd. Mae banciau bob amser yn ysgrifennu fel hyn
email-scam-spot-normal-feedback = Ddim yn hollol. Mae banc go iawn yn defnyddio eich enw, ac yn gadael i chi stopio a meddwl.
email-scam-spot-rushed = Dydy e ddim yn defnyddio ei henw, ac mae'n ei rhuthro hi
email-scam-spot-rushed-feedback = Ie, mae hynny'n gywir. Dyna ddau arwydd rhybudd.
email-scam-spot-sam = Mae'n dod oddi wrth ei hŵyr Sam
email-scam-spot-sam-feedback = Ddim yn hollol. Mae'n dweud ei fod yn dod oddi wrth ei banc. Dydy e ddim yn defnyddio ei henw, ac mae'n ei rhuthro hi.
email-scam-details-title = Arwydd 3: mae'n gofyn am fanylion
email-scam-details =
    Dyma'r arwydd mwyaf: mae'n gofyn am eich manylion banc, eich PIN neu gyfrinair.
    Dydy eich banc byth yn gofyn am y rhain drwy e-bost neu neges destun. Na'r GIG chwaith.
email-scam-report-title = Rhoi gwybod am sgam
email-scam-report =
    Sgam yw e-bost Rose gan Tîm Diogelwch y Banc. Helpwch hi i roi gwybod amdano.
    Agorwch e, dewiswch Anfon ymlaen, ac anfonwch e at report@phishing.gov.uk
email-scam-report-done = Da iawn. Rydych chi wedi rhoi gwybod am y sgam. Nawr gallwch chi ei ddileu.
email-scam-texts-title = Negeseuon testun sgam
email-scam-texts =
    Mae sgamiau'n dod drwy neges destun hefyd. Maen nhw'n esgus eu bod yn dod oddi wrth y Post Brenhinol, eich banc neu'r GIG.
    Anfonwch neges destun sgam ymlaen at 7726. Yna dilëwch hi.
email-scam-text-report-title = Rhoi gwybod am neges destun sgam
email-scam-text-report =
    Mae gan Rose neges destun gan rif nad yw hi'n ei adnabod. Mae'n gofyn iddi dalu ffi am barsel, drwy ddolen.
    Helpwch hi i roi gwybod amdani. Agorwch hi, dewiswch Anfon ymlaen, ac anfonwch hi at 7726.
email-scam-text-report-done = Da iawn. Rydych chi wedi rhoi gwybod am y neges destun sgam. Nawr gall Rose ei dileu.
email-scam-recap-title = Da iawn
email-scam-recap =
    Chwiliwch am yr arwyddion: cyfeiriad nad yw'n cyfateb, Annwyl gwsmer, brys, cais am fanylion.
    Anfonwch e-byst sgam ymlaen at report@phishing.gov.uk.
    Anfonwch negeseuon testun sgam ymlaen at 7726.
email-clicked-title = Os ydych chi wedi clicio neu dalu
email-clicked-summary = Gwybod beth i'w wneud os yw sgam wedi eich twyllo.
email-clicked-fault-title = Nid eich bai chi yw e
email-clicked-fault =
    Gall sgamiau dwyllo unrhyw un. Os yw un yn eich twyllo chi, nid eich bai chi yw e. Y sgamiwr sydd ar fai.
    Dydych chi ddim ar eich pen eich hun, ac mae pethau y gallwch chi eu gwneud ar unwaith.
email-clicked-bank-title = Ffoniwch eich banc
email-clicked-bank =
    Ydych chi wedi teipio manylion banc, neu dalu? Ffoniwch eich banc ar unwaith.
    Defnyddiwch y rhif ar eich cerdyn banc, neu ffoniwch 159. Mae 159 yn eich rhoi drwodd i'ch banc.
email-clicked-bank-check-title = Gwiriad cyflym
email-clicked-bank-check = Teipiodd Rose fanylion ei cherdyn ar dudalen sgam. Beth ddylai hi ei wneud gyntaf?
email-clicked-bank-check-wait = Aros i weld beth sy'n digwydd
email-clicked-bank-check-wait-feedback = Ddim yn hollol. Ffoniwch y banc ar unwaith, ar 159 neu'r rhif ar y cerdyn.
email-clicked-bank-check-call = Ffonio ei banc, ar 159 neu'r rhif ar ei cherdyn
email-clicked-bank-check-call-feedback = Ie, mae hynny'n gywir. Ffoniwch ar unwaith.
email-clicked-bank-check-reply = Ateb y sgam a gofyn am ei harian yn ôl
email-clicked-bank-check-reply-feedback = Ddim yn hollol. Peidiwch byth ag ateb sgam. Ffoniwch y banc ar 159 neu'r rhif ar y cerdyn.
email-clicked-passwords-title = Newidiwch eich cyfrineiriau
email-clicked-passwords =
    Ydych chi wedi teipio cyfrinair? Newidiwch e. Newidiwch eich cyfrineiriau banc yn gyntaf.
    Ydych chi wedi anfon arian drwy drosglwyddiad banc yn y 24 awr diwethaf? Ffoniwch yr heddlu ar 101 hefyd.
email-clicked-report-title = Rhowch wybod amdano
email-clicked-report =
    Dywedwch wrth Report Fraud. Cymerodd le Action Fraud ym mis Rhagfyr 2025.
    Ffoniwch 0300 123 2040, neu defnyddiwch ei wefan, reportfraud.police.uk. Set o dudalennau ar y rhyngrwyd yw gwefan.
    Yn yr Alban, ffoniwch Heddlu'r Alban ar 101.
email-clicked-check-title = Gwiriad cyflym
email-clicked-check = Mae sgam wedi twyllo Rose. Pwy sydd ar fai?
email-clicked-check-you = Rose
email-clicked-check-you-feedback = Na. Nid ei bai hi yw e. Y sgamiwr sydd ar fai.
email-clicked-check-scammer = Y sgamiwr
email-clicked-check-scammer-feedback = Ie, mae hynny'n gywir. Gall sgamiau dwyllo unrhyw un.
email-clicked-check-bank = Ei banc
email-clicked-check-bank-feedback = Ddim yn hollol. Y sgamiwr sydd ar fai. Gall ei banc ei helpu hi.
email-clicked-recap-title = Da iawn
email-clicked-recap =
    Os yw sgam yn eich twyllo, nid eich bai chi yw e.
    Ffoniwch eich banc ar 159. Newidiwch eich cyfrineiriau. Rhowch wybod i Report Fraud ar 0300 123 2040.

## Done for real: a learner records this on their home page after the course.
email-milestone-sent = Anfonais e-bost at rywun rwy'n ei adnabod
