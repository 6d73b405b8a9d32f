# Course: Getting started (lessons/01-getting-started).
# One idea per step. Short sentences. $mode is "tui" or "plain" (see ui.ftl).

gs-title = Camau cyntaf
gs-summary = Dysgwch sut mae'r tiwtor hwn yn gweithio, ac ymarferwch ddefnyddio bysellfwrdd.

## Lesson 1: Using this tutor
gs-tutor-title = Defnyddio'r tiwtor hwn
gs-tutor-summary = Dysgwch y bysellau sy'n mynd â chi ymlaen ac yn ôl. Dysgwch sut i glywed cam eto, cael help a stopio.

gs-tutor-welcome-title = Croeso
gs-tutor-welcome =
    Yn y cwrs hwn, byddwch chi'n cwrdd â Bill. Mae Bill yn 80 oed, ac mae cyfrifiaduron yn newydd iddo fe hefyd.
    Rhoddodd ei wyres ei hen gyfrifiadur iddo. Mae e eisiau anfon e-bost ati.
    Yn gyntaf, mae Bill yn dysgu sut mae'r tiwtor hwn yn gweithio. Dysgwch gydag e.

gs-tutor-going-on-title = Mynd ymlaen
gs-tutor-going-on =
    Mae'r fysell Enter yn mynd â chi i'r cam nesaf.
    Mae hi'n fysell fawr ar y dde i'r llythrennau. Yn aml mae saeth gam arni.
    Pwyswch Enter nawr i fynd ymlaen.

gs-tutor-choosing-title = Dewis ateb
gs-tutor-choosing = { $mode ->
        [plain] Mae rhai camau'n gofyn cwestiwn. Teipiwch rif eich ateb, wedyn pwyswch Enter. Pa fysell sy'n mynd â chi i'r cam nesaf?
       *[tui] Mae rhai camau'n gofyn cwestiwn. Symudwch at ateb gyda'r saeth i fyny a'r saeth i lawr, wedyn pwyswch Enter. Pa fysell sy'n mynd â chi i'r cam nesaf?
    }
gs-tutor-choosing-escape = Escape
gs-tutor-choosing-escape-feedback = Ddim yn hollol. Mae Escape yn mynd â chi'n ôl un cam.
gs-tutor-choosing-enter = Enter
gs-tutor-choosing-enter-feedback = Ie, mae hynny'n gywir. Mae Enter yn mynd â chi i'r cam nesaf.
gs-tutor-choosing-space = Y bylchwr
gs-tutor-choosing-space-feedback = Ddim yn hollol. Mae'r bylchwr yn rhoi bwlch rhwng geiriau.

gs-tutor-going-back-title = Mynd yn ôl
gs-tutor-going-back = { $mode ->
        [plain] I fynd yn ôl un cam, teipiwch nôl, wedyn pwyswch Enter. Mae mynd yn ôl bob amser yn ddiogel.
       *[tui] I fynd yn ôl un cam, pwyswch Escape. Mae'r fysell hon yn y gornel chwith ar y top, ac mae Esc arni. Mae mynd yn ôl bob amser yn ddiogel.
    }

gs-tutor-hearing-again-title = Clywed eto
gs-tutor-hearing-again = { $mode ->
        [plain] I weld a chlywed cam eto, teipiwch ailadrodd, wedyn pwyswch Enter. Rhowch gynnig arni nawr.
       *[tui] I glywed cam eto, pwyswch y fysell R. Mae R yn dod o'r gair Saesneg repeat, sef ailadrodd. Pwyswch R nawr.
    }
gs-tutor-hearing-again-done = Da iawn. Rydych chi wedi clywed y cam eto.

gs-tutor-help-title = Cael help
gs-tutor-help = { $mode ->
        [plain] Os nad ydych chi'n siŵr beth i'w wneud, teipiwch help, wedyn pwyswch Enter. Mae'r help yn dweud beth allwch chi ei wneud ar y sgrin honno. Rhowch gynnig arni nawr, wedyn pwyswch Enter i'w gau.
       *[tui] Os nad ydych chi'n siŵr beth i'w wneud, pwyswch y fysell H. Mae H am help. Mae'r help yn dweud beth allwch chi ei wneud ar y sgrin honno. Pwyswch H nawr, wedyn pwyswch Enter i'w gau.
    }
gs-tutor-help-done = Da iawn. Mae help yno pryd bynnag y mae ei angen arnoch chi.

gs-tutor-where-title = Ble ydw i?
gs-tutor-where = { $mode ->
        [plain] I glywed ble rydych chi, teipiwch ble, wedyn pwyswch Enter. Mae'r tiwtor yn enwi'r cwrs, y wers a'r cam. Rhowch gynnig arni nawr.
       *[tui] I glywed ble rydych chi, pwyswch y fysell W. Mae'r tiwtor yn enwi'r cwrs, y wers a'r cam. Pwyswch W nawr.
    }
gs-tutor-where-done = Da iawn. Nawr rydych chi'n gwybod ble rydych chi.

