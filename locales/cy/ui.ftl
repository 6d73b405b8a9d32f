# Geiriau'r tiwtor ei hun (nid geiriau cwrs). Brawddegau byr, geiriau bob dydd.
# $mode yw "tui" yn y sgrin lawn a "plain" yn y modd plaen, lle mae pobl yn teipio
# geiriau ac yn pwyso Enter yn lle pwyso bysellau unigol.

app-name = Signpost
text-missing = Mae rhai geiriau ar goll yma. Dywedwch wrth eich hyrwyddwr digidol, os gwelwch yn dda.
window-too-small = Mae'r ffenest yn rhy fach. Gwnewch hi'n fwy, neu gwnewch y testun yn llai.
window-large-too-small = Mae angen ffenest fwy ar gyfer print bras.
course-in-english = Does dim fersiwn o'r cwrs hwn yn eich iaith chi eto, felly mae'n Saesneg.
heading-learner = Signpost, { $name }
language-name = Cymraeg

## Statws y llais, bob amser ar y llinell waelod.
speech-starting = Mae'r llais yn dechrau.
speech-on = Mae'r llais ymlaen.
speech-off-chosen = { $mode ->
    [plain] Mae'r llais i ffwrdd. I'w droi ymlaen, teipiwch gosodiadau.
   *[tui] Mae'r llais i ffwrdd. Trowch e ymlaen yn y Gosodiadau.
}
speech-off-failed = Mae'r llais i ffwrdd. Doedd dim modd dechrau unrhyw beiriant llais. Mae Signpost yn dal i geisio.
speech-no-voice = Does dim llais ar gyfer yr iaith hon, felly mae Signpost yn dal ati gyda thestun yn unig.
speech-off-no-library = Mae'r llais i ffwrdd achos dydy'r llyfrgell lais (libspeechd2) ddim wedi'i gosod. Gall hyrwyddwr ei gosod.
speech-off-no-service = Mae'r llais i ffwrdd achos wnaeth y gwasanaeth llais (speech-dispatcher) ddim dechrau. Mae Signpost yn dal i geisio.
speech-off-timed-out = Mae'r llais i ffwrdd am nawr achos wnaeth y gwasanaeth llais ddim ateb. Mae Signpost yn dal i geisio.
speech-off-not-built = Mae'r llais i ffwrdd achos cafodd y copi hwn o Signpost ei wneud heb lais. Gall hyrwyddwr osod copi gyda llais.
speech-no-voice-said = Does dim llais ar gyfer { $language } ar y cyfrifiadur hwn. Mae Signpost yn dal ati gydag ysgrifen yn unig.

