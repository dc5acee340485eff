#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "render/style.hpp"
#include "views/corrections.hpp"
#include "views/diary_views.hpp"

namespace backcare::render {

// Command results (views/) -> text or JSON. Render never queries and never computes figures.

/// Each view as the terminal shows it; `style` says whether to colour it.
std::string text(const views::Logged& view, const Style& style);
std::string text(const views::RoutineChanged& view, const Style& style);
std::string text(const views::StatusView& view, const Style& style);
std::string text(const views::DayView& view, const Style& style);
std::string text(const views::RoutineList& view, const Style& style);
std::string text(const views::RoutineDetail& view, const Style& style);
std::string text(const views::RedFlagsView& view, const Style& style);
std::string text(const views::HistoryView& view, const Style& style);
std::string text(const views::ConfigView& view, const Style& style);
std::string text(const views::UndoView& view, const Style& style);
std::string text(const views::EntryEdited& view, const Style& style);
std::string text(const views::EntriesDeleted& view, const Style& style);
std::string text(const views::TagList& view, const Style& style);
std::string text(const views::Untagged& view, const Style& style);

/// Each view for --json: the same facts as the text, as data for scripts.
nlohmann::json json(const views::Logged& view);
nlohmann::json json(const views::RoutineChanged& view);
nlohmann::json json(const views::StatusView& view);
nlohmann::json json(const views::DayView& view);
nlohmann::json json(const views::RoutineList& view);
nlohmann::json json(const views::RoutineDetail& view);
nlohmann::json json(const views::RedFlagsView& view);
nlohmann::json json(const views::HistoryView& view);
nlohmann::json json(const views::ConfigView& view);
nlohmann::json json(const views::UndoView& view);
nlohmann::json json(const views::EntryEdited& view);
nlohmann::json json(const views::EntriesDeleted& view);
nlohmann::json json(const views::TagList& view);
nlohmann::json json(const views::Untagged& view);

/// "set birth-type to caesarean", "unset day-starts": what `config` changed.
std::string change_line(const views::SettingChange& change);

}  // namespace backcare::render
