count = { FOO(1) } things
number = { NUMBER(5, colour: "red") }
fine = { NUMBER($n, minimumIntegerDigits: 2) }
