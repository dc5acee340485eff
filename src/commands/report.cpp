#include "commands/support/day_range.hpp"
#include "commands/registry.hpp"
#include "commands/support/redflags_now.hpp"
#include "commands/support/report_catalogue.hpp"
#include "commands/support/transfer_paths.hpp"
#include "commands/support/trend_history.hpp"
#include "domain/errors.hpp"
#include "domain/week.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

constexpr int kReportWeeks = 12;
constexpr int kOnePageWeeks = 4;

struct ReportArgs {
  std::optional<std::string> from, to, out;
  bool one_page = false;
};

/// --from and --to as days, the range they make; by default the last 12 weeks, whole weeks back to the
/// week holding --to minus 11.
domain::DateRange report_range(const ReportArgs& args, const Env& env) {
  const auto last = last_day(args.to, env);
  const auto start = env.settings.week_start;
  auto by_default = domain::week_start(last, start) - date::days{7 * (kReportWeeks - 1)};
  // No weeks before the diary began, so the chart is not half empty.
  if (const auto first = env.db().first_entry_day()) by_default = std::min(last, std::max(by_default, domain::week_start(*first, start)));
  return day_range(args.from, by_default, last, env);
}

/// --one-page: the 4 whole weeks ending with the week holding --to, up to --to. Always 4, so the page is
/// the same shape for every diary; --from would change that, so it is refused.
domain::DateRange one_page_range(const ReportArgs& args, const Env& env) {
  if (args.from) {
    throw UserError("--from does not apply with --one-page, which covers the 4 weeks up to --to: accepted --to "
                    "and --out with --one-page");
  }
  const auto last = last_day(args.to, env);
  return {domain::week_start(last, env.settings.week_start) - date::days{7 * (kOnePageWeeks - 1)}, last + date::days{1}};
}

reports::ReportPageInput report_input(domain::DateRange range, Env& env) {
  reports::ReportPageInput input;
  input.range = range;
  // The calendar day it is made on, not the diary day: a report made at 02:00 is dated that day.
  input.made = domain::Day{date::floor<date::days>(env.now.local).time_since_epoch()};
  input.settings = env.settings;
  // Its trend's history, up to --to: the weeks compared may lie before the range.
  reports::TrendInput trend;
  trend.first = domain::week_start(range.begin, env.settings.week_start);
  trend.today = range.end - date::days{1};
  read_trend_history(env, trend);
  input.pain = std::move(trend.pain);
  input.done = std::move(trend.done);
  input.streaks = std::move(trend.streaks);
  input.pain_entries = env.db().pain_between(range);
  input.completions = env.db().completions_between(range);
  input.catalogue = report_catalogue(env, true);
  input.redflags = env.content.redflags;
  input.signs = env.db().signs_between(range);
  input.regions = env.content.regions;
  input.sign_places = env.content.signs;
  input.tag_days = env.db().tag_days(range);
  input.today = env.today;
  input.due = redflags_now(env);
  return input;
}

/// The file the page goes to: --out, or a name from the range; nullopt for `--out -`, stdout.
std::optional<std::string> report_file(const ReportArgs& args, domain::DateRange range, Env& env) {
  if (args.out && means_stdout(*args.out)) return std::nullopt;
  const std::string file = args.out ? *args.out
                                    : std::string(args.one_page ? "backcare-summary-" : "backcare-report-") +
                                          domain::format_iso(range.begin) + "-" +
                                          domain::format_iso(range.end - date::days{1}) + ".html";
  check_output_path(file, env, "--out", "give - to write the page to stdout");
  return file;
}

views::ReportWritten run(const ReportArgs& args, Env& env) {
  const auto range = args.one_page ? one_page_range(args, env) : report_range(args, env);
  return {report_file(args, range, env), range, reports::build_report_page(report_input(range, env)), args.one_page};
}

}  // namespace

Command report_command() {
  return command<ReportArgs>(
      {"report", "Write an HTML report to look at, print or bring to a physiotherapist (default the last 12 weeks)",
       "  backcare report\n  backcare report --from 2026-09-01 --to 2026-11-26 --out report.html\n"
       "  backcare report --one-page\n\n"
       "One self-contained file: a chart of pain, a calendar of routines, the weeks, the change from the\n"
       "baseline and the red flags. It opens offline and prints on A4 or Letter. Default name\n"
       "backcare-report-FROM-TO.html in the current directory, readable by you only (mode 0600).\n\n"
       "--one-page writes a summary of the 4 weeks up to --to that prints on one A4 or Letter page, in\n"
       "black and white: daily pain (mean and worst), the week-on-week change, where it hurt and the signs\n"
       "with their days, routines per week, tags with their days, the birth date and type. Default name\n"
       "backcare-summary-FROM-TO.html; --from does not apply."},
      Diary::reads, Output::text_or_json,
      {{.name = "--from", .help = kFirstDayHelp, .field = &ReportArgs::from, .type_name = "DAY"},
       {.name = "--to", .help = kLastDayHelp, .field = &ReportArgs::to, .type_name = "DAY"},
       {.name = "--out", .help = "Write to this file (- is stdout)", .field = &ReportArgs::out, .type_name = "FILE"},
       {.name = "--one-page", .help = "A one-page summary of the 4 weeks up to --to, to print", .field = &ReportArgs::one_page}},
      run);
}

}  // namespace backcare::commands
