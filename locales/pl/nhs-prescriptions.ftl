# Kurs: Recepty NHS na leki stałe (lessons/04-nhs-prescriptions). Każdy fakt jest
# z shared/docs/content-sources.md (NHS login; Prescriptions in the NHS App).
# Aplikacja do ćwiczeń ma zmyślone dane logowania, leki i apteki.

nhs-title = Recepty NHS na leki stałe
nhs-summary = Zamawiaj swoje leki stałe w NHS App (aplikacji NHS) i sprawdzaj, co się z nimi dzieje.

## Aplikacja do ćwiczeń
nhs-medicine-amlodipine = Amlodypina 5 mg, tabletki
nhs-medicine-salbutamol = Salbutamol, inhalator
nhs-medicine-sertraline = Sertralina 50 mg, tabletki
nhs-medicine-ramipril = Ramipryl 2,5 mg, kapsułki
nhs-medicine-simvastatin = Symwastatyna 20 mg, tabletki
nhs-date-salbutamol = 14 grudnia
nhs-pharmacy-high-street = Apteka High Street
nhs-pharmacy-high-street-address = 12 High Street
nhs-pharmacy-green-lane = Apteka Green Lane
nhs-pharmacy-green-lane-address = 3 Green Lane

## Lekcja 1: NHS App
nhs-app-title = NHS App i NHS login
nhs-app-summary = Dowiedz się, czym jest NHS App, i zaloguj się przez NHS login.
nhs-app-intro-title = NHS App
nhs-app-intro =
    NHS App (aplikacja NHS) pozwala załatwić niektóre sprawy w NHS przez internet.
    W tym kursie używasz jej do zamawiania leków stałych.
    Recepta na leki stałe (repeat prescription) pozwala dostawać ten sam lek wiele razy. Nie musisz za każdym razem iść do lekarza rodzinnego (GP).
nhs-app-login-title = NHS login
nhs-app-login =
    Aby korzystać z NHS App, logujesz się przez NHS login (logowanie do NHS).
    Wpisujesz swój adres e-mail i hasło.
    Chroń swoje hasło. Nigdy nikomu go nie mów.
nhs-app-code-title = Kod w SMS-ie
nhs-app-code =
    Potem NHS login wysyła kod SMS-em na twój telefon komórkowy.
    Kod ma 6 cyfr. Wpisujesz go. To pokazuje, że to naprawdę ty.
nhs-app-log-in-title = Zaloguj się
nhs-app-log-in =
    To jest NHS App do ćwiczeń. Dane logowania na ekranie są zmyślone.
    Wpisz e-mail i hasło z ekranu. Potem wpisz kod z SMS-a do ćwiczeń.
nhs-app-log-in-done = Brawo. Logowanie się udało.
nhs-app-check-title = Szybkie sprawdzenie
nhs-app-check = Po e-mailu i haśle NHS login sprawdza jeszcze, czy to ty. Jak to robi?
nhs-app-check-card = Prosi o moją kartę bankową
nhs-app-check-card-feedback = Nie. NHS login nie prosi o kartę bankową.
nhs-app-check-code = Wysyła kod SMS-em na mój telefon
nhs-app-check-code-feedback = Tak, dobrze. Wpisujesz kod, który ma 6 cyfr.
nhs-app-check-postcode = Prosi tylko o mój kod pocztowy
nhs-app-check-postcode-feedback = Nie do końca. Wysyła SMS-em na twój telefon kod, który ma 6 cyfr.
nhs-app-recap-title = Brawo
nhs-app-recap =
    NHS login używa twojego e-maila, hasła i kodu wysłanego na telefon.
    Nie mów nikomu swojego hasła.

## Lekcja 2: Twoja wybrana apteka
nhs-pharmacy-title = Twoja wybrana apteka
nhs-pharmacy-summary = Dowiedz się, czym jest wybrana apteka, i zmień swoją.
nhs-pharmacy-intro-title = Twoja wybrana apteka
nhs-pharmacy-intro =
    Wybrana apteka (nominated pharmacy) to apteka, do której chcesz wysyłać swoje recepty.
    Gdy lekarz rodzinny (GP) zgodzi się na zamówienie, trafia ono do tej apteki. Tam odbierasz swój lek.
nhs-pharmacy-change-title = Zmiana apteki
nhs-pharmacy-change =
    Możesz zobaczyć i zmienić swoją wybraną aptekę w NHS App, w części "Recepty".
    Niektóre apteki działają tylko przez internet. Takie apteki wybierasz na ich stronie internetowej, a nie w aplikacji.
