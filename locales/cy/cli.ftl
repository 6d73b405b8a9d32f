# Y llinell orchymyn, `signpost check`, a negeseuon pan nad yw'r tiwtor yn gallu dechrau.

cli-about = Signpost: tiwtor sy'n siarad ac sy'n eich helpu chi i fynd ar-lein, un cam bach ar y tro.
cli-plain = Testun plaen: dim sgrin lawn, dewis gyda rhifau. Gorau gyda darllenydd sgrin neu ddangosydd Braille.
cli-lang = Yr iaith i'w defnyddio, fel en-GB.
cli-lessons = Defnyddio'r gwersi yn y ffolder hwn yn lle'r rhai sy'n dod gyda'r rhaglen.
cli-locales = Defnyddio'r geiriau yn y ffolder hwn yn lle'r rhai sy'n dod gyda'r rhaglen.
cli-courses = Ychwanegu'r pecynnau cwrs yn y ffolder hwn (neu'r un pecyn hwn) at y cyrsiau sy'n dod gyda'r rhaglen. Gallwch ei roi fwy nag unwaith.
cli-data-dir = Cadw'r cynnydd yn y ffolder hwn.
cli-speech = Dweud popeth yn uchel (on), neu beidio (off). Y dewis arferol yw on.
cli-speech-log = Ysgrifennu popeth mae'r llais yn ei ddweud i'r ffeil hon, un llinell i bob un.
cli-check = Gwirio'r gwersi a'r cyfieithiadau, a dangos unrhyw broblemau.
cli-list = Dangos y cyrsiau a'r gwersi.
cli-report = Adrodd beth mae'r hyb hwn wedi'i wneud, ar gyfer yr hyb a'i gyllidwyr.
cli-report-from = Dechrau'r adroddiad ar y diwrnod hwn (blwyddyn-mis-diwrnod, fel 2026-01-01). Heb hwn, mae'r adroddiad yn dechrau o'r dechrau.
cli-report-to = Gorffen yr adroddiad ar y diwrnod hwn, gan ei gynnwys. Heb hwn, mae'r adroddiad yn mynd hyd at heddiw.
cli-report-csv = Cadw'r ffigurau yn y ffeil hon hefyd, fel CSV ar gyfer taenlen.
cli-report-export = Cadw'r cyfansymiau yn y ffeil hon hefyd, i'w rhannu: dim enwau, dim ond rhifau.
cli-report-xlsx = Cadw taenlen (.xlsx) yn y ffeil hon hefyd: cyfansymiau, misoedd, a rhes i bob dysgwr heb enwau.
cli-report-summary = Cadw crynodeb un dudalen i gyllidwyr yn y ffeil hon hefyd, fel tudalen we (HTML) i'w hargraffu ar A4.
cli-report-merge = Cyfuno ffeiliau allforio o sawl hyb yn un adroddiad.
cli-report-publish = Dangos unrhyw gyfrif o dan 5 fel "llai na 5", fel nad oes modd adnabod neb.
cli-help = Dangos yr help hwn.
cli-version = Dangos pa fersiwn o Signpost yw hon.
cli-heading-usage = Sut i'w ddefnyddio
cli-heading-commands = Gorchmynion
cli-heading-options = Opsiynau
cli-usage = signpost [opsiynau] [check | list | learner | report]
cli-usage-check = signpost check [--lessons FFOLDER] [--locales FFOLDER]
cli-usage-list = signpost list [--lessons FFOLDER] [--lang IAITH]
cli-reset-champion-pin = Anghofio PIN yr hyrwyddwr (os yw wedi'i anghofio neu wedi'i gloi), fel bod yr hyrwyddwr nesaf yn gosod un newydd.
cli-usage-reset-champion-pin = signpost reset-champion-pin [--data-dir FFOLDER]
cli-usage-report = signpost report [--from DYDDIAD] [--to DYDDIAD] [--csv FFEIL] [--export FFEIL] [--xlsx FFEIL] [--summary FFEIL] [--merge FFEIL...] [--publish]
cli-value-dir = FFOLDER
cli-value-lang = IAITH
cli-value-file = FFEIL
cli-value-date = DYDDIAD

