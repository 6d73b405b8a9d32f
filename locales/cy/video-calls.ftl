# Course: Video calls (lessons/03-video-calls). Facts: shared/docs/content-sources.md,
# "Joining a video appointment from a link". Made-up people; example links.

call-title = Galwadau fideo
call-summary = Gweld a siarad â theulu, ffrindiau a'ch meddyg teulu ar alwad fideo.

## The practice calls
call-dev-name = Dev
call-dev-text = Helo Mam, Dev sydd yma. Ymunwch â'n galwad deuluol yma: meet.example.com/family
call-dev-scene = Dev a'i ddau o blant, yn codi llaw o soffa.
call-surgery-name = Meddygfa Lôn Werdd
call-surgery-text = Helo Joyce. Mae eich apwyntiad fideo gyda Dr Okafor am 10:30 heddiw. Ymunwch yma: video.example.org/gp
call-doctor-name = Dr Okafor
call-doctor-scene = Dr Okafor, yn eistedd wrth ddesg, yn gwenu.
call-me = Joyce, gyda golau o'i blaen, mewn ystafell dawel.

## Lesson 1: What a video call is
call-what-title = Beth yw galwad fideo
call-what-summary = Dysgwch beth yw galwad fideo, a beth sydd ei angen arnoch chi.
call-what-intro-title = Dewch i gwrdd â Joyce
call-what-intro =
    Dewch i gwrdd â Joyce. Mae ei mab Dev yn byw ymhell i ffwrdd. Mae e eisiau ei gweld hi ar alwad fideo.
    Mewn galwad fideo, rydych chi'n gweld ac yn clywed y bobl eraill wrth i chi siarad. Mae fel galwad ffôn, gyda lluniau.
    Yn y cwrs hwn, rydych chi'n helpu Joyce.
call-what-need-title = Beth sydd ei angen arnoch chi
call-what-need =
    Mae angen cyfrifiadur, llechen (tabled) neu ffôn arnoch chi, gyda chamera, meicroffon a seinydd. Mae'r tri pheth wedi'u cynnwys yn y rhan fwyaf ohonyn nhw.
    Mae angen y rhyngrwyd arnoch chi hefyd. Gartref, mae'r rhan fwyaf o bobl yn defnyddio Wi-Fi. Wi-Fi yw'r rhyngrwyd heb wifrau.
call-what-allow-title = Camera a meicroffon
call-what-allow =
    Helpwch Joyce i agor dolen Dev. Mae'r alwad yn gofyn am gael defnyddio ei chamera a'i meicroffon. Dewiswch Caniatáu.
call-what-allow-done = Da iawn. Nawr mae'r alwad yn gallu gweld a chlywed Joyce.
call-what-check-title = Gwiriad cyflym
call-what-check = Beth sydd ei angen ar Joyce ar gyfer galwad fideo?
call-what-check-post = Stamp ac amlen
call-what-check-post-feedback = Ddim yn hollol. Mae angen camera, meicroffon, seinydd a'r rhyngrwyd ar gyfer galwad fideo.
call-what-check-camera = Camera, meicroffon a'r rhyngrwyd
call-what-check-camera-feedback = Ie, mae hynny'n gywir. A seinydd, i glywed y lleill.
call-what-check-printer = Argraffydd
call-what-check-printer-feedback = Ddim yn hollol. Mae angen camera, meicroffon, seinydd a'r rhyngrwyd ar gyfer galwad fideo.
call-what-browser-title = Eich porwr gwe
call-what-browser =
    Mae Dev wedi anfon neges destun at Joyce gyda dolen. Mae dolen yn agor mewn porwr gwe.
    Porwr gwe yw'r rhaglen rydych chi'n ei defnyddio i edrych ar wefannau, fel Chrome neu Safari. Set o dudalennau ar y rhyngrwyd yw gwefan.
call-what-recap-title = Da iawn
call-what-recap =
    Mewn galwad fideo, rydych chi'n gweld ac yn clywed eich gilydd. Mae angen y rhyngrwyd arnoch chi, yn aml drwy Wi-Fi.
    Mae dolen yn agor yn eich porwr gwe. Y tro cyntaf, rydych chi'n caniatáu'r camera a'r meicroffon.

## Lesson 2: Getting ready
call-ready-title = Paratoi am alwad
call-ready-summary = Paratowch eich camera, y golau a'r ystafell, yna ymunwch â galwad.
call-ready-camera-title = Camera a meicroffon
call-ready-camera =
    Dot bach yw'r camera, yn aml ar frig y sgrin.
    Edrychwch arno pan fyddwch chi'n siarad. Yna mae'r lleill yn eich gweld chi'n edrych arnyn nhw.
