#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "commands/registry.hpp"
#include "domain/errors.hpp"
#include "domain/listen_address.hpp"
#include "domain/terminal_text.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct ServeArgs {
  std::optional<std::string> listen, tls_cert, tls_key;
};

/// backcare-serve beside this executable: in the build tree as when installed. The server is its own
/// program so that no other command maps cpp-httplib, OpenSSL or libqrencode (issue 31).
std::filesystem::path server_program() {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return (error ? std::filesystem::path("/usr/bin") : self.parent_path()) / "backcare-serve";
}

views::ServeView run(const ServeArgs& args, Env& env) {
  const auto listen = domain::parse_listen_address(args.listen.value_or("127.0.0.1:8642"));
  const std::string diary = env.absent_diary ? env.absent_diary->string() : env.db().path();
  const std::string program = server_program().string();
  std::vector<std::string> words = {program, "--db", diary, "--listen", listen.text()};
  if (args.tls_cert.has_value() != args.tls_key.has_value()) {
    throw UserError("--tls-cert and --tls-key go together: accepted both (a PEM certificate and its key) or neither");
  }
  if (args.tls_cert) words.insert(words.end(), {"--tls-cert", *args.tls_cert, "--tls-key", *args.tls_key});
  std::vector<char*> argv;
  for (auto& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  // Replaced, not started beside: one process, so Ctrl-C and SIGTERM reach the server itself.
  ::execv(program.c_str(), argv.data());
  throw StorageError("cannot start " + domain::quoted_path(program) + ": " + std::strerror(errno) +
                     " (it is built when libcpp-httplib-dev and libqrencode-dev are installed: scripts/install-deps)");
}

}  // namespace

Command serve_command() {
  return command<ServeArgs>(
      {"serve", "A private page for your phone or browser: log pain and routines from the sofa",
       "  backcare serve\n  backcare serve --listen 0.0.0.0:8642\n\n"
       "Serves the diary on http://127.0.0.1:8642 until Ctrl-C. On this machine it needs nothing else; to\n"
       "reach it from your phone on your home network, --listen 0.0.0.0:8642 asks for a secret token, which\n"
       "it prints as a link (and kept in serve-token beside the diary, readable by you only)."},
      Diary::reads, Output::text,
      {{.name = "--listen", .help = "ADDR:PORT to listen on (default 127.0.0.1:8642: this machine only)",
        .field = &ServeArgs::listen, .type_name = "ADDR:PORT"},
       {.name = "--tls-cert", .help = "Serve over HTTPS with this PEM certificate (with --tls-key)", .field = &ServeArgs::tls_cert,
        .type_name = "FILE"},
       {.name = "--tls-key", .help = "The certificate's private key, PEM (with --tls-cert)", .field = &ServeArgs::tls_key,
        .type_name = "FILE"}},
      run);
}

}  // namespace backcare::commands
