#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "render/style.hpp"
#include "reports/corrections.hpp"
#include "reports/views.hpp"

namespace backcare::render {

// Report structs -> text or JSON. Render never queries and never computes figures.

/// Each view as the terminal shows it; `style` says whether to colour it.
std::string text(const reports::Logged& view, const Style& style);
std::string text(const reports::RoutineChanged& view, const Style& style);
std::string text(const reports::StatusView& view, const Style& style);
std::string text(const reports::DayView& view, const Style& style);
std::string text(const reports::RoutineList& view, const Style& style);
std::string text(const reports::RoutineDetail& view, const Style& style);
std::string text(const reports::RedFlagsView& view, const Style& style);
std::string text(const reports::HistoryView& view, const Style& style);
std::string text(const reports::ConfigView& view, const Style& style);
std::string text(const reports::UndoView& view, const Style& style);
std::string text(const reports::EntryEdited& view, const Style& style);
std::string text(const reports::EntriesDeleted& view, const Style& style);

/// Each view for --json: the same facts as the text, as data for scripts.
nlohmann::json json(const reports::Logged& view);
nlohmann::json json(const reports::RoutineChanged& view);
nlohmann::json json(const reports::StatusView& view);
nlohmann::json json(const reports::DayView& view);
nlohmann::json json(const reports::RoutineList& view);
nlohmann::json json(const reports::RoutineDetail& view);
nlohmann::json json(const reports::RedFlagsView& view);
nlohmann::json json(const reports::HistoryView& view);
nlohmann::json json(const reports::ConfigView& view);
nlohmann::json json(const reports::UndoView& view);
nlohmann::json json(const reports::EntryEdited& view);
nlohmann::json json(const reports::EntriesDeleted& view);

/// "set birth-type to caesarean", "unset day-starts": what `config` changed.
std::string change_line(const reports::SettingChange& change);

}  // namespace backcare::render
