#pragma once
#include <chrono>
#include <optional>
#include <string>

#include "content/content.hpp"
#include "domain/listen_address.hpp"
#include "serve/diary_runs.hpp"
#include "serve/guard.hpp"

namespace backcare::serve {

/// The largest request body taken: a pain entry's form is well under 1 KiB.
inline constexpr std::size_t kMaxBody = 64 * 1024;
/// How long a client has to send its request line and headers (see HeaderDeadline).
inline constexpr std::chrono::seconds kHeaderDeadline{10};

/// A certificate and its private key, PEM files, for HTTPS (cpp-httplib's OpenSSL support).
struct TlsFiles {
  std::string certificate;
  std::string key;
};

/// Serves the page on `listen` (over TLS with `tls`) until stop_serving() (a signal's thread calls it):
/// every request checked by `guard`, every read and write run through `runs`. False when it cannot listen
/// there; StorageError when the certificate or key cannot be used.
bool serve_page(const domain::ListenAddress& listen, const std::optional<TlsFiles>& tls, const Guard& guard, DiaryRuns& runs,
                const content::Content& content);
/// Ends serve_page once the requests in flight have finished: nothing is cut off half way.
void stop_serving();

}  // namespace backcare::serve
