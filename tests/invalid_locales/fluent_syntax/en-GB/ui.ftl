hello = Hello
broken = { $name
bye = Bye
