#include "app/run_cli.hpp"

#include <SQLiteCpp/Exception.h>

#include "app/setup.hpp"
#include "cli/parse.hpp"
#include "commands/commands.hpp"
#include "domain/errors.hpp"
#include "render/html_report.hpp"
#include "render/render.hpp"
#include "render/report_render.hpp"
#include "render/transfer_render.hpp"

namespace backcare::app {
namespace {

/// Opens what the command needs, runs it and renders its result on `out`.
struct Dispatcher {
  const cli::Request& request;
  const Environment& environment;
  std::istream& in;
  std::ostream& out;

  template <class Args>
  void operator()(const Args& args) const {
    const content::Content content = content::load_content();
    const domain::Now now = resolve_now(environment);
    std::optional<store::Store> store;
    domain::Settings settings;
    if constexpr (commands::kNeedsStore<Args>) {
      store.emplace(store::Store::open_file(diary_path(request.db_path, environment), content));
      settings = store->settings();
    }
    commands::Env env{store ? &*store : nullptr, content, now, domain::diary_day(now, settings.day_starts_minutes),
                      settings};
    env.in = &in;
    env.talk = &out;
    env.echo_answers = !environment.stdin_is_terminal;
    const auto result = commands::run(args, env);
    const render::Style style{environment.stdout_is_terminal && !environment.variable("NO_COLOR")};
    if (args.json) out << render::json(result).dump(2) << "\n";
    else out << render::text(result, style);
    // A result that reports a failure (check finding damage) exits 1 after printing what was found.
    if constexpr (requires { result.failure; }) {
      if (!result.failure.empty()) throw StorageError(result.failure);
    }
    if constexpr (std::is_same_v<Args, cli::StatusArgs>) {
      out << "\nLog pain: backcare pain 0-10   Mark routines: backcare done SLUG   Ideas: backcare suggest\n";
    }
  }
};

}  // namespace

int run_cli(const std::vector<std::string>& args, const Environment& environment, std::istream& in,
            std::ostream& out, std::ostream& err) {
  try {
    const cli::Request request = cli::parse(args);
    if (request.print_and_exit) {
      out << *request.print_and_exit;
      return 0;
    }
    std::visit(Dispatcher{request, environment, in, out}, request.command);
    return 0;
  } catch (const UserError& error) {
    err << "backcare: error: " << error.what() << "\n";
    return 2;
  } catch (const StorageError& error) {
    err << "backcare: error: " << error.what() << "\n";
    return 1;
  } catch (const SQLite::Exception& error) {
    err << "backcare: error: the diary could not be used: " << error.what() << "\n";
    return 1;
  } catch (const std::exception& error) {
    err << "backcare: error: " << error.what() << "\n";
    return 1;
  }
}

}  // namespace backcare::app
