// dossier-crashtest: the child process of the crash-consistency tests (see Tests/DossierTests/StorageCrashTests.swift).
print("dossier-crashtest: not yet")