list-course = { $title } ({ $id }), { $origin }
list-course-hidden = { $title } ({ $id }), { $origin }, wedi'i guddio rhag dysgwyr gan ffeil yr hwb
list-lesson = {"  "}{ $number }. { $title } ({ $id }): { $skills }
list-origin-built-in = yn dod gyda'r rhaglen
list-origin-pack = o { $folder }
skill-foundation = sgiliau sylfaenol
skill-communicating = cyfathrebu
skill-handling-information = trin gwybodaeth a chynnwys
skill-transacting = trafodion
skill-problem-solving = datrys problemau
skill-being-safe = bod yn ddiogel ac yn gyfreithlon ar-lein

error-folder = Doedd Signpost ddim yn gallu darllen y ffolder { $path }: { $detail }
error-no-data-dir = Doedd Signpost ddim yn gallu dod o hyd i ffolder i gadw'r cynnydd. Dechreuwch Signpost gyda --data-dir ac enw ffolder.
error-store-damaged =
    Doedd Signpost ddim yn gallu darllen y ffeil cynnydd { $path }. Efallai ei bod hi wedi'i difrodi.
    Mae'r ffeil wedi'i chadw yn union fel roedd hi, felly does dim byd wedi'i golli. Gofynnwch i'ch hyrwyddwr digidol am help.
    I ddechrau o'r newydd nawr, defnyddiwch --data-dir gyda ffolder newydd.
error-store-damaged-backup =
    Doedd Signpost ddim yn gallu darllen y ffeil cynnydd { $path }. Efallai ei bod hi wedi'i difrodi.
    Mae'r ffeil wedi'i chadw yn union fel roedd hi. Gofynnwch i'ch hyrwyddwr digidol am help.
    Y copi wrth gefn diweddaraf ohoni yw { $backup }. I'w ddefnyddio, caewch Signpost a chopïwch y copi wrth gefn yn lle'r ffeil sydd wedi'i difrodi.
error-store-too-new =
    Cafodd y ffeil cynnydd { $path } ei chadw gan fersiwn fwy newydd o Signpost. Dydy'r fersiwn hon ddim yn gallu ei darllen.
    Mae'r ffeil wedi'i chadw yn union fel roedd hi. Defnyddiwch y fersiwn fwy newydd o Signpost, neu gofynnwch i'ch hyrwyddwr digidol am help.
error-store-open = Doedd Signpost ddim yn gallu agor y ffeil cynnydd { $path }: { $detail }
error-log = Doedd Signpost ddim yn gallu agor ei ffeil log ({ $detail }). Bydd yn dal ati heb ffeil log.
error-no-lessons = Doedd Signpost ddim yn gallu llwytho unrhyw wersi. Rhedwch "signpost check" i weld pam.
error-speech-log = Doedd Signpost ddim yn gallu agor log y llais { $path }: { $detail }
hub-file-bad = { $place }: Doedd Signpost ddim yn gallu defnyddio'r gosodiad hwn ar gyfer yr hwb: { $detail }. Mae Signpost yn dal ati gyda'i osodiadau arferol.
error-terminal = Aeth rhywbeth o'i le gyda'r derfynell: { $detail }

## signpost check
check-error = gwall
check-warning = rhybudd
check-summary = Wedi gwirio { $courses } { $courses ->
        [zero] cwrs
        [one] cwrs
        [two] gwrs
        [few] chwrs
        [many] chwrs
       *[other] cwrs
    } a { $lessons } { $lessons ->
        [zero] gwers
        [one] wers
        [two] wers
        [few] gwers
        [many] gwers
       *[other] gwers
    }: { $errors } { $errors ->
        [zero] gwall
        [one] gwall
        [two] wall
        [few] gwall
        [many] gwall
       *[other] gwall
    }, { $warnings } { $warnings ->
        [zero] rhybudd
        [one] rhybudd
        [two] rybudd
        [few] rhybudd
        [many] rhybudd
       *[other] rhybudd
    }.
