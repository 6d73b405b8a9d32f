# Course: NHS repeat prescriptions (lessons/04-nhs-prescriptions). Every fact here is
# from shared/docs/content-sources.md or docs/sources.md. The practice app uses made-up
# login details, medicines and pharmacies. The NHS App is England's app and is in
# English, so its button names are given in English in brackets. In Wales, people use
# the NHS Wales App; the Welsh name "Ap GIG Cymru" is not confirmed, so it is not used.

nhs-title = Presgripsiynau amlroddadwy y GIG
nhs-summary = Defnyddio'r NHS App i archebu eich meddyginiaethau amlroddadwy a'u gwirio. Mae angen eich cyfeiriad e-bost eich hun a ffôn arnoch chi.

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

## Frank's practice inbox
nhs-mail-rose-name = Rose
nhs-mail-rose-subject = Dosbarth cyfrifiadur ddydd Llun
nhs-mail-rose-date = Ddoe
nhs-mail-rose-body = Helo Frank. Ydych chi'n dod i'r dosbarth cyfrifiadur yn y llyfrgell ddydd Llun? Wela i chi yno. Rose

## Lesson 1: The NHS App
nhs-app-title = Yr NHS App a Mewngofnodi GIG
nhs-app-summary = Dysgwch beth yw'r NHS App, a mewngofnodwch gyda Mewngofnodi GIG (NHS login).
nhs-app-intro-title = Dewch i gwrdd â Frank
nhs-app-intro =
    Dewch i gwrdd â Frank. Mae e'n 72 oed, ac mae e'n byw yn Lloegr. Mae e'n cymryd tabledi ar gyfer ei bwysedd gwaed.
    Mae ei dabledi ar bresgripsiwn amlroddadwy. Dyna feddyginiaeth rydych chi'n ei chael dro ar ôl tro, heb weld eich meddyg teulu bob tro.
    Mae Frank eisiau archebu ei dabledi ar-lein. Yn y cwrs hwn, rydych chi'n ei helpu.
nhs-app-app-title = Yr NHS App
nhs-app-app =
    Mae'r NHS App yn gadael i chi wneud rhai pethau GIG ar-lein, fel archebu presgripsiynau amlroddadwy.
    Rhaglen ar ffôn neu lechen yw ap. Ar gyfrifiadur, rydych chi'n defnyddio gwefan y GIG yn lle hynny.
    Mae gan y wefan yr un cyfrif GIG, a'r un pethau i'w gwneud.
nhs-app-need-title = Cyn i chi ddechrau
nhs-app-need = I greu Mewngofnodi GIG, mae angen eich cyfeiriad e-bost eich hun a ffôn arnoch chi. Gallwch chi rannu ffôn, ond nid cyfeiriad e-bost. Beth sydd ei angen ar Frank?
nhs-app-need-printer = Argraffydd
nhs-app-need-printer-feedback = Ddim yn hollol. Mae angen ei gyfeiriad e-bost ei hun a ffôn arno fe.
nhs-app-need-own = Ei gyfeiriad e-bost ei hun a ffôn
nhs-app-need-own-feedback = Ie, mae hynny'n gywir. Os nad oes gennych chi gyfeiriad e-bost eto, gwnewch y cwrs E-bost yn gyntaf.
nhs-app-need-card = Ei gerdyn banc
nhs-app-need-card-feedback = Na. Does dim angen cerdyn banc ar Mewngofnodi GIG. Mae angen ei gyfeiriad e-bost ei hun a ffôn arno fe.
nhs-app-login-title = Mewngofnodi GIG
nhs-app-login =
    I ddefnyddio'r NHS App, rydych chi'n mewngofnodi gyda Mewngofnodi GIG (NHS login). Mae mewngofnodi yn golygu agor eich cyfrif.
    Rydych chi'n teipio eich cyfeiriad e-bost a'ch cyfrinair.
    Cadwch eich cyfrinair yn ddiogel. Peidiwch byth â'i ddweud wrth neb.
nhs-app-code-title = Cod diogelwch
nhs-app-code =
    Yna mae Mewngofnodi GIG yn anfon cod diogelwch atoch chi. Fel arfer mae'n dod mewn neges destun i'ch ffôn symudol.
    Mae gan y cod 6 digid. Rydych chi'n ei deipio. Mae hyn yn dangos mai chi sydd yno go iawn.
    Ar ffôn neu gyfrifiadur mae'n ei adnabod yn barod, efallai na fydd yn gofyn am god.
