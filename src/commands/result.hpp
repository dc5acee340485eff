#pragma once
#include <variant>

#include "reports/completion.hpp"
#include "reports/corrections.hpp"
#include "reports/plan.hpp"
#include "reports/report.hpp"
#include "reports/suggestions.hpp"
#include "reports/transfer_views.hpp"
#include "reports/trend.hpp"
#include "reports/views.hpp"
#include "reports/week.hpp"

namespace backcare::commands {

/// What a command's run returns: data for render/, never words. A command returning a new kind of view
/// adds it here and its text and JSON to render/.
using Result = std::variant<reports::Logged, reports::RoutineChanged, reports::DayView, reports::StatusView,
                            reports::RoutineList, reports::RoutineDetail, reports::RedFlagsView, reports::HistoryView,
                            reports::UndoView, reports::ConfigView, reports::Suggestions, reports::WeekSummary,
                            reports::Trend, reports::ExportView, reports::ImportView, reports::BackupView,
                            reports::CheckView, reports::ReportWritten, reports::EntryEdited,
                            reports::EntriesDeleted, reports::CompletionScript,
                            reports::PlanView, reports::PlanWritten>;

}  // namespace backcare::commands
