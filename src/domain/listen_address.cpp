#include "domain/listen_address.hpp"

#include <charconv>

#include "domain/errors.hpp"
#include "domain/inputs.hpp"

namespace backcare::domain {
namespace {

/// The most digits a port (65535) or an address's part has: longer text is refused before it is read.
constexpr std::size_t kMostDigits = 5;
/// An IPv4 address: four dotted parts.
constexpr int kAddressParts = 4;

/// A whole number from `low` to `high` in decimal digits only, or -1.
int bounded_number(std::string_view digits, int low, int high) {
  int value = -1;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  const bool whole = !digits.empty() && digits.size() <= kMostDigits && error == std::errc{} && end == digits.data() + digits.size();
  return whole && digits.find_first_not_of("0123456789") == std::string_view::npos && value >= low && value <= high ? value : -1;
}

bool dotted_quad(std::string_view host) {
  for (int part = 0; part < kAddressParts; ++part) {
    const auto dot = host.find('.');
    const bool last = part == kAddressParts - 1;
    if ((dot == std::string_view::npos) != last || bounded_number(host.substr(0, dot), 0, 255) < 0) return false;
    if (!last) host.remove_prefix(dot + 1);
  }
  return true;
}

}  // namespace

bool ListenAddress::loopback() const { return host.starts_with("127."); }

std::string ListenAddress::text() const { return host + ":" + std::to_string(port); }

ListenAddress parse_listen_address(std::string_view text) {
  const auto colon = text.rfind(':');
  const std::string_view host = colon == std::string_view::npos ? text : text.substr(0, colon);
  const int port = colon == std::string_view::npos ? -1 : bounded_number(text.substr(colon + 1), 1, 65535);
  if (port < 0 || !dotted_quad(host)) {
    throw UserError("invalid --listen '" + quote_for_message(text) +
                    "': accepted ADDR:PORT, an IPv4 address and a port 1 to 65535 (127.0.0.1:8642, or 0.0.0.0:8642 "
                    "for your home network)");
  }
  return {std::string(host), port};
}

}  // namespace backcare::domain