nhs-app-log-in-title = Mewngofnodi
nhs-app-log-in =
    NHS App ymarfer yw hwn. Dydy'r manylion mewngofnodi ar y sgrin ddim yn rhai go iawn.
    Helpwch Frank i fewngofnodi. Teipiwch yr e-bost a'r cyfrinair ymarfer, yna'r cod o'r neges destun ymarfer.
nhs-app-log-in-done = Da iawn. Mae Frank wedi mewngofnodi.
nhs-app-wales-title = Yng Nghymru
nhs-app-wales =
    Os yw eich meddyg teulu yng Nghymru, rydych chi'n defnyddio'r NHS Wales App yn lle hynny.
    Rydych chi'n mewngofnodi i'r NHS Wales App gyda Mewngofnodi GIG hefyd.
nhs-app-check-title = Gwiriad cyflym
nhs-app-check = Ar ôl y cyfeiriad e-bost a'r cyfrinair, sut mae Mewngofnodi GIG yn gwirio mai Frank sydd yno?
nhs-app-check-card = Mae'n gofyn am ei gerdyn banc
nhs-app-check-card-feedback = Na. Dydy Mewngofnodi GIG ddim yn gofyn am eich cerdyn banc.
nhs-app-check-code = Mae'n anfon cod, fel arfer drwy neges destun
nhs-app-check-code-feedback = Ie, mae hynny'n gywir. Mae e'n teipio'r cod 6 digid.
nhs-app-check-postcode = Mae'n gofyn am ei god post yn unig
nhs-app-check-postcode-feedback = Ddim yn hollol. Mae'n anfon cod 6 digid, fel arfer drwy neges destun.
nhs-app-recap-title = Da iawn
nhs-app-recap =
    Mae Mewngofnodi GIG yn defnyddio eich cyfeiriad e-bost, eich cyfrinair, a chod sydd fel arfer yn dod drwy neges destun.
    Cadwch eich cyfrinair i chi'ch hun. Ar gyfrifiadur, defnyddiwch wefan y GIG.

## Lesson 2: Proving who you are
nhs-id-title = Profi pwy ydych chi
nhs-id-summary = Dysgwch sut mae Mewngofnodi GIG yn gwirio pwy ydych chi, gyda dogfen adnabod â llun neu hebddi.
nhs-id-why-title = Y tro cyntaf
nhs-id-why =
    Y tro cyntaf mae Frank yn defnyddio Mewngofnodi GIG, mae'n gofyn iddo brofi pwy yw e. Dim ond unwaith mae e'n gwneud hyn.
    I archebu presgripsiynau, rhaid iddo ei wneud. Mae'n cysylltu ei Fewngofnodi GIG â'i gofnod meddyg teulu.
nhs-id-two-ways-title = Dwy ffordd
nhs-id-two-ways =
    Gyda dogfen adnabod â llun, fel pasbort neu drwydded yrru, rydych chi'n tynnu llun ohoni. Yna rydych chi'n sganio eich wyneb, neu'n recordio fideo byr ohonoch chi'n dweud 4 rhif.
    Heb ddogfen adnabod â llun, rydych chi'n gofyn i'ch meddygfa am 3 manylyn. Linkage Key, ODS code ac Account ID ydyn nhw. Rydych chi'n eu teipio.
nhs-id-your-way-title = Pa ffordd yw eich un chi?
nhs-id-your-way = Oes gennych chi ddogfen adnabod â llun, fel pasbort neu drwydded yrru? Does dim ateb anghywir.
nhs-id-your-way-yes = Oes, mae gen i ddogfen adnabod â llun
nhs-id-your-way-yes-feedback = Da. Rydych chi'n tynnu llun ohoni. Yna rydych chi'n sganio eich wyneb, neu'n recordio fideo byr.
nhs-id-your-way-no = Nac oes, does gen i ddim dogfen adnabod â llun
nhs-id-your-way-no-feedback = Mae hynny'n iawn. Gofynnwch i'ch meddygfa am eich 3 manylyn yn gyntaf: Linkage Key, ODS code ac Account ID.
nhs-id-your-way-unsure = Dydw i ddim yn siŵr
nhs-id-your-way-unsure-feedback = Gofynnwch yn eich meddygfa. Heb ddogfen adnabod â llun, maen nhw'n gallu rhoi'r 3 manylyn i chi.
nhs-id-frank-title = Ffordd Frank
nhs-id-frank =
    Does gan Frank ddim pasbort na thrwydded yrru. Rhoddodd ei feddygfa lythyr iddo gyda'i 3 manylyn.
    Helpwch e i brofi pwy yw e. Mae manylion y llythyr ymarfer ar y sgrin.