gs-tutor-stopping-title = Stopio
gs-tutor-stopping = { $mode ->
        [plain] I stopio, teipiwch stop, wedyn pwyswch Enter. Mae'r tiwtor yn gofyn a ydych chi'n siŵr. Rhowch gynnig arni nawr, wedyn dewiswch Na, dal ati.
       *[tui] I stopio, pwyswch y fysell Q. Mae'r tiwtor yn gofyn a ydych chi'n siŵr. Pwyswch Q nawr, wedyn dewiswch Na, dal ati.
    }
gs-tutor-stopping-done = Da iawn. Rydych chi wedi dewis dal ati. Pan fyddwch chi eisiau stopio, dewiswch Ie, stopio nawr.

gs-tutor-check-title = Gwiriad cyflym
gs-tutor-check = { $mode ->
        [plain] Aeth Bill ymlaen drwy gamgymeriad. Beth mae e'n ei deipio i fynd yn ôl un cam?
       *[tui] Aeth Bill ymlaen drwy gamgymeriad. Pa fysell sy'n mynd ag e'n ôl un cam?
    }
gs-tutor-check-repeat = { $mode ->
        [plain] ailadrodd
       *[tui] R
    }
gs-tutor-check-repeat-feedback = Ddim yn hollol. Mae hwnna'n ailadrodd cam.
gs-tutor-check-back = { $mode ->
        [plain] nôl
       *[tui] Escape
    }
gs-tutor-check-back-feedback = Ie, mae hynny'n gywir. Mae'n mynd â chi'n ôl un cam.
gs-tutor-check-help = { $mode ->
        [plain] help
       *[tui] H
    }
gs-tutor-check-help-feedback = Ddim yn hollol. Mae hwnna'n rhoi help i chi.

gs-tutor-recap-title = Da iawn
gs-tutor-recap = { $mode ->
        [plain] Nawr rydych chi a Bill yn gwybod sut i ddefnyddio'r tiwtor hwn. Teipiwch nôl, ailadrodd, help, ble neu stop pryd bynnag y mae eu hangen arnoch chi.
       *[tui] Nawr rydych chi a Bill yn gwybod sut i ddefnyddio'r tiwtor hwn. Mae Enter yn mynd ymlaen ac mae Escape yn mynd yn ôl. Mae R yn ailadrodd ac mae H yn rhoi help. Mae W yn dweud ble rydych chi ac mae Q yn stopio.
    }
    Pan fyddwch chi'n stopio, mae eich lle yn cael ei gadw. Y tro nesaf, dewiswch eich enw a daliwch ati.

## Lesson 2: Using a keyboard
gs-keys-title = Defnyddio bysellfwrdd
gs-keys-summary = Ymarferwch Enter, y bylchwr, llythrennau, llythrennau mawr, y bysellau saeth a Backspace.

gs-keys-intro-title = Y bysellfwrdd
gs-keys-intro =
    Mae angen ychydig o fysellau ar Bill i ysgrifennu ei e-bost cyntaf. Yn y wers hon, rydych chi'n eu pwyso nhw hefyd.
    Mae gan fysellfwrdd fysellau ar gyfer llythrennau a rhifau. Mae gan rai bysellau waith arbennig.
    Os pwyswch chi'r fysell anghywir, does dim byd drwg yn digwydd. Mae'r tiwtor yn dweud pa fysell wnaethoch chi ei phwyso.

gs-keys-enter-title = Y fysell Enter
gs-keys-enter =
    Enter yw'r fysell fawr ar y dde i'r llythrennau. Yn aml mae saeth gam arni.
    Pwyswch Enter nawr.
gs-keys-enter-done = Da iawn. Dyna'r fysell Enter.

gs-keys-space-title = Y bylchwr
gs-keys-space = { $mode ->
        [plain] Y bylchwr yw'r fysell hir ar waelod y bysellfwrdd. Mae'n rhoi bwlch rhwng geiriau. Pwyswch y bylchwr, wedyn pwyswch Enter.
       *[tui] Y bylchwr yw'r fysell hir ar waelod y bysellfwrdd. Mae'n rhoi bwlch rhwng geiriau. Pwyswch y bylchwr nawr.
    }
gs-keys-space-done = Da iawn. Dyna'r bylchwr.

gs-keys-letter-title = Llythrennau
gs-keys-letter = { $mode ->
        [plain] Mae gan bob llythyren ei bysell ei hun. Chwiliwch am y llythyren a. Mae hi ar y chwith, yn y rhes ganol. Pwyswch a, wedyn pwyswch Enter.
       *[tui] Mae gan bob llythyren ei bysell ei hun. Chwiliwch am y llythyren a. Mae hi ar y chwith, yn y rhes ganol. Pwyswch a nawr.
    }
gs-keys-letter-done = Da iawn. Dyna'r llythyren a.

gs-keys-capital-title = Llythrennau mawr
gs-keys-capital =
    I wneud llythyren fawr, daliwch fysell Shift i lawr a phwyswch y llythyren. Wedyn gollyngwch Shift.
    Mae bysell Shift ar bob ochr i'r llythrennau. Yn aml mae saeth yn pwyntio i fyny arni.
    { $mode ->
        [plain] Daliwch Shift i lawr a phwyswch a, i wneud A fawr. Wedyn pwyswch Enter.
       *[tui] Daliwch Shift i lawr a phwyswch a, i wneud A fawr.
    }