nhs-pharmacy-change-it-title = Zmień aptekę
nhs-pharmacy-change-it =
    Po przeprowadzce masz bliżej do Apteki Green Lane.
    Ustaw Aptekę Green Lane jako swoją wybraną aptekę.
nhs-pharmacy-change-it-done = Brawo. Twoje recepty będą trafiać do Apteki Green Lane.
nhs-pharmacy-check-title = Szybkie sprawdzenie
nhs-pharmacy-check = Czym jest twoja wybrana apteka?
nhs-pharmacy-check-hospital = Szpital, w którym mama mnie urodziła
nhs-pharmacy-check-hospital-feedback = Nie do końca. To apteka, którą wybierasz dla swoich recept.
nhs-pharmacy-check-chosen = Apteka, do której chcę wysyłać moje recepty
nhs-pharmacy-check-chosen-feedback = Tak, dobrze.
nhs-pharmacy-check-nearest = Zawsze apteka najbliżej mojego domu
nhs-pharmacy-check-nearest-feedback = Nie do końca. To ty ją wybierasz. Nie musi być najbliższa.
nhs-pharmacy-recap-title = Brawo
nhs-pharmacy-recap =
    Twoja wybrana apteka dostaje twoje recepty.
    Możesz ją zmienić w aplikacji, w części "Recepty".

## Lekcja 3: Zamawianie recepty na leki stałe
nhs-order-title = Zamawianie recepty na leki stałe
nhs-order-summary = Zamów swoje leki stałe w NHS App.
nhs-order-intro-title = Zamawianie
nhs-order-intro =
    W NHS App wybierz "Recepty", a potem "Zamów receptę na leki stałe".
    Aplikacja pokaże listę twoich leków stałych.
    Wybierz te, których potrzebujesz.
nhs-order-not-yet-title = Jeszcze nie teraz
nhs-order-not-yet =
    Niektórych leków nie da się jeszcze zamówić. Aplikacja mówi dlaczego i kiedy będzie można.
    Może być za wcześnie. Lek może być już zamówiony. Albo lekarz rodzinny musi najpierw sprawdzić, jak się czujesz.
nhs-order-note-title = Notatka
nhs-order-note =
    Potem możesz dodać notatkę dla przychodni lekarza rodzinnego. Nie musisz tego robić.
    Na przykład możesz napisać, że wyjeżdżasz.
nhs-order-confirm-title = Sprawdź i wyślij
nhs-order-confirm =
    Na koniec sprawdź zamówienie i wybierz "Potwierdź i wyślij".
    Zamówienie trafia najpierw do przychodni. Gdy przychodnia się zgodzi, trafia do twojej apteki.
    W twojej przychodni ekrany mogą wyglądać trochę inaczej.
nhs-order-order-title = Zamów lek
nhs-order-order =
    Potrzebujesz więcej amlodypiny. Zamów ją.
    Dodaj tę notatkę dla przychodni: Od 3 czerwca nie ma mnie w domu.
nhs-order-order-words = Od 3 czerwca nie ma mnie w domu
nhs-order-order-done = Brawo. Zamówienie trafiło do przychodni lekarza rodzinnego.
nhs-order-check-title = Szybkie sprawdzenie
nhs-order-check = Dokąd najpierw trafia wysłane zamówienie?
nhs-order-check-pharmacy = Prosto do mojej apteki
nhs-order-check-pharmacy-feedback = Nie do końca. Najpierw trafia do przychodni lekarza rodzinnego. Potem trafia do twojej apteki.
nhs-order-check-surgery = Do mojej przychodni lekarza rodzinnego, po zgodę
nhs-order-check-surgery-feedback = Tak, dobrze. Potem trafia do twojej wybranej apteki.
nhs-order-check-hospital = Do szpitala
nhs-order-check-hospital-feedback = Nie do końca. Najpierw trafia do przychodni lekarza rodzinnego.
nhs-order-recap-title = Brawo
nhs-order-recap =
    Wybierz "Recepty", a potem "Zamów receptę na leki stałe".
    Wybierz leki i dodaj notatkę, jeśli chcesz. Potem sprawdź i wyślij.

## Lekcja 4: Sprawdzanie i odbiór
nhs-status-title = Sprawdzanie i odbiór
nhs-status-summary = Sprawdź, co się dzieje z zamówieniem, i odbierz je. W razie potrzeby je anuluj.
nhs-status-status-title = Gdzie jest moje zamówienie?
nhs-status-status =
    Wybierz "Sprawdź swoje recepty", aby zobaczyć, co się dzieje z zamówieniem.
    Najpierw widać napis "zamówione". Potem "zatwierdzone", gdy lekarz rodzinny się zgodzi.
    Jeśli się nie zgodzi, aplikacja napisze dlaczego.