## Bysellau sy'n gweithio yma (sgrin lawn) a beth i'w deipio (modd plaen).
keys-choices = Saethau i fyny ac i lawr neu rif i symud. Enter i ddewis. Escape i fynd yn ôl. H am help. R i ailadrodd. W i glywed ble rydych chi. S am osodiadau. Q i stopio.
keys-continue = Enter i fynd ymlaen. Escape i fynd yn ôl. H am help. R i ailadrodd. W i glywed ble rydych chi. S am osodiadau. Q i stopio.
keys-practice = Pwyswch y fysell mae'r cam yn gofyn amdani. Escape i fynd yn ôl. F1 am help. F2 i ailadrodd.
keys-typing = Teipiwch, yna pwyswch Enter. Backspace i ddileu. Escape i fynd yn ôl. F1 am help.
keys-practice-screen = Saethau i fyny ac i lawr neu rif i symud. Enter i ddewis. Escape i fynd yn ôl. H am help. F5 i ddechrau eto.
keys-choices-short = Enter i ddewis. Esc i fynd yn ôl. H am help.
keys-continue-short = Enter i fynd ymlaen. Esc i fynd yn ôl. H am help.
keys-practice-short = Pwyswch y fysell sydd ei hangen. Esc i fynd yn ôl.
keys-typing-short = Teipiwch, yna Enter. Esc i fynd yn ôl.
keys-typing-secret = Teipiwch, yna pwyswch Enter. F7 i glywed beth wnaethoch chi ei deipio. Escape i fynd yn ôl. F1 am help.
keys-typing-secret-short = Teipiwch, yna Enter. F7 i'w glywed.
keys-practice-screen-short = Enter i ddewis. Esc i fynd yn ôl. H am help.
keys-choices-function = Saethau i fyny ac i lawr neu rif i symud. Enter i ddewis. Escape i fynd yn ôl. F1 am help. F2 i ailadrodd. F3 i glywed ble rydych chi. F4 am osodiadau. Control ac C i stopio.
keys-continue-function = Enter i fynd ymlaen. Escape i fynd yn ôl. F1 am help. F2 i ailadrodd. F3 i glywed ble rydych chi. F4 am osodiadau. Control ac C i stopio.
keys-practice-screen-function = Saethau i fyny ac i lawr neu rif i symud. Enter i ddewis. Escape i fynd yn ôl. F1 am help. F5 i ddechrau eto.
keys-choices-function-short = Enter i ddewis. Esc i fynd yn ôl. F1 am help.
keys-continue-function-short = Enter i fynd ymlaen. Esc i fynd yn ôl. F1 am help.
keys-practice-screen-function-short = Enter i ddewis. Esc i fynd yn ôl. F1 am help.
keys-command = Pwyswch y fysell mae'r cam yn gofyn amdani, sef R, H, W neu Q. Escape i fynd yn ôl.
keys-command-short = Pwyswch y fysell. Esc i fynd yn ôl.
window-more = Mae Page Up a Page Down yn dangos mwy.
prompt-choices = Teipiwch rif, yna pwyswch Enter. Neu deipiwch help.
prompt-continue = Pwyswch Enter i fynd ymlaen. Neu deipiwch help.
prompt-practice = Pwyswch y fysell, yna pwyswch Enter. Neu deipiwch help.
prompt-typing = { $mode ->
        [plain] Teipiwch eich ateb, yna pwyswch Enter. Neu deipiwch help. I deipio gair gorchymyn fel geiriau, gorffennwch gydag atalnod llawn, fel ble.
       *[tui] Teipiwch eich ateb, yna pwyswch Enter. Neu pwyswch F1 am help.
    }
prompt-practice-screen = Teipiwch rif, yna pwyswch Enter. Teipiwch help i gael awgrym, neu ailddechrau i ddechrau eto.
prompt-command = Teipiwch y gair mae'r cam yn gofyn amdano, wedyn pwyswch Enter.
prompt-typing-secret = { $mode ->
        [plain] Teipiwch y cyfrinair, yna pwyswch Enter. I glywed beth sydd yn y blwch, teipiwch sillafu. Neu deipiwch help.
       *[tui] Teipiwch y cyfrinair, yna pwyswch Enter. I glywed beth wnaethoch chi ei deipio, pwyswch F7. Neu pwyswch F1 am help.
    }

## Geiriau i'w teipio yn y modd plaen. Mae pob llinell yn rhestru'r geiriau (a'r
## llythrennau) sy'n gwneud yr un peth, gyda bwlch rhyngddyn nhw. Cadwch nhw'n fyr.
## Mae'r geiriau Saesneg yma hefyd, i bobl sy'n eu defnyddio nhw.
command-repeat = eto ailadrodd repeat r
command-help = help cymorth h ?
command-where = ble lle where w
command-back = nol nôl ol ôl back b
command-quit = stopio stop gadael quit q
command-again = ailddechrau dechrau again restart
command-settings = gosodiadau settings s
command-quiet = tawel distaw quiet
command-spell = sillafu spell

## Dewis pwy sy'n dysgu.
learners-title = Croeso i Signpost
learners-body = Pwy sy'n dysgu heddiw? Dewiswch eich enw.
learners-add = Ychwanegu dysgwr newydd
new-learner-title = Dysgwr newydd
new-learner-body =
    Beth yw eich enw cyntaf? Teipiwch eich enw, yna pwyswch Enter.
    Does dim angen cyfeiriad e-bost na chyfrinair arnoch chi.
new-learner-label = Eich enw cyntaf
new-learner-first-choices = Neu, i ddewis eich iaith neu i ddweud eich bod chi'n hyrwyddwr digidol, teipiwch ei rif a phwyswch Enter.
name-empty = Teipiwch eich enw cyntaf yn gyntaf, os gwelwch yn dda.
name-digits = Mae enw wedi'i wneud o lythrennau, nid rhifau yn unig. Teipiwch eich enw cyntaf, os gwelwch yn dda.
name-too-long = Mae'r enw yna'n rhy hir. Defnyddiwch { $max } llythyren neu lai, os gwelwch yn dda.
name-taken = Mae rhywun o'r enw { $name } yn dysgu yma'n barod. Ychwanegwch lythyren gyntaf eich cyfenw, fel { $name } B.