check-unreadable = Doedd dim modd darllen y ffeil hon: { $detail }
check-toml = Nid fel hyn mae ysgrifennu ffeil gwers: { $detail }
check-hub-file = Nid fel hyn mae ysgrifennu ffeil yr hwb: { $detail }
check-hidden-course-unknown = Does dim cwrs gyda'r enw adnabod "{ $id }", felly does dim modd ei guddio. Mae signpost list yn dangos enw adnabod pob cwrs.
check-hub-file-used = Gosodiadau'r hwb: { $path }
check-format-version = Mae'r ffeil hon yn dweud format_version = { $found }, ond mae'r Signpost hwn yn darllen fersiwn { $supported }.
check-missing-course-file = Does dim course.toml yn y ffolder cwrs hwn, felly ni chafodd ei wersi eu llwytho.
check-bad-id = Dylai'r id "{ $id }" ddefnyddio llythrennau bach, digidau a chysylltnodau (-) yn unig, fel "using-a-keyboard".
check-duplicate-id = Mae gan { $what ->
        [course] gwrs
        [lesson] wers
        [step] gam
        [email] e-bost
        [medicine] feddyginiaeth
        [pharmacy] fferyllfa
        [text] neges destun
       *[other] { $what }
    } arall yr id "{ $id }" yn barod.
check-id-clash = Mae id y { $what ->
        [course] cwrs
       *[other] wers
    } "{ $id }" yn cael ei ddefnyddio'n barod yn { $other }. Rhowch id ei hun i hwn.