gs-keys-capital-done = Da iawn. Dyna A fawr.

gs-keys-up-title = Y saeth i fyny
gs-keys-up =
    Mae'r bysellau saeth yn bedair bysell â saethau arnyn nhw, yn agos at y gwaelod ar y dde. Maen nhw'n symud pethau ar y sgrin.
    { $mode ->
        [plain] Pwyswch y saeth i fyny, wedyn pwyswch Enter.
       *[tui] Pwyswch y saeth i fyny nawr.
    }
gs-keys-up-done = Da iawn. Dyna'r saeth i fyny.

gs-keys-down-title = Y saeth i lawr
gs-keys-down = { $mode ->
        [plain] Mae'r saeth i lawr yn union o dan y saeth i fyny. Pwyswch y saeth i lawr, wedyn pwyswch Enter.
       *[tui] Mae'r saeth i lawr yn union o dan y saeth i fyny. Pwyswch y saeth i lawr nawr.
    }
gs-keys-down-done = Da iawn. Dyna'r saeth i lawr.

gs-keys-left-title = Y saeth i'r chwith
gs-keys-left = { $mode ->
        [plain] Mae'r saeth i'r chwith ar ochr chwith y saeth i lawr. Pwyswch y saeth i'r chwith, wedyn pwyswch Enter.
       *[tui] Mae'r saeth i'r chwith ar ochr chwith y saeth i lawr. Pwyswch y saeth i'r chwith nawr.
    }
gs-keys-left-done = Da iawn. Dyna'r saeth i'r chwith.

gs-keys-right-title = Y saeth i'r dde
gs-keys-right = { $mode ->
        [plain] Mae'r saeth i'r dde ar ochr dde'r saeth i lawr. Pwyswch y saeth i'r dde, wedyn pwyswch Enter.
       *[tui] Mae'r saeth i'r dde ar ochr dde'r saeth i lawr. Pwyswch y saeth i'r dde nawr.
    }
gs-keys-right-done = Da iawn. Dyna'r saeth i'r dde.

gs-keys-backspace-title = Backspace
gs-keys-cursor-title = Y cyrchwr
gs-keys-cursor =
    Pan fyddwch chi'n teipio, mae marc yn dangos ble bydd y llythyren nesaf yn mynd. Y cyrchwr yw'r enw arno.
    Llinell sy'n fflachio yw'r cyrchwr yn aml. Mae'n symud ymlaen wrth i chi deipio.
    Teipiwch y gair haul. Wedyn pwyswch Enter.
gs-keys-cursor-answer = haul
gs-keys-cursor-done = Da iawn. Symudodd y cyrchwr ymlaen wrth i chi deipio.
gs-keys-backspace =
    Mae Backspace yn dileu'r llythyren sydd union cyn y cyrchwr. Mae uwchben Enter. Yn aml mae saeth yn pwyntio i'r chwith arni.
    Teipiodd Bill hett, gyda dwy lythyren t, drwy gamgymeriad. Teipiwch hett hefyd. Wedyn pwyswch Backspace unwaith, a phwyswch Enter.
gs-keys-backspace-answer = het
gs-keys-backspace-done = Da iawn. Rydych chi wedi cywiro'r camgymeriad gyda Backspace.

gs-keys-name-title = Teipio eich enw
gs-keys-name =
    Teipiodd Bill ei enw gyda B fawr. Nawr teipiwch eich enw cyntaf chi, gyda llythyren fawr ar y dechrau.
    Cofiwch: daliwch Shift i lawr ar gyfer y llythyren fawr. Wedyn pwyswch Enter.
gs-keys-name-answer = { $name }
gs-keys-name-done = Da iawn, { $name }. Rydych chi wedi teipio eich enw.

gs-keys-check-title = Gwiriad cyflym
gs-keys-check = Pa fysell ydych chi'n ei dal i lawr i wneud llythyren fawr?
gs-keys-check-enter = Enter
gs-keys-check-enter-feedback = Ddim yn hollol. Mae Enter yn mynd â chi i'r cam nesaf.
gs-keys-check-space = Y bylchwr
gs-keys-check-space-feedback = Ddim yn hollol. Mae'r bylchwr yn rhoi bwlch rhwng geiriau.
gs-keys-check-shift = Shift
gs-keys-check-shift-feedback = Ie, mae hynny'n gywir. Daliwch Shift i lawr a phwyswch lythyren i wneud llythyren fawr.

gs-keys-recap-title = Da iawn
gs-keys-recap =
    Rydych chi wedi pwyso Enter, y bylchwr, llythyren, llythyren fawr a'r pedair bysell saeth.
    Rydych chi hefyd wedi cywiro camgymeriad gyda Backspace. Mae'r cyrchwr yn dangos ble rydych chi'n teipio.
    Mae Bill yn barod i ysgrifennu ei e-bost. Dyma'r unig fysellau sydd eu hangen arnoch chi ar gyfer y gwersi nesaf hefyd.
