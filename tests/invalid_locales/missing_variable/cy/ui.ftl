hello = Helo!
