# Bezpieczne ekrany do ćwiczeń: skrzynka e-mail, rozmowa wideo i NHS App.
# Muszą wyglądać i działać jak prawdziwe, i zawsze mówić, że to ćwiczenie.
# Argumenty: $label, $field i $value to inne słowa wstawiane w tekst; $number to liczba.

practice-panel-title = Ekran do ćwiczeń. { $title }
practice-start-again = Zacznij to ćwiczenie od nowa
practice-text = { $text }
practice-box-empty = (puste)
practice-secret-typed = { $count ->
        [one] wpisano 1 znak
        [few] wpisano { $count } znaki
        [other] wpisano { $count } znaku
       *[many] wpisano { $count } znaków
    }
practice-nothing = Nic się nie stało. To nie działa na tym ekranie.
practice-off-track = To nie jest część tego zadania.
practice-way-back = { $mode ->
        [plain] Wpisz „wstecz”, żeby wrócić.
       *[tui] Naciśnij Escape, żeby wrócić.
    }
practice-way-back-inbox = { $mode ->
        [plain] Wpisz „wstecz”, żeby wrócić do skrzynki odbiorczej.
       *[tui] Naciśnij Escape, żeby wrócić do skrzynki odbiorczej.
    }
practice-did-reset = Ćwiczenie zaczęło się od nowa.
practice-did-back = Znowu widzisz poprzedni ekran.
practice-did-edit = { $mode ->
        [plain] Wpisz tekst w polu { $field }, potem naciśnij Enter.
       *[tui] Jesteś w polu { $field }. Wpisz tekst, potem naciśnij Enter.
    }
practice-did-type = Tekst jest wpisany w polu { $field }.
practice-box-now = W polu { $field } jest teraz { $text }.
practice-box-unchanged = W polu { $field } nic się nie zmieniło.
practice-spelt = W polu { $field } jest { $text }.
practice-spelt-nothing = Pole { $field } jest puste.
practice-did-stop-typing = Koniec pisania.

## Pomoc na ekranach do ćwiczeń: wskazówka, potem "pokaż mi", potem "zrób to za mnie".
practice-hint-choose = Wskazówka. Poszukaj na ekranie pozycji { $label }.
practice-hint-type = Wskazówka. Wpisz tekst w polu { $field }, potem naciśnij Enter.
practice-show-choose = { $mode ->
        [plain] Wpisz { $number } i naciśnij Enter, żeby wybrać pozycję { $label }.
       *[tui] Wybierz pozycję { $label }. To numer { $number }. Jest teraz zaznaczony. Naciśnij Enter.
    }
practice-show-type = Wpisz { $text } w polu { $field }, potem naciśnij Enter.
practice-help-did = Zrobione za ciebie. { $did }
practice-help-typed = Wpisano za ciebie { $text }. { $field }
practice-help-typed-secret = Wpisano za ciebie hasło ćwiczebne. { $field }

## E-mail: skrzynka odbiorcza
practice-inbox-title = Skrzynka odbiorcza
practice-inbox-count = Masz { $count } { $count ->
        [one] e-mail
        [few] e-maile
        [many] e-maili
       *[other] e-maili
    }. { $unread ->
        [0] Wszystkie są przeczytane.
       *[other] Liczba nieprzeczytanych to { $unread }.
    }
practice-inbox-item = { $unread ->
        [1] Nowy.{" "}
       *[0] {""}
    }{ $name }{ $addresses ->
        [1] , { $address }
       *[0] {""}
    }. { $subject }, { $date }{ $photo ->
        [1] , ze zdjęciem
       *[0] {""}
    }
