import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Twilio

/// A Hummingbird server that answers every POST with a fixed TwiML document and does nothing
/// else: the floor the gateway's figures are compared with, measured in the same run.
enum BareEndpoint {
    static let reply =
        #"<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="speech" action="/twilio/process-speech"><Say>Hello</Say></Gather></Response>"#

    static func application(port: Int) -> some ApplicationProtocol {
        let router = Router()
        let body = ByteBuffer(string: reply)
        router.post("/twilio/voice") { request, _ -> Response in
            _ = try await request.body.collect(upTo: 65536)
            return Response(status: .ok, headers: [.contentType: "application/xml"], body: .init(byteBuffer: body))
        }
        router.post("/twilio/process-speech") { request, _ -> Response in
            _ = try await request.body.collect(upTo: 65536)
            return Response(status: .ok, headers: [.contentType: "application/xml"], body: .init(byteBuffer: body))
        }
        var logger = Logger(label: "bare")
        logger.logLevel = .error
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
    }
}
