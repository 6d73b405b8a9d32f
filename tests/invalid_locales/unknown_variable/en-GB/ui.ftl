hello = Hello!
