# The safe practice screens: an email inbox, a video call and the NHS App.
# They must look and behave like the real thing, and always say they are practice.
# Arguments: $label, $field and $value are other words put in place; $number counts.

practice-panel-title = Sgrin ymarfer. { $title }
practice-start-again = Dechrau'r ymarfer hwn eto
practice-text = { $text }
practice-box-empty = (gwag)
practice-secret-typed = { $count } nod wedi'u teipio
practice-nothing = Ddigwyddodd dim byd. Dydy hynny ddim yn gweithio ar y sgrin hon.
practice-off-track = Dydy hynny ddim yn rhan o'r dasg hon.
practice-way-back = { $mode ->
        [plain] Teipiwch nôl i fynd yn ôl.
       *[tui] Pwyswch Escape i fynd yn ôl.
    }
practice-way-back-inbox = { $mode ->
        [plain] Teipiwch nôl i fynd yn ôl i'ch mewnflwch.
       *[tui] Pwyswch Escape i fynd yn ôl i'ch mewnflwch.
    }
practice-did-reset = Mae'r ymarfer wedi dechrau eto o'r dechrau.
practice-did-back = Rydych chi wedi mynd yn ôl.
practice-did-edit = { $mode ->
        [plain] Teipiwch yn y blwch { $field }, wedyn pwyswch Enter.
       *[tui] Rydych chi yn y blwch { $field }. Teipiwch, wedyn pwyswch Enter.
    }
practice-did-type = Rydych chi wedi teipio yn y blwch { $field }.
practice-box-now = Yn y blwch { $field } nawr mae { $text }.
practice-box-unchanged = Does dim byd wedi newid yn y blwch { $field }.
practice-spelt = Yn y blwch { $field } mae { $text }.
practice-spelt-nothing = Mae'r blwch { $field } yn wag.
practice-did-stop-typing = Rydych chi wedi stopio teipio.

## Help on practice screens: a hint, then "show me", then "do it for me".
practice-hint-choose = Awgrym. Chwiliwch am { $label }.
practice-hint-type = Awgrym. Teipiwch yn y blwch { $field }, wedyn pwyswch Enter.
practice-show-choose = { $mode ->
        [plain] Teipiwch { $number } a phwyswch Enter, i ddewis { $label }.
       *[tui] Dewiswch { $label }. Rhif { $number } yw e, ac mae wedi'i farcio nawr. Pwyswch Enter.
    }
practice-show-type = Teipiwch { $text } yn y blwch { $field }, wedyn pwyswch Enter.
practice-help-did = Fe wnes i hyn i chi. { $did }
practice-help-typed = Fe wnes i deipio { $text } i chi. { $field }
practice-help-typed-secret = Fe wnes i deipio'r cyfrinair ymarfer i chi. { $field }

## Email: the inbox
practice-inbox-title = Mewnflwch
practice-inbox-count = { $count ->
        [zero] Does dim e-bost gennych chi.
        [one] Mae gennych chi 1 e-bost.
        [two] Mae gennych chi 2 e-bost.
        [few] Mae gennych chi { $count } e-bost.
        [many] Mae gennych chi { $count } e-bost.
       *[other] Mae gennych chi { $count } e-bost.
    } { $unread ->
        [0] Rydych chi wedi darllen pob un.
       *[other] { $unread } heb eu darllen eto.
    }
practice-inbox-item = { $unread ->
        [1] Newydd.{" "}
       *[0] {""}
    }{ $name }{ $addresses ->
        [1] , { $address }
       *[0] {""}
    }. { $subject }, { $date }{ $photo ->
        [1] , gyda llun
       *[0] {""}
    }