practice-inbox-write = Napisz nowy e-mail
practice-mail-title = { $subject }
practice-mail-from = Od { $name }, { $address }
practice-mail-date = Wysłano { $date }
practice-mail-has-photo = Do tego e-maila jest dołączone zdjęcie.
practice-mail-reply = Odpowiedz
practice-mail-forward = Przekaż dalej
practice-mail-delete = Usuń
practice-mail-open-photo = Otwórz zdjęcie
practice-back-to-inbox = Wróć do skrzynki odbiorczej
practice-photo-title = Zdjęcie
practice-photo-description = Opis zdjęcia. { $description }
practice-back-to-message = Wróć do e-maila
practice-compose-new = Nowy e-mail
practice-compose-reply = Odpowiedź
practice-compose-forward = Przekaż dalej
practice-compose-quoting = Pod twoim tekstem jest dodany e-mail. Nadawca to { $name }, a temat to { $subject }.
practice-field-to = Do, { $value }
practice-field-subject = Temat, { $value }
practice-field-message = Wiadomość, { $value }
practice-label-to = Do
practice-label-subject = Temat
practice-label-message = Wiadomość
practice-subject-re = Re: { $subject }
practice-subject-fwd = Fwd: { $subject }
practice-compose-send = Wyślij
practice-compose-discard = Anuluj i wyrzuć ten e-mail
practice-did-open = Otwarty jest e-mail. Nadawca to { $name }.
practice-did-write = Otwarty jest nowy e-mail. Wypełnij pola Do, Temat i Wiadomość.
practice-did-reply = Otwarta jest odpowiedź. W polu Do jest już adres nadawcy.
practice-did-forward = E-mail jest gotowy do przekazania dalej. W polu Do wpisz adres osoby, do której ma trafić.
practice-did-delete = E-mail trafił do kosza.
practice-did-photo = Zdjęcie jest otwarte. { $description }
practice-did-back-inbox = Znowu widzisz skrzynkę odbiorczą.
practice-did-back-message = Znowu widzisz e-mail.
practice-did-discard = E-mail został wyrzucony. Nie został wysłany.
practice-did-send = Twój e-mail został wysłany na adres { $address }.
practice-send-no-address = E-mail nie został wysłany. Wpisz adres e-mail w polu Do.
practice-send-bad-address = E-mail nie został wysłany. { $address } to nie jest adres e-mail. W adresie jest znak @, czyli małpa, na przykład name@example.com.
practice-send-address-space = E-mail nie został wysłany. W { $address } jest spacja. Adres e-mail nie ma spacji.
practice-send-address-no-name = E-mail nie został wysłany. W { $address } nie ma nic przed @. Adres ma nazwę przed @, na przykład imie@example.com.
practice-send-address-no-ending = E-mail nie został wysłany. { $address } to niepełny adres. Po @ potrzebna jest kropka i końcówka, na przykład imie@example.com.

## Rozmowa wideo
practice-call-messages-title = Wiadomości SMS
practice-call-text-from = SMS od { $name }.
practice-call-text = { $text }
practice-call-open-link = Otwórz link
practice-call-browser-title = Przeglądarka internetowa
practice-call-permission = Ta strona chce używać twojej kamery i mikrofonu.
practice-call-allow = Zezwól
practice-call-block = Blokuj
practice-call-blocked = Twój wybór to Blokuj. Bez kamery i mikrofonu nikt cię nie zobaczy ani nie usłyszy.
practice-call-try-again = Spróbuj jeszcze raz
practice-call-ready-title = Chcesz dołączyć?
practice-call-you = Obraz z twojej kamery. { $description }
practice-call-status = { $muted ->
        [1] Twój mikrofon jest wyłączony.
       *[0] Twój mikrofon jest włączony.
    } { $camera ->
        [1] Twoja kamera jest włączona.
       *[0] Twoja kamera jest wyłączona.
    }
