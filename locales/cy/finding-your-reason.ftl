# Course: Finding your reason (lessons/00-finding-your-reason).
# The first lesson for every new learner. People go online when they find a reason.

reason-title = Dod o hyd i'ch rheswm
reason-summary = Meddyliwch am beth sy'n bwysig i chi, a ble i ddechrau.

reason-matters-title = Beth sy'n bwysig i chi
reason-matters-summary = Dewiswch beth sydd bwysicaf i chi, a dysgwch ble i ddechrau.

reason-matters-welcome-title = Croeso
reason-matters-welcome =
    Mae pobl yn mynd ar-lein am lawer o resymau.
    Mae rhai eisiau gweld eu teulu. Mae rhai eisiau archebu eu tabledi, neu ddod o hyd i hobi.
    Gadewch i ni ddod o hyd i'ch rheswm chi yn gyntaf. Wedyn byddwn ni'n gwybod ble i ddechrau.

reason-matters-choose-title = Beth sy'n bwysig i chi?
reason-matters-choose = Pa un o'r rhain sydd bwysicaf i chi? Does dim ateb anghywir.
reason-matters-choose-family = Cadw mewn cysylltiad â theulu a ffrindiau
reason-matters-choose-family-feedback = Dewis da. Mae e-bost a galwadau fideo yn eich helpu i gadw mewn cysylltiad. Dechreuwch gyda'r cwrs Camau cyntaf. Wedyn rhowch gynnig ar y cyrsiau E-bost a Galwadau fideo.
reason-matters-choose-hobbies = Hobïau, cerddoriaeth a phethau rydw i'n eu hoffi
reason-matters-choose-hobbies-feedback = Dewis da. Mae cymaint i'w gael ar-lein. Dechreuwch gyda'r cwrs Camau cyntaf. Wedyn rhowch gynnig ar y cwrs E-bost. Mae llawer o glybiau'n anfon newyddion drwy e-bost.
reason-matters-choose-health = Fy iechyd a'r GIG (Gwasanaeth Iechyd Gwladol)
reason-matters-choose-health-feedback = Dewis da. Gallwch chi archebu eich meddyginiaethau rheolaidd ar-lein. Dechreuwch gyda'r cwrs Camau cyntaf. Wedyn rhowch gynnig ar y cwrs Presgripsiynau amlroddadwy y GIG.
reason-matters-choose-shopping = Siopa ac arian
reason-matters-choose-shopping-feedback = Dewis da. Dechreuwch gyda'r cwrs Camau cyntaf, wedyn y cwrs E-bost. Mae siopau'n anfon e-byst. Mae'r cwrs E-bost yn dangos i chi sut i adnabod sgam.
reason-matters-choose-history = Hanes fy nheulu
reason-matters-choose-history-feedback = Dewis da. Dechreuwch gyda'r cwrs Camau cyntaf, wedyn y cwrs E-bost. Gallwch chi anfon a chael hen luniau a straeon drwy e-bost.

reason-matters-check-title = Gwiriad cyflym
reason-matters-check = Allwch chi dorri'r cyfrifiadur drwy bwyso'r fysell anghywir yma?
reason-matters-check-break = Gallaf, felly rhaid i mi fod yn ofalus
reason-matters-check-break-feedback = Ddim yn hollol. Does dim byd yma'n gallu torri. Mae'n ddiogel rhoi cynnig ar bob sgrin.
reason-matters-check-safe = Na allaf, mae'n ddiogel rhoi cynnig ar bethau
reason-matters-check-safe-feedback = Ie, mae hynny'n gywir. Allwch chi ddim torri dim byd yma. Rhowch gynnig ar bethau.
reason-matters-check-fast = Dim ond os af i'n rhy gyflym
reason-matters-check-fast-feedback = Ddim yn hollol. Gallwch chi fynd mor araf neu mor gyflym ag y mynnwch. Does dim byd yn torri.

reason-matters-recap-title = Ble i ddechrau
reason-matters-recap =
    Nawr rydych chi'n gwybod beth yw eich rheswm. Cofiwch amdano.
    Os yw bysellfwrdd yn newydd i chi, dechreuwch gyda'r cwrs Camau cyntaf.
    Pwyswch Enter i fynd ymlaen. Wedyn gallwch chi ddechrau unrhyw gwrs rydych chi eisiau.
