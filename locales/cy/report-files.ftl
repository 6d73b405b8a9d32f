## signpost report --xlsx: the spreadsheet's sheets, columns and labels

xlsx-sheet-totals = Cyfansymiau
xlsx-sheet-months = Misoedd
xlsx-sheet-learners = Dysgwyr
xlsx-column-figure = Ffigur
xlsx-column-metric = Enw'r mesur (yr un fath ym mhob iaith)
xlsx-column-value = Gwerth
xlsx-column-row = Rhes
xlsx-column-joined = Mis ymuno
xlsx-column-lessons = Gwersi wedi'u cwblhau
xlsx-column-courses = Cyrsiau wedi'u cwblhau
xlsx-column-sessions = Sesiynau
xlsx-column-confidence-before = Hyder cyn (1 isel, 5 uchel)
xlsx-column-confidence-after = Hyder ar ôl (1 isel, 5 uchel)
xlsx-column-help = Help a ofynnwyd amdano
xlsx-no-learners-merged = Does dim taflen dysgwyr: mae'r adroddiad hwn yn cyfuno ffeiliau allforio, sydd â chyfansymiau yn unig.
xlsx-no-learners-published = Does dim taflen dysgwyr: dydy ffigurau i'r cyhoedd byth yn dangos rhes un dysgwr.
metric-hub = Hyb
metric-from = Diwrnod cyntaf
metric-to = Diwrnod olaf
metric-learners-engaged = Dysgwyr a ddefnyddiodd Signpost
metric-new-learners = Dysgwyr newydd
metric-sessions = Sesiynau gyda hyrwyddwr digidol
metric-learner-only-sessions = Sesiynau heb hyrwyddwr (y dysgwr ar ei ben ei hun)
metric-sessions-ended = Sesiynau a ddaeth i ben
metric-hours = Oriau mewn sesiynau a ddaeth i ben
metric-lessons-completed = Gwersi wedi'u cwblhau
metric-courses-completed = Cyrsiau wedi'u cwblhau
metric-lessons-completed-area = Gwersi wedi'u cwblhau: { $area }
metric-courses-completed-area = Cyrsiau wedi'u cwblhau: { $area }
metric-confidence-before-answers = Atebion am hyder cyn cwrs
metric-confidence-before-average = Hyder cyfartalog cyn cwrs (1 isel, 5 uchel)
metric-confidence-before-score = Atebion a roddodd { $score } am hyder cyn cwrs
metric-confidence-after-answers = Atebion am hyder ar ôl cwrs
metric-confidence-after-average = Hyder cyfartalog ar ôl cwrs (1 isel, 5 uchel)
metric-confidence-after-score = Atebion a roddodd { $score } am hyder ar ôl cwrs
metric-useful-answers = Sesiynau lle dywedodd y dysgwr a oedd yn ddefnyddiol
metric-useful-yes = Sesiynau a oedd yn ddefnyddiol i'r dysgwr
metric-useful-percent = Canran y rheini a oedd yn ddefnyddiol
metric-helpful-answers = Sesiynau lle dywedodd y dysgwr a oedd yr hyrwyddwr wedi helpu
metric-helpful-yes = Sesiynau lle roedd yr hyrwyddwr wedi helpu
metric-helpful-percent = Canran y rheini lle roedd yr hyrwyddwr wedi helpu
metric-help-hints = Awgrymiadau a ofynnwyd amdanynt
metric-help-show-me = Gofyn "Dangos i mi"
metric-help-do-it-for-me = Gofyn "Ei wneud i mi"
metric-milestone = Wedi'i wneud go iawn, dysgwyr a'i cofnododd: { $words }
report-saved-xlsx = Mae'r daenlen wedi'i chadw yn { $path }.

## signpost report --summary: the one-page summary for funders

summary-title = Signpost: crynodeb i gyllidwyr
summary-chart-areas = Gwersi wedi'u cwblhau, fesul maes sgiliau
summary-chart-confidence = Hyder cyn ac ar ôl cwrs: nifer yr atebion a roddodd bob sgôr (1 isel, 5 uchel)
summary-chart-months = Dysgwyr a ddefnyddiodd Signpost, fesul mis
summary-month = { $month } { $year }
summary-no-months = Dim i'w ddangos eto.
report-saved-summary = Mae'r crynodeb un dudalen wedi'i gadw yn { $path }.
