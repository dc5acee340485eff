#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "render/style.hpp"
#include "views/plan_views.hpp"

namespace backcare::render {

/// The plan as an iCalendar file (RFC 5545): one daily event with an alarm per reminder, floating local
/// times, so 08:00 stays 08:00 wherever she is, and a stable UID per routine and time of day, so a plan
/// made again updates the events a calendar already holds instead of doubling them.
std::string ics_calendar(const reports::Plan& plan);

/// `plan --ics`: the calendar and its file (none: stdout).
std::string document(const views::PlanWritten& view);
std::optional<std::string> document_file(const views::PlanWritten& view);
/// What goes to stderr when the calendar goes to stdout, so the calendar stays clean: the pointer to the
/// red flags when they are due.
std::optional<std::string> document_aside(const views::PlanWritten& view);

std::string text(const views::PlanView& view, const Style& style);
nlohmann::json json(const views::PlanView& view);
std::string text(const views::PlanWritten& view, const Style& style);
nlohmann::json json(const views::PlanWritten& view);

}  // namespace backcare::render