practice-call-name-box = Twoje imię, { $value }
practice-call-name-label = Twoje imię
practice-call-join = Dołącz teraz
practice-call-need-name = Najpierw wpisz swoje imię, żeby inni wiedzieli, kim jesteś.
practice-call-waiting-title = Poczekalnia
practice-call-waiting = Poczekaj chwilę. Organizator rozmowy zaraz cię wpuści.
practice-call-keep-waiting = Czekaj dalej
practice-call-ringing-title = Przychodząca rozmowa wideo
practice-call-ringing = Dzwoni { $name }.
practice-call-answer = Odbierz (Answer)
practice-call-decline = Odrzuć (Decline)
practice-call-declined-title = Rozmowa odrzucona
practice-call-declined = Rozmowa została odrzucona. { $name } może zadzwonić jeszcze raz.
practice-call-ring-again = Poczekaj, aż { $name } zadzwoni jeszcze raz
practice-call-did-answer = Rozmowa odebrana. Po drugiej stronie jest { $name }. Widzisz i słyszysz tę osobę.
practice-call-did-decline = Rozmowa została odrzucona.
practice-call-did-ring-again = { $name } dzwoni jeszcze raz.
practice-call-end = Zakończ rozmowę (End)
practice-call-did-end = Rozmowa zakończona.
practice-call-use-end = Aby zakończyć rozmowę, wybierz „Zakończ rozmowę”.
practice-call-say-box = Powiedz coś, wpisując to, bo ćwiczenie cię nie słyszy. { $value }
practice-call-say-label = Co mówisz
practice-call-did-say = Twoje słowa, { $text }
practice-call-you-said = Twoje słowa, { $text }
practice-call-in-call-title = W trakcie rozmowy
practice-call-with = Jesteś w rozmowie. Po drugiej stronie jest { $name }.
practice-call-scene = Obraz z kamery rozmówcy. { $description }
practice-call-mute = Wycisz
practice-call-unmute = Wyłącz wyciszenie
practice-call-camera-off = Wyłącz kamerę
practice-call-camera-on = Włącz kamerę
practice-call-leave = Opuść rozmowę
practice-call-left-title = Rozmowa zakończona
practice-call-left = Nie jesteś już w rozmowie.
practice-call-use-leave = Aby wyjść z rozmowy, wybierz Opuść rozmowę.
practice-call-did-open = Link otworzył się w przeglądarce internetowej.
practice-call-did-allow = Kamera i mikrofon mogą teraz działać.
practice-call-did-block = Kamera i mikrofon są zablokowane.
practice-call-did-try-again = Przeglądarka pyta jeszcze raz.
practice-call-did-join = Prośba o dołączenie jest wysłana.
practice-call-did-leave-waiting = Nie jesteś już w poczekalni.
practice-call-let-in = Organizator wpuścił cię do rozmowy.
practice-call-did-mute = Mikrofon jest wyciszony. Nikt cię nie słyszy.
practice-call-did-unmute = Twój mikrofon jest włączony. Wszyscy cię słyszą.
practice-call-did-camera-off = Twoja kamera jest wyłączona. Nikt cię nie widzi.
practice-call-did-camera-on = Twoja kamera jest włączona. Wszyscy cię widzą.
practice-call-did-leave = Nie jesteś już w rozmowie.
practice-call-did-back = Znowu widzisz swoje wiadomości SMS.

