#pragma once
#include "cli/request.hpp"
#include "commands/env.hpp"
#include "reports/report.hpp"
#include "reports/suggestions.hpp"
#include "reports/transfer_views.hpp"
#include "reports/trend.hpp"
#include "reports/views.hpp"
#include "reports/week.hpp"

namespace backcare::commands {

// One run() per command, found by overload from the Args type: a command without one does not compile.
// Commands check their input, call the store and the reports, and return values; they never print.

reports::DayView run(const cli::StatusArgs& args, Env& env);
reports::Confirmation run(const cli::PainArgs& args, Env& env);
reports::Confirmation run(const cli::DoneArgs& args, Env& env);
reports::DayView run(const cli::TodayArgs& args, Env& env);
reports::RoutineList run(const cli::RoutinesArgs& args, Env& env);
reports::RoutineDetail run(const cli::ShowArgs& args, Env& env);
reports::RedFlagsView run(const cli::RedflagsArgs& args, Env& env);
reports::HistoryView run(const cli::HistoryArgs& args, Env& env);
reports::UndoView run(const cli::UndoArgs& args, Env& env);
reports::ConfigView run(const cli::ConfigArgs& args, Env& env);
reports::Confirmation run(const cli::RoutineAddArgs& args, Env& env);
reports::Confirmation run(const cli::RoutineRetireArgs& args, Env& env);
reports::Suggestions run(const cli::SuggestArgs& args, Env& env);
reports::WeekSummary run(const cli::WeekArgs& args, Env& env);
reports::Trend run(const cli::TrendArgs& args, Env& env);
reports::ExportView run(const cli::ExportArgs& args, Env& env);
reports::ImportView run(const cli::ImportArgs& args, Env& env);
reports::BackupView run(const cli::BackupArgs& args, Env& env);
reports::CheckView run(const cli::CheckArgs& args, Env& env);
reports::ReportWritten run(const cli::ReportArgs& args, Env& env);
reports::Confirmation run(const cli::CheckinArgs& args, Env& env);

/// Commands that never open the diary.
template <class Args>
constexpr bool kNeedsStore = !std::is_same_v<Args, cli::RedflagsArgs>;

}  // namespace backcare::commands
