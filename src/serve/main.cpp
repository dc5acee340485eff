// backcare-serve: the page of `backcare serve` (issue 31), its own program so that no other command maps
// cpp-httplib, OpenSSL or libqrencode. `backcare serve` replaces itself with it, found beside it.
#include <ifaddrs.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <optional>
#include <iostream>
#include <thread>

#include "content/content.hpp"
#include "domain/errors.hpp"
#include "domain/listen_address.hpp"
#include "process_environment.hpp"
#include "serve/server.hpp"
#include "serve/terminal_qr.hpp"
#include "serve/token_file.hpp"

namespace {

using namespace backcare;

struct Options {
  std::string diary;
  domain::ListenAddress listen;
  std::optional<serve::TlsFiles> tls;
};

/// --db PATH --listen ADDR:PORT [--tls-cert FILE --tls-key FILE], as `backcare serve` passes them (it has
/// checked what she typed).
Options read_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string name = argv[i], value = argv[i + 1];
    if (name == "--db") options.diary = value;
    else if (name == "--listen") options.listen = domain::parse_listen_address(value);
    else if (name == "--tls-cert") options.tls.emplace().certificate = value;
    else if (name == "--tls-key" && options.tls) options.tls->key = value;
    else throw UserError("unknown option '" + name + "': backcare-serve is started by 'backcare serve'");
  }
  if (options.diary.empty()) throw UserError("no --db: backcare-serve is started by 'backcare serve'");
  return options;
}

/// This machine's IPv4 addresses other than loopback: where her phone can reach it.
std::vector<std::string> machine_addresses() {
  std::vector<std::string> found;
  ifaddrs* list = nullptr;
  if (::getifaddrs(&list) != 0) return found;
  for (auto* entry = list; entry; entry = entry->ifa_next) {
    if (!entry->ifa_addr || entry->ifa_addr->sa_family != AF_INET) continue;
    char text[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(entry->ifa_addr)->sin_addr, text, sizeof text);
    if (!std::string(text).starts_with("127.")) found.emplace_back(text);
  }
  ::freeifaddrs(list);
  return found;
}

/// The Host values the page answers to: the loopback names, and beyond loopback the machine's addresses
/// and its host name.
std::set<std::string> allowed_hosts(const domain::ListenAddress& listen, const std::vector<std::string>& addresses) {
  const std::string port = ":" + std::to_string(listen.port);
  std::set<std::string> hosts = {"127.0.0.1" + port, "localhost" + port, listen.host + port};
  if (listen.loopback()) return hosts;
  for (const auto& address : addresses) hosts.insert(address + port);
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) == 0 && name[0]) {
    hosts.insert(std::string(name) + port);
    hosts.insert(std::string(name) + ".local" + port);
  }
  return hosts;
}

/// Where to open it, said at every start; beyond loopback with the token, as links and a QR code.
void say_where(const Options& options, const serve::Guard& guard, const std::vector<std::string>& addresses) {
  const std::string port = ":" + std::to_string(options.listen.port);
  const std::string scheme = options.tls ? "https://" : "http://";
  if (options.listen.loopback()) {
    std::cout << "backcare: serving your diary on " << scheme << options.listen.text() << "/ (Ctrl-C to stop)" << std::endl;
    return;
  }
  std::cout << "backcare: serving your diary to your network (Ctrl-C to stop). Open on your phone:\n";
  for (const auto& address : addresses) std::cout << "  " << scheme << address << port << "/?token=" << guard.token << "\n";
  if (!addresses.empty()) std::cout << serve::terminal_qr(scheme + addresses.front() + port + "/?token=" + guard.token);
  if (!options.tls) {
    std::cout << "Without TLS (--tls-cert and --tls-key), others on the same network could read what the page sends;\n"
                 "the token keeps them from using it.\n";
  }
  std::cout << "Anyone with the link can use the page: keep it to yourself." << std::endl;
}

int run_server(int argc, char** argv) {
  // Blocked in every thread the server starts; one thread waits for them and stops it cleanly.
  sigset_t stopping;
  sigemptyset(&stopping);
  for (const int number : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&stopping, number);
  ::pthread_sigmask(SIG_BLOCK, &stopping, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
  const Options options = read_options(argc, argv);
  const auto environment = read_environment();
  const auto content = content::load_content();
  const auto addresses = options.listen.loopback() ? std::vector<std::string>{} : machine_addresses();
  serve::Guard guard;
  guard.form_secret = serve::random_secret();
  if (!options.listen.loopback()) guard.token = serve::serve_token(std::filesystem::path(options.diary).parent_path());
  guard.hosts = allowed_hosts(options.listen, addresses);
  guard.tls = options.tls.has_value();
  serve::DiaryRuns runs(environment, options.diary, [] { return wall_clock(); });
  std::thread([stopping] {
    int number = 0;
    ::sigwait(&stopping, &number);
    serve::stop_serving();
  }).detach();
  say_where(options, guard, addresses);
  if (!serve::serve_page(options.listen, options.tls, guard, runs, content)) {
    std::cerr << "backcare: error: cannot listen on " << options.listen.text() << ": it is in use or not this machine's\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run_server(argc, argv);
  } catch (const UserError& error) {
    std::cerr << "backcare: error: " << error.what() << "\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "backcare: error: " << error.what() << "\n";
    return 1;
  }
}
