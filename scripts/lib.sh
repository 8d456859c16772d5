# Shared helpers for the scripts in this folder. Source it; do not run it.

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages given that are not installed yet (apt-get update once, first).
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> Installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# Makes sure a Swift 6.2+ toolchain is on PATH, installing Swift's official Debian 12 build
# under ~/.local/swift when none is found.
ensure_swift() {
  if command -v swift >/dev/null 2>&1; then return; fi
  if [ -x "$HOME/.local/swift/usr/bin/swift" ]; then export PATH="$HOME/.local/swift/usr/bin:$PATH"; return; fi
  local version="${SWIFT_VERSION:-6.2.1}"
  local url="https://download.swift.org/swift-${version}-release/debian12/swift-${version}-RELEASE/swift-${version}-RELEASE-debian12.tar.gz"
  echo "==> Swift not found; installing Swift ${version} from ${url}"
  ensure_packages curl ca-certificates binutils git gnupg2 libc6-dev libcurl4-openssl-dev libedit2 libgcc-12-dev \
    libpython3-dev libsqlite3-0 libstdc++-12-dev libxml2-dev libz3-dev pkg-config tzdata unzip zlib1g-dev
  mkdir -p "$HOME/.local/swift"
  curl -fsSL "$url" | tar -xz -C "$HOME/.local/swift" --strip-components=1
  export PATH="$HOME/.local/swift/usr/bin:$PATH"
}

# The system packages Loop AI builds and runs with.
LOOPAI_PACKAGES=(pkg-config libhiredis-dev libcrypt-dev redis-server)
