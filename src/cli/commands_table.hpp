#pragma once
#include <CLI/CLI.hpp>

#include <functional>
#include <vector>

#include "cli/request.hpp"

namespace backcare::cli {

/// Every command's Args, bound to CLI11 before parsing; the chosen one is taken afterwards.
struct Slots {
  PainArgs pain; DoneArgs done; TodayArgs today; RoutinesArgs routines; ShowArgs show; RedflagsArgs redflags;
  HistoryArgs history; UndoArgs undo; ConfigArgs config; RoutineAddArgs routine_add; RoutineRetireArgs routine_retire;
  SuggestArgs suggest; WeekArgs week; TrendArgs trend;
  ExportArgs export_args; ImportArgs import_args; BackupArgs backup; CheckArgs check;
  ReportArgs report;
  CheckinArgs checkin;
  CLI::App* routine_add_app = nullptr;
};

/// One row of the command table (Ninja's kTools[]): a name, a line of help, how to add its options and
/// how to take its Args after parsing.
struct CommandSpec {
  const char* name;
  const char* summary;
  const char* examples;
  std::function<void(CLI::App&, Slots&)> add_options;
  std::function<Command(const Slots&)> take;
};

const std::vector<CommandSpec>& command_table();

}  // namespace backcare::cli
