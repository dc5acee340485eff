#include "serve/header_deadline.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <filesystem>
#include <optional>

namespace backcare::serve {
namespace {

constexpr std::chrono::milliseconds kLookEvery{500};

/// "address:port" of the peer of connected socket `fd`; nullopt for a listening socket or anything else.
std::optional<std::string> peer_of(int fd) {
  struct stat status {};
  if (::fstat(fd, &status) != 0 || !S_ISSOCK(status.st_mode)) return std::nullopt;
  int listening = 0;
  socklen_t size = sizeof listening;
  if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || listening) return std::nullopt;
  sockaddr_storage peer{};
  socklen_t peer_size = sizeof peer;
  if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_size) != 0 || peer.ss_family != AF_INET) return std::nullopt;
  const auto* ipv4 = reinterpret_cast<const sockaddr_in*>(&peer);
  char text[INET_ADDRSTRLEN] = {};
  ::inet_ntop(AF_INET, &ipv4->sin_addr, text, sizeof text);
  return std::string(text) + ":" + std::to_string(ntohs(ipv4->sin_port));
}

}  // namespace

HeaderDeadline::HeaderDeadline(std::chrono::milliseconds limit) : limit_(limit), watcher_([this] { watch(); }) {}

HeaderDeadline::~HeaderDeadline() {
  {
    const std::lock_guard guard(lock_);
    stopping_ = true;
  }
  wake_.notify_all();
  watcher_.join();
}

void HeaderDeadline::arrived(const std::string& address, int port) {
  const std::lock_guard guard(lock_);
  arrived_.insert(address + ":" + std::to_string(port));
}

void HeaderDeadline::watch() {
  std::unique_lock guard(lock_);
  while (!wake_.wait_for(guard, kLookEvery, [this] { return stopping_; })) look();
}

void HeaderDeadline::look() {
  const auto now = std::chrono::steady_clock::now();
  std::map<std::string, std::chrono::steady_clock::time_point> seen;
  std::set<std::string> still_open;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
    const int fd = std::stoi(entry.path().filename().string());
    const auto peer = peer_of(fd);
    if (!peer) continue;
    still_open.insert(*peer);
    const std::string key = std::to_string(fd) + " " + *peer;
    const auto found = first_seen_.find(key);
    const auto since = found == first_seen_.end() ? now : found->second;
    seen[key] = since;
    // Shut down, not closed: the server's worker sees its read end and closes the socket itself.
    if (now - since > limit_ && !arrived_.contains(*peer)) ::shutdown(fd, SHUT_RDWR);
  }
  first_seen_ = std::move(seen);
  std::erase_if(arrived_, [&](const std::string& peer) { return !still_open.contains(peer); });
}

}  // namespace backcare::serve
