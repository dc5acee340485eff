#pragma once
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace backcare::serve {

/// Drops a connection whose request line and headers are not complete within `limit` of its accept.
/// cpp-httplib times each read only, so a client sending a byte a second would hold a worker for as long
/// as it likes; this deadline is the server's own. A thread looks at the process's sockets twice a
/// second (the server keeps one request to a connection) and shuts down those past their time whose
/// request has not reached the page's checks.
class HeaderDeadline {
 public:
  explicit HeaderDeadline(std::chrono::milliseconds limit);
  ~HeaderDeadline();
  HeaderDeadline(const HeaderDeadline&) = delete;
  HeaderDeadline& operator=(const HeaderDeadline&) = delete;

  /// The request from `address`:`port` was read whole: its connection is no longer timed.
  void arrived(const std::string& address, int port);

 private:
  void watch();
  void look();

  std::chrono::milliseconds limit_;
  std::mutex lock_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::set<std::string> arrived_;                                      ///< "address:port"
  std::map<std::string, std::chrono::steady_clock::time_point> first_seen_;  ///< "fd address:port"
  std::thread watcher_;
};

}  // namespace backcare::serve
