import Dossier
print("dossier: not yet")
