# Course: NHS repeat prescriptions (lessons/04-nhs-prescriptions). Every fact here is
# from shared/docs/content-sources.md (NHS login; Prescriptions in the NHS App). The
# practice app uses made-up login details, medicines and pharmacies.

nhs-title = Presgripsiynau amlroddadwy y GIG
nhs-summary = Defnyddio Ap GIG i archebu eich meddyginiaethau amlroddadwy a'u gwirio.

## The practice app
nhs-medicine-amlodipine = Tabledi Amlodipine 5mg
nhs-medicine-salbutamol = Anadlydd Salbutamol
nhs-medicine-sertraline = Tabledi Sertraline 50mg
nhs-medicine-ramipril = Capsiwlau Ramipril 2.5mg
nhs-medicine-simvastatin = Tabledi Simvastatin 20mg
nhs-date-salbutamol = 14 Rhagfyr
nhs-pharmacy-high-street = Fferyllfa'r Stryd Fawr
nhs-pharmacy-high-street-address = 12 Stryd Fawr
nhs-pharmacy-green-lane = Fferyllfa Lôn Werdd
nhs-pharmacy-green-lane-address = 3 Lôn Werdd

## Lesson 1: The NHS App
nhs-app-title = Ap GIG a Mewngofnodi GIG
nhs-app-summary = Dysgwch beth yw Ap GIG, a mewngofnodwch gyda Mewngofnodi GIG.
nhs-app-intro-title = Ap GIG
nhs-app-intro =
    GIG yw'r Gwasanaeth Iechyd Gwladol. Gydag Ap GIG, gallwch chi wneud rhai pethau GIG ar-lein.
    Yn y cwrs hwn, rydych chi'n ei ddefnyddio i archebu eich meddyginiaethau amlroddadwy.
    Presgripsiwn amlroddadwy yw meddyginiaeth rydych chi'n ei chael dro ar ôl tro, heb weld eich meddyg teulu bob tro.
nhs-app-login-title = Mewngofnodi GIG
nhs-app-login =
    I ddefnyddio Ap GIG, rydych chi'n mewngofnodi (mynd i mewn) gyda Mewngofnodi GIG.
    Rydych chi'n teipio eich cyfeiriad e-bost a chyfrinair.
    Cadwch eich cyfrinair yn ddiogel. Peidiwch byth â'i ddweud wrth neb.
nhs-app-code-title = Cod drwy neges destun
nhs-app-code =
    Yna mae Mewngofnodi GIG yn anfon cod i'ch ffôn symudol drwy neges destun.
    Mae gan y cod 6 rhif. Rydych chi'n ei deipio. Mae hyn yn dangos mai chi sydd yno go iawn.
nhs-app-log-in-title = Mewngofnodi
nhs-app-log-in =
    Ap GIG ymarfer yw hwn. Dydy'r manylion mewngofnodi ar y sgrin ddim yn rhai go iawn.
    Teipiwch yr e-bost a'r cyfrinair ymarfer, yna'r cod o'r neges destun ymarfer.
nhs-app-log-in-done = Da iawn. Rydych chi wedi mewngofnodi.
nhs-app-check-title = Gwiriad cyflym
nhs-app-check = Ar ôl eich e-bost a'ch cyfrinair, sut mae Mewngofnodi GIG yn gwirio mai chi sydd yno?
nhs-app-check-card = Mae'n gofyn am fy ngherdyn banc
nhs-app-check-card-feedback = Na. Dydy Mewngofnodi GIG ddim yn gofyn am eich cerdyn banc.
nhs-app-check-code = Mae'n anfon cod i'm ffôn drwy neges destun
nhs-app-check-code-feedback = Ie, mae hynny'n gywir. Rydych chi'n teipio'r cod 6 rhif.
nhs-app-check-postcode = Mae'n gofyn am fy nghod post yn unig
nhs-app-check-postcode-feedback = Ddim yn hollol. Mae'n anfon cod 6 rhif i'ch ffôn drwy neges destun.
nhs-app-recap-title = Da iawn
nhs-app-recap =
    Mae Mewngofnodi GIG yn defnyddio eich e-bost, eich cyfrinair, a chod sy'n cael ei anfon i'ch ffôn.
    Cadwch eich cyfrinair i chi'ch hun.

