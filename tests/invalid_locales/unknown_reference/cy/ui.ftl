hello = Helo o { -brand }, { nothing } a { bye.title }
bye = Hwyl
