import Foundation

/// A real nginx on a free loopback port, round-robin in front of the given gateways, with the
/// proxy settings of `compose/nginx.conf`.
final class NginxServer: Sendable {
    let port: Int
    let process: ManagedProcess

    init(upstreams: [Int], directory: URL) throws {
        port = freePort()
        let prefix = directory.appendingPathComponent("nginx")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("logs"), withIntermediateDirectories: true)
        let servers = upstreams.map { "        server 127.0.0.1:\($0) max_fails=1 fail_timeout=2s;" }.joined(separator: "\n")
        let configuration = """
            worker_processes 1;
            error_log \(prefix.path)/logs/error.log warn;
            pid \(prefix.path)/nginx.pid;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path \(prefix.path)/body;
                proxy_temp_path \(prefix.path)/proxy;
                fastcgi_temp_path \(prefix.path)/fastcgi;
                uwsgi_temp_path \(prefix.path)/uwsgi;
                scgi_temp_path \(prefix.path)/scgi;
                upstream gateways {
            \(servers)
                    keepalive 32;
                }
                upstream relay_sockets {
            \(servers)
                }
                server {
                    listen 127.0.0.1:\(port);
                    client_max_body_size 64k;
                    # ConversationRelay's WebSocket (VOICE_MODE=relay): upgraded, and open for a whole call.
                    location = /twilio/relay {
                        proxy_pass http://relay_sockets;
                        proxy_http_version 1.1;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header Connection "upgrade";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_set_header X-Forwarded-Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_connect_timeout 1s;
                        proxy_read_timeout 3600s;
                        proxy_send_timeout 3600s;
                    }
                    location / {
                        proxy_pass http://gateways;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_set_header X-Forwarded-Host $host;
                        proxy_next_upstream error timeout http_502 http_503 non_idempotent;
                        proxy_next_upstream_tries 3;
                        proxy_connect_timeout 1s;
                        proxy_read_timeout 14s;
                    }
                }
            }
            """
        let file = prefix.appendingPathComponent("nginx.conf")
        try configuration.write(to: file, atomically: true, encoding: .utf8)
        let binary = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "nginx"
        process = try ManagedProcess(
            name: "nginx", executable: binary, arguments: ["-p", prefix.path, "-c", file.path, "-g", "daemon off;"],
            directory: directory)
    }

    var url: String { "http://127.0.0.1:\(port)" }

    func stop() async { await process.stop() }
}
