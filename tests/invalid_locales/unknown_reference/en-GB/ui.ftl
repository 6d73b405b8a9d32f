-brand = Signpost
hello = Hello from { -brand }, { nothing } and { bye.title }
bye = Bye