call-ready-light-title = Golau
call-ready-light =
    Eisteddwch yn wynebu ffenest neu lamp.
    Peidiwch ag eistedd gyda ffenest lachar y tu ôl i chi. Fel hyn, gall y lleill weld eich wyneb.
call-ready-quiet-title = Ystafell dawel
call-ready-quiet = Dewch o hyd i ystafell dawel, er mwyn i chi glywed, ac i'r lleill eich clywed chi.
call-ready-join-title = Ymuno â'r alwad
call-ready-join =
    Mae Dev wedi anfon ei ddolen at Joyce eto. Helpwch hi i'w hagor, a chaniatewch y camera a'r meicroffon.
    Yna teipiwch ei henw, Joyce, a dewiswch Ymuno nawr. Arhoswch i gael eich gadael i mewn.
call-ready-join-words = Joyce
call-ready-join-done = Da iawn. Mae Joyce yn yr alwad gyda Dev.
call-ready-check-title = Gwiriad cyflym
call-ready-check = Ble mae'r lle gorau i'r golau fod?
call-ready-check-window = Ffenest lachar y tu ôl i mi
call-ready-check-window-feedback = Ddim yn hollol. Gyda ffenest lachar y tu ôl i chi, dim ond siâp tywyll mae'r lleill yn ei weld.
call-ready-check-lamp = Ffenest neu lamp o fy mlaen
call-ready-check-lamp-feedback = Ie, mae hynny'n gywir. Yna gall y lleill weld eich wyneb.
call-ready-check-dark = Dim golau o gwbl
call-ready-check-dark-feedback = Ddim yn hollol. Yn y tywyllwch, does neb yn gallu eich gweld chi.
call-ready-recap-title = Da iawn
call-ready-recap =
    Wynebwch y golau, a dewch o hyd i ystafell dawel.
    Edrychwch ar y camera pan fyddwch chi'n siarad.

## Lesson 3: A GP video appointment
call-gp-title = Apwyntiad fideo gyda'r meddyg teulu
call-gp-summary = Ymuno ag apwyntiad fideo gyda'ch meddyg teulu o neges destun.
call-gp-intro-title = Apwyntiadau fideo
call-gp-intro =
    Mae rhai meddygfeydd yn gweld cleifion drwy fideo. Mae meddygfa Joyce, Lôn Werdd, yn gwneud hynny.
    Mae ganddi apwyntiad fideo gyda Dr Okafor heddiw. Mae'n arbed taith iddi.
call-gp-real-title = Ydy'r neges destun yn go iawn?
call-gp-real =
    Mae'r feddygfa yn anfon neges destun gyda dolen i'r apwyntiad. Efallai y bydd yn gofyn am eich dyddiad geni.
    Dydy neges destun go iawn gan feddygfa byth yn gofyn am arian na manylion banc.
    Ddim yn siŵr? Ffoniwch y feddygfa ar rif rydych chi'n ei wybod yn barod, nid un yn y neges.
call-gp-real-check-title = Gwiriad cyflym
call-gp-real-check = Mae neges destun yn dweud ei bod yn dod oddi wrth feddygfa Joyce. Mae'n gofyn iddi dalu ffi â cherdyn, drwy ddolen. Beth yw hi?
call-gp-real-check-pay = Neges go iawn: dylai hi dalu
call-gp-real-check-pay-feedback = Na. Dydy neges destun go iawn gan feddygfa byth yn gofyn am arian na manylion banc.
call-gp-real-check-scam = Sgam: anfonwch hi ymlaen at 7726
call-gp-real-check-scam-feedback = Ie, mae hynny'n gywir. Os nad yw hi'n siŵr, gall hi ffonio'r feddygfa ar rif mae hi'n ei wybod.
call-gp-real-check-reply = Dylai hi ateb gyda rhif ei cherdyn
call-gp-real-check-reply-feedback = Na. Peidiwch byth ag anfon manylion cerdyn drwy neges destun. Sgam yw hi. Anfonwch hi ymlaen at 7726.
call-gp-link-title = Agor y ddolen
call-gp-link =
    Ar ffôn, rydych chi'n tapio'r ddolen. Mae tapio yn golygu cyffwrdd â'r sgrin am eiliad â blaen eich bys.
    Ar gyfrifiadur, rydych chi'n clicio arni. Mae'r ddolen yn agor yn eich porwr gwe. Os yw'n gofyn, dewiswch Continue in browser (parhau yn y porwr).
