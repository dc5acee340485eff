// `backcare serve` through the built binaries (issue 31): backcare execs backcare-serve, which serves the
// page on loopback; a real HTTP client (curl) logs pain, marks a routine done and undoes, and the CLI
// then agrees; beyond loopback every request is checked (token, Host, Origin, the form's secret, body
// size, paths); SIGTERM stops it with exit 0.
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"
#include "support/sanitizers.hpp"
#include "support/shell.hpp"

namespace backcare::e2e {
namespace {

using fixtures::shell;

/// A port no one listens on now: the kernel's pick for a socket bound to port 0.
int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(fd);
  return ntohs(address.sin_port);
}

bool server_built() {
  return std::filesystem::exists(std::filesystem::path(BACKCARE_BINARY).parent_path() / "backcare-serve");
}

class Serve : public DiaryTest {
 protected:
  void TearDown() override {
    if (started_.pid > 0) stop();
    DiaryTest::TearDown();
  }

  /// Starts `backcare serve --listen ADDR:PORT [more]` and waits until it answers.
  void start(const std::string& address, const std::vector<std::string>& more = {}, const std::string& scheme = "http") {
    port_ = free_port();
    base_ = scheme + "://127.0.0.1:" + std::to_string(port_);
    std::vector<std::string> args = {"--db", db_.string(), "serve", "--listen", address + ":" + std::to_string(port_)};
    args.insert(args.end(), more.begin(), more.end());
    started_ = start_binary(args, {{"BACKCARE_TODAY", today_ + "T20:30"}, {"HOME", dir_.string()}});
    for (int tries = 0; tries < 200; ++tries) {
      if (shell("curl -s -k -o /dev/null " + base_ + "/style.css").status == 0) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL() << "backcare serve did not answer on " << base_;
  }

  RunResult stop() {
    ::kill(started_.pid, SIGTERM);
    const auto result = finish_binary(started_);
    started_.pid = -1;
    return result;
  }

  /// The HTTP status of a request: curl's arguments before the URL, and the path.
  std::string status(const std::string& options, const std::string& path) {
    return shell("curl -s -o /dev/null -w '%{http_code}' " + options + " '" + base_ + path + "'").output;
  }

  /// The page, and the form secret it carries.
  std::string page(const std::string& options = "") { return shell("curl -s " + options + " " + base_ + "/").output; }
  std::string form_secret(const std::string& options = "") {
    std::smatch found;
    const auto text = page(options);
    return std::regex_search(text, found, std::regex(R"re(name="form_secret" value="([0-9a-f]+)")re")) ? found[1].str() : "";
  }

  /// A POST from the page itself: its Origin and its form's secret.
  std::string post(const std::string& path, const std::string& fields, const std::string& options = "") {
    return status(options + " -X POST -H 'Origin: " + base_ + "' --data '" + fields + "&form_secret=" + form_secret(options) + "'",
                  path);
  }

  StartedRun started_;
  int port_ = 0;
  std::string base_;
};

#define SKIP_WITHOUT_SERVER() \
  if (!server_built()) GTEST_SKIP() << "backcare-serve is not built (it needs libcpp-httplib-dev and libqrencode-dev)"

TEST_F(Serve, ThePageLogsPainMarksARoutineAndUndoesAsTheCommandsDo) {
  SKIP_WITHOUT_SERVER();
  start("127.0.0.1");
  // Today's routines, each a button named as `routines` names it, a held one with its hold.
  const auto first = page();
  EXPECT_NE(first.find("<button name=\"routine\" value=\"back-rub\">Back rub</button>"), std::string::npos) << first;
  EXPECT_NE(first.find("<button name=\"routine\" value=\"knee-hug\">Knee hug</button><p class=\"held\">Held: until 8 weeks"),
            std::string::npos) << first;
  EXPECT_EQ(post("/pain", "level=6&note=while+feeding&where=low-back&where=sacroiliac:left"), "303");
  EXPECT_EQ(post("/done", "routine=back-rub"), "303");
  auto today = nlohmann::json::parse(ok({"today", "--json"}));
  ASSERT_EQ(today["pain"].size(), 1u) << today.dump();
  EXPECT_EQ(today["pain"][0]["level"], 6);
  EXPECT_NE(page().find("logged back-rub"), std::string::npos) << page();
  EXPECT_NE(page().find("&#10003; Back rub</button> <span class=\"count\">done 1</span>"), std::string::npos) << page();
  EXPECT_EQ(post("/undo", ""), "303");
  EXPECT_NE(page().find("removed back-rub for Thu 26 Nov 2026"), std::string::npos) << page();
  today = nlohmann::json::parse(ok({"today", "--json"}));
  EXPECT_EQ(today["done"].size(), 0u) << today.dump();
  // A bad level is refused with the command's own one-line error, shown on the page; nothing is written.
  EXPECT_EQ(post("/pain", "level=11"), "303");
  EXPECT_NE(page().find("backcare: error: invalid pain level &#39;11&#39;"), std::string::npos) << page();
  EXPECT_EQ(nlohmann::json::parse(ok({"today", "--json"}))["pain"].size(), 1u);
  const auto stopped = stop();
  EXPECT_EQ(stopped.exit_code, 0) << stopped.err;
  EXPECT_EQ(stopped.out, "backcare: serving your diary on http://127.0.0.1:" + std::to_string(port_) + "/ (Ctrl-C to stop)\n");
}

TEST_F(Serve, BeyondLoopbackEveryRequestIsChecked) {
  SKIP_WITHOUT_SERVER();
  ok({"pain", "3"});
  start("0.0.0.0");
  const auto token = read_file(dir_ / "serve-token").substr(0, 32);
  EXPECT_EQ(mode_of(dir_ / "serve-token"), 0600u);
  EXPECT_EQ(status("", "/"), "401");
  EXPECT_EQ(status("", "/?token=0123456789abcdef0123456789abcdef"), "401");
  // The token is exchanged for a cookie no script reads and no other site sends, and leaves the address.
  const auto exchanged = shell("curl -s -i '" + base_ + "/?token=" + token + "'").output;
  EXPECT_NE(exchanged.find("303 See Other"), std::string::npos) << exchanged;
  EXPECT_NE(exchanged.find("Set-Cookie: backcare_token=" + token + "; HttpOnly; SameSite=Strict; Path=/"), std::string::npos);
  const std::string cookie = "-H 'Cookie: backcare_token=" + token + "'";
  EXPECT_EQ(status(cookie, "/"), "200");
  EXPECT_EQ(status(cookie + " -H 'Host: rebound.example:" + std::to_string(port_) + "'", "/"), "400");
  std::ofstream(dir_ / "big") << std::string(1 << 20, 'a');
  const auto before = snapshot();
  const auto secret = form_secret(cookie);
  EXPECT_EQ(status(cookie + " -X POST -H 'Origin: http://evil.example' --data 'level=9&form_secret=" + secret + "'", "/pain"), "403");
  EXPECT_EQ(status(cookie + " -X POST --data 'level=9&form_secret=" + secret + "'", "/pain"), "403");
  EXPECT_EQ(status(cookie + " -X POST -H 'Origin: " + base_ + "' --data 'level=9'", "/pain"), "403");
  EXPECT_EQ(status(cookie + " -X POST -H 'Origin: " + base_ + "' --data-binary @" + (dir_ / "big").string(), "/pain"),
            "413") << "(the 1 MiB body file)";
  for (const auto* path : {"/../serve-token", "/%2e%2e/serve-token", "/..%2fserve-token", "/serve-token", "/static/x"}) {
    EXPECT_EQ(status(cookie + " --path-as-is", path), "404") << path;
  }
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(post("/pain", "level=5", cookie), "303");
  EXPECT_EQ(nlohmann::json::parse(ok({"today", "--json"}))["pain"].size(), 2u);
  const auto stopped = stop();
  EXPECT_EQ(stopped.exit_code, 0) << stopped.err;
  EXPECT_NE(stopped.out.find("/?token=" + token), std::string::npos) << stopped.out;
}

TEST_F(Serve, AtAPhonesSizeInARealBrowserTheTapsLandAsTheCliSays) {
  SKIP_WITHOUT_SERVER();
  if (fixtures::kSanitized) GTEST_SKIP() << "a real browser: the plain build runs it (the sanitizers watch backcare, not Chromium)";
  if (!std::filesystem::exists("/usr/bin/chromium") || !std::filesystem::exists(BACKCARE_ROOT_DIR "/tests/npm/node_modules/playwright-core")) {
    GTEST_SKIP() << "chromium or playwright-core is not installed (.ci/run and scripts/install-deps install them)";
  }
  start("127.0.0.1");
  // Kept for a person to look at: tests/artifacts/serve-*.png in the build tree.
  const auto kept = std::filesystem::current_path() / "artifacts";
  std::filesystem::create_directories(kept);
  const auto ran = shell("timeout 300 node " BACKCARE_ROOT_DIR "/tests/npm/serve-phone.js " + base_ + "/ " + kept.string());
  ASSERT_EQ(ran.status, 0) << ran.output;
  const auto saw = nlohmann::json::parse(ran.output);
  EXPECT_EQ(saw["after_six"], "logged pain 6/10 for Thu 26 Nov 2026");
  EXPECT_EQ(saw["after_rub"], "logged back-rub for Thu 26 Nov 2026");
  EXPECT_EQ(saw["rub_button"], "\u2713 Back rub");
  EXPECT_EQ(saw["after_undo"], "removed back-rub for Thu 26 Nov 2026");
  EXPECT_EQ(saw["today_first_line"], "Please read 'backcare redflags' now: an entry of 8/10 on Thu 26 Nov 2026.");
  EXPECT_TRUE(saw["held"].get<std::string>().starts_with("Held: until 8 weeks")) << saw.dump();
  EXPECT_EQ(saw["scroll_width"], 390) << "the page is wider than the phone";
  // What the page did, the CLI says: 6 and 8, no routine done.
  const auto today = nlohmann::json::parse(ok({"today", "--json"}));
  ASSERT_EQ(today["pain"].size(), 2u) << today.dump();
  EXPECT_EQ(today["pain"][0]["level"], 6);
  EXPECT_EQ(today["pain"][1]["level"], 8);
  EXPECT_EQ(today["done"].size(), 0u);
  EXPECT_TRUE(std::filesystem::exists(kept / "serve-after.png"));
}

TEST_F(Serve, TwoHundredWritesFromEightClientsBesideTheCliAllLand) {
  SKIP_WITHOUT_SERVER();
  ok({"pain", "1", "--note", "first"});
  start("127.0.0.1");
  const auto secret = form_secret();
  // 200 pain entries posted by 8 clients at once while the CLI logs 20 more on the same diary.
  const std::string cli = std::string("BACKCARE_TODAY=") + today_ + "T20:30 " + BACKCARE_BINARY + " --db " + db_.string();
  const auto ran = shell("(for i in $(seq 1 20); do " + cli + " pain 3 --note cli-$i >/dev/null || echo cli-failed; done) & "
                         "seq 1 200 | xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\\n' -X POST -H 'Origin: " + base_ +
                         "' --data 'level=5&note=page-{}&form_secret=" + secret + "' " + base_ + "/pain | sort | uniq -c; wait");
  EXPECT_EQ(ran.output, "    200 303\n");
  const auto csv = ok({"export"});
  for (int i = 1; i <= 200; ++i) EXPECT_NE(csv.find(",page-" + std::to_string(i) + ","), std::string::npos) << i;
  for (int i = 1; i <= 20; ++i) EXPECT_NE(csv.find(",cli-" + std::to_string(i) + ","), std::string::npos) << i;
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1 + 1 + 200 + 20);
  EXPECT_EQ(ok({"check"}), "integrity: ok\nforeign keys: ok\n");
}

TEST_F(Serve, OverTlsTheCookieTravelsOnlyOverTls) {
  SKIP_WITHOUT_SERVER();
  const auto made = shell("openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout " +
                          (dir_ / "key.pem").string() + " -out " + (dir_ / "cert.pem").string());
  if (made.status != 0) GTEST_SKIP() << "openssl could not make a certificate: " << made.output;
  start("0.0.0.0", {"--tls-cert", (dir_ / "cert.pem").string(), "--tls-key", (dir_ / "key.pem").string()}, "https");
  const auto token = read_file(dir_ / "serve-token").substr(0, 32);
  const auto exchanged = shell("curl -s -k -i '" + base_ + "/?token=" + token + "'").output;
  EXPECT_NE(exchanged.find("Set-Cookie: backcare_token=" + token + "; HttpOnly; SameSite=Strict; Path=/; Secure"), std::string::npos)
      << exchanged;
  EXPECT_EQ(status("-k -H 'Cookie: backcare_token=" + token + "'", "/"), "200");
  EXPECT_EQ(post("/pain", "level=4", "-k -H 'Cookie: backcare_token=" + token + "'"), "303");
  EXPECT_EQ(nlohmann::json::parse(ok({"today", "--json"}))["pain"].size(), 1u);
  // Plain HTTP on the same port is not answered as a page.
  const auto plain = shell("curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:" + std::to_string(port_) + "/").output;
  EXPECT_NE(plain.substr(0, 1), "2") << plain;
  const auto stopped = stop();
  EXPECT_EQ(stopped.exit_code, 0) << stopped.err;
  EXPECT_NE(stopped.out.find("https://"), std::string::npos) << stopped.out;
  EXPECT_EQ(stopped.out.find("Without TLS"), std::string::npos) << stopped.out;
}

TEST_F(Serve, AClientSendingAByteASecondIsDropped) {
  SKIP_WITHOUT_SERVER();
  start("127.0.0.1");
  // A request of 40 bytes at one byte a second: the server drops it at its 10 s deadline, long before the
  // last byte, and then still answers others.
  const auto client = shell("/usr/bin/python3 -c '\n"
                            "import socket, time\n"
                            "s = socket.create_connection((\"127.0.0.1\", " + std::to_string(port_) + "))\n"
                            "request = b\"GET / HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nX-Slow: 1234\\r\\n\\r\\n\"\n"
                            "for i, byte in enumerate(request):\n"
                            "    try:\n"
                            "        s.send(bytes([byte]))\n"
                            "    except OSError:\n"
                            "        print(\"dropped after\", i >= 9 and \"nine or more bytes\" or i); break\n"
                            "    time.sleep(1)\n"
                            "else:\n"
                            "    print(\"sent it all:\", s.recv(100))\n"
                            "'");
  EXPECT_EQ(client.output, "dropped after nine or more bytes\n");
  EXPECT_EQ(status("", "/style.css"), "200");
}

}  // namespace
}  // namespace backcare::e2e
