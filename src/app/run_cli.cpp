#include "app/run_cli.hpp"

#include <cerrno>
#include <cstring>
#include <new>

#include "app/open_diary.hpp"
#include "app/setup.hpp"
#include "app/terminal_progress.hpp"
#include "app/write_result.hpp"
#include "cli/parse.hpp"
#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "render/welcome.hpp"
#include "store/faults.hpp"
#include "store/store.hpp"

namespace backcare::app {
namespace {

/// A write to standard output that failed, with the errno that says why.
struct OutputFailed {
  int cause = 0;
};

/// How long work runs before its progress shows: a second, or BACKCARE_PROGRESS_AFTER milliseconds
/// (0 to 60000), which the tests set to 0 to see the line without a second's work.
std::chrono::milliseconds progress_delay(const Environment& environment) {
  constexpr std::chrono::milliseconds kAfter{1000}, kLongest{60000};
  constexpr std::size_t kDigits = 5;
  const auto* text = environment.variable("BACKCARE_PROGRESS_AFTER");
  if (!text || text->size() > kDigits || text->find_first_not_of("0123456789") != std::string::npos) return kAfter;
  const std::chrono::milliseconds after{std::stoi(*text)};
  return after <= kLongest ? after : kAfter;
}

/// Flushes `out`; OutputFailed when anything written to it did not get there (a full disk, the file size
/// limit, /dev/full, a reader gone). The errno is taken at once, before the diary's close makes calls.
void flush_output(std::ostream& out) {
  out.flush();
  if (!out) throw OutputFailed{errno};
}

/// Runs the command; an SQLite error it meets comes out as a StorageError in words (see store/faults.hpp).
commands::Result run_reporting_faults(cli::Request& request, commands::Env& env, const std::string& path) {
  std::optional<commands::Result> result;
  store::run_translating_faults([&] { result.emplace(request.invocation.run(env)); }, env.store, path);
  return std::move(*result);
}

/// Opens what the command needs, runs it and writes its result on `out`. The command that makes a new diary
/// first says a word of welcome on `err`, once, and never with --json (stdout stays the result alone).
void run_request(cli::Request& request, const Environment& environment, std::istream& in, std::ostream& out,
                 std::ostream& err) {
  const content::Content content = content::load_content();
  const domain::Now now = resolve_now(environment);
  std::optional<OpenDiary> diary;
  domain::Settings settings;
  const auto use = request.invocation.diary ? request.invocation.diary() : request.command->diary;
  if (use != commands::Diary::unused) {
    diary.emplace(open_diary(diary_place(request.db_path, environment), use, content));
    diary->store.set_wall_clock(now.utc);
    store::run_translating_faults([&] { settings = diary->store.settings(); });
    if (diary->store.created() && !request.json) err << render::welcome_text() << std::flush;
  }
  commands::Env env{diary ? &diary->store : nullptr, content, environment.zone, now,
                    domain::diary_day(now, settings.day_starts_minutes), domain::diary_day(now, 0), settings,
                    diary ? diary->absent : std::nullopt};
  env.in = &in;
  env.talk = &out;
  env.echo_answers = !environment.stdin_is_terminal;
  std::optional<TerminalProgress> progress;
  if (environment.stderr_is_terminal && environment.ticks) {
    progress.emplace(err, progress_delay(environment), environment.ticks);
    env.progress = &*progress;
  }
  env.output_is_terminal = environment.stdout_is_terminal;
  const auto result = run_reporting_faults(request, env, diary ? diary->store.path() : std::string{});
  // Before a word of the result is written: a write that cannot be committed (the disk filled) is an
  // error, never reported as done.
  if (diary) store::run_translating_faults([&] { diary->store.commit(); }, &diary->store, diary->store.path());
  const render::Style style{environment.stdout_is_terminal && !environment.variable("NO_COLOR"),
                            environment.stdout_is_terminal};
  write_result(result, request.json, style, out, err);
  flush_output(out);
}

/// Writes an error on `err`. Every path and value in a message is escaped where the message is made; this
/// escapes again what came worded by a library (a file system error names its path raw), and leaves
/// what is already escaped as it is.
void report_error(std::ostream& err, const std::string& message) {
  err << "backcare: error: " << domain::escape_document_for_terminal(message) << "\n";
}

}  // namespace

int output_failure(int cause, std::ostream& err) {
  // A reader that stopped reading (`backcare history | head`) wanted no more: not an error.
  if (cause == EPIPE) return 0;
  report_error(err, "cannot write to standard output" + (cause ? ": " + std::string(std::strerror(cause)) : ""));
  return 1;
}

int run_cli(const std::vector<std::string>& args, const Environment& environment, std::istream& in,
            std::ostream& out, std::ostream& err) {
  try {
    cli::Request request = cli::parse(args);
    if (request.print_and_exit) {
      out << *request.print_and_exit;
      flush_output(out);
      return 0;
    }
    run_request(request, environment, in, out, err);
    return 0;
  } catch (const OutputFailed& failed) {
    return output_failure(failed.cause, err);
  } catch (const UserError& error) {
    report_error(err, error.what());
    return 2;
  } catch (const StorageError& error) {
    report_error(err, error.what());
    return 1;
  } catch (const std::bad_alloc&) {
    // Every write is one transaction, rolled back as the exception left it.
    report_error(err, "not enough memory to finish; nothing was written");
    return 1;
  } catch (const std::exception& error) {
    report_error(err, error.what());
    return 1;
  }
}

}  // namespace backcare::app
