#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace backcare::cli {

// One Args struct per command: raw text as typed, checked by the command so that every message about a
// bad value has one form. Parse first, run second.

struct StatusArgs { bool json = false; };
struct PainArgs { std::string level; std::optional<std::string> date; std::optional<std::string> note; bool json = false; };
struct DoneArgs {
  std::vector<std::string> slugs;
  std::optional<std::string> date, reps, minutes, note;
  bool json = false;
};
struct TodayArgs { bool json = false; };
struct RoutinesArgs { bool all = false; bool json = false; };
struct ShowArgs { std::string slug; bool json = false; };
struct RedflagsArgs { bool json = false; };
struct HistoryArgs { std::optional<std::string> from, to; bool json = false; };
struct UndoArgs { bool json = false; };
struct ConfigArgs { std::optional<std::string> key, value; bool unset = false; bool json = false; };
struct RoutineAddArgs { std::string slug, name, kind, dose; bool json = false; };
struct RoutineRetireArgs { std::string slug; bool json = false; };
struct SuggestArgs { std::optional<std::string> date; bool helper = false; bool all = false; bool json = false; };
struct WeekArgs { std::optional<std::string> week; bool json = false; };
struct TrendArgs { std::optional<std::string> weeks, since; bool all = false; bool json = false; };
struct ExportArgs { std::optional<std::string> format, out; bool json = false; };  // no --json: the export is the data
struct ImportArgs { std::string file; std::optional<std::string> format; bool json = false; };
struct BackupArgs { std::string file; bool force = false; bool json = false; };
struct CheckArgs { bool json = false; };
struct CheckinArgs { bool json = false; };  // no --json: it is a conversation
struct ReportArgs { std::optional<std::string> from, to, out; bool json = false; };

using Command = std::variant<StatusArgs, PainArgs, DoneArgs, TodayArgs, RoutinesArgs, ShowArgs, RedflagsArgs, HistoryArgs,
                             UndoArgs, ConfigArgs, RoutineAddArgs, RoutineRetireArgs, SuggestArgs, WeekArgs,
                             TrendArgs, ExportArgs, ImportArgs, BackupArgs, CheckArgs, ReportArgs,
                             CheckinArgs>;

/// A parsed command line: the command to run, or text (help, version) to print and exit 0.
struct Request {
  Command command;
  std::optional<std::string> db_path;
  std::optional<std::string> print_and_exit;
};

}  // namespace backcare::cli