practice-inbox-write = Ysgrifennu e-bost newydd
practice-mail-title = { $subject }
practice-mail-from = Oddi wrth { $name }, { $address }
practice-mail-date = Anfonwyd { $date }
practice-mail-has-photo = Mae llun gyda'r e-bost hwn.
practice-mail-reply = Ateb
practice-mail-forward = Anfon ymlaen
practice-mail-delete = Dileu
practice-mail-open-photo = Agor y llun
practice-back-to-inbox = Yn ôl i'r mewnflwch
practice-photo-title = Llun
practice-photo-description = Mae'r llun yn dangos { $description }
practice-back-to-message = Yn ôl i'r e-bost
practice-compose-new = E-bost newydd
practice-compose-reply = Ateb
practice-compose-forward = Anfon ymlaen
practice-compose-quoting = Mae'r e-bost gan { $name } am { $subject } wedi'i ychwanegu o dan eich geiriau.
practice-field-to = At, { $value }
practice-field-subject = Pwnc, { $value }
practice-field-message = Neges, { $value }
practice-label-to = At
practice-label-subject = Pwnc
practice-label-message = Neges
practice-subject-re = Re: { $subject }
practice-subject-fwd = Fwd: { $subject }
practice-compose-send = Anfon
practice-compose-discard = Canslo a thaflu'r e-bost hwn
practice-did-open = Rydych chi wedi agor yr e-bost gan { $name }.
practice-did-write = Mae e-bost newydd ar agor. Llenwch At, Pwnc a Neges.
practice-did-reply = Mae ateb ar agor. Mae eu cyfeiriad yn y blwch At yn barod.
practice-did-forward = Mae'r e-bost yn barod i'w anfon ymlaen. Yn y blwch At, teipiwch at bwy mae'n mynd.
practice-did-delete = Mae'r e-bost wedi mynd i'r bin.
practice-did-photo = Rydych chi wedi agor y llun. Mae'n dangos { $description }
practice-did-back-inbox = Rydych chi wedi mynd yn ôl i'ch mewnflwch.
practice-did-back-message = Rydych chi wedi mynd yn ôl i'r e-bost.
practice-did-discard = Mae'r e-bost wedi'i daflu. Chafodd e ddim ei anfon.
practice-did-send = Mae eich e-bost wedi'i anfon at { $address }.
practice-send-no-address = Chafodd yr e-bost ddim ei anfon. Teipiwch gyfeiriad e-bost yn y blwch At, os gwelwch yn dda.
practice-send-bad-address = Chafodd yr e-bost ddim ei anfon. Dydy { $address } ddim yn gyfeiriad e-bost. Mae @ mewn cyfeiriad e-bost, fel name@example.com.
practice-send-address-space = Chafodd yr e-bost mo'i anfon. Mae bwlch yn { $address }. Does dim bylchau mewn cyfeiriad e-bost.
practice-send-address-no-name = Chafodd yr e-bost mo'i anfon. Does dim byd cyn yr @ yn { $address }. Mae enw cyn yr @ mewn cyfeiriad, fel enw@example.com.
practice-send-address-no-ending = Chafodd yr e-bost mo'i anfon. Dydy { $address } ddim yn gyfeiriad cyfan. Mae angen dot a diwedd ar ôl yr @, fel enw@example.com.

## Video call
practice-call-messages-title = Negeseuon testun
practice-call-text-from = Neges destun gan { $name }.
practice-call-text = { $text }
practice-call-open-link = Agor y ddolen
practice-call-browser-title = Porwr gwe
practice-call-permission = Mae'r dudalen hon eisiau defnyddio eich camera a'ch meicroffon.
practice-call-allow = Caniatáu
practice-call-block = Rhwystro
practice-call-blocked = Rydych chi wedi dewis Rhwystro. Heb eich camera a'ch meicroffon, all neb eich gweld na'ch clywed chi.
practice-call-try-again = Rhoi cynnig arall
practice-call-ready-title = Yn barod i ymuno?
practice-call-you = Mae eich camera yn dangos { $description }
practice-call-status = { $muted ->
        [1] Mae eich meicroffon i ffwrdd.
       *[0] Mae eich meicroffon ymlaen.
    } { $camera ->
        [1] Mae eich camera ymlaen.
       *[0] Mae eich camera i ffwrdd.
    }