## Lesson 2: Your nominated pharmacy
nhs-pharmacy-title = Eich fferyllfa enwebedig
nhs-pharmacy-summary = Dysgwch beth yw fferyllfa enwebedig, a newidiwch eich un chi.
nhs-pharmacy-intro-title = Eich fferyllfa enwebedig
nhs-pharmacy-intro =
    Eich fferyllfa enwebedig yw'r fferyllfa rydych chi'n ei dewis i anfon eich presgripsiynau ati.
    Pan fydd eich meddyg teulu yn dweud ie i archeb, mae'n mynd yno. Rydych chi'n casglu eich meddyginiaeth oddi yno.
nhs-pharmacy-change-title = Ei newid
nhs-pharmacy-change =
    Gallwch chi weld a newid eich fferyllfa enwebedig yn Ap GIG, o dan Presgripsiynau.
    Mae rhai fferyllfeydd ar-lein yn unig. Rydych chi'n dewis y rheini ar eu gwefan eu hunain, nid yn yr ap.
nhs-pharmacy-change-it-title = Newid eich fferyllfa
nhs-pharmacy-change-it =
    Rydych chi wedi symud tŷ. Mae Fferyllfa Lôn Werdd yn agosach nawr.
    Gwnewch Fferyllfa Lôn Werdd yn fferyllfa enwebedig i chi.
nhs-pharmacy-change-it-done = Da iawn. Bydd eich presgripsiynau'n mynd i Fferyllfa Lôn Werdd.
nhs-pharmacy-check-title = Gwiriad cyflym
nhs-pharmacy-check = Beth yw eich fferyllfa enwebedig?
nhs-pharmacy-check-hospital = Yr ysbyty lle cefais fy ngeni
nhs-pharmacy-check-hospital-feedback = Ddim yn hollol. Dyma'r fferyllfa rydych chi'n ei dewis ar gyfer eich presgripsiynau.
nhs-pharmacy-check-chosen = Y fferyllfa rydw i'n ei dewis i anfon fy mhresgripsiynau ati
nhs-pharmacy-check-chosen-feedback = Ie, mae hynny'n gywir.
nhs-pharmacy-check-nearest = Y fferyllfa agosaf at fy nghartref bob tro
nhs-pharmacy-check-nearest-feedback = Ddim yn hollol. Chi sy'n ei dewis. Does dim rhaid iddi fod yr un agosaf.
nhs-pharmacy-recap-title = Da iawn
nhs-pharmacy-recap =
    Eich fferyllfa enwebedig sy'n cael eich presgripsiynau.
    Gallwch chi ei newid yn yr ap, o dan Presgripsiynau.

## Lesson 3: Ordering a repeat prescription
nhs-order-title = Archebu presgripsiwn amlroddadwy
nhs-order-summary = Archebu eich meddyginiaethau amlroddadwy yn Ap GIG.
nhs-order-intro-title = Archebu
nhs-order-intro =
    Yn Ap GIG, dewiswch Presgripsiynau, yna Archebu presgripsiwn amlroddadwy.
    Mae'r ap yn dangos rhestr o'ch meddyginiaethau amlroddadwy.
    Dewiswch y rhai sydd eu hangen arnoch chi.
nhs-order-not-yet-title = Ddim eto
nhs-order-not-yet =
    Does dim modd archebu rhai meddyginiaethau eto. Mae'r ap yn dweud pam, a phryd y gallwch chi.
    Efallai ei bod hi'n rhy fuan. Efallai eich bod chi wedi gofyn amdani'n barod. Neu efallai fod angen i'ch meddyg teulu wirio sut rydych chi yn gyntaf.
