# Course: Finding your reason (lessons/00-finding-your-reason).
# The first lesson for every new learner. People go online when they find a reason.

reason-title = Dod o hyd i'ch rheswm
reason-summary = Meddyliwch am beth sy'n bwysig i chi, a ble i ddechrau.

reason-matters-title = Beth sy'n bwysig i chi
reason-matters-summary = Dewiswch beth sydd bwysicaf i chi, a dysgwch ble i ddechrau.

reason-matters-welcome-title = Croeso
reason-matters-welcome =
    Croeso. Mae'r tiwtor hwn yn eich helpu i ddysgu defnyddio cyfrifiadur, un cam bach ar y tro.
    Allwch chi ddim torri dim byd yma. Mae'n ddiogel rhoi cynnig ar bethau.
    Cymerwch gymaint o amser ag y mynnwch. Does dim byd yn symud ymlaen nes eich bod chi'n barod.
reason-matters-online-title = Mynd ar-lein
reason-matters-online =
    Mae ar-lein yn golygu wedi cysylltu â'r rhyngrwyd.
    Mae'r rhyngrwyd yn cysylltu cyfrifiaduron ledled y byd, er mwyn iddyn nhw rannu gwybodaeth.
    Mae pobl yn mynd ar-lein i weld eu teulu, i archebu eu tabledi, neu i ddod o hyd i hobi.

reason-matters-choose-title = Beth sy'n bwysig i chi?
reason-matters-choose = Pa un o'r rhain sydd bwysicaf i chi? Does dim ateb anghywir.
reason-matters-choose-family = Cadw mewn cysylltiad â theulu a ffrindiau
reason-matters-choose-family-feedback = Dewis da. Mae e-bost a galwadau fideo yn eich helpu i gadw mewn cysylltiad. Dechreuwch gyda'r cwrs Camau cyntaf. Wedyn rhowch gynnig ar y cyrsiau E-bost a Galwadau fideo.
reason-matters-choose-hobbies = Hobïau, cerddoriaeth a phethau rydw i'n eu hoffi
reason-matters-choose-hobbies-feedback = Dewis da. Mae cymaint i'w gael ar-lein. Dechreuwch gyda'r cwrs Camau cyntaf. Wedyn rhowch gynnig ar y cwrs E-bost. Mae llawer o glybiau'n anfon newyddion drwy e-bost.
reason-matters-choose-health = Fy iechyd a'r GIG (Gwasanaeth Iechyd Gwladol)
reason-matters-choose-health-feedback = Dewis da. Gallwch chi archebu eich meddyginiaethau rheolaidd ar-lein. I wneud hynny, mae angen eich cyfeiriad e-bost eich hun a ffôn arnoch chi. Felly dechreuwch gyda'r cwrs Camau cyntaf, wedyn y cwrs E-bost, wedyn y cwrs Presgripsiynau amlroddadwy y GIG.
reason-matters-choose-shopping = Siopa ac arian
reason-matters-choose-shopping-feedback = Dewis da. Dechreuwch gyda'r cwrs Camau cyntaf, wedyn y cwrs E-bost. Mae siopau'n anfon e-byst. Mae'r cwrs E-bost yn dangos i chi sut i adnabod sgam.
reason-matters-choose-history = Hanes fy nheulu
reason-matters-choose-history-feedback = Dewis da. Dechreuwch gyda'r cwrs Camau cyntaf, wedyn y cwrs E-bost. Gallwch chi anfon a chael hen luniau a straeon drwy e-bost.

reason-matters-check-title = Gwiriad cyflym
reason-matters-check = Beth mae ar-lein yn ei olygu?
reason-matters-check-power = Wedi'i droi ymlaen wrth y wal
reason-matters-check-power-feedback = Ddim yn hollol. Mae ar-lein yn golygu wedi cysylltu â'r rhyngrwyd.
reason-matters-check-online = Wedi cysylltu â'r rhyngrwyd
reason-matters-check-online-feedback = Ie, mae hynny'n gywir. Mae'r rhyngrwyd yn cysylltu cyfrifiaduron ledled y byd.
reason-matters-check-queue = Aros mewn ciw
reason-matters-check-queue-feedback = Ddim yn hollol. Mae ar-lein yn golygu wedi cysylltu â'r rhyngrwyd.

reason-matters-recap-title = Ble i ddechrau
reason-matters-recap =
    Nawr rydych chi'n gwybod beth yw eich rheswm. Cofiwch amdano.
    Mae ar-lein yn golygu wedi cysylltu â'r rhyngrwyd. Allwch chi ddim torri dim byd yma.
    Os yw bysellfwrdd yn newydd i chi, dechreuwch gyda'r cwrs Camau cyntaf.
    Pwyswch Enter i fynd ymlaen. Wedyn gallwch chi ddechrau unrhyw gwrs rydych chi eisiau.
