emails = { $count ->
        [one] 1 e-bost
       *[other] { $count } e-bost
    }
