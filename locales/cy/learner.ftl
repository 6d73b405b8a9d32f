# Data dysgwr: mynd ag ef i hyb arall, gweld popeth sy'n cael ei gadw amdanyn nhw,
# eu tystysgrif, eu PIN, a'u dileu. Hyrwyddwyr digidol sy'n darllen y rhan fwyaf o hyn.

## signpost learner: y llinell orchymyn
cli-learner = Gofalu am ddata dysgwr: mynd ag ef i hyb arall, ei weld, argraffu tystysgrif, neu ei ddileu.
cli-usage-learner = signpost learner [export | import | show | certificate | erase | reset-pin] [--data-dir FFOLDER]
cli-learner-export = Cadw cynnydd dysgwr mewn ffeil, i fynd ag ef i hyb arall.
cli-usage-learner-export = signpost learner export ENW FFEIL [--data-dir FFOLDER]
cli-learner-import = Ychwanegu'r cynnydd mewn ffeil dysgwr at yr hyb hwn. Os oes dysgwr yma gyda'r un enw, mae'n cael ei ychwanegu at eu cynnydd nhw. Does dim byd yn cael ei golli.
cli-usage-learner-import = signpost learner import FFEIL [--data-dir FFOLDER]
cli-learner-show = Dangos popeth mae Signpost yn ei gadw am ddysgwr.
cli-usage-learner-show = signpost learner show ENW [--data-dir FFOLDER] [--lang IAITH]
cli-learner-certificate = Gwneud tystysgrif print bras o'r hyn mae dysgwr wedi'i wneud, fel tudalen we i'w hargraffu. Mae hi yn iaith y dysgwr, oni bai eich bod chi'n rhoi --lang.
cli-usage-learner-certificate = signpost learner certificate ENW FFEIL [--data-dir FFOLDER] [--lang IAITH]
cli-learner-erase = Dileu dysgwr a phopeth mae Signpost yn ei gadw amdanyn nhw, am byth.
cli-usage-learner-erase = signpost learner erase ENW --yes [--data-dir FFOLDER]
cli-learner-reset-pin = Tynnu PIN dysgwr i ffwrdd, pan fyddan nhw wedi ei anghofio.
cli-usage-learner-reset-pin = signpost learner reset-pin ENW [--data-dir FFOLDER]
cli-learner-name = Enw'r dysgwr, fel mae Signpost yn ei ddangos.
cli-learner-file-out = Y ffeil i'w chadw.
cli-learner-file-in = Y ffeil dysgwr i'w darllen.
cli-learner-import-as = Yr enw i'w hychwanegu wrtho, pan fo gan berson gwahanol yma yr un enw
cli-learner-yes = Ie, dileu go iawn. Heb hwn, does dim byd yn cael ei ddileu.
cli-value-name = ENW
cli-heading-arguments = Beth i'w roi iddo

## Beth mae'r gorchmynion yn ei ddweud
learner-not-found = Does dim dysgwr o'r enw { $name } yma.
learner-save-failed = Doedd Signpost ddim yn gallu cadw { $path }: { $detail }
learner-store-failed = Doedd Signpost ddim yn gallu defnyddio'r ffeil cynnydd: { $detail }
learner-exported = Wedi cadw cynnydd { $name } yn { $path }.
learner-import-unreadable = Doedd Signpost ddim yn gallu darllen { $path }: { $detail }
learner-import-not-learner-file = Dydy { $path } ddim yn ffeil dysgwr Signpost ({ $detail }). Does dim byd wedi newid.
learner-import-too-new = Cafodd { $path } ei chadw gan fersiwn fwy newydd o Signpost (fersiwn y ffeil: { $found }). Mae'r fersiwn hon yn darllen fersiwn { $supported }. Does dim byd wedi newid.
learner-import-bad-name = Does dim modd defnyddio'r enw yn { $path }: mae'n wag, neu'n rhy hir. Does dim byd wedi newid.
learner-import-other-person = Mae dysgwr o'r enw { $name } yma'n barod, ac mae'r ffeil yn perthyn i berson gwahanol gyda'r un enw. Chafodd dim byd ei fewnforio. I'w hychwanegu fel dysgwr newydd, rhedwch yr un gorchymyn eto gyda --as ac enw iddyn nhw, fel --as "{ $name } B".
learner-import-progress = Wrthi'n mewnforio: { $done } o { $total } cofnod hyd yma.
learner-imported-new = Wedi ychwanegu { $name } o { $path }. Gwersi: { $lessons }. Cofnodion eraill: { $records }.
learner-imported-merged = Wedi ychwanegu'r cynnydd yn { $path } at { $name }, oedd yma'n barod. Gwersi wedi'u hychwanegu neu eu newid: { $lessons }. Cofnodion newydd: { $records }.
learner-imported-renamed = Mae { $other } yma yn berson gwahanol, felly mae'r dysgwr yn { $path } wedi'i ychwanegu fel { $name }, heb ei uno â nhw. I ddewis enw arall, dilëwch { $name } a mewnforiwch eto gyda --as a'r enw. Gwersi: { $lessons }. Cofnodion eraill: { $records }.
learner-erase-confirm = Bydd hyn yn dileu { $name } am byth: eu henw, PIN, gosodiadau, cynnydd, nodiadau a chynllun. Mae ffigurau blaenorol yr hyb yn cadw eu gwersi a'u sesiynau fel cyfrifon yn unig, heb enw. I wneud hyn, rhedwch yr un gorchymyn eto gyda --yes.
learner-erased = Wedi dileu { $name }. Does dim byd mae Signpost yn ei gadw yn eu henwi nawr; dim ond cyfrifon sydd yn ffigurau'r hyb.
learner-pin-reset = Does dim PIN gan { $name } nawr. Maen nhw'n gallu dal ati heb un.
learner-pin-none = Does dim PIN gan { $name }, felly doedd dim byd i'w dynnu i ffwrdd.
learner-certificate-saved = Wedi cadw tystysgrif { $name } yn { $path }. Agorwch hi mewn porwr gwe i'w hargraffu.

