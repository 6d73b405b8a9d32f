hello = Helo
