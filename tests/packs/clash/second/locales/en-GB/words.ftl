second-summary = The second pack.
clash-words-title = Second words