nhs-status-collect-title = Odbiór
nhs-status-collect =
    Gdy widać napis "gotowe do odbioru", idź do swojej apteki.
    Aplikacja ma też kod kreskowy. Każda apteka może go użyć, żeby znaleźć twoją receptę.
nhs-status-ready-title = Sprawdź zamówienie
nhs-status-ready =
    Masz zamówienie, które czeka. Sprawdź swoje recepty.
    Wybieraj "Sprawdź, co nowego", aż pojawi się napis "gotowe do odbioru".
nhs-status-ready-done = Brawo. Twój lek jest gotowy do odbioru.
nhs-status-about-cancel-title = Anulowanie
nhs-status-about-cancel = Możesz anulować zamówienie, ale tylko wtedy, gdy wciąż czeka na przychodnię.
nhs-status-cancel-title = Anuluj zamówienie
nhs-status-cancel = Jeden lek jest zamówiony przez pomyłkę. Anuluj zamówienie, które czeka.
nhs-status-cancel-done = Brawo. Zamówienie jest anulowane.
nhs-status-check-title = Szybkie sprawdzenie
nhs-status-check = Kiedy możesz anulować zamówienie?
nhs-status-check-any-time = W każdej chwili
nhs-status-check-any-time-feedback = Nie do końca. Tylko wtedy, gdy czeka na przychodnię.
nhs-status-check-waiting = Gdy czeka na moją przychodnię
nhs-status-check-waiting-feedback = Tak, dobrze. Potem nie da się go anulować w aplikacji.
nhs-status-check-never = Nigdy
nhs-status-check-never-feedback = Nie do końca. Możesz je anulować, gdy czeka na przychodnię.
nhs-status-recap-title = Brawo
nhs-status-recap =
    Sprawdź swoje recepty, aby zobaczyć, co się dzieje z zamówieniem.
    Odbierz lek, gdy jest gotowy. Anuluj zamówienie tylko wtedy, gdy czeka na lekarza rodzinnego.

## Lekcja 5: Bezpieczeństwo
nhs-safe-title = Bezpieczeństwo
nhs-safe-summary = Rozpoznawaj fałszywe wiadomości od "NHS" i zgłaszaj je.
nhs-safe-fakes-title = Fałszywe wiadomości od NHS
nhs-safe-fakes =
    Niektóre e-maile i SMS-y udają wiadomości od NHS.
    Krążą fałszywe e-maile o receptach, podpisane jako NHS. Oszuści chcą twoich pieniędzy albo danych.
nhs-safe-never-title = Czego NHS nigdy nie robi
nhs-safe-never =
    NHS nigdy nie prosi o dane bankowe w e-mailu ani w SMS-ie.
    Jeśli wiadomość o nie prosi, to oszustwo.
nhs-safe-report-title = Zgłoś fałszywą wiadomość
nhs-safe-report =
    Jeden z tych e-maili to fałszywa wiadomość od NHS. Zgłoś go.
    Otwórz go, wybierz "Przekaż dalej" i wyślij go na adres report@phishing.gov.uk
nhs-safe-report-done = Brawo. Fałszywy e-mail jest zgłoszony. Teraz możesz go usunąć.
nhs-safe-check-title = Szybkie sprawdzenie
nhs-safe-check = SMS mówi, że płatność za receptę się nie udała. Prosi o dane karty bankowej. Co robisz?
nhs-safe-check-pay = Płacę, żeby dalej dostawać leki
nhs-safe-check-pay-feedback = Nie. NHS nigdy nie prosi o dane bankowe w SMS-ie. To oszustwo.
nhs-safe-check-report = Przekazuję tego SMS-a na numer 7726
nhs-safe-check-report-feedback = Tak, dobrze. Numer 7726 służy do zgłaszania fałszywych SMS-ów. Potem usuń tego SMS-a.
nhs-safe-check-call = Dzwonię pod numer z SMS-a
nhs-safe-check-call-feedback = Nie do końca. Nie dzwoń pod numery od oszustów. Przekaż tego SMS-a na numer 7726.
nhs-safe-recap-title = Brawo
nhs-safe-recap =
    NHS nigdy nie prosi o dane bankowe w e-mailu ani w SMS-ie.
    Fałszywe e-maile przekaż dalej na adres report@phishing.gov.uk. Fałszywe SMS-y przekaż na numer 7726.
