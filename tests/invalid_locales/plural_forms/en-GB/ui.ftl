emails = { $count ->
        [one] 1 email
       *[other] { $count } emails
    }
