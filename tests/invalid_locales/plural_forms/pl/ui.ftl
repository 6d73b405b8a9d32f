emails = { $count ->
        [one] 1 e-mail
        [few] { $count } e-maile
        [many] { $count } e-maili
       *[other] { $count } e-maila
    }
