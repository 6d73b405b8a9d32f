broken-summary = Never shown.