nhs-id-frank-done = Da iawn. Mae Mewngofnodi GIG yn gwirio manylion Frank. Bydd e'n cael yr ateb drwy e-bost.
nhs-id-wait-title = Aros am yr ateb
nhs-id-wait =
    Mae'r ateb yn dod drwy e-bost. Gall gymryd 24 awr neu fwy, ac yn hirach ar benwythnosau.
    Mae Frank yn aros am ei e-bost. Yna mae e'n gallu archebu ei dabledi.
nhs-id-wales-title = Yng Nghymru
nhs-id-wales =
    Mae'r NHS Wales App yn defnyddio Mewngofnodi GIG hefyd. I weld presgripsiynau yno, rydych chi'n profi pwy ydych chi.
    Heb ddogfen adnabod â llun, mae eich practis meddyg teulu yn rhoi llythyr gwirio hunaniaeth i chi.
nhs-id-check-title = Gwiriad cyflym
nhs-id-check = Pa mor hir gall y gwiriad ei gymryd?
nhs-id-check-seconds = Ychydig eiliadau, bob tro
nhs-id-check-seconds-feedback = Ddim yn hollol. Mae'r ateb yn dod drwy e-bost. Gall gymryd 24 awr neu fwy.
nhs-id-check-day = 24 awr neu fwy
nhs-id-check-day-feedback = Ie, mae hynny'n gywir. Gall gymryd yn hirach ar benwythnosau.
nhs-id-check-year = Blwyddyn gyfan
nhs-id-check-year-feedback = Ddim yn hollol. Gall gymryd 24 awr neu fwy, ac yn hirach ar benwythnosau.
nhs-id-recap-title = Da iawn
nhs-id-recap =
    Y tro cyntaf, mae Mewngofnodi GIG yn gwirio pwy ydych chi.
    Gyda dogfen adnabod â llun: llun ohoni, yna sgan o'ch wyneb neu fideo byr. Hebddi: 3 manylyn gan eich meddygfa.
    Mae'r ateb yn dod drwy e-bost. Gall gymryd 24 awr neu fwy.

## Lesson 3: Your nominated pharmacy
nhs-pharmacy-title = Eich fferyllfa enwebedig
nhs-pharmacy-summary = Dysgwch beth yw fferyllfa enwebedig, a newidiwch eich un chi.
nhs-pharmacy-intro-title = Eich fferyllfa enwebedig
nhs-pharmacy-intro =
    Eich fferyllfa enwebedig (nominated pharmacy) yw'r fferyllfa rydych chi'n ei dewis i anfon eich presgripsiynau ati.
    Pan fydd eich meddyg teulu yn dweud ie i archeb, mae'n mynd yno. Rydych chi'n casglu eich meddyginiaeth oddi yno.
nhs-pharmacy-change-title = Ei newid
nhs-pharmacy-change =
    Gallwch chi weld a newid eich fferyllfa enwebedig yn yr NHS App, o dan Presgripsiynau (Prescriptions).
    Mae rhai fferyllfeydd ar-lein yn unig. Rydych chi'n dewis y rheini ar eu gwefan eu hunain, nid yn yr ap.
nhs-pharmacy-change-it-title = Newid y fferyllfa
nhs-pharmacy-change-it =
    Mae Frank wedi symud tŷ. Mae Fferyllfa Lôn Werdd yn agosach nawr.
    Helpwch e i wneud Fferyllfa Lôn Werdd yn fferyllfa enwebedig iddo.
