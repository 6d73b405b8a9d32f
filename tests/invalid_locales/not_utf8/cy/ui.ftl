hello = Helo
bye = Hwyl fawr
cafe = Caffi ar agor
later = Wela i chi wedyn