## Cyrsiau a gwersi dysgwr.
courses-title = Helo, { $name }
courses-body = Beth hoffech chi ei ddysgu heddiw?
courses-resume = Parhau o'r lle roeddech chi. { $lesson }, cam { $step } o { $total }
courses-item = { $course }, wedi gorffen { $done } o { $total } { $total ->
        [zero] gwers
        [one] wers
        [two] wers
        [few] gwers
        [many] gwers
       *[other] gwers
    }
courses-someone-else = Mae rhywun arall yn dysgu
courses-resume-none = Parhau o'r man lle gadawoch chi. Dim byd i'w barhau eto
courses-resume-none-said = Does dim gwers ar ei hanner eto. Dewiswch gwrs i ddechrau un.
courses-back-home = Dyma eich tudalen gartref, felly does dim byd i fynd yn ôl iddo. I stopio, dewiswch Mae rhywun arall yn dysgu, neu { $mode ->
        [plain] teipiwch stopio.
       *[tui] pwyswch Q.
    }
lessons-item-new = { $lesson }
lessons-item-started = { $lesson }, wedi dechrau, cam { $step } o { $total }
lessons-item-done = { $lesson }, wedi gorffen
back-to-courses = Yn ôl i'r rhestr cyrsiau

## Cam mewn gwers.
step-heading = { $course }. { $lesson }
step-title = Cam { $step } o { $total }. { $title }
step-typed-label = Beth rydych chi'n ei deipio
step-go-on = Pwyswch Enter i fynd ymlaen.
question-try-again = Rhowch gynnig arall arni.
key-wrong = Pwysoch chi { $pressed }. Mae angen { $expected } ar y cam hwn. Rhowch gynnig arall arni.
key-need-shift = Llythyren fach oedd honna. I gael llythyren fawr { $char }, daliwch Shift i lawr a phwyswch { $char }.
type-wrong = Teipioch chi { $typed }. Mae angen { $expected } ar y cam hwn. { $difference } Rhowch gynnig arall arni.
type-empty = Does dim byd wedi'i deipio eto. Teipiwch { $expected }, yna pwyswch Enter.
step-did-it = Fe wnes i hyn i chi.
step-show-choice = { $mode ->
        [plain] Yr ateb yw rhif { $number }, { $choice }. Teipiwch { $number }, yna pwyswch Enter.
       *[tui] Yr ateb yw rhif { $number }, { $choice }. Mae wedi'i amlygu nawr, felly pwyswch Enter.
    }
step-show-key = Mae angen { $key } ar y cam hwn. Pwyswch e nawr.
step-show-type = Teipiwch { $answer } yn union, yna pwyswch Enter.
step-show-command = { $mode ->
        [plain] Teipiwch { $word }, yna pwyswch Enter.
       *[tui] Pwyswch y llythyren { $key }.
    }
say-capital = priflythyren { $char }
type-diff-long = Mae mwy nag sydd ei angen ar y diwedd. Tynnwch { $extra }.
type-diff-short = Mae'r diwedd ar goll. Ychwanegwch { $rest }.
type-diff-character = Edrychwch ar nod { $position }. Mae angen { $wanted }, a theipioch chi { $got }.
step-type-exactly = Teipiwch hyn yn union, yna pwyswch Enter.

## Enwau bysellau, fel mae'r tiwtor yn eu dweud.
key-enter = Enter
key-space = y bylchwr
key-backspace = Backspace
key-tab = Tab
key-escape = Escape
key-up = y saeth i fyny
key-down = y saeth i lawr
key-left = y saeth i'r chwith
key-right = y saeth i'r dde
key-other = bysell arall
key-letter = y llythyren { $char }
key-capital = llythyren fawr { $char }
key-digit = y rhif { $char }
key-sign = y fysell { $char }

## Diwedd gwers.
done-title = Da iawn, { $name }!
done-body = Rydych chi wedi gorffen y wers { $lesson }.
done-next-lesson = Y wers nesaf, { $lesson }
done-next-course = Y cwrs nesaf, { $course }
done-back-to-course = Yn ôl i { $course }

## Stopio.
quit-title = Stopio am nawr?
quit-body =
    Mae popeth rydych chi wedi'i wneud wedi'i gadw.
    Y tro nesaf, dewiswch eich enw i barhau.