nhs-pharmacy-change-it-done = Da iawn. Bydd presgripsiynau Frank yn mynd i Fferyllfa Lôn Werdd.
nhs-pharmacy-check-title = Gwiriad cyflym
nhs-pharmacy-check = Beth yw eich fferyllfa enwebedig?
nhs-pharmacy-check-gp = Y fferyllfa mae fy meddyg teulu yn ei dewis i mi
nhs-pharmacy-check-gp-feedback = Ddim yn hollol. Chi sy'n ei dewis, nid eich meddyg teulu.
nhs-pharmacy-check-chosen = Y fferyllfa rydw i'n ei dewis i anfon fy mhresgripsiynau ati
nhs-pharmacy-check-chosen-feedback = Ie, mae hynny'n gywir.
nhs-pharmacy-check-nearest = Y fferyllfa agosaf at fy nghartref bob tro
nhs-pharmacy-check-nearest-feedback = Ddim yn hollol. Chi sy'n ei dewis. Does dim rhaid iddi fod yr un agosaf.
nhs-pharmacy-recap-title = Da iawn
nhs-pharmacy-recap =
    Eich fferyllfa enwebedig sy'n cael eich presgripsiynau.
    Gallwch chi ei newid yn yr ap, o dan Presgripsiynau (Prescriptions). Fferyllfa Lôn Werdd yw un Frank nawr.

## Lesson 4: Ordering a repeat prescription
nhs-order-title = Archebu presgripsiwn amlroddadwy
nhs-order-summary = Archebu eich meddyginiaethau amlroddadwy yn yr NHS App, mewn da bryd.
nhs-order-intro-title = Archebu
nhs-order-intro =
    Yn yr NHS App, dewiswch Presgripsiynau (Prescriptions), yna Archebu presgripsiwn amlroddadwy (Order a repeat prescription).
    Mae'r ap yn dangos rhestr o'ch meddyginiaethau amlroddadwy.
    Dewiswch y rhai sydd eu hangen arnoch chi.
nhs-order-not-yet-title = Ddim eto
nhs-order-not-yet =
    Does dim modd archebu rhai meddyginiaethau eto. Mae'r ap yn dweud pam, a phryd y gallwch chi.
    Efallai ei bod hi'n rhy fuan. Efallai eich bod chi wedi gofyn amdani'n barod. Neu efallai fod angen i'ch meddyg teulu wirio sut rydych chi yn gyntaf.
nhs-order-not-yet-check-title = Gwiriad cyflym
nhs-order-not-yet-check = Mae anadlydd Frank yn dweud: rhy fuan, gallwch chi ei archebu o 14 Rhagfyr ymlaen. Beth mae hynny'n ei olygu?
nhs-order-not-yet-check-never = Fydd e byth yn gallu ei archebu eto
nhs-order-not-yet-check-never-feedback = Ddim yn hollol. Mae e'n gallu ei archebu o 14 Rhagfyr ymlaen.
nhs-order-not-yet-check-later = Mae e'n gallu ei archebu o 14 Rhagfyr ymlaen
nhs-order-not-yet-check-later-feedback = Ie, mae hynny'n gywir. Mae'r ap yn dweud pryd mae e'n gallu.
nhs-order-not-yet-check-broken = Mae'r ap wedi torri
nhs-order-not-yet-check-broken-feedback = Ddim yn hollol. Mae'r ap yn dweud wrtho pryd mae e'n gallu ei archebu.
nhs-order-note-title = Nodyn
nhs-order-note =
    Nesaf, gallwch chi ychwanegu nodyn i'ch meddygfa. Does dim rhaid i chi.
    Er enghraifft, gallwch chi ddweud os ydych chi'n mynd i ffwrdd.
nhs-order-confirm-title = Gwirio ac anfon
nhs-order-confirm =
    Yn olaf, gwiriwch eich archeb a dewiswch Cadarnhau ac anfon (Confirm and send).
    Mae'n mynd i'ch meddygfa yn gyntaf. Pan fyddan nhw'n dweud ie, mae'n mynd i'ch fferyllfa.
    Efallai y bydd y sgriniau'n edrych ychydig yn wahanol yn eich meddygfa chi.
nhs-order-check-title = Gwiriad cyflym
nhs-order-check = Pan fyddwch chi'n anfon eich archeb, ble mae'n mynd yn gyntaf?
nhs-order-check-pharmacy = Yn syth i'm fferyllfa
nhs-order-check-pharmacy-feedback = Ddim yn hollol. Mae'n mynd i'ch meddygfa yn gyntaf. Yna mae'n mynd i'ch fferyllfa.
nhs-order-check-surgery = I'm meddygfa, iddyn nhw ddweud ie
nhs-order-check-surgery-feedback = Ie, mae hynny'n gywir. Yna mae'n mynd i'ch fferyllfa enwebedig.
nhs-order-check-hospital = I'r ysbyty
nhs-order-check-hospital-feedback = Ddim yn hollol. Mae'n mynd i'ch meddygfa yn gyntaf.
nhs-order-order-title = Archebu'r feddyginiaeth
nhs-order-order =
    Mae angen mwy o Amlodipine ar Frank. Helpwch e i'w harchebu.
    Ychwanegwch y nodyn hwn i'r feddygfa: Byddaf yn mynd i ffwrdd ar 3 Mehefin.
