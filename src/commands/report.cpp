#include "commands/support/day_range.hpp"
#include "commands/registry.hpp"
#include "commands/support/redflags_now.hpp"
#include "commands/support/report_catalogue.hpp"
#include "commands/support/transfer_paths.hpp"
#include "commands/support/trend_history.hpp"
#include "domain/week.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

constexpr int kReportWeeks = 12;

struct ReportArgs {
  std::optional<std::string> from, to, out;
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
                                    : "backcare-report-" + domain::format_iso(range.begin) + "-" +
                                          domain::format_iso(range.end - date::days{1}) + ".html";
  check_output_path(file, env, "--out", "give - to write the page to stdout");
  return file;
}

views::ReportWritten run(const ReportArgs& args, Env& env) {
  const auto range = report_range(args, env);
  return {report_file(args, range, env), range, reports::build_report_page(report_input(range, env))};
}

}  // namespace

Command report_command() {
  return command<ReportArgs>(
      {"report", "Write an HTML report to look at, print or bring to a physiotherapist (default the last 12 weeks)",
       "  backcare report\n  backcare report --from 2026-09-01 --to 2026-11-26 --out report.html\n\n"
       "One self-contained file: a chart of pain, a calendar of routines, the weeks, the change from the\n"
       "baseline and the red flags. It opens offline and prints on A4 or Letter. Default name\n"
       "backcare-report-FROM-TO.html in the current directory, readable by you only (mode 0600)."},
      Diary::reads, Output::text_or_json,
      {{.name = "--from", .help = kFirstDayHelp, .field = &ReportArgs::from, .type_name = "DAY"},
       {.name = "--to", .help = kLastDayHelp, .field = &ReportArgs::to, .type_name = "DAY"},
       {.name = "--out", .help = "Write to this file (- is stdout)", .field = &ReportArgs::out, .type_name = "FILE"}},
      run);
}

}  // namespace backcare::commands