quit-body-unsaved =
    Nid oedd Signpost yn gallu cadw popeth rydych chi wedi'i wneud. Dywedwch wrth eich hyrwyddwr, os gwelwch yn dda.
quit-no = Na, dal ati
quit-yes = Ie, stopio nawr
goodbye = Hwyl fawr. Dewch yn ôl cyn bo hir.
goodbye-learner = Hwyl fawr, { $name }. Mae eich cynnydd wedi'i gadw.
goodbye-learner-unsaved = Hwyl fawr, { $name }. Nid oedd Signpost yn gallu cadw eich holl gynnydd. Dywedwch wrth eich hyrwyddwr, os gwelwch yn dda.
goodbye-learner-gone = Hwyl fawr, { $name }. Ni chadwyd eich cynnydd, oherwydd bod eich cofnod wedi'i dynnu oddi ar y cyfrifiadur hwn.
goodbye-unsaved = Hwyl fawr. Nid oedd Signpost yn gallu cadw popeth. Dywedwch wrth eich hyrwyddwr, os gwelwch yn dda.
save-failed = Nid oedd Signpost yn gallu cadw eich cynnydd. Dywedwch wrth eich hyrwyddwr, os gwelwch yn dda. Gallwch chi barhau: mae Signpost yn dal i geisio.
save-working-again = Mae Signpost yn gallu cadw eich cynnydd eto. Mae popeth wedi'i gadw nawr.
save-learner-gone = Mae eich cofnod wedi'i dynnu oddi ar y cyfrifiadur hwn, felly nid yw eich cynnydd yn cael ei gadw. Gallwch chi barhau. Dywedwch wrth eich hyrwyddwr, os gwelwch yn dda.
champion-save-trouble = Nid oedd Signpost yn gallu cadw cynnydd yn y sesiwn hon. Mae'r rheswm yn y ffeil signpost.log, yn ffolder data Signpost.

## Help, un neges ar gyfer pob math o sgrin.
help-title = Help
help-always = { $mode ->
        [plain] Teipiwch eto i glywed y cam unwaith eto. Teipiwch ble i glywed ble rydych chi. Teipiwch nol i fynd yn ôl, tawel i atal y llais, a stopio i stopio. Pwyswch Enter i gau'r help hwn.
       *[tui] Mae R yn ailadrodd. Mae W yn dweud ble rydych chi. Mae Escape yn mynd yn ôl, mae Bylchwr yn atal y llais, ac mae Q yn stopio. Pwyswch Enter i gau'r help hwn.
    }
help-always-typing = { $mode ->
        [plain] Teipiwch eto i glywed y cam unwaith eto. Teipiwch ble i glywed ble rydych chi. Teipiwch nol i fynd yn ôl, tawel i atal y llais, a stopio i stopio. Pwyswch Enter i gau'r help hwn.
       *[tui] Yma mae'r bysellau llythrennau yn teipio. Mae F2 yn ailadrodd, mae F3 yn dweud ble rydych chi, mae Escape yn mynd yn ôl, mae F6 yn atal y llais, ac mae Control ac C gyda'i gilydd yn stopio. Pwyswch Enter i gau'r help hwn.
    }
help-always-function = { $mode ->
        [plain] Teipiwch eto i glywed y cam unwaith eto. Teipiwch ble i glywed ble rydych chi. Teipiwch nol i fynd yn ôl, tawel i atal y llais, a stopio i stopio. Pwyswch Enter i gau'r help hwn.
       *[tui] Mae F2 yn ailadrodd, mae F3 yn dweud ble rydych chi, mae Escape yn mynd yn ôl, mae F6 yn atal y llais, ac mae Control ac C gyda'i gilydd yn stopio. Pwyswch Enter i gau'r help hwn.
    }
help-learners = { $mode ->
        [plain] Teipiwch y rhif wrth ymyl eich enw, yna pwyswch Enter. Os nad yw eich enw yno, dewiswch Ychwanegu dysgwr newydd.
       *[tui] Defnyddiwch y saethau i fyny ac i lawr i ddod o hyd i'ch enw, yna pwyswch Enter. Os nad yw eich enw yno, dewiswch Ychwanegu dysgwr newydd.
    }
help-new-learner = Teipiwch eich enw cyntaf gyda bysellau'r llythrennau. Mae Backspace yn dileu camgymeriad. Pwyswch Enter pan fyddwch chi wedi gorffen.
help-courses = { $mode ->
        [plain] Teipiwch rif cwrs, yna pwyswch Enter. Dewiswch "Parhau o'r lle roeddech chi" i fynd yn ôl i'ch cam olaf.
       *[tui] Symudwch i gwrs gyda'r saethau i fyny ac i lawr, yna pwyswch Enter. Dewiswch "Parhau o'r lle roeddech chi" i fynd yn ôl i'ch cam olaf.
    }