nhs-order-order-words = Byddaf yn mynd i ffwrdd ar 3 Mehefin
nhs-order-order-done = Da iawn. Aeth archeb Frank i'w feddygfa.
nhs-order-timing-title = Faint o amser mae'n ei gymryd
nhs-order-timing =
    Fel arfer mae meddygfa yn cymryd tua 2 ddiwrnod gwaith i ddweud ie.
    Fel arfer gallwch chi gasglu 3 i 5 diwrnod gwaith ar ôl i chi archebu.
    Felly archebwch tua wythnos cyn i'ch meddyginiaeth ddod i ben. Archebwch yn gynt cyn gŵyl banc.
nhs-order-timing-check-title = Gwiriad cyflym
nhs-order-timing-check = Pryd dylai Frank archebu ei dabledi?
nhs-order-timing-check-day = Y diwrnod cyn iddyn nhw ddod i ben
nhs-order-timing-check-day-feedback = Ddim yn hollol. Fel arfer mae'n cymryd 3 i 5 diwrnod gwaith. Archebwch tua wythnos cyn hynny.
nhs-order-timing-check-week = Tua wythnos cyn iddyn nhw ddod i ben
nhs-order-timing-check-week-feedback = Ie, mae hynny'n gywir. Ac yn gynt cyn gŵyl banc.
nhs-order-timing-check-after = Ar ôl iddyn nhw ddod i ben
nhs-order-timing-check-after-feedback = Ddim yn hollol. Yna fyddai ganddo ddim tabledi am ddyddiau. Archebwch tua wythnos cyn hynny.
nhs-order-recap-title = Da iawn
nhs-order-recap =
    Dewiswch Presgripsiynau (Prescriptions), yna Archebu presgripsiwn amlroddadwy (Order a repeat prescription).
    Dewiswch eich meddyginiaethau, ychwanegwch nodyn os hoffech chi, yna gwiriwch ac anfonwch.
    Archebwch tua wythnos cyn i'ch meddyginiaeth ddod i ben.

## Lesson 5: Checking and collecting
nhs-status-title = Gwirio a chasglu
nhs-status-summary = Gwirio eich archeb, ei chasglu, a'i chanslo os oes angen.
nhs-status-status-title = Ble mae fy archeb?
nhs-status-status =
    Dewiswch Gwirio eich presgripsiynau (Check your prescriptions) i weld ble mae eich archeb.
    Yn gyntaf mae'n dweud "cais wedi'i wneud". Yna "wedi'i chymeradwyo", pan fydd eich meddyg teulu yn dweud ie.
    Os ydyn nhw'n dweud na, mae'n dweud pam.
nhs-status-collect-title = Yn barod i'w chasglu
nhs-status-collect =
    Mae rhai fferyllfeydd yn dangos yn yr ap pan fydd eich meddyginiaeth yn barod i'w chasglu. Dydy pob fferyllfa ddim yn gwneud hyn.
    Mae fferyllfa Frank, Fferyllfa Lôn Werdd, yn gwneud hynny. Edrychwch yn yr ap: efallai na fydd yn anfon neges atoch chi.
nhs-status-ready-title = Gwirio'r archeb
nhs-status-ready =
    Mae gan Frank archeb sy'n aros. Helpwch e i wirio ei bresgripsiynau.
    Dewiswch Gwirio am ddiweddariadau (Check for updates) nes ei fod yn dweud "yn barod i'w chasglu".
nhs-status-ready-done = Da iawn. Mae meddyginiaeth Frank yn barod i'w chasglu.
nhs-status-barcode-title = Y cod bar
nhs-status-barcode =
    Mae cod bar ar gyfer eich presgripsiwn yn yr ap hefyd.
    Gydag e, gallwch chi gasglu o fferyllfa sydd ddim yn fferyllfa enwebedig i chi. Yn eich fferyllfa enwebedig, does dim ei angen arnoch chi.
