import Gateway

// The `gateway` executable: everything it does lives in the Gateway library, where tests reach it.
await GatewayCommand.start()