help-lessons = Dewiswch wers i'w dechrau. Mae gwers rydych chi wedi'i dechrau yn agor yn y cam lle stopioch chi.
help-lesson-done = Dewiswch y wers nesaf, neu ewch yn ôl i'r rhestr.
help-explain = Darllenwch y cam neu gwrandewch arno. Yna pwyswch Enter i fynd ymlaen.
help-question = { $mode ->
        [plain] Teipiwch rif eich ateb, yna pwyswch Enter. Os nad yw'n gywir, gallwch chi roi cynnig arall arni.
       *[tui] Symudwch i'ch ateb gyda'r saethau i fyny ac i lawr, yna pwyswch Enter. Neu bwyswch ei rif. Os nad yw'n gywir, gallwch chi roi cynnig arall arni.
    }
help-key = { $mode ->
        [plain] Pwyswch y fysell mae'r cam yn gofyn amdani, yna pwyswch Enter. Mae'r tiwtor yn dweud pa fysell a bwysoch chi.
       *[tui] Pwyswch y fysell mae'r cam yn gofyn amdani. Mae'r tiwtor yn dweud pa fysell a bwysoch chi. Mae Escape yn dal i fynd yn ôl.
    }
help-type = Teipiwch y geiriau mae'r cam yn gofyn amdanyn nhw, yna pwyswch Enter. Mae Backspace yn dileu'r llythyren cyn y cyrchwr.
help-command = { $mode ->
        [plain] Mae'r cam hwn yn gofyn i chi roi cynnig ar un o eiriau'r tiwtor, fel ailadrodd. Teipiwch y gair mae'r cam yn gofyn amdano, wedyn pwyswch Enter. Yna pwyswch Enter i fynd ymlaen.
       *[tui] Mae'r cam hwn yn gofyn i chi roi cynnig ar un o fysellau'r tiwtor, fel R. Pwyswch y fysell mae'r cam yn gofyn amdani. Yna pwyswch Enter i fynd ymlaen.
    }
help-practice = Sgrin ymarfer yw hon. Does dim byd yma'n go iawn, a does dim byd yn gallu mynd o'i le. { $mode ->
        [plain] Teipiwch help i gael awgrym. Teipiwch help eto i weld sut, ac eto i'r tiwtor ei wneud drosoch chi. Teipiwch ailddechrau i ddechrau'r ymarfer eto.
       *[tui] Pwyswch H i gael awgrym. Pwyswch H eto i weld sut, ac eto i'r tiwtor ei wneud drosoch chi. Mae F5 yn dechrau'r ymarfer eto.
    }

## Ble ydw i?
where-learners = Rydych chi ar y sgrin gyntaf, yn dewis pwy sy'n dysgu.
where-new-learner = Rydych chi'n ychwanegu dysgwr newydd.
where-courses = Rydych chi ar y rhestr cyrsiau ar gyfer { $name }.
where-lessons = Rydych chi yn y cwrs { $course }, ar y rhestr gwersi.
where-step = Rydych chi yn y cwrs { $course }, y wers { $lesson }, cam { $step } o { $total }.
where-lesson-done = Rydych chi wedi gorffen y wers { $lesson }.
where-help = Rydych chi'n darllen yr help.
where-quit = Mae'r tiwtor yn gofyn a ydych chi eisiau stopio.
where-focus = Rydych chi ar { $item }.

## Hwb bach, pan nad yw'r hyn a gafodd ei deipio neu ei bwyso yn ffitio.
nudge-choices = { $mode ->
        [plain] { $count ->
            [2] Teipiwch 1 neu 2, yna pwyswch Enter.
           *[other] Teipiwch rif o 1 i { $count }, yna pwyswch Enter.
        }
       *[tui] Pwyswch rif eich dewis, neu defnyddiwch y saethau i fyny ac i lawr, yna pwyswch Enter.
    }
nudge-continue = Pwyswch Enter i fynd ymlaen.
nudge-practice = Pwyswch y fysell mae'r cam yn gofyn amdani.
nudge-typing = Teipiwch eich ateb, yna pwyswch Enter.
nudge-typing-keep = { $mode ->
        [plain] Pwyswch Enter i'w gadw, neu teipiwch rywbeth newydd.
       *[tui] Pwyswch Enter i'w gadw, neu defnyddiwch Backspace i'w newid.
    }