nhs-status-about-cancel-title = Canslo
nhs-status-about-cancel = Gallwch chi ganslo archeb, ond dim ond tra bydd hi'n dal i aros am eich meddygfa.
nhs-status-cancel-title = Canslo archeb
nhs-status-cancel = Gofynnodd Frank am feddyginiaeth drwy gamgymeriad. Helpwch e i ganslo'r archeb sy'n aros.
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
    Casglwch hi pan fydd yn barod. Mae'r cod bar yn gadael i chi gasglu o fferyllfa arall.
    Dim ond tra bydd hi'n aros am eich meddyg teulu y gallwch chi ei chanslo.

## Lesson 6: Staying safe
nhs-safe-title = Cadw'n ddiogel
nhs-safe-summary = Sylwi ar negeseuon GIG ffug, a rhoi gwybod amdanyn nhw.
nhs-safe-fakes-title = Negeseuon GIG ffug
nhs-safe-fakes =
    Mae rhai e-byst a negeseuon testun yn esgus eu bod yn dod oddi wrth y GIG.
    Mae e-byst ffug am bresgripsiynau'r GIG yn cael eu hanfon o gwmpas. Maen nhw eisiau eich arian neu eich manylion.
nhs-safe-never-title = Beth nad yw'r GIG byth yn gofyn amdano
nhs-safe-never =
    Dydy'r GIG byth yn gofyn am eich manylion banc na'ch cerdyn, eich PIN na chyfrinair eich banc.
    Os yw neges yn gofyn amdanyn nhw, sgam yw hi.
nhs-safe-report-title = Rhoi gwybod am neges ffug
nhs-safe-report =
    Mae un e-bost ym mewnflwch Frank yn neges GIG ffug. Helpwch e i roi gwybod amdani.
    Agorwch hi, dewiswch Anfon ymlaen, ac anfonwch hi at report@phishing.gov.uk
nhs-safe-report-done = Da iawn. Rydych chi wedi rhoi gwybod am yr e-bost ffug. Nawr gallwch chi ei ddileu.
nhs-safe-free-title = Presgripsiynau am ddim
nhs-safe-free =
    Mae presgripsiynau am ddim yng Nghymru, yr Alban a Gogledd Iwerddon.
    Yn Lloegr, maen nhw am ddim i bobl 60 oed neu'n hŷn, fel Frank, ac i rai pobl eraill.
    Felly sgam yw neges sy'n gofyn i Frank dalu am bresgripsiwn.
nhs-safe-real-title = Neges go iawn gan feddygfa
nhs-safe-real =
    Efallai y bydd dolen mewn neges destun go iawn gan eich meddygfa, i'ch apwyntiad er enghraifft.
    Dydy hi byth yn gofyn am arian na manylion banc.
    Ddim yn siŵr? Ffoniwch y feddygfa ar rif rydych chi'n ei wybod yn barod, nid un yn y neges.
nhs-safe-check-title = Gwiriad cyflym
nhs-safe-check = Mae neges destun yn dweud bod taliad presgripsiwn Frank wedi methu. Mae'n gofyn am ei gerdyn banc. Beth mae e'n ei wneud?
nhs-safe-check-pay = Talu, fel nad yw ei feddyginiaeth yn stopio
nhs-safe-check-pay-feedback = Na. Dydy'r GIG byth yn gofyn am fanylion banc drwy neges destun. Ac mae presgripsiynau Frank am ddim. Sgam yw hi.
nhs-safe-check-report = Anfon y neges destun ymlaen at 7726
nhs-safe-check-report-feedback = Ie, mae hynny'n gywir. Mae 7726 ar gyfer negeseuon testun sgam. Yna dilëwch hi.
nhs-safe-check-call = Ffonio'r rhif yn y neges destun
nhs-safe-check-call-feedback = Ddim yn hollol. Peidiwch â defnyddio rhifau o sgam. Anfonwch hi ymlaen at 7726.
nhs-safe-clicked-title = Os ydych chi wedi clicio neu dalu yn barod
nhs-safe-clicked =
    Ffoniwch eich banc ar unwaith, ar 159 neu'r rhif ar eich cerdyn.
    Yna dywedwch wrth Report Fraud, ar 0300 123 2040. Nid eich bai chi yw e.
nhs-safe-recap-title = Da iawn
nhs-safe-recap =
    Dydy'r GIG byth yn gofyn am fanylion banc drwy e-bost neu neges destun.
    Anfonwch e-byst sgam ymlaen at report@phishing.gov.uk. Anfonwch negeseuon testun sgam ymlaen at 7726.

## Done for real: a learner records this on their home page after the course.
nhs-milestone-ordered = Archebais bresgripsiwn amlroddadwy yn yr NHS App go iawn
