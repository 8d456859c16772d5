import Hummingbird
import NIOCore
import Shared
import Twilio

/// The request context of the gateway's routes: Hummingbird's core storage plus the Twilio form,
/// which ``TwilioWebhookMiddleware`` decodes and verifies once for every webhook.
struct GatewayRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The decoded `application/x-www-form-urlencoded` fields of a Twilio webhook.
    var form: TwilioForm = TwilioForm(body: FormBody(pairs: []))
    var maximumBody: Int = 65536
    /// The peer of the connection (a proxy's, behind one: see ``ClientAddress``).
    let remoteAddress: SocketAddress?
    /// The operator's dashboard session, once ``AdminAuthMiddleware`` checked it (nil with a bearer token).
    var adminSession: AdminSessions.Session?
    var adminSessionID: String?

    init(source: Source) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    var maxUploadSize: Int { maximumBody }
}