practice-call-name-box = Eich enw, { $value }
practice-call-name-label = Eich enw
practice-call-join = Ymuno nawr
practice-call-need-name = Teipiwch eich enw yn gyntaf, os gwelwch yn dda. Wedyn bydd y lleill yn gwybod pwy ydych chi.
practice-call-waiting-title = Ystafell aros
practice-call-waiting = Arhoswch, os gwelwch yn dda. Bydd y trefnydd yn eich gadael i mewn cyn bo hir.
practice-call-keep-waiting = Dal i aros
practice-call-ringing-title = Galwad fideo yn dod i mewn
practice-call-ringing = Mae { $name } yn eich ffonio chi.
practice-call-answer = Ateb (Answer)
practice-call-decline = Gwrthod (Decline)
practice-call-declined-title = Galwad wedi'i gwrthod
practice-call-declined = Rydych chi wedi dweud na wrth yr alwad. Gall { $name } ffonio eto.
practice-call-ring-again = Aros i { $name } ffonio eto
practice-call-did-answer = Rydych chi wedi ateb. Rydych chi'n gallu gweld a chlywed { $name }.
practice-call-did-decline = Rydych chi wedi gwrthod yr alwad.
practice-call-did-ring-again = Mae { $name } yn ffonio eto.
practice-call-end = Gorffen yr alwad (End)
practice-call-did-end = Rydych chi wedi gorffen yr alwad.
practice-call-use-end = I orffen yr alwad, dewiswch Gorffen yr alwad.
practice-call-say-box = Dweud rhywbeth drwy ei deipio, gan nad yw'r ymarfer hwn yn gallu eich clywed. { $value }
practice-call-say-label = Beth rydych chi'n ei ddweud
practice-call-did-say = Dywedoch chi, { $text }
practice-call-you-said = Dywedoch chi, { $text }
practice-call-in-call-title = Yn yr alwad
practice-call-with = Rydych chi yn yr alwad gyda { $name }.
practice-call-scene = Gallwch chi weld { $description }
practice-call-mute = Distewi
practice-call-unmute = Dad-ddistewi
practice-call-camera-off = Diffodd y camera
practice-call-camera-on = Troi'r camera ymlaen
practice-call-leave = Gadael yr alwad
practice-call-left-title = Mae'r alwad wedi gorffen
practice-call-left = Rydych chi wedi gadael yr alwad.
practice-call-use-leave = I adael yr alwad, dewiswch Gadael yr alwad.
practice-call-did-open = Mae'r ddolen wedi agor yn y porwr gwe.
practice-call-did-allow = Rydych chi wedi caniatáu'r camera a'r meicroffon.
practice-call-did-block = Rydych chi wedi rhwystro'r camera a'r meicroffon.
practice-call-did-try-again = Mae'r porwr yn gofyn eto.
practice-call-did-join = Rydych chi wedi gofyn am gael ymuno.
practice-call-did-leave-waiting = Rydych chi wedi gadael yr ystafell aros.
practice-call-let-in = Mae'r trefnydd wedi eich gadael i mewn.
practice-call-did-mute = Rydych chi wedi distewi. All neb eich clywed chi.
practice-call-did-unmute = Mae eich meicroffon ymlaen. Gall pawb eich clywed chi.
practice-call-did-camera-off = Mae eich camera i ffwrdd. All neb eich gweld chi.
practice-call-did-camera-on = Mae eich camera ymlaen. Gall pawb eich gweld chi.
practice-call-did-leave = Rydych chi wedi gadael yr alwad.
practice-call-did-back = Rydych chi wedi mynd yn ôl i'ch negeseuon testun.