nudge-command = { $mode ->
        [plain] Teipiwch y gair mae'r cam yn gofyn amdano, wedyn pwyswch Enter.
       *[tui] Pwyswch y fysell mae'r cam yn gofyn amdani.
    }

## Gosodiadau, o unrhyw le (S neu F4; teipiwch gosodiadau yn y modd plaen).
settings-open = Gosodiadau, sut mae Signpost yn edrych ac yn swnio
settings-title = Gosodiadau
settings-body =
    Dewiswch osodiad a phwyswch Enter i'w newid. Mae newidiadau'n gweithio ar unwaith ac yn cael eu cadw i chi.
    { $mode ->
        [plain] Mae'r lliwiau a'r print mawr ar gyfer y sgrin lawn. Teipiwch nol pan fyddwch chi wedi gorffen.
       *[tui] Pwyswch Escape pan fyddwch chi wedi gorffen.
    }
setting-on = ymlaen
setting-off = i ffwrdd
setting-theme = Lliwiau, { $value }
setting-compare = Cymharu dau ddewis o liwiau ochr yn ochr
setting-large-print = Print mawr, { $value }
setting-speech = Llais, { $value }
setting-rate = Cyflymder y llais, { $value }
setting-shortcuts = Bysellau un llythyren fel R a H, { $value }
setting-language = Iaith, { $value }
settings-done = Wedi gorffen
rate-normal = arferol
rate-slower = arafach o { $steps }
rate-faster = cyflymach o { $steps }
theme-yellow-on-black = melyn ar ddu
theme-white-on-black = gwyn ar ddu
theme-black-on-white = du ar wyn
theme-black-on-yellow = du ar felyn
themes-title = Cymharu lliwiau
themes-body =
    Ar y chwith, { $left }. Ar y dde, { $right }.
    Pa un sy'n haws i chi ei ddarllen?
themes-use = Defnyddio { $value }
themes-next = Dangos y ddau nesaf
themes-done = Yn ôl i'r gosodiadau
screen-reader-title = Mae darllenydd sgrin yn rhedeg
screen-reader-found = Mae { $name } yn darllen y sgrin yn uchel yn barod.
screen-reader-plain-means = Mae'r modd plaen yn dangos pob tudalen fel llinellau o destun nad ydyn nhw byth yn newid, sef y ffordd hawsaf i ddarllenydd sgrin.
screen-reader-voice-question = Mae gan Signpost ei lais ei hun hefyd. Diffodd y llais hwnnw, fel nad yw'r ddau lais yn siarad ar yr un pryd?
screen-reader-later = Gallwch chi newid hyn yn nes ymlaen yn y gosodiadau. I ddechrau yn y modd plaen, teipiwch signpost --plain.
screen-reader-plain = Defnyddio'r modd plaen
screen-reader-voice-off = Diffodd llais Signpost
screen-reader-voice-on = Dal ati fel y mae
where-settings = Rydych chi yn y gosodiadau.
languages-title = Iaith
languages-body = Dewiswch eich iaith. Mae enw pob iaith yn ei geiriau ei hun.

## Pethau bach mae'r llais yn eu dweud.
say-choice = { $number }: { $item }.
say-field = Mae'r blwch { $label } yn wag. Teipiwch yma.
say-highlighted = Wedi'i amlygu: { $item }
say-field-secret = { $count ->
        [zero] Does dim nod wedi'i deipio yn y blwch { $label }.
        [one] Mae 1 nod wedi'i deipio yn y blwch { $label }.
        [two] Mae 2 nod wedi'u teipio yn y blwch { $label }.
        [few] Mae { $count } nod wedi'u teipio yn y blwch { $label }.
        [many] Mae { $count } nod wedi'u teipio yn y blwch { $label }.
       *[other] Mae { $count } nod wedi'u teipio yn y blwch { $label }.
    }
say-field-has = Yn y blwch { $label } mae: { $value }.
say-focus = { $item }. { $number } o { $count }.
say-space = bwlch
say-rubbed-out = Wedi dileu { $char }.

