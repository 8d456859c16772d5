import Shared
import Twilio

/// The admin pages the gateway writes itself (the login form), with every value escaped.
enum AdminPages {
    static func login(csrf: String, error: String?) -> String {
        let message = error.map { #"<p class="status error" role="alert">\#($0.xmlEscaped)</p>"# } ?? ""
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Loop AI — operator login</title>
            <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/assets/app.css">
            </head>
            <body>
            <header class="bar"><h1>Loop AI operations</h1></header>
            <main class="narrow">
            <section class="panel">
            <h2>Log in</h2>
            \(message)
            <form method="post" action="/admin/login" class="stack">
            <input type="hidden" name="csrf" value="\(csrf.xmlEscaped)">
            <label for="user">User <span class="muted">(leave empty to use the admin token)</span></label>
            <input id="user" name="user" type="text" autocomplete="username" maxlength="64" autofocus>
            <label for="token">Password or admin token</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required>
            <button type="submit" id="login">Log in</button>
            </form>
            </section>
            </main>
            </body>
            </html>
            """
    }
}
