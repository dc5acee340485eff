#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "render/style.hpp"
#include "reports/views.hpp"

namespace backcare::render {

// Report structs -> text or JSON. Render never queries and never computes figures.

std::string text(const reports::Confirmation& view, const Style& style);
std::string text(const reports::DayView& view, const Style& style);
std::string text(const reports::RoutineList& view, const Style& style);
std::string text(const reports::RoutineDetail& view, const Style& style);
std::string text(const reports::RedFlagsView& view, const Style& style);
std::string text(const reports::HistoryView& view, const Style& style);
std::string text(const reports::ConfigView& view, const Style& style);
std::string text(const reports::UndoView& view, const Style& style);

nlohmann::json json(const reports::Confirmation& view);
nlohmann::json json(const reports::DayView& view);
nlohmann::json json(const reports::RoutineList& view);
nlohmann::json json(const reports::RoutineDetail& view);
nlohmann::json json(const reports::RedFlagsView& view);
nlohmann::json json(const reports::HistoryView& view);
nlohmann::json json(const reports::ConfigView& view);
nlohmann::json json(const reports::UndoView& view);

}  // namespace backcare::render
