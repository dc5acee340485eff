#include "serve/server.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <memory>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"

#include "serve/form.hpp"
#include "serve/header_deadline.hpp"
#include "serve/page.hpp"

namespace backcare::serve {
namespace {

std::atomic<httplib::Server*> running{nullptr};

/// Headers on every answer: only the page's own style, no script, no frames, nothing cached.
void secure_headers(httplib::Response& response) {
  response.set_header("Content-Security-Policy",
                      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  response.set_header("X-Content-Type-Options", "nosniff");
  // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on the page's own forms.
  response.set_header("Referrer-Policy", "same-origin");
  response.set_header("Cache-Control", "no-store");
}

void refuse(httplib::Response& response, int status, const std::string& why) {
  response.status = status;
  response.set_content(why + "\n", "text/plain; charset=utf-8");
}

/// The guard's verdict on a request, answered here when it is a refusal or the token's exchange.
httplib::Server::HandlerResponse checked(const Guard& guard, const httplib::Request& request, httplib::Response& response) {
  secure_headers(response);
  const auto token = request.get_param_value("token");
  const auto verdict = check_request(guard, {request.method, request.get_header_value("Host"), request.get_header_value("Origin"),
                                             request.get_header_value("Cookie"), token});
  using Handled = httplib::Server::HandlerResponse;
  switch (verdict) {
    case Verdict::allow: return Handled::Unhandled;
    case Verdict::allow_and_set_cookie:
      response.set_header("Set-Cookie", cookie_header(guard));
      response.set_redirect("/", 303);
      return Handled::Handled;
    case Verdict::unknown_host: refuse(response, 400, "unknown Host: open the address backcare serve printed"); break;
    case Verdict::no_token: refuse(response, 401, "this page needs the link with its token that backcare serve printed"); break;
    case Verdict::foreign_write: refuse(response, 403, "refused: a change must come from the page itself"); break;
  }
  return Handled::Handled;
}

/// The first lines a run wrote: its confirmation, or its one-line error.
std::string said_by(const Ran& ran) { return ran.code == 0 ? ran.out : ran.err; }

class Page {
 public:
  Page(const Guard& guard, DiaryRuns& runs, const content::Content& content) : guard_(guard), runs_(runs), content_(content) {}

  void show(httplib::Response& response) {
    PageParts parts;
    {
      const std::lock_guard lock(said_lock_);
      parts.said = std::exchange(said_, {});
      parts.said_error = said_error_;
    }
    parts.today = said_by(runs_.run({"today"}));
    parts.checklist = checklist();
    parts.regions = content_.regions;
    parts.form_secret = guard_.form_secret;
    response.set_content(page_html(parts), "text/html; charset=utf-8");
  }

  /// Runs the write a form asked for (`args` of its fields), keeps what it said for the page, and sends
  /// the browser back to it.
  void write(const httplib::Request& request, httplib::Response& response,
             const std::function<std::vector<std::string>(const FormFields&)>& args) {
    const auto fields = parse_form(request.body);
    if (!form_secret_ok(guard_, field(fields, "form_secret"))) {
      return refuse(response, 403, "refused: the form did not come from this page (reload it and try again)");
    }
    const auto ran = runs_.run(args(fields));
    {
      const std::lock_guard lock(said_lock_);
      said_ = said_by(ran);
      said_error_ = ran.code != 0;
    }
    response.set_redirect("/", 303);
  }

 private:
  /// Today's checklist from `today --json`, each routine named as `routines --json` names it.
  std::vector<ChecklistItem> checklist() {
    const auto today = runs_.run({"today", "--json"});
    const auto routines = runs_.run({"routines", "--json"});
    if (today.code != 0 || routines.code != 0) return {};
    std::map<std::string, std::string> names;
    for (const auto& routine : nlohmann::json::parse(routines.out)) names[routine["slug"]] = routine["name"];
    // Parsed into a name of its own: a range over a member of a temporary would outlive the temporary.
    const auto day = nlohmann::json::parse(today.out);
    std::vector<ChecklistItem> items;
    for (const auto& item : day["checklist"]) {
      const std::string slug = item["routine"];
      items.push_back({slug, names.contains(slug) ? names[slug] : slug, item["done"].get<int>(),
                       item["held_why"].is_string() ? item["held_why"].get<std::string>() : ""});
    }
    return items;
  }

  const Guard& guard_;
  DiaryRuns& runs_;
  const content::Content& content_;
  std::mutex said_lock_;
  std::string said_;
  bool said_error_ = false;
};

void add_routes(httplib::Server& server, Page& page) {
  server.Get("/", [&page](const httplib::Request&, httplib::Response& response) { page.show(response); });
  server.Get("/style.css", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(page_css(), "text/css; charset=utf-8");
  });
  server.Post("/pain", [&page](const httplib::Request& request, httplib::Response& response) {
    page.write(request, response, pain_args);
  });
  server.Post("/done", [&page](const httplib::Request& request, httplib::Response& response) {
    page.write(request, response, done_args);
  });
  server.Post("/undo", [&page](const httplib::Request& request, httplib::Response& response) {
    page.write(request, response, [](const FormFields&) { return std::vector<std::string>{"undo"}; });
  });
}

/// A plain server, or one over TLS with the certificate and key given.
std::unique_ptr<httplib::Server> make_server(const std::optional<TlsFiles>& tls) {
  if (!tls) return std::make_unique<httplib::Server>();
  auto server = std::make_unique<httplib::SSLServer>(tls->certificate.c_str(), tls->key.c_str());
  if (!server->is_valid()) {
    throw StorageError("cannot serve over TLS with the certificate " + domain::quoted_path(tls->certificate) + " and key " +
                       domain::quoted_path(tls->key) + ": accepted a PEM certificate and its unencrypted private key");
  }
  return server;
}

}  // namespace

bool serve_page(const domain::ListenAddress& listen, const std::optional<TlsFiles>& tls, const Guard& guard, DiaryRuns& runs,
                const content::Content& content) {
  const auto made = make_server(tls);
  auto& server = *made;
  Page page(guard, runs, content);
  HeaderDeadline deadline(kHeaderDeadline);
  server.set_payload_max_length(kMaxBody);
  server.set_keep_alive_max_count(1);
  server.set_read_timeout(10, 0);
  server.set_write_timeout(10, 0);
  server.set_pre_routing_handler([&guard, &deadline](const httplib::Request& request, httplib::Response& response) {
    deadline.arrived(request.remote_addr, request.remote_port);
    return checked(guard, request, response);
  });
  server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    secure_headers(response);
    if (response.body.empty()) response.set_content(std::to_string(response.status) + "\n", "text/plain; charset=utf-8");
  });
  add_routes(server, page);
  if (!server.bind_to_port(listen.host, listen.port)) return false;
  running = &server;
  const bool listened = server.listen_after_bind();
  running = nullptr;
  return listened;
}

void stop_serving() {
  if (auto* server = running.load()) server->stop();
}

}  // namespace backcare::serve
