bye = Bye
hello = Hi again
