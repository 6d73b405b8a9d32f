# Course: Video calls (lessons/03-video-calls). Facts: shared/docs/content-sources.md,
# "Joining a video appointment from a link". Made-up people; example links.

call-title = Galwadau fideo
call-summary = Gweld a siarad â theulu, ffrindiau a'ch meddyg teulu ar alwad fideo.

## The practice calls
call-dev-name = Dev
call-dev-text = Helo, Dev sydd yma. Ymunwch â'n galwad deuluol yma: meet.example.com/family
call-dev-scene = Dev a dau o blant, yn codi llaw arnoch chi o soffa.
call-surgery-name = Meddygfa Lôn Werdd
call-surgery-text = Mae eich apwyntiad fideo gyda Dr Okafor am 10:30 heddiw. Ymunwch yma: video.example.org/gp
call-doctor-name = Dr Okafor
call-doctor-scene = Dr Okafor, yn eistedd wrth ddesg, yn gwenu.
call-me = eich wyneb, gyda golau o'ch blaen, mewn ystafell dawel.

## Lesson 1: What a video call is
call-what-title = Beth yw galwad fideo
call-what-summary = Dysgwch beth yw galwad fideo, a beth sydd ei angen arnoch chi.
call-what-intro-title = Beth yw galwad fideo
call-what-intro =
    Mewn galwad fideo, gallwch chi weld a chlywed y bobl eraill wrth i chi siarad.
    Mae fel galwad ffôn, gyda lluniau.
call-what-need-title = Beth sydd ei angen arnoch chi
call-what-need =
    Mae angen cyfrifiadur, llechen (tabled) neu ffôn arnoch chi, gyda chamera, meicroffon a seinydd.
    Mae gan y rhan fwyaf o liniaduron, llechi a ffonau y tri pheth yn barod.
    Mae angen y rhyngrwyd arnoch chi hefyd.
call-what-allow-title = Camera a meicroffon
call-what-allow =
    Mae Dev wedi anfon neges destun atoch chi gyda dolen i alwad.
    Agorwch y ddolen, a chaniatewch y camera a'r meicroffon.
call-what-allow-done = Da iawn. Nawr mae'r alwad yn gallu eich gweld a'ch clywed.
call-what-check-title = Gwiriad cyflym
call-what-check = Beth sydd ei angen arnoch chi ar gyfer galwad fideo?
call-what-check-post = Stamp ac amlen
call-what-check-post-feedback = Ddim yn hollol. Mae angen camera, meicroffon, seinydd a'r rhyngrwyd ar gyfer galwad fideo.
call-what-check-camera = Camera, meicroffon a'r rhyngrwyd
call-what-check-camera-feedback = Ie, mae hynny'n gywir. A seinydd, i glywed y lleill.
call-what-check-printer = Argraffydd
call-what-check-printer-feedback = Ddim yn hollol. Mae angen camera, meicroffon, seinydd a'r rhyngrwyd ar gyfer galwad fideo.
call-what-recap-title = Da iawn
call-what-recap =
    Mewn galwad fideo, rydych chi'n gweld ac yn clywed eich gilydd.
    Y tro cyntaf, rydych chi'n caniatáu'r camera a'r meicroffon.

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
    Mae Dev wedi anfon dolen atoch chi eto. Agorwch hi, a chaniatewch y camera a'r meicroffon.
    Byddwch chi'n gweld eich hun. Teipiwch eich enw cyntaf, ymunwch, ac arhoswch i gael eich gadael i mewn.
call-ready-join-words = { $name }
call-ready-join-done = Da iawn. Rydych chi yn yr alwad gyda Dev.
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
    Mae rhai meddygfeydd yn gweld cleifion drwy fideo.
    Mae'n arbed taith i chi, ac rydych chi'n siarad â'r meddyg o'ch cartref.
call-gp-link-title = Y ddolen
call-gp-link =
    Mae'r feddygfa yn anfon neges destun gyda dolen.
    Tapiwch neu agorwch y ddolen. Mae'n agor yn eich porwr gwe.
    Caniatewch y camera a'r meicroffon pan fydd yn gofyn i chi.
call-gp-waiting-title = Yr ystafell aros
call-gp-waiting =
    Efallai y byddwch chi'n aros mewn ystafell aros yn gyntaf, fel yn y feddygfa.
    Arhoswch yno. Mae'r meddyg yn eich gadael i mewn pan fydd yn barod.
call-gp-join-title = Ymuno â'ch apwyntiad
call-gp-join =
    Mae eich meddygfa wedi anfon neges destun gyda dolen ar gyfer eich apwyntiad fideo.
    Ymunwch ag e. Agorwch y ddolen, a chaniatewch y camera a'r meicroffon. Yna teipiwch eich enw, ac arhoswch i gael eich gadael i mewn.