## NHS App (practice: made-up details that open nothing real)
practice-nhs-login-title = Mewngofnodi GIG
practice-nhs-login-details = Manylion ymarfer yw'r rhain, nid rhai go iawn. Y cyfeiriad e-bost yw { $email }. Y cyfrinair yw { $password }.
practice-nhs-email-box = Cyfeiriad e-bost, { $value }
practice-nhs-email-label = Cyfeiriad e-bost
practice-nhs-password-box = Cyfrinair, { $value }
practice-nhs-password-label = Cyfrinair
practice-nhs-continue = Parhau (Continue)
practice-nhs-wrong-login = Dydy'r cyfeiriad e-bost neu'r cyfrinair ddim yn iawn. Gwiriwch nhw a rhowch gynnig arall arni.
practice-nhs-did-login = Mae'r e-bost a'r cyfrinair yn iawn.
practice-nhs-code-title = Rhowch y cod diogelwch
practice-nhs-code-sent = Rydyn ni wedi anfon cod diogelwch 6 digid i'ch ffôn symudol mewn neges destun.
practice-nhs-code-text = Neges destun ymarfer. Eich cod diogelwch Mewngofnodi GIG yw { $code }.
practice-nhs-code-box = Cod diogelwch, { $value }
practice-nhs-code-label = Cod diogelwch
practice-nhs-wrong-code = Dydy'r cod diogelwch hwnnw ddim yn iawn. Gwiriwch y neges destun a rhowch gynnig arall arni.
practice-nhs-did-code = Rydych chi wedi mewngofnodi.
practice-nhs-prove-title = Profi pwy ydych chi
practice-nhs-prove-why = I archebu presgripsiynau, mae angen i Mewngofnodi GIG wirio pwy ydych chi. Dim ond unwaith rydych chi'n gwneud hyn.
practice-nhs-prove-question = Oes gennych chi ddogfen adnabod â llun, fel pasbort neu drwydded yrru?
practice-nhs-have-photo-id = Oes, mae gen i ddogfen adnabod â llun (Yes, I have photo ID)
practice-nhs-no-photo-id = Nac oes, does gen i ddim dogfen adnabod â llun (No, I do not have photo ID)
practice-nhs-back = Yn ôl (Back)
practice-nhs-did-photo-id = Rydych chi wedi dewis Oes, mae gen i ddogfen adnabod â llun.
practice-nhs-did-no-photo-id = Rydych chi wedi dewis Nac oes, does gen i ddim dogfen adnabod â llun.
practice-nhs-photo-title = Tynnu llun o'ch dogfen adnabod
practice-nhs-photo-help = Tynnwch lun o'ch pasbort neu'ch trwydded yrru. Ymarfer yw hwn, felly does dim llun go iawn yn cael ei dynnu.
practice-nhs-take-photo = Tynnu'r llun
practice-nhs-did-take-photo = Mae'r llun o'ch dogfen adnabod wedi'i dynnu.
practice-nhs-face-title = Dangos mai chi sydd yno
practice-nhs-face-help = Sganiwch eich wyneb, neu recordiwch fideo byr ohonoch chi'n dweud 4 rhif. Ymarfer yw hwn, felly does dim byd yn cael ei recordio go iawn.
practice-nhs-scan-face = Sganio fy wyneb
practice-nhs-record-video = Recordio fideo byr
practice-nhs-did-scan-face = Mae eich wyneb wedi'i sganio. Bydd Mewngofnodi GIG yn anfon yr ateb atoch chi drwy e-bost. Gall gymryd 24 awr neu fwy.
practice-nhs-did-record-video = Mae eich fideo wedi'i recordio. Bydd Mewngofnodi GIG yn anfon yr ateb atoch chi drwy e-bost. Gall gymryd 24 awr neu fwy.
practice-nhs-details-title = Manylion gan eich meddygfa
practice-nhs-details-help = Teipiwch y 3 manylyn o lythyr eich meddygfa. Manylion ymarfer yw'r rhain, nid rhai go iawn. Yr ODS code yw { $ods }. Yr Account ID yw { $account }. Y Linkage Key yw { $linkage }.
practice-nhs-ods-box = ODS code, { $value }
practice-nhs-ods-label = ODS code
practice-nhs-account-box = Account ID, { $value }
practice-nhs-account-label = Account ID
practice-nhs-linkage-box = Linkage Key, { $value }
practice-nhs-linkage-label = Linkage Key
practice-nhs-wrong-details = Dydy un o'r manylion ddim yn iawn. Gwiriwch nhw yn erbyn y llythyr a rhowch gynnig arall arni.
practice-nhs-did-details = Mae'r 3 manylyn wedi'u hanfon. Bydd Mewngofnodi GIG yn anfon yr ateb atoch chi drwy e-bost. Gall gymryd 24 awr neu fwy.
practice-nhs-checking-title = Rydyn ni'n gwirio pwy ydych chi
practice-nhs-checking = Diolch. Mae Mewngofnodi GIG yn gwirio eich manylion. Byddwch chi'n cael yr ateb drwy e-bost. Gall gymryd 24 awr neu fwy, ac yn hirach ar benwythnosau.
practice-nhs-home-title = Hafan yr NHS App
practice-nhs-home = Croeso i'r NHS App. Dyma'r fersiwn ymarfer.
practice-nhs-prescriptions = Presgripsiynau (Prescriptions)
practice-nhs-did-prescriptions = Rydych chi wedi agor Presgripsiynau.
practice-nhs-prescriptions-title = Presgripsiynau
practice-nhs-order = Archebu presgripsiwn amlroddadwy (Order a repeat prescription)
practice-nhs-orders = Gwirio eich presgripsiynau (Check your prescriptions)
practice-nhs-pharmacy = Eich fferyllfa enwebedig (Your nominated pharmacy)
practice-nhs-home-button = Yn ôl i'r Hafan
practice-nhs-did-order = Dyma eich meddyginiaethau amlroddadwy.
practice-nhs-choose-title = Dewiswch eich meddyginiaethau
practice-nhs-choose-help = Dewiswch y meddyginiaethau sydd eu hangen arnoch chi. Allwch chi ddim archebu rhai ohonyn nhw eto. Mae'r rheini'n dweud pam.
practice-nhs-medicine-chosen = Wedi dewis, { $name }
practice-nhs-medicine-not-chosen = Heb ddewis, { $name }
practice-nhs-medicine-requested = { $name }, mae cais wedi'i wneud yn barod. Allwch chi ddim ei harchebu eto am y tro.
practice-nhs-medicine-too-soon = { $name }, rhy fuan. Gallwch chi ei harchebu o { $date } ymlaen.
practice-nhs-medicine-review = { $name }, angen adolygiad. Cysylltwch â'ch meddygfa.
practice-nhs-did-choose = Rydych chi wedi dewis { $name }.
practice-nhs-did-unchoose = Dydych chi ddim wedi dewis { $name } nawr.
practice-nhs-why-requested = Mae cais am { $name } wedi'i wneud yn barod. Mae eich meddygfa yn edrych arno.
practice-nhs-why-too-soon = Mae'n rhy fuan i archebu { $name }. Gallwch chi ei harchebu o { $date } ymlaen.
practice-nhs-why-review = Mae angen adolygiad ar { $name } yn gyntaf. Cysylltwch â'ch meddygfa i drefnu un.
practice-nhs-choose-one = Dewiswch o leiaf un feddyginiaeth yn gyntaf, os gwelwch yn dda.
practice-nhs-did-continue = Rydych chi wedi mynd i'r sgrin nesaf.
practice-nhs-note-title = Ychwanegu nodyn
practice-nhs-note-help = Gallwch chi ychwanegu nodyn i'ch meddygfa. Does dim rhaid i chi wneud hyn.
practice-nhs-note-box = Nodyn, { $value }
practice-nhs-note-label = Nodyn
practice-nhs-review-title = Gwirio eich archeb
practice-nhs-review-medicine = Meddyginiaeth, { $name }
practice-nhs-review-note = Nodyn, { $note }
practice-nhs-review-pharmacy = Bydd eich presgripsiwn yn mynd i { $name }, { $address }.
practice-nhs-confirm = Cadarnhau ac anfon (Confirm and send)
practice-nhs-change = Newid
practice-nhs-did-confirm = Mae eich archeb wedi'i hanfon.
practice-nhs-sent-title = Archeb wedi'i hanfon
practice-nhs-sent = Bydd eich meddygfa yn gwirio eich archeb. Pan fydd hi wedi'i chymeradwyo, bydd hi'n mynd i { $name }, { $address }.
practice-nhs-back-to-prescriptions = Yn ôl i'r presgripsiynau
practice-nhs-did-orders = Dyma eich presgripsiynau.
practice-nhs-orders-title = Eich presgripsiynau
practice-nhs-no-orders = Dydych chi ddim wedi archebu unrhyw bresgripsiynau.
practice-nhs-order-line = { $name }, { $status ->
        [requested] cais wedi'i wneud. Yn aros am eich meddygfa.
        [approved] wedi'i chymeradwyo gan eich meddygfa. Wedi'i hanfon i'ch fferyllfa.
        [rejected] heb ei chymeradwyo.
        [ready] yn barod i'w chasglu o'ch fferyllfa.
       *[cancelled] wedi'i chanslo.
    }
