#pragma once
#include <variant>

#include "reports/suggestions.hpp"
#include "reports/trend.hpp"
#include "reports/week.hpp"
#include "views/completion.hpp"
#include "views/corrections.hpp"
#include "views/diary_views.hpp"
#include "views/pattern_views.hpp"
#include "views/plan_views.hpp"
#include "views/report_views.hpp"
#include "views/serve_view.hpp"
#include "views/transfer_views.hpp"

namespace backcare::commands {

/// What a command's run returns: data for render/, never words. A command returning a new kind of view
/// adds it here and its text and JSON to render/.
using Result = std::variant<views::Logged, views::Untagged, views::TagList, views::RoutineChanged, views::DayView, views::StatusView,
                            views::RoutineList, views::RoutineDetail, views::RedFlagsView, views::HistoryView,
                            views::UndoView, views::ConfigView, reports::Suggestions, reports::WeekSummary,
                            reports::Trend, views::PatternsView, views::ExportView, views::ImportView, views::MergeView, views::SyncView, views::BackupView,
                            views::CheckView, views::ReportWritten, views::EntryEdited,
                            views::EntriesDeleted, views::CompletionScript,
                            views::PlanView, views::PlanWritten, views::ServeView>;

}  // namespace backcare::commands