call-gp-join-words = { $name }
call-gp-join-done = Da iawn. Rydych chi yn eich apwyntiad gyda Dr Okafor.
call-gp-check-title = Gwiriad cyflym
call-gp-check = Rydych chi yn yr ystafell aros. Beth ydych chi'n ei wneud?
call-gp-check-leave = Gadael, a rhoi cynnig arall arni wedyn
call-gp-check-leave-feedback = Ddim yn hollol. Arhoswch yn yr ystafell aros. Bydd y meddyg yn eich gadael i mewn.
call-gp-check-wait = Aros i gael fy ngadael i mewn
call-gp-check-wait-feedback = Ie, mae hynny'n gywir. Mae'r meddyg yn eich gadael i mewn pan fydd yn barod.
call-gp-check-call = Ffonio'r feddygfa ar unwaith
call-gp-check-call-feedback = Ddim yn hollol. Mae aros yn normal. Bydd y meddyg yn eich gadael i mewn.
call-gp-recap-title = Da iawn
call-gp-recap =
    Agorwch y ddolen yn y neges destun.
    Caniatewch y camera a'r meicroffon, ac arhoswch yn yr ystafell aros.

## Lesson 4: During the call
call-during-title = Yn ystod galwad
call-during-summary = Distewi a dad-ddistewi, diffodd eich camera a'i droi ymlaen, a gadael galwad.
call-during-about-mute-title = Distewi
call-during-about-mute =
    Mae Distewi yn diffodd eich meicroffon. Yna does neb yn gallu eich clywed chi.
    Mae'n ddefnyddiol pan fydd sŵn gartref. Mae Dad-ddistewi yn ei droi ymlaen eto.
call-during-unmute-title = Distewi, yna dad-ddistewi
call-during-unmute = Rydych chi mewn galwad gyda Dev. Distewch eich meicroffon, yna dad-ddistewch e.
call-during-unmute-done = Da iawn. Rydych chi wedi distewi a dad-ddistewi.
call-during-about-camera-title = Eich camera
call-during-about-camera = Gallwch chi ddiffodd eich camera. Yna dydy'r lleill ddim yn eich gweld chi. Maen nhw'n dal i allu eich clywed chi.
call-during-camera-title = Camera i ffwrdd, yna ymlaen
call-during-camera = Diffoddwch eich camera, yna trowch e ymlaen eto.
call-during-camera-done = Da iawn. Mae eich camera ymlaen eto.
call-during-about-leaving-title = Gadael
call-during-about-leaving = Pan fyddwch chi eisiau gorffen, dewiswch Gadael yr alwad. Dywedwch hwyl fawr yn gyntaf.
call-during-leave-title = Gadael yr alwad
call-during-leave = Dywedwch hwyl fawr wrth Dev, yna gadewch yr alwad.
call-during-leave-done = Da iawn. Rydych chi wedi gadael yr alwad.
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
    Mae Gadael yr alwad yn dod â'r alwad i ben.

## Lesson 5: Calling family
call-family-title = Ffonio'r teulu
call-family-summary = Ymuno â galwad deuluol o'r dechrau i'r diwedd.
call-family-intro-title = Galwad deuluol
call-family-intro =
    Mae Dev wedi anfon dolen ar gyfer galwad deuluol.
    Y tro hwn, gwnewch y cyfan eich hun. Gallwch chi ofyn am help unrhyw bryd.
call-family-join-title = Ymuno â'r alwad deuluol
call-family-join = Ymunwch â galwad Dev. Defnyddiwch eich enw cyntaf.
call-family-join-words = { $name }
call-family-join-done = Da iawn. Rydych chi yn yr alwad gyda Dev.
call-family-leave-title = Dweud hwyl fawr
call-family-leave = Rydych chi wedi cael sgwrs braf. Gadewch yr alwad.
call-family-leave-done = Da iawn. Rydych chi wedi gwneud galwad fideo gyfan.
call-family-check-title = Gwiriad cyflym
call-family-check = Beth ydych chi'n ei deipio cyn i chi ymuno â galwad?
call-family-check-name = Fy enw
call-family-check-name-feedback = Ie, mae hynny'n gywir. Yna mae'r lleill yn gwybod pwy ydych chi.
call-family-check-password = Cyfrinair fy manc
call-family-check-password-feedback = Na. Peidiwch byth â theipio cyfrinair banc i ymuno â galwad.
call-family-check-address = Cyfeiriad fy nghartref
call-family-check-address-feedback = Ddim yn hollol. Rydych chi'n teipio eich enw, fel bod y lleill yn gwybod pwy ydych chi.
call-family-recap-title = Da iawn
call-family-recap =
    Agorwch y ddolen, caniatewch y camera a'r meicroffon, teipiwch eich enw ac ymunwch.
    Arhoswch i gael eich gadael i mewn. Mae Gadael yr alwad yn dod â'r alwad i ben.
