# Kurs: Znajdź swój powód (lessons/00-finding-your-reason).
# Pierwsza lekcja dla każdej nowej osoby. Ludzie zaczynają korzystać z internetu, gdy znajdą powód.

reason-title = Znajdź swój powód
reason-summary = Pomyśl, co jest dla ciebie ważne i od czego zacząć.

reason-matters-title = Co jest dla ciebie ważne
reason-matters-summary = Wybierz, co jest dla ciebie najważniejsze, i zobacz, od czego zacząć.

reason-matters-welcome-title = Witaj
reason-matters-welcome =
    Ludzie korzystają z internetu z wielu powodów.
    Jedni chcą widzieć swoją rodzinę. Inni chcą zamawiać leki albo znaleźć hobby.
    Najpierw znajdźmy twój powód. Wtedy będziemy wiedzieć, od czego zacząć.

reason-matters-choose-title = Co jest dla ciebie ważne?
reason-matters-choose = Co z tego jest dla ciebie najważniejsze? Nie ma złej odpowiedzi.
reason-matters-choose-family = Kontakt z rodziną i przyjaciółmi
reason-matters-choose-family-feedback = Dobry wybór. E-mail i rozmowy wideo pomagają być w kontakcie. Zacznij od kursu Pierwsze kroki. Potem spróbuj kursów E-mail i Rozmowy wideo.
reason-matters-choose-hobbies = Hobby, muzyka i rzeczy, które lubię
reason-matters-choose-hobbies-feedback = Dobry wybór. W internecie można znaleźć bardzo dużo. Zacznij od kursu Pierwsze kroki. Potem spróbuj kursu E-mail. Wiele klubów wysyła nowości e-mailem.
reason-matters-choose-health = Moje zdrowie i NHS
reason-matters-choose-health-feedback = Dobry wybór. Leki, które bierzesz na stałe, możesz zamawiać przez internet. Zacznij od kursu Pierwsze kroki. Potem spróbuj kursu Recepty NHS na leki stałe.
reason-matters-choose-shopping = Zakupy i pieniądze
reason-matters-choose-shopping-feedback = Dobry wybór. Zacznij od kursu Pierwsze kroki, potem E-mail. Sklepy wysyłają e-maile. Kurs E-mail pokazuje, jak rozpoznać oszustwo.
reason-matters-choose-history = Historia mojej rodziny
reason-matters-choose-history-feedback = Dobry wybór. Zacznij od kursu Pierwsze kroki, potem E-mail. E-mailem można wysyłać i dostawać stare zdjęcia i rodzinne historie.

reason-matters-check-title = Szybkie sprawdzenie
reason-matters-check = Czy można tu zepsuć komputer, gdy naciśnie się zły klawisz?
reason-matters-check-break = Tak, więc muszę uważać
reason-matters-check-break-feedback = Nie do końca. Tutaj nic się nie zepsuje. Na każdym ekranie można śmiało próbować.
reason-matters-check-safe = Nie, można śmiało próbować
reason-matters-check-safe-feedback = Tak, dobrze. Tutaj nie da się niczego zepsuć. Próbuj śmiało.
reason-matters-check-fast = Tylko jeśli będę działać za szybko
reason-matters-check-fast-feedback = Nie do końca. Możesz iść tak wolno albo tak szybko, jak chcesz. Nic się nie zepsuje.

reason-matters-recap-title = Od czego zacząć
reason-matters-recap =
    Teraz znasz swój powód. Pamiętaj o nim.
    Jeśli klawiatura jest dla ciebie czymś nowym, zacznij od kursu Pierwsze kroki.
    Naciśnij Enter, żeby przejść dalej. Potem możesz zacząć dowolny kurs.