check-message-clash = Mae'r neges "{ $id }" wedi'i diffinio'n barod yn { $other }, felly nid yw hon yn cael ei defnyddio. Rhowch enw ei hun iddi, fel un sy'n dechrau ag id eich cwrs.
pack-left-out = Mae'r pecyn cwrs yn { $folder } wedi'i adael allan am nawr, oherwydd camgymeriad yn { $place }. Mae'r cyrsiau eraill i gyd yma. I weld pob camgymeriad, rhedwch: signpost check
pack-part-left-out = Mae rhan o'r pecyn cwrs yn { $folder } wedi'i gadael allan am nawr, oherwydd camgymeriad yn { $place }. Mae popeth arall yma. I weld pob camgymeriad, rhedwch: signpost check
pack-folder-left-out = Mae rhai pecynnau cwrs wedi'u gadael allan am nawr, oherwydd hyn: { $problem } Mae'r cyrsiau eraill i gyd yma.
check-pack-in-english = Does dim geiriau yn { $locale } yn y pecyn cwrs hwn eto, felly mae pobl sy'n defnyddio { $locale } yn ei weld yn Saesneg.
check-pack-language-unknown = Does gan Signpost ddim geiriau yn "{ $locale }", felly nid yw geiriau'r pecyn cwrs hwn yn yr iaith honno yn cael eu defnyddio. Mae gan Signpost eiriau yn { $known }: ydy enw'r ffolder yn iawn?
check-no-steps = Does dim camau yn y wers hon. Ychwanegwch o leiaf un tabl [[steps]].
check-no-skills = Dywedwch pa sgiliau mae'r wers yn eu dysgu, fel skills = ["communicating"].
check-unknown-skill = Dydy "{ $name }" ddim yn faes sgiliau. Defnyddiwch foundation, communicating, handling-information, transacting, problem-solving neu being-safe.
check-unknown-step-kind = Dydy "{ $kind }" ddim yn fath o gam. Defnyddiwch explain, question, choose, key, type, practice neu command.
check-missing-field = Mae angen y maes "{ $field }" ar gam gyda kind = "{ $kind }".
check-field-not-allowed = Dydy'r maes "{ $field }" ddim yn perthyn i gam gyda kind = "{ $kind }".
check-too-few-choices = Mae angen o leiaf dau ddewis ar gwestiwn.
check-correct-count = Mae angen union un dewis gyda correct = true ar gwestiwn, ond mae gan hwn { $count }.
check-unknown-key = Dydy "{ $name }" ddim yn enw bysell. Defnyddiwch enter, space, backspace, tab, up, down, left, right, neu un nod.
check-unknown-command = Dydy "{ $name }" ddim yn orchymyn y gall cam ofyn amdano. Defnyddiwch repeat, help, where neu quit.
check-practice-screens = Mae angen union un sgrin ymarfer ar gam ymarfer: [[steps.inbox]], [steps.call], [steps.nhs] neu [[steps.texts]]. Mae gan hwn { $count }.
check-unknown-goal = Dydy "{ $action }" ddim yn nod mae'r sgrin { $screen } yn ei adnabod. Gweler lessons/README.md am nodau pob sgrin.
check-goal-needs-target = Mae angen targed ar y nod "{ $action }": yr e-bost, y feddyginiaeth neu'r fferyllfa dan sylw.
check-unknown-target = Dydy "{ $target }" ddim yn id e-bost, meddyginiaeth na fferyllfa ar y sgrin ymarfer hon.
check-bad-address = Dydy "{ $address }" ddim yn gyfeiriad e-bost. Mae angen @ arno, fel name@example.com.
check-medicine-status = Dydy "{ $status }" ddim yn statws meddyginiaeth. Defnyddiwch available, requested, too-soon neu review.
check-no-pharmacies = Mae angen o leiaf un fferyllfa ar yr NHS App yn [[steps.nhs.pharmacies]]. Y gyntaf yw'r fferyllfa enwebedig.
check-missing-message = Dydy'r neges "{ $id }" ddim yn { $locale }. Ychwanegwch hi at ffeil .ftl yn locales/{ $locale }.
check-untranslated-message = Does dim cyfieithiad { $locale } o'r neges "{ $id }" eto, felly mae'r Saesneg yn cael ei dangos.
check-obsolete-message = Mae'r neges "{ $id }" yn { $locale }, ond dydy hi ddim yn y Saesneg bellach. Mae modd ei dileu.
check-missing-variable = Mae cyfieithiad "{ $id }" yn gadael { "{" } ${ $variable } { "}" } allan. Rhowch e'n ôl, neu bydd bwlch yn y frawddeg.
check-unknown-variable = Mae cyfieithiad "{ $id }" yn defnyddio { "{" } ${ $variable } { "}" }, ond dydy e ddim yn y Saesneg. Fydd dim byd yn cael ei ddangos.
check-locale-summary = { $locale }: { $translated } o { $total } neges wedi'u cyfieithu, { $missing } ar goll, { $obsolete } wedi dyddio.
check-fluent-syntax = Doedd Fluent ddim yn gallu darllen hwn: { $detail }
check-duplicate-message = Mae'r neges "{ $id }" wedi'i diffinio'n barod, yn gynharach yn yr iaith hon.
check-bad-locale-folder = Dydy "{ $name }" ddim yn dag iaith. Rhowch enwau fel en-GB, cy neu pl ar ffolderi iaith.
check-too-big = Mae'r ffeil hon yn fwy na { $limit } KB, y mwyaf y mae Signpost yn ei ddarllen, felly ni chafodd ei llwytho. Ai dyma'r ffeil iawn?
check-not-utf8 = Does dim modd darllen y nod hwn: dydy'r ffeil ddim wedi'i chadw fel UTF-8. Cadwch hi fel UTF-8 (mae "Cadw fel" yn y rhan fwyaf o olygyddion yn cynnig hyn) a bydd yn llwytho.
check-too-deep = Mae dalfannau ({ "{" } ... { "}" }) wedi'u nythu'n ddyfnach na { $limit } yma, felly ni chafodd y ffeil hon ei llwytho. Mae negeseuon go iawn angen dau neu dri.
check-too-many-steps = Mae gan y wers hon fwy na { $limit } o gamau, felly ni chafodd ei llwytho. Rhannwch hi'n wersi llai.
check-too-many-messages = Mae gan y ffeil hon fwy na { $limit } o negeseuon, felly ni chafodd ei llwytho. Rhannwch hi'n ffeiliau llai.
check-control-character = Mae nod rheoli anweledig yma ({ $code }). Gallai ddrysu'r sgrin neu ddarllenydd sgrin: dilëwch ef.
check-unknown-function = Does gan Fluent ddim swyddogaeth o'r enw { $name } yma. Defnyddiwch { $known }.
check-function-arguments = Mae { $function } yn cael rhywbeth na all ei ddefnyddio yma. Mae'n cymryd un gwerth a'r dewisiadau hyn yn unig: { $options }.
check-too-many-problems = Mae gan y ffeil hon fwy na { $limit } o broblemau, a dydy'r lleill ddim wedi'u rhestru. Trwsiwch y rhain yn gyntaf, yna gwiriwch eto.
check-unknown-reference = Mae hwn yn cyfeirio at "{ $target }", nad yw'r iaith hon yn ei ddiffinio, felly byddai dysgwr yn gweld ei enw yn lle geiriau.
check-cycle = Mae'r neges "{ $id }" yn cyfeirio'n ôl ati hi ei hun ({ $cycle }), felly does dim modd ei dangos: byddai dysgwr yn gweld ei henw yn lle geiriau.
check-plural-forms = Yn { $locale }, mae "{ $id }" angen y ffurfiau lluosog { $missing } hefyd: byddai rhif sy'n cymryd un ohonyn nhw'n cael y geiriau anghywir.

