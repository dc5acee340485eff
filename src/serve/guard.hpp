#pragma once
#include <set>
#include <string>
#include <string_view>

namespace backcare::serve {

// The checks every request to backcare-serve passes before it reaches the diary (issue 31): pure, so
// the unit tests and the fuzz target run them without a socket.

/// What the server allows: set once at its start.
struct Guard {
  /// The secret a request must carry (as ?token= or the cookie) when listening beyond loopback; "" on
  /// loopback, where only this machine can connect.
  std::string token;
  /// The secret every form carries: a write without it did not come from the page.
  std::string form_secret;
  /// The Host header values it answers to, port included ("127.0.0.1:8642", "localhost:8642"): a
  /// browser tricked into sending a request to another name (DNS rebinding) is refused.
  std::set<std::string> hosts;
  /// Served over TLS: the cookie is then sent over TLS only (Secure).
  bool tls = false;
};

/// The parts of a request the checks read.
struct RequestFacts {
  std::string_view method;  ///< GET or POST
  std::string_view host;    ///< the Host header
  std::string_view origin;  ///< the Origin header; "" when absent
  std::string_view cookie;  ///< the Cookie header
  std::string_view token;   ///< ?token=
};

/// What becomes of a request: let through, or refused with an HTTP status.
enum class Verdict {
  allow,
  /// ?token= was right: set the cookie and send the browser on to the page without it in its address.
  allow_and_set_cookie,
  unknown_host,   ///< 400: a Host it does not answer to
  no_token,       ///< 401: neither the token nor the cookie
  foreign_write,  ///< 403: a POST whose Origin is not the page's own
};

Verdict check_request(const Guard& guard, const RequestFacts& request);

/// True when a form's secret is the server's: compared in constant time.
bool form_secret_ok(const Guard& guard, std::string_view given);

/// The cookie's name, and the header that sets it: HttpOnly (no script reads it), SameSite=Strict (no
/// other site's page sends it).
inline constexpr std::string_view kCookie = "backcare_token";
std::string cookie_header(const Guard& guard);

/// 32 hexadecimal digits from the kernel's random source: 128 bits.
std::string random_secret();

}  // namespace backcare::serve
