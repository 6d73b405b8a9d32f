hello = Hello
bye = Goodbye
cafe = Café open
later = See you later
