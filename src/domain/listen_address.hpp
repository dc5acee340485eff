#pragma once
#include <string>
#include <string_view>

namespace backcare::domain {

/// Where `backcare serve` listens (issue 31): an IPv4 address and a port.
struct ListenAddress {
  std::string host = "127.0.0.1";
  int port = 8642;

  /// 127.0.0.0/8: only this machine can connect, so no token is needed.
  bool loopback() const;
  /// "127.0.0.1:8642"
  std::string text() const;
};

/// Strict ADDR:PORT, the address four dotted numbers 0 to 255 and the port 1 to 65535; UserError naming the
/// value and what is accepted.
ListenAddress parse_listen_address(std::string_view text);

}  // namespace backcare::domain