## NHS App (ćwiczenie: zmyślone dane, które niczego prawdziwego nie otwierają)
practice-nhs-login-title = NHS login
practice-nhs-login-details = To dane do ćwiczeń, nie prawdziwe. Adres e-mail to { $email }. Hasło to { $password }.
practice-nhs-email-box = Adres e-mail, { $value }
practice-nhs-email-label = Adres e-mail
practice-nhs-password-box = Hasło, { $value }
practice-nhs-password-label = Hasło
practice-nhs-continue = Dalej (Continue)
practice-nhs-wrong-login = Adres e-mail albo hasło się nie zgadza. Sprawdź je i spróbuj jeszcze raz.
practice-nhs-did-login = Adres e-mail i hasło są poprawne.
practice-nhs-code-title = Wpisz kod bezpieczeństwa
practice-nhs-code-sent = Wysłaliśmy SMS-em 6-cyfrowy kod bezpieczeństwa na twój telefon komórkowy.
practice-nhs-code-text = SMS do ćwiczeń. Twój kod bezpieczeństwa NHS login to { $code }.
practice-nhs-code-box = Kod bezpieczeństwa, { $value }
practice-nhs-code-label = Kod bezpieczeństwa
practice-nhs-wrong-code = Ten kod bezpieczeństwa się nie zgadza. Sprawdź SMS i spróbuj jeszcze raz.
practice-nhs-did-code = Logowanie się udało.
practice-nhs-prove-title = Potwierdź, kim jesteś
practice-nhs-prove-why = Aby zamawiać recepty, NHS login musi sprawdzić, kim jesteś. Robisz to tylko raz.
practice-nhs-prove-question = Czy masz dokument ze zdjęciem, na przykład paszport albo prawo jazdy?
practice-nhs-have-photo-id = Tak, mam dokument ze zdjęciem (Yes, I have photo ID)
practice-nhs-no-photo-id = Nie, nie mam dokumentu ze zdjęciem (No, I do not have photo ID)
practice-nhs-back = Wstecz (Back)
practice-nhs-did-photo-id = Twój wybór to Tak, mam dokument ze zdjęciem.
practice-nhs-did-no-photo-id = Twój wybór to Nie, nie mam dokumentu ze zdjęciem.
practice-nhs-photo-title = Zrób zdjęcie dokumentu
practice-nhs-photo-help = Zrób zdjęcie paszportu albo prawa jazdy. To ćwiczenie, więc nie powstaje żadne prawdziwe zdjęcie.
practice-nhs-take-photo = Zrób zdjęcie
practice-nhs-did-take-photo = Zdjęcie dokumentu jest zrobione.
practice-nhs-face-title = Pokaż, że to ty
practice-nhs-face-help = Zeskanuj twarz albo nagraj krótki film, na którym mówisz 4 cyfry. To ćwiczenie, więc nic nie jest naprawdę nagrywane.
practice-nhs-scan-face = Zeskanuj moją twarz
practice-nhs-record-video = Nagraj krótki film
practice-nhs-did-scan-face = Twarz jest zeskanowana. NHS login przyśle odpowiedź e-mailem. Może to potrwać 24 godziny albo dłużej.
practice-nhs-did-record-video = Film jest nagrany. NHS login przyśle odpowiedź e-mailem. Może to potrwać 24 godziny albo dłużej.
practice-nhs-details-title = Dane z twojej przychodni
practice-nhs-details-help = Wpisz 3 dane z listu od przychodni. To dane do ćwiczeń, nie prawdziwe. ODS code to { $ods }. Account ID to { $account }. Linkage Key to { $linkage }.
practice-nhs-ods-box = ODS code, { $value }
practice-nhs-ods-label = ODS code
practice-nhs-account-box = Account ID, { $value }
practice-nhs-account-label = Account ID
practice-nhs-linkage-box = Linkage Key, { $value }
practice-nhs-linkage-label = Linkage Key
practice-nhs-wrong-details = Jedna z danych się nie zgadza. Porównaj je z listem i spróbuj jeszcze raz.
practice-nhs-did-details = 3 dane są wysłane. NHS login przyśle odpowiedź e-mailem. Może to potrwać 24 godziny albo dłużej.
practice-nhs-checking-title = Sprawdzamy, kim jesteś
practice-nhs-checking = Dziękujemy. NHS login sprawdza twoje dane. Odpowiedź przyjdzie e-mailem. Może to potrwać 24 godziny albo dłużej, a w weekend jeszcze dłużej.
practice-nhs-home-title = NHS App, strona główna
practice-nhs-home = Witaj w NHS App, czyli aplikacji NHS. To wersja do ćwiczeń.
practice-nhs-prescriptions = Recepty (Prescriptions)
practice-nhs-did-prescriptions = Otwarty jest ekran Recepty.
practice-nhs-prescriptions-title = Recepty
practice-nhs-order = Zamów receptę na leki stałe (Order a repeat prescription)
practice-nhs-orders = Sprawdź swoje recepty (Check your prescriptions)
practice-nhs-pharmacy = Twoja wybrana apteka (Your nominated pharmacy)
practice-nhs-home-button = Wróć do strony głównej
practice-nhs-did-order = Oto twoje leki stałe.
practice-nhs-choose-title = Wybierz leki
practice-nhs-choose-help = Wybierz leki, których potrzebujesz. Niektórych leków nie można jeszcze zamówić. Przy nich jest napisane, dlaczego.
practice-nhs-medicine-chosen = Wybrany, { $name }
practice-nhs-medicine-not-chosen = Niewybrany, { $name }
practice-nhs-medicine-requested = { $name }, zamówienie już jest złożone. Na razie nie można zamówić tego leku jeszcze raz.
practice-nhs-medicine-too-soon = { $name }, za wcześnie. Ten lek można zamówić od { $date }.
practice-nhs-medicine-review = { $name }, lekarz musi najpierw sprawdzić ten lek. Skontaktuj się z przychodnią lekarza rodzinnego (GP).
practice-nhs-did-choose = Wybrany lek to { $name }.
practice-nhs-did-unchoose = Usunięto z wyboru lek { $name }.
practice-nhs-why-requested = { $name }, zamówienie już jest złożone. Przychodnia lekarza rodzinnego je sprawdza.
practice-nhs-why-too-soon = { $name }, za wcześnie na zamówienie. Ten lek można zamówić od { $date }.
practice-nhs-why-review = { $name }, lekarz musi najpierw sprawdzić ten lek. Skontaktuj się z przychodnią lekarza rodzinnego, żeby umówić wizytę.
practice-nhs-choose-one = Najpierw wybierz co najmniej jeden lek.
practice-nhs-did-continue = Teraz widzisz następny ekran.
practice-nhs-note-title = Dodaj notatkę
practice-nhs-note-help = Możesz dodać notatkę dla przychodni lekarza rodzinnego. Nie musisz tego robić.
practice-nhs-note-box = Notatka, { $value }
practice-nhs-note-label = Notatka
practice-nhs-review-title = Sprawdź zamówienie
practice-nhs-review-medicine = Lek, { $name }
practice-nhs-review-note = Notatka, { $note }
practice-nhs-review-pharmacy = Twoja recepta trafi do apteki { $name }, { $address }.
practice-nhs-confirm = Potwierdź i wyślij (Confirm and send)
practice-nhs-change = Zmień
practice-nhs-did-confirm = Twoje zamówienie zostało wysłane.
practice-nhs-sent-title = Zamówienie wysłane
practice-nhs-sent = Przychodnia lekarza rodzinnego sprawdzi twoje zamówienie. Gdy je zatwierdzi, recepta trafi do apteki { $name }, { $address }.
practice-nhs-back-to-prescriptions = Wróć do ekranu Recepty
practice-nhs-did-orders = Oto twoje recepty.
practice-nhs-orders-title = Twoje recepty
practice-nhs-no-orders = Nie masz zamówionych recept.
practice-nhs-order-line = { $name }, { $status ->
        [requested] zamówione. Czeka na decyzję przychodni lekarza rodzinnego.
        [approved] zatwierdzone przez przychodnię lekarza rodzinnego. Wysłane do twojej apteki.
        [rejected] niezatwierdzone.
        [ready] gotowe do odbioru w twojej aptece.
       *[cancelled] anulowane.
    }
