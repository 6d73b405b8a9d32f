hello = Helo
bye = Hwyl fawr
