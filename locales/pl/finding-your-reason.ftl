# Kurs: Znajdź swój powód (lessons/00-finding-your-reason).
# Pierwsza lekcja dla każdej nowej osoby. Ludzie zaczynają korzystać z internetu, gdy znajdą powód.

reason-title = Znajdź swój powód
reason-summary = Pomyśl, co jest dla ciebie ważne i od czego zacząć.

reason-matters-title = Co jest dla ciebie ważne
reason-matters-summary = Wybierz, co jest dla ciebie najważniejsze, i zobacz, od czego zacząć.

reason-matters-welcome-title = Witaj
reason-matters-welcome =
    Witaj. Ten program uczy korzystania z komputera, krok po kroku.
    Tutaj nic nie można zepsuć. Można śmiało próbować.
    Nie musisz się spieszyć. Program idzie dalej dopiero wtedy, gdy tego chcesz.
reason-matters-online-title = Internet
reason-matters-online =
    Być online znaczy być połączonym z internetem.
    Internet łączy komputery na całym świecie, żeby mogły dzielić się informacjami.
    Ludzie korzystają z internetu, żeby widzieć rodzinę, zamawiać leki albo znaleźć hobby.

reason-matters-choose-title = Co jest dla ciebie ważne?
reason-matters-choose = Co z tego jest dla ciebie najważniejsze? Nie ma złej odpowiedzi.
reason-matters-choose-family = Kontakt z rodziną i przyjaciółmi
reason-matters-choose-family-feedback = Dobry wybór. E-mail i rozmowy wideo pomagają być w kontakcie. Zacznij od kursu Pierwsze kroki. Potem spróbuj kursów E-mail i Rozmowy wideo.
reason-matters-choose-hobbies = Hobby, muzyka i rzeczy, które lubię
reason-matters-choose-hobbies-feedback = Dobry wybór. W internecie można znaleźć bardzo dużo. Zacznij od kursu Pierwsze kroki. Potem spróbuj kursu E-mail. Wiele klubów wysyła nowości e-mailem.
reason-matters-choose-health = Moje zdrowie i NHS
reason-matters-choose-health-feedback = Dobry wybór. Leki, które bierzesz na stałe, możesz zamawiać przez internet. Do tego potrzebujesz własnego adresu e-mail i telefonu. Zacznij więc od kursu Pierwsze kroki, potem E-mail, a potem Recepty NHS na leki stałe.
reason-matters-choose-shopping = Zakupy i pieniądze
reason-matters-choose-shopping-feedback = Dobry wybór. Zacznij od kursu Pierwsze kroki, potem E-mail. Sklepy wysyłają e-maile. Kurs E-mail pokazuje, jak rozpoznać oszustwo.
reason-matters-choose-history = Historia mojej rodziny
reason-matters-choose-history-feedback = Dobry wybór. Zacznij od kursu Pierwsze kroki, potem E-mail. E-mailem można wysyłać i dostawać stare zdjęcia i rodzinne historie.

reason-matters-check-title = Szybkie sprawdzenie
reason-matters-check = Co znaczy być online?
reason-matters-check-power = Mieć komputer włączony do prądu
reason-matters-check-power-feedback = Nie do końca. Być online znaczy być połączonym z internetem.
reason-matters-check-online = Być połączonym z internetem
reason-matters-check-online-feedback = Tak, dobrze. Internet łączy komputery na całym świecie.
reason-matters-check-queue = Czekać w kolejce
reason-matters-check-queue-feedback = Nie do końca. Być online znaczy być połączonym z internetem.

reason-matters-recap-title = Od czego zacząć
reason-matters-recap =
    Teraz znasz swój powód. Pamiętaj o nim.
    Być online znaczy być połączonym z internetem. Tutaj nic nie można zepsuć.
    Jeśli klawiatura jest dla ciebie czymś nowym, zacznij od kursu Pierwsze kroki.
    Naciśnij Enter, żeby przejść dalej. Potem możesz zacząć dowolny kurs.
