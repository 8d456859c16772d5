import Hummingbird
import Twilio

extension Response {
    /// A TwiML document with the content type Twilio expects.
    static func twiml(_ xml: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/xml"], body: .init(byteBuffer: ByteBuffer(string: xml)))
    }
}
