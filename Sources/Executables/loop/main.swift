import LoopTools

// The `loop` executable: everything it does lives in the LoopTools library, where tests reach it.
await LoopCommand.start()