## PIN mae rhywun yn ei deipio
pin-problem-length = Mae PIN yn 4 rhif.
pin-problem-digits = Dim ond y rhifau 0 i 9 sydd mewn PIN.

## Popeth mae Signpost yn ei gadw am ddysgwr
learner-show-title = Popeth mae Signpost yn ei gadw am { $name }
learner-show-times = Mae'r amseroedd yn ôl cylchfa amser y cyfrifiadur hwn.
learner-show-added = Dyddiad ymuno: { $when }
learner-show-pin-set = PIN: oes. Dim ond ffurf gudd ohono sy'n cael ei chadw, byth y PIN ei hun.
learner-show-pin-none = PIN: dim
learner-show-settings = Gosodiadau:
learner-show-settings-none = Gosodiadau: dim wedi'u cadw eto
learner-show-language-start = yr iaith a gafodd ei dewis ar y dechrau
learner-show-lessons = Gwersi: { $count }
learner-show-lesson-done = { $lesson }: wedi gorffen ar { $done }. Cam olaf: { $step }. Dechrau: { $started }, defnydd olaf: { $updated }.
learner-show-lesson-open = { $lesson }: heb orffen eto, ar y cam { $step }. Dechrau: { $started }, defnydd olaf: { $updated }.
learner-show-help = Gofyn am help: { $count }
learner-show-help-row = { $when }: { $level }, yn { $lesson }, cam { $step }
learner-help-1 = awgrym
learner-help-2 = dangos i mi
learner-help-3 = ei wneud i mi
learner-show-steps = Camau wedi'u cyrraedd: { $count }
learner-show-step-row = { $when }: { $lesson }, cam { $step }
learner-show-completions = Gwersi wedi'u gorffen: { $count }
learner-show-completion-row = { $when }: { $lesson }
learner-show-confidence = Pa mor hyderus roedden nhw'n teimlo: { $count }
learner-show-confidence-row = { $when }: { $course }, { $moment }: { $score } allan o 5
learner-moment-before = cyn y cwrs
learner-moment-after = ar ôl y cwrs
learner-show-skills = Gwirio sgiliau: { $count }
learner-show-skill-row = { $skill } { $answer }. ({ $when })
learner-show-plan = Cynllun dysgu: { $count }
learner-show-plan-row = { $position }. { $lesson }
learner-show-milestones = Wedi'i wneud go iawn: { $count }
learner-show-milestone-row = { $words }, wedi'i gofnodi { $when }
learner-show-sessions = Sesiynau gyda hyrwyddwr digidol: { $count }
learner-show-session-row = { $started } tan { $ended }, gyda { $champion }. Defnyddiol: { $useful }. Wedi helpu: { $helpful }. Nodiadau: { $notes }
learner-show-session-open = heb orffen
learner-show-no-champion = dim hyrwyddwr wedi'i nodi
learner-show-not-given = dim ateb
learner-show-yes = ie
learner-show-no = na
learner-show-wrong-pins = PINau anghywir wedi'u teipio: { $count }
learner-show-nothing = dim
learner-lesson = { $course }: { $title }
learner-when = { $date }, { $time }
learner-date = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Y dystysgrif: tudalen we i'w hargraffu, mewn print bras
certificate-title = Tystysgrif i { $name }
certificate-heading = Da iawn, { $name }!
certificate-intro = Mae { $name } wedi bod yn dysgu defnyddio cyfrifiadur a mynd ar-lein gyda Signpost.
certificate-hub = Yn { $hub }.
certificate-finished = Gwersi wedi'u gorffen: { $count }
certificate-lesson-done = { $lesson }, wedi gorffen ar { $date }
certificate-milestones = Wedi'i wneud go iawn
certificate-milestone = { $words }, ar { $date }
certificate-none-yet = Dim gwersi wedi'u gorffen eto. Mae pob cam bach yn cyfrif.
certificate-printed = Wedi argraffu ar { $date }.
certificate-signed = Llofnod hyrwyddwr digidol: ______________________
certificate-footer = Signpost: mynd ar-lein, un cam bach ar y tro.