practice-nhs-order-reason = Mae'r feddygfa yn dweud pam. { $reason }
practice-nhs-cancel = Canslo'r cais hwn am { $name }
practice-nhs-did-cancel = Mae'r cais wedi'i ganslo.
practice-nhs-update = Gwirio am ddiweddariadau (Check for updates)
practice-nhs-did-update = Mae newyddion am eich presgripsiwn. Mae rhai diwrnodau wedi mynd heibio.
practice-nhs-no-update = Does dim newyddion.
practice-nhs-did-pharmacy = Dyma eich fferyllfa enwebedig.
practice-nhs-pharmacy-title = Eich fferyllfa enwebedig
practice-nhs-pharmacy-now = { $name }, { $address }
practice-nhs-pharmacy-explain = Eich fferyllfa enwebedig yw'r fferyllfa y dewisoch chi i anfon eich presgripsiynau ati.
practice-nhs-change-pharmacy = Newid eich fferyllfa enwebedig (Change your nominated pharmacy)
practice-nhs-did-change-pharmacy = Dewiswch fferyllfa newydd.
practice-nhs-choose-pharmacy-title = Dewis fferyllfa
practice-nhs-choose-pharmacy-help = Dewiswch y fferyllfa rydych chi eisiau i'ch presgripsiynau fynd iddi.
practice-nhs-pharmacy-item = { $name }, { $address }
practice-nhs-keep-pharmacy = Cadw fy fferyllfa
practice-nhs-did-pick = Eich fferyllfa enwebedig nawr yw { $name }.