call-gp-waiting-title = Camera, meicroffon, aros
call-gp-waiting =
    Efallai y bydd yn gofyn am eich enw, neu efallai na fydd.
    Efallai y bydd yn gofyn i chi ganiatáu'r camera a'r meicroffon. Dewiswch Caniatáu. Yna rydych chi'n gweld eich hun.
    Yna arhoswch. Mae'r meddyg yn ymuno â chi pan fydd yn barod.
call-gp-join-title = Ymuno â'r apwyntiad
call-gp-join =
    Mae Meddygfa Lôn Werdd wedi anfon neges destun gyda dolen at Joyce. Helpwch hi i ymuno â'i hapwyntiad.
    Agorwch y ddolen a chaniatewch y camera a'r meicroffon. Mae'r sgrin hon yn gofyn am ei henw: teipiwch Joyce. Yna arhoswch.
call-gp-join-words = Joyce
call-gp-join-done = Da iawn. Mae Joyce yn ei hapwyntiad gyda Dr Okafor.
call-gp-check-title = Gwiriad cyflym
call-gp-check = Mae Joyce yn aros am y meddyg. Beth mae hi'n ei wneud?
call-gp-check-leave = Gadael, a rhoi cynnig arall arni wedyn
call-gp-check-leave-feedback = Ddim yn hollol. Arhoswch. Bydd y meddyg yn ymuno â hi.
call-gp-check-wait = Aros i'r meddyg ymuno
call-gp-check-wait-feedback = Ie, mae hynny'n gywir. Mae'r meddyg yn ymuno pan fydd yn barod.
call-gp-check-call = Ffonio'r feddygfa ar unwaith
call-gp-check-call-feedback = Ddim yn hollol. Mae aros yn normal. Bydd y meddyg yn ymuno â hi.
call-gp-recap-title = Da iawn
call-gp-recap =
    Dydy neges destun go iawn gan feddygfa byth yn gofyn am arian na manylion banc.
    Tapiwch neu cliciwch y ddolen. Caniatewch y camera a'r meicroffon, yna arhoswch am y meddyg.

## Lesson 4: During the call
call-during-title = Yn ystod galwad
call-during-summary = Distewi a dad-ddistewi, diffodd eich camera a'i droi ymlaen, a gadael galwad.
call-during-about-mute-title = Distewi
call-during-about-mute =
    Mae Distewi yn diffodd eich meicroffon. Yna does neb yn gallu eich clywed chi.
    Mae'n ddefnyddiol pan fydd sŵn gartref. Mae Dad-ddistewi yn ei droi ymlaen eto.
call-during-unmute-title = Distewi, yna dad-ddistewi
call-during-unmute = Mae Joyce mewn galwad gyda Dev. Mae ei chi yn dechrau cyfarth. Helpwch hi i ddistewi'r meicroffon, yna i'w ddad-ddistewi.
call-during-unmute-done = Da iawn. Rydych chi wedi distewi a dad-ddistewi.
call-during-about-camera-title = Eich camera
call-during-about-camera = Gallwch chi ddiffodd eich camera. Yna dydy'r lleill ddim yn eich gweld chi. Maen nhw'n dal i allu eich clywed chi.
call-during-camera-title = Camera i ffwrdd, yna ymlaen
call-during-camera = Helpwch Joyce i ddiffodd ei chamera, yna i'w droi ymlaen eto.
call-during-camera-done = Da iawn. Mae camera Joyce ymlaen eto.
call-during-about-leaving-title = Gadael
call-during-about-leaving = Pan fyddwch chi eisiau gorffen, dywedwch hwyl fawr. Yna dewiswch Gadael yr alwad. Dydy'r ymarfer hwn ddim yn gallu eich clywed, felly rydych chi'n teipio beth rydych chi'n ei ddweud.
call-during-leave-title = Gadael yr alwad
call-during-leave = Mae Joyce a Dev wedi cael sgwrs dda. Helpwch hi i ddweud hwyl fawr: dewiswch Dweud rhywbeth, a theipiwch Hwyl fawr. Yna gadewch yr alwad.
call-during-leave-words = Hwyl fawr
call-during-leave-done = Da iawn. Dywedodd Joyce hwyl fawr a gadael yr alwad.
call-during-check-title = Gwiriad cyflym
call-during-check = Mae ci yn cyfarth gartref. Beth allwch chi ei wneud, fel nad yw'r lleill yn ei glywed?
call-during-check-camera = Diffodd fy nghamera
call-during-check-camera-feedback = Ddim yn hollol. Mae'r camera ar gyfer y llun. Mae Distewi yn diffodd y sain.
call-during-check-mute = Distewi fy meicroffon
call-during-check-mute-feedback = Ie, mae hynny'n gywir. Dad-ddistewch pan fyddwch chi eisiau siarad eto.
call-during-check-leave = Gadael yr alwad
call-during-check-leave-feedback = Ddim yn hollol. Gallwch chi ddistewi am eiliad, ac aros yn yr alwad.
call-during-recap-title = Da iawn
call-during-recap =
    Mae Distewi yn diffodd eich sain. Mae botwm y camera yn diffodd eich llun.
    Dywedwch hwyl fawr, yna dewiswch Gadael yr alwad i orffen yr alwad.