nhs-order-note-title = Nodyn
nhs-order-note =
    Nesaf, gallwch chi ychwanegu nodyn i'ch meddygfa. Does dim rhaid i chi.
    Er enghraifft, gallwch chi ddweud os ydych chi'n mynd i ffwrdd.
nhs-order-confirm-title = Gwirio ac anfon
nhs-order-confirm =
    Yn olaf, gwiriwch eich archeb a dewiswch Cadarnhau ac anfon.
    Mae'n mynd i'ch meddygfa yn gyntaf. Pan fyddan nhw'n dweud ie, mae'n mynd i'ch fferyllfa.
    Efallai y bydd y sgriniau'n edrych ychydig yn wahanol yn eich meddygfa chi.
nhs-order-order-title = Archebu eich meddyginiaeth
nhs-order-order =
    Mae angen mwy o Amlodipine arnoch chi. Archebwch Amlodipine.
    Ychwanegwch y nodyn hwn i'r feddygfa: Byddaf yn mynd i ffwrdd ar 3 Mehefin.
nhs-order-order-words = Byddaf yn mynd i ffwrdd ar 3 Mehefin
nhs-order-order-done = Da iawn. Aeth eich archeb i'ch meddygfa.
nhs-order-check-title = Gwiriad cyflym
nhs-order-check = Pan fyddwch chi'n anfon eich archeb, ble mae'n mynd yn gyntaf?
nhs-order-check-pharmacy = Yn syth i'm fferyllfa
nhs-order-check-pharmacy-feedback = Ddim yn hollol. Mae'n mynd i'ch meddygfa yn gyntaf. Yna mae'n mynd i'ch fferyllfa.
nhs-order-check-surgery = I'm meddygfa, iddyn nhw ddweud ie
nhs-order-check-surgery-feedback = Ie, mae hynny'n gywir. Yna mae'n mynd i'ch fferyllfa enwebedig.
nhs-order-check-hospital = I'r ysbyty
nhs-order-check-hospital-feedback = Ddim yn hollol. Mae'n mynd i'ch meddygfa yn gyntaf.
nhs-order-recap-title = Da iawn
nhs-order-recap =
    Dewiswch Presgripsiynau, yna Archebu presgripsiwn amlroddadwy.
    Dewiswch eich meddyginiaethau, ychwanegwch nodyn os hoffech chi, yna gwiriwch ac anfonwch.

## Lesson 4: Checking and collecting
nhs-status-title = Gwirio a chasglu
nhs-status-summary = Gwirio eich archeb, ei chasglu, a'i chanslo os oes angen.
nhs-status-status-title = Ble mae fy archeb?
nhs-status-status =
    Dewiswch Gwirio eich presgripsiynau i weld ble mae eich archeb.
    Yn gyntaf mae'n dweud "cais wedi'i wneud". Yna "wedi'i chymeradwyo", pan fydd eich meddyg teulu yn dweud ie.
    Os ydyn nhw'n dweud na, mae'n dweud pam.
nhs-status-collect-title = Casglu
nhs-status-collect =
    Pan fydd yn dweud "yn barod i'w chasglu", ewch i'ch fferyllfa.
    Mae cod bar yn yr ap hefyd. Gall unrhyw fferyllfa ei ddefnyddio i ddod o hyd i'ch presgripsiwn.
nhs-status-ready-title = Gwirio eich archeb
nhs-status-ready =
    Mae gennych chi archeb sy'n aros. Gwiriwch eich presgripsiynau.
    Dewiswch Gwirio am ddiweddariadau nes ei fod yn dweud "yn barod i'w chasglu".
