hello = Helo
old = Hen
