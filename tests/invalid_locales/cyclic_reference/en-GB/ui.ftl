-extra-a = { -extra-b }
-extra-b = { -extra-a }
hello = Hello { -extra-a }
loop = Again { loop }
ping = { pong.title }
pong = Pong
    .title = { ping }