nhs-status-ready-done = Da iawn. Mae eich meddyginiaeth yn barod i'w chasglu.
nhs-status-about-cancel-title = Canslo
nhs-status-about-cancel = Gallwch chi ganslo archeb, ond dim ond tra bydd hi'n dal i aros am eich meddygfa.
nhs-status-cancel-title = Canslo archeb
nhs-status-cancel = Rydych chi wedi gofyn am feddyginiaeth drwy gamgymeriad. Canslwch yr archeb sy'n aros.
nhs-status-cancel-done = Da iawn. Mae'r archeb wedi'i chanslo.
nhs-status-check-title = Gwiriad cyflym
nhs-status-check = Pryd gallwch chi ganslo archeb?
nhs-status-check-any-time = Unrhyw bryd
nhs-status-check-any-time-feedback = Ddim yn hollol. Dim ond tra bydd hi'n aros am eich meddygfa.
nhs-status-check-waiting = Tra bydd hi'n aros am fy meddygfa
nhs-status-check-waiting-feedback = Ie, mae hynny'n gywir. Ar ôl hynny, allwch chi ddim ei chanslo yn yr ap.
nhs-status-check-never = Byth
nhs-status-check-never-feedback = Ddim yn hollol. Gallwch chi ganslo tra bydd hi'n aros am eich meddygfa.
nhs-status-recap-title = Da iawn
nhs-status-recap =
    Gwiriwch eich presgripsiynau i weld ble mae eich archeb.
    Casglwch hi pan fydd yn barod. Dim ond tra bydd hi'n aros am eich meddyg teulu y gallwch chi ei chanslo.

## Lesson 5: Staying safe
nhs-safe-title = Cadw'n ddiogel
nhs-safe-summary = Sylwi ar negeseuon GIG ffug, a rhoi gwybod amdanyn nhw.
nhs-safe-fakes-title = Negeseuon GIG ffug
nhs-safe-fakes =
    Mae rhai e-byst a negeseuon testun yn esgus eu bod gan y GIG.
    Mae e-byst ffug am bresgripsiynau'r GIG yn cael eu hanfon o gwmpas. Maen nhw eisiau eich arian neu eich manylion.
nhs-safe-never-title = Beth nad yw'r GIG byth yn ei wneud
nhs-safe-never =
    Dydy'r GIG byth yn gofyn am eich manylion banc drwy e-bost neu neges destun.
    Os yw neges yn gofyn amdanyn nhw, sgam yw hi.
nhs-safe-report-title = Rhoi gwybod am neges ffug
nhs-safe-report =
    Mae un o'r e-byst hyn yn neges GIG ffug. Rhowch wybod amdani.
    Agorwch hi, dewiswch Anfon ymlaen, ac anfonwch hi at report@phishing.gov.uk
nhs-safe-report-done = Da iawn. Rydych chi wedi rhoi gwybod am yr e-bost ffug. Nawr gallwch chi ei ddileu.
nhs-safe-check-title = Gwiriad cyflym
nhs-safe-check = Mae neges destun yn dweud bod taliad eich presgripsiwn wedi methu. Mae'n gofyn am eich cerdyn banc. Beth ydych chi'n ei wneud?
nhs-safe-check-pay = Talu, fel nad yw fy meddyginiaeth yn stopio
nhs-safe-check-pay-feedback = Na. Dydy'r GIG byth yn gofyn am fanylion banc drwy neges destun. Sgam yw hi.
nhs-safe-check-report = Anfon y neges destun ymlaen at 7726
nhs-safe-check-report-feedback = Ie, mae hynny'n gywir. Mae 7726 ar gyfer negeseuon testun sgam. Yna dilëwch hi.
nhs-safe-check-call = Ffonio'r rhif yn y neges destun
nhs-safe-check-call-feedback = Ddim yn hollol. Peidiwch â defnyddio rhifau o sgam. Anfonwch hi ymlaen at 7726.
nhs-safe-recap-title = Da iawn
nhs-safe-recap =
    Dydy'r GIG byth yn gofyn am fanylion banc drwy e-bost neu neges destun.
    Anfonwch e-byst sgam ymlaen at report@phishing.gov.uk. Anfonwch negeseuon testun sgam ymlaen at 7726.
