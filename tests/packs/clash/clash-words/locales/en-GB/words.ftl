clash-words-title = Our words
clash-words-summary = A course whose words clash.
quit-title = Not the built-in words
