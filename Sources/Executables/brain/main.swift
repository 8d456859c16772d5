import Brain

// The `brain` executable: everything it does lives in the Brain library, where tests reach it.
await BrainCommand.start()