## Champion mode: digital champions sign in with a PIN to run sessions.
heading-champion = Signpost, hyrwyddwr { $name }
champion-sign-in = Rydw i'n hyrwyddwr digidol
champion-sign-out = Allgofnodi hyrwyddwr { $name }
champion-last-session = Y sesiwn ddiwethaf, { $date }.
champion-last-worked-on = Wedi gweithio ar { $lessons }.
champion-last-notes = Nodiadau o'r tro diwethaf. { $notes }
champion-last-help = Help a ofynnwyd amdano, awgrymiadau { $hints }, dangos i mi { $show }, gwna fe i mi { $done }.
champion-last-next = Nesaf yn y cynllun, { $lesson }.
champion-pin-title = PIN hyrwyddwyr
champion-pin-new = Dewiswch PIN 4 digid i hyrwyddwyr ar y cyfrifiadur hwn. Cadwch ef i chi'ch hunain.
champion-pin-again = Teipiwch yr un 4 digid eto, i fod yn siŵr.
champion-pin-enter = Teipiwch PIN yr hyrwyddwyr, yna pwyswch Enter.
champion-pin-label = PIN
champion-pin-four-digits = Mae PIN yn 4 digid, fel 2580.
champion-pin-no-match = Nid oedd y ddau PIN yr un fath. Dewiswch un eto, os gwelwch yn dda.
champion-pin-wrong = Nid yw'r PIN yna'n gywir. Rhowch gynnig arall arni.
pin-wait = Nid oedd y PIN yn gywir sawl gwaith. Arhoswch { $seconds } eiliad, os gwelwch yn dda, yna rhowch gynnig arall arni. Os ydych chi wedi anghofio eich PIN, gofynnwch i'ch hyrwyddwr.
pin-locked = Nid oedd y PIN yn gywir ormod o weithiau, felly mae wedi'i gloi am y tro. Gofynnwch i'ch hyrwyddwr, os gwelwch yn dda: gallan nhw ei osod eto i chi.
champion-pin-locked = Nid oedd PIN yr hyrwyddwr yn gywir ormod o weithiau, felly mae wedi'i gloi. Gofynnwch i'ch hyrwyddwr, os gwelwch yn dda: gall pwy bynnag sy'n gofalu am y cyfrifiadur hwn ei ddatgloi gyda'r gorchymyn signpost reset-champion-pin.
champions-title = Hyrwyddwyr
champions-body = Pwy sy'n cynnal y sesiwn hon?
champion-add = Ychwanegu hyrwyddwr
champion-new-title = Hyrwyddwr newydd
champion-new-body = Teipiwch eich enw, yna pwyswch Enter.
champion-new-label = Eich enw
champion-name-taken = Mae hyrwyddwr o'r enw { $name } yn barod. Ychwanegwch lythyren gyntaf eich cyfenw, os gwelwch yn dda.
help-champion = Mae hyrwyddwyr yn mewngofnodi gyda PIN yr hyrwyddwyr, yna'n dewis eu henw. Wedyn mae sesiynau gyda dysgwyr yn cofnodi pwy a'u cynhaliodd.
where-champion = Rydych chi yn y modd hyrwyddwr.
where-question = Rydych chi'n ateb cwestiwn.

## Questions for the learner.
ask-confidence-title = Cwestiwn sydyn
ask-confidence-before = Pa mor hyderus ydych chi'n teimlo am { $course }? Dewiswch 1 am ddim o gwbl, hyd at 5 am hyderus iawn.
ask-confidence-after = Rydych chi wedi gorffen { $course }. Pa mor hyderus ydych chi'n teimlo nawr? Dewiswch 1 am ddim o gwbl, hyd at 5 am hyderus iawn.
ask-score = { $score ->
        [1] Ddim yn hyderus o gwbl
        [2] Ychydig yn hyderus
        [3] Eithaf hyderus
        [4] Hyderus
       *[5] Hyderus iawn
    }
ask-feedback-title = Cyn i chi fynd
ask-useful = Oedd heddiw'n ddefnyddiol i chi?
ask-helpful = Oedd eich hyrwyddwr yn help?
ask-yes = Oedd
ask-no = Nac oedd

