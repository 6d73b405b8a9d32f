fine-title = Cwrs da