## Lesson 5: Calling family
call-family-title = Ffonio'r teulu
call-family-summary = Ateb galwad deuluol pan fydd yn canu, ac ymuno ag un o ddolen.
call-family-intro-title = Galwad sy'n canu
call-family-intro =
    Mae'r rhan fwyaf o alwadau teulu yn canu, fel galwad ffôn. Maen nhw'n dod drwy ap, fel WhatsApp neu FaceTime.
    Rhaglen ar ffôn neu lechen yw ap. Rydych chi'n ei agor drwy dapio ei lun bach, sef eicon.
call-family-buttons-title = Ateb neu orffen
call-family-buttons =
    Pan fydd Dev yn ffonio, mae ffôn Joyce yn canu ac yn dangos ei enw.
    I ateb, dewiswch Answer neu Accept (ateb, derbyn). I ddweud na, dewiswch Decline (gwrthod). I orffen yr alwad, dewiswch End (gorffen).
    Ar lawer o ffonau, mae'r botwm ateb yn wyrdd, ac mae'r botwm gorffen yn goch.
call-family-answer-title = Mae Dev yn ffonio
call-family-answer = Mae ffôn Joyce yn canu. Mae'n dangos bod Dev yn ffonio. Helpwch hi i ateb yr alwad.
call-family-answer-done = Da iawn. Mae Joyce wedi ateb. Nawr mae hi'n gallu gweld a chlywed Dev.
call-family-link-title = Ymuno o ddolen
call-family-link =
    Mae rhai galwadau'n gweithio'r ffordd arall. Rydych chi'n cael dolen, yn ei hagor, ac yn ymuno, fel ar gyfer apwyntiad gyda'r meddyg teulu.
    Weithiau mae Dev yn anfon dolen ar gyfer galwad deuluol fawr. Helpwch Joyce i ymuno â hi nawr.
call-family-join-title = Ymuno â'r alwad deuluol
call-family-join = Helpwch Joyce i ymuno â galwad Dev o'i ddolen. Defnyddiwch ei henw, Joyce.
call-family-join-words = Joyce
call-family-join-done = Da iawn. Mae Joyce yn yr alwad gyda Dev.
call-family-leave-title = Dweud hwyl fawr
call-family-leave = Mae Joyce wedi cael sgwrs braf. Helpwch hi i adael yr alwad.
call-family-leave-done = Da iawn. Mae Joyce wedi gwneud galwad fideo gyfan.
call-family-check-title = Gwiriad cyflym
call-family-check = Sut mae'r rhan fwyaf o alwadau fideo teulu yn dechrau?
call-family-check-letter = Gyda llythyr yn y post
call-family-check-letter-feedback = Ddim yn hollol. Mae'r rhan fwyaf o alwadau teulu yn canu, fel galwad ffôn. Rydych chi'n ateb.
call-family-check-rings = Mae'r ffôn yn canu, ac rydych chi'n ateb
call-family-check-rings-feedback = Ie, mae hynny'n gywir. Mae rhai galwadau'n dod fel dolen yn lle hynny.
call-family-check-password = Rydych chi'n teipio cyfrinair eich banc
call-family-check-password-feedback = Na. Peidiwch byth â theipio cyfrinair banc i ymuno â galwad.
call-family-recap-title = Da iawn
call-family-recap =
    Mae'r rhan fwyaf o alwadau teulu yn canu. Dewiswch Answer neu Accept i siarad. Mae End yn gorffen yr alwad.
    Ar gyfer galwad o ddolen, agorwch y ddolen, caniatewch y camera a'r meicroffon, ac ymunwch.

## Done for real: a learner records this on their home page after the course.
call-milestone-made = Gwnes i alwad fideo i fy nheulu neu ffrind
