#include "serve/guard.hpp"

#include <sys/random.h>

#include <array>
#include <stdexcept>

namespace backcare::serve {
namespace {

/// Equal texts, compared without stopping at the first difference: the time taken says nothing of how
/// much of a guess was right.
bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char differ = 0;
  for (std::size_t i = 0; i < a.size(); ++i) differ |= static_cast<unsigned char>(a[i] ^ b[i]);
  return differ == 0;
}

/// The value of cookie `name` in a Cookie header ("a=1; backcare_token=…"), or "".
std::string_view cookie_value(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const auto end = header.find(';');
    auto pair = header.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > name.size() && pair.starts_with(name) && pair[name.size()] == '=') return pair.substr(name.size() + 1);
    if (end == std::string_view::npos) break;
    header.remove_prefix(end + 1);
  }
  return {};
}

}  // namespace

Verdict check_request(const Guard& guard, const RequestFacts& request) {
  if (!guard.hosts.contains(std::string(request.host))) return Verdict::unknown_host;
  bool set_cookie = false;
  if (!guard.token.empty() && !same_secret(cookie_value(request.cookie, kCookie), guard.token)) {
    if (!same_secret(request.token, guard.token)) return Verdict::no_token;
    set_cookie = true;
  }
  // A form posted from any other page (another site, a file) names another origin, or none.
  if (request.method != "GET" && request.method != "HEAD" &&
      request.origin != "http://" + std::string(request.host) && request.origin != "https://" + std::string(request.host)) {
    return Verdict::foreign_write;
  }
  return set_cookie ? Verdict::allow_and_set_cookie : Verdict::allow;
}

bool form_secret_ok(const Guard& guard, std::string_view given) { return same_secret(given, guard.form_secret); }

std::string cookie_header(const Guard& guard) {
  return std::string(kCookie) + "=" + guard.token + "; HttpOnly; SameSite=Strict; Path=/" + (guard.tls ? "; Secure" : "");
}

std::string random_secret() {
  std::array<unsigned char, 16> bytes{};
  if (::getrandom(bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size())) {
    throw std::runtime_error("no random bytes from the kernel for a secret");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (const auto byte : bytes) {
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
  }
  return out;
}

}  // namespace backcare::serve
