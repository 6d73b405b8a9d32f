hello = Helo, { $enw }!