## The skills check and the learning plan (Essential Digital Skills Framework).
skills-check-open = Gwiriad sgiliau. Gwneud cynllun dysgu
skills-title = Gwiriad sgiliau, cwestiwn { $number } o { $total }
skills-can = Rydw i'n gallu gwneud hyn
skills-need-help = Mae angen help arnaf gyda hyn
skills-want-to-learn = Rydw i eisiau dysgu hyn
skills-matters = Cwestiwn olaf. Beth sydd bwysicaf i chi?
skills-matters-before = { $mode ->
    [plain] O'r blaen, dewisoch chi { $reason }. I'w gadw, teipiwch ei rif. Neu dewiswch un arall.
   *[tui] O'r blaen, dewisoch chi { $reason }. Mae wedi'i amlygu, felly pwyswch Enter i'w gadw. Neu dewiswch un arall.
}
skill-q-device-on = Troi cyfrifiadur, llechen neu ffôn ymlaen.
skill-q-controls = Defnyddio llygoden neu sgrin gyffwrdd.
skill-q-keyboard = Defnyddio bysellfwrdd.
skill-q-accessibility = Gwneud pethau'n fwy neu'n uwch, fel eu bod yn haws eu defnyddio.
skill-q-home-screen = Dod o hyd i bethau a'u hagor o'r sgrin gartref.
skill-q-wifi = Mynd ar y rhyngrwyd gyda Wi-Fi.
skill-q-browser = Agor porwr gwe a defnyddio gwefan.
skill-q-passwords = Cadw cyfrineiriau'n ddiogel, a newid cyfrinair.
skill-q-communicating = Cadw mewn cysylltiad drwy e-bost, negeseuon a galwadau fideo.
skill-q-handling-information = Dod o hyd i bethau ar-lein, a chadw lluniau a ffeiliau.
skill-q-transacting = Gwneud pethau ar-lein, fel archebu meddyginiaeth neu siopa.
skill-q-problem-solving = Dod o hyd i help pan fydd rhywbeth yn mynd o'i le.
skill-q-being-safe = Cadw'n ddiogel ar-lein.
skill-q-scams = Adnabod e-bost neu neges destun sgam.
plan-open = Fy nghynllun dysgu
plan-title = Fy nghynllun dysgu
plan-body = Mae'r gwersi hyn yn dysgu'r hyn roeddech chi eisiau ei ddysgu. Dewiswch un i'w dechrau.
plan-lesson = { $course }. { $lesson }
plan-lesson-done = { $course }. { $lesson }, wedi gorffen
plan-next = Fy nghynllun. Nesaf, { $lesson }
plan-why-nhs-email = Nesaf yn eich cynllun mae { $course }, oherwydd mae Mewngofnodi GIG angen cyfeiriad e-bost.
plan-done = Yn ôl
where-plan = Rydych chi'n edrych ar eich cynllun dysgu.
notes-title = Nodiadau ar y sesiwn hon
notes-body = I'r hyrwyddwr. Ychydig eiriau am heddiw, ar gyfer cofnodion yr hyb. Yna pwyswch Enter. Gallwch ei adael yn wag.
notes-label = Nodiadau
where-notes = Rydych chi'n ysgrifennu nodiadau ar y sesiwn.
learner-pin-title = Eich PIN
learner-pin-body = Teipiwch eich PIN 4 digid, yna pwyswch Enter.
learner-pin-new = Dewiswch PIN 4 digid. Byddwch chi'n ei deipio bob tro y byddwch chi'n dewis eich enw.
setting-pin = Fy PIN, { $value }
help-learner-pin = Teipiwch eich PIN 4 digid. Os ydych chi wedi'i anghofio, gall hyrwyddwr ei ailosod.
where-pin = Rydych chi'n teipio PIN.
setting-my-data = Beth mae Signpost yn ei gadw amdanaf i
my-data-title = Beth mae Signpost yn ei gadw amdanoch chi
champion-report = Adroddiad yr hyb
plan-skip = Tynnu'r wers nesaf oddi ar fy nghynllun

## Done for real: things a learner went on to do after a course, recorded with the date.
milestones-open = Wedi'i wneud go iawn, { $done } o { $total }
milestones-title = Wedi'i wneud go iawn
milestones-body = Ydych chi wedi gwneud un o'r rhain go iawn, ar eich cyfrifiadur neu'ch ffôn eich hun? Dewiswch e, ac mae Signpost yn ei gadw gyda dyddiad heddiw. Wedi'i ddewis trwy gamgymeriad? Dewiswch e eto i'w dynnu i ffwrdd.
milestone-not-yet = { $words }. Ddim eto
milestone-today = { $words }. Wedi'i wneud heddiw
milestone-done = { $words }. Wedi'i wneud ar { $date }
where-milestones = Rydych chi'n edrych ar beth rydych chi wedi'i wneud go iawn.