## signpost report
report-title = Adroddiad Signpost
report-hub = Hyb: { $hub }
report-hubs = Hybiau: { $hubs }
report-exports = Ffeiliau allforio wedi'u cyfuno: { $value }
report-merge-duplicate = Mae { $path } yr un ffeil allforio â { $first }, felly caiff ei chyfrif unwaith.
report-period-all = Cyfnod: pob amser
report-period = Cyfnod: { $from } i { $to }
report-period-from = Cyfnod: o { $from }
report-period-to = Cyfnod: hyd at { $to }
report-learners-engaged = Dysgwyr a ddefnyddiodd Signpost: { $value }
report-new-learners = Dysgwyr newydd: { $value }
report-sessions = Sesiynau gyda hyrwyddwr digidol: { $value }
report-sessions-alone = Sesiynau heb hyrwyddwr (y dysgwr ar ei ben ei hun): { $value }
report-hours = Oriau mewn sesiynau a ddaeth i ben: { $value }
report-lessons = Gwersi wedi'u cwblhau: { $value }
report-courses = Cyrsiau wedi'u cwblhau: { $value }
report-months = Fesul mis:
report-milestones = Wedi'i wneud go iawn, dysgwyr a'i cofnododd:
report-milestone = { $words }: { $value }
report-month = { $month } { $year }: dysgwyr { $learners }, newydd { $new }, sesiynau gyda hyrwyddwr { $sessions }, ar eu pen eu hunain { $alone }, gwersi wedi'u cwblhau { $lessons }
report-month-1 = Ionawr
report-month-2 = Chwefror
report-month-3 = Mawrth
report-month-4 = Ebrill
report-month-5 = Mai
report-month-6 = Mehefin
report-month-7 = Gorffennaf
report-month-8 = Awst
report-month-9 = Medi
report-month-10 = Hydref
report-month-11 = Tachwedd
report-month-12 = Rhagfyr
report-lessons-by-area = Gwersi wedi'u cwblhau, fesul maes sgiliau (gall gwers ddysgu mwy nag un):
report-courses-by-area = Cyrsiau wedi'u cwblhau, fesul maes sgiliau (gall cwrs ddysgu mwy nag un):
report-confidence-before-answers = Atebion am hyder cyn cwrs: { $value }
report-confidence-before-average = Hyder cyfartalog cyn cwrs (1 isel, 5 uchel): { $value }
report-confidence-after-answers = Atebion am hyder ar ôl cwrs: { $value }
report-confidence-after-average = Hyder cyfartalog ar ôl cwrs (1 isel, 5 uchel): { $value }
report-confidence-chart = Hyder cyn ac ar ôl cwrs: nifer yr atebion a roddodd bob sgôr (1 isel, 5 uchel):
report-score-before = cyn, { $score }
report-score-after = ar ôl, { $score }
report-useful-answers = Sesiynau lle dywedodd y dysgwr a oedd yn ddefnyddiol: { $value }
report-useful-yes = Sesiynau a oedd yn ddefnyddiol i'r dysgwr: { $value }
report-useful-share = Cyfran o'r rheini a oedd yn ddefnyddiol: { $value }
report-helpful-answers = Sesiynau lle dywedodd y dysgwr a oedd yr hyrwyddwr wedi helpu: { $value }
report-helpful-yes = Sesiynau lle roedd yr hyrwyddwr wedi helpu: { $value }
report-helpful-share = Cyfran o'r rheini lle roedd yr hyrwyddwr wedi helpu: { $value }
report-help = Help a ofynnwyd amdano ar sgriniau ymarfer:
report-help-hints = Awgrymiadau: { $value }
report-help-show-me = Dangos i mi: { $value }
report-help-do-it = Ei wneud i mi: { $value }
report-fewer-than-five = llai na 5
report-not-shown = heb ei ddangos (llai na 5 ateb neu sesiwn)
report-no-answers = dim eto
report-decimal = { $whole }.{ $fraction }
report-percent = { $value }%
report-saved-csv = Mae'r ffigurau wedi'u cadw fel CSV yn { $path }.
report-saved-export = Mae'r cyfansymiau i'w rhannu wedi'u cadw yn { $path }.
report-bad-date = Dydy "{ $value }" ddim yn ddyddiad. Ysgrifennwch ddyddiadau fel blwyddyn-mis-diwrnod, fel 2026-03-31.
report-bad-period = Does dim modd i'r adroddiad ddechrau ar { $from } a gorffen ar { $to }: rhaid i'r dechrau ddod yn gyntaf.
report-no-data = Does neb wedi dysgu ar y cyfrifiadur hwn eto (does dim ffeil cynnydd yn { $path }), felly mae pob ffigur yn 0.
report-write-failed = Doedd Signpost ddim yn gallu cadw { $path }: { $detail }
report-merge-period = Peidiwch â defnyddio --from a --to wrth gyfuno ffeiliau allforio: mae gan bob un ei gyfnod ei hun.
report-merge-unreadable = Doedd Signpost ddim yn gallu darllen { $path }: { $detail }
report-merge-not-json = Dydy { $path } ddim yn ffeil allforio adroddiad: dydy hi ddim yn JSON dilys ({ $detail }).
report-merge-no-schema = Dydy { $path } ddim yn ffeil allforio adroddiad: does dim schema_version ynddi.
report-merge-schema = Mae gan { $path } schema_version { $version }, a dydy'r Signpost hwn ddim yn ei hadnabod. Mae'n darllen fersiwn { $supported }. Defnyddiwch Signpost mwy newydd, neu allforiwch y ffeil eto.
report-merge-published = Cafodd { $path } ei hallforio gyda --publish, felly mae ei chyfrifon bach wedi'u cuddio a does dim modd eu hadio. Allforiwch hi eto heb --publish.
report-merge-incomplete = Dydy { $path } ddim yn ffeil allforio adroddiad gyflawn: { $detail }

reset-champion-pin-done = Mae PIN yr hyrwyddwr wedi'i anghofio. Bydd yr hyrwyddwr nesaf sy'n mewngofnodi yn dewis un newydd. Mae PINau dysgwyr fel yr oedden nhw.