practice-nhs-order-reason = Przychodnia podaje powód. { $reason }
practice-nhs-cancel = Anuluj zamówienie leku { $name }
practice-nhs-did-cancel = Zamówienie zostało anulowane.
practice-nhs-update = Sprawdź, co nowego (Check for updates)
practice-nhs-did-update = Jest nowa informacja o twojej recepcie. Minęło kilka dni.
practice-nhs-no-update = Nie ma nic nowego.
practice-nhs-did-pharmacy = Oto twoja wybrana apteka.
practice-nhs-pharmacy-title = Twoja wybrana apteka
practice-nhs-pharmacy-now = { $name }, { $address }
practice-nhs-pharmacy-explain = Twoja wybrana apteka (nominated pharmacy) to apteka, do której mają trafiać twoje recepty. To ty ją wybierasz.
practice-nhs-change-pharmacy = Zmień wybraną aptekę (Change your nominated pharmacy)
practice-nhs-did-change-pharmacy = Wybierz nową aptekę.
practice-nhs-choose-pharmacy-title = Wybierz aptekę
practice-nhs-choose-pharmacy-help = Wybierz aptekę, do której mają trafiać twoje recepty.
practice-nhs-pharmacy-item = { $name }, { $address }
practice-nhs-keep-pharmacy = Zostaw moją aptekę
practice-nhs-did-pick = Twoja wybrana apteka to teraz { $name }.

## SMS-y na telefonie
practice-texts-title = SMS-y
practice-texts-count = Masz { $count } { $count ->
        [one] SMS
        [few] SMS-y
        [many] SMS-ów
       *[other] SMS-ów
    }.
practice-texts-item = { $unread ->
        [1] Nowy.{" "}
       *[0] {""}
    }{ $name }, { $date }
practice-texts-from = { $name }
practice-texts-sent = Wysłano { $date }
practice-texts-forward = Przekaż dalej
practice-texts-delete = Usuń
practice-texts-back = Wróć do wiadomości
practice-texts-forward-title = Przekaż SMS
practice-texts-forwarding = Ten SMS zostanie dołączony. { $text }
practice-texts-to-box = Do numeru telefonu, { $value }
practice-texts-to-label = Do
practice-texts-send = Wyślij
practice-texts-discard = Anuluj i nie wysyłaj
practice-texts-did-open = Otwarty jest SMS. Nadawca to { $name }.
practice-texts-did-forward = SMS jest gotowy do przekazania. Wpisz w polu „Do”, do kogo ma trafić.
practice-texts-did-delete = SMS został usunięty.
practice-texts-did-send = SMS został wysłany na numer { $number }.
practice-texts-bad-number = SMS nie został wysłany. Wpisz w polu „Do” numer telefonu. Numer telefonu ma tylko cyfry.
practice-texts-did-discard = SMS nie został wysłany.
practice-texts-did-back = Widać znowu listę wiadomości.
practice-texts-way-back = { $mode ->
        [plain] Wpisz „wstecz”, żeby wrócić do wiadomości.
       *[tui] Naciśnij Escape, żeby wrócić do wiadomości.
    }