## Negeseuon testun ar ffôn
practice-texts-title = Negeseuon testun
practice-texts-count = { $count ->
        [zero] Does dim negeseuon testun gennych chi.
        [one] Mae gennych chi 1 neges destun.
        [two] Mae gennych chi 2 neges destun.
        [few] Mae gennych chi { $count } neges destun.
        [many] Mae gennych chi { $count } neges destun.
       *[other] Mae gennych chi { $count } neges destun.
    }
practice-texts-item = { $unread ->
        [1] Newydd.{" "}
       *[0] {""}
    }{ $name }, { $date }
practice-texts-from = { $name }
practice-texts-sent = Anfonwyd { $date }
practice-texts-forward = Anfon ymlaen
practice-texts-delete = Dileu
practice-texts-back = Yn ôl i'ch negeseuon
practice-texts-forward-title = Anfon neges destun ymlaen
practice-texts-forwarding = Mae'r neges hon yn mynd gydag e. { $text }
practice-texts-to-box = At rif ffôn, { $value }
practice-texts-to-label = At
practice-texts-send = Anfon
practice-texts-discard = Canslo, a pheidio â'i hanfon
practice-texts-did-open = Rydych chi wedi agor y neges destun gan { $name }.
practice-texts-did-forward = Mae'r neges destun yn barod i'w hanfon ymlaen. Teipiwch at bwy mae'n mynd yn y blwch At.
practice-texts-did-delete = Mae'r neges destun wedi'i dileu.
practice-texts-did-send = Mae'r neges destun wedi'i hanfon at { $number }.
practice-texts-bad-number = Dydy'r neges destun ddim wedi'i hanfon. Teipiwch rif ffôn yn y blwch At, os gwelwch yn dda. Dim ond rhifau sydd mewn rhif ffôn.
practice-texts-did-discard = Dydy'r neges destun ddim wedi'i hanfon.
practice-texts-did-back = Rydych chi wedi mynd yn ôl i'ch negeseuon.
practice-texts-way-back = { $mode ->
        [plain] Teipiwch nôl i fynd yn ôl i'ch negeseuon.
       *[tui] Pwyswch Escape i fynd yn ôl i'ch negeseuon.
    }
