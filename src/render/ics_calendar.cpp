#include <fmt/format.h>

#include "render/ics_lines.hpp"
#include "render/plan_render.hpp"
#include "render/plan_words.hpp"
#include "rules/rulebook.hpp"

namespace backcare::render {
namespace {

/// A floating local date-time, "20261127T080000": the same clock time in any time zone.
std::string local_time(domain::Day day, int minutes) {
  return date::format("%Y%m%dT%H%M%S", date::local_seconds{day.time_since_epoch()} + std::chrono::minutes{minutes});
}

/// Said first in every reminder, as a calendar cannot know her pain (clinical notes §3, "How a tracker should
/// use this": a score at the severe level brings up the red flags, and routines pause until they are read).
std::string severe_day_words() {
  return fmt::format("Skip it on a day with pain of {} or more, and read the red flags first: backcare redflags",
                     rules::kSevereLevel);
}

std::string event_description(const reports::Reminder& reminder) {
  std::string out = reminder.dose + "; " + reminder.when + ".\n" + severe_day_words() + "\n";
  for (std::size_t i = 0; i < reminder.steps.size(); ++i) {
    out += "\n" + std::to_string(i + 1) + ". " + reminder.steps[i];
  }
  if (!reminder.cautions.empty()) out += "\n\nCautions:";
  for (const auto& caution : reminder.cautions) out += "\n- " + caution;
  return out + "\n\nWhen it is done: backcare done " + reminder.slug;
}

std::string event(const reports::Reminder& reminder, const reports::Plan& plan) {
  return ics_line("BEGIN", "VEVENT") + ics_line("UID", reminder_uid(reminder)) +
         ics_line("DTSTAMP", date::format("%Y%m%dT%H%M%SZ", plan.made.utc)) +
         ics_line("DTSTART", local_time(reminder.first, reminder.minutes)) + ics_line("DURATION", "PT10M") +
         // UNTIL in the same floating form as DTSTART, as RFC 5545 requires; the last day whole.
         ics_line("RRULE", "FREQ=DAILY;UNTIL=" + local_time(reminder.last, 24 * 60 - 1)) +
         ics_line("SUMMARY", ics_text(reminder.name)) + ics_line("DESCRIPTION", ics_text(event_description(reminder))) +
         // A reminder, not an appointment: it leaves her free/busy time free.
         ics_line("TRANSP", "TRANSPARENT") + ics_line("BEGIN", "VALARM") + ics_line("ACTION", "DISPLAY") +
         ics_line("TRIGGER", "PT0S") + ics_line("DESCRIPTION", ics_text(reminder.name + ": " + reminder.dose)) +
         ics_line("END", "VALARM") + ics_line("END", "VEVENT");
}

std::string calendar_description(const reports::Plan& plan) {
  std::string out = "Daily reminders from backcare for " + plan_days(plan) + ".";
  for (const auto& reminder : plan.reminders) {
    if (reminder.held_before) out += " " + reminder.name + ": " + late_start_words(reminder) + ".";
  }
  for (const auto& [names, words] : held_groups(plan.left_out)) out += " Not in it: " + names + ": " + words + ".";
  if (const auto names = any_time_names(plan.left_out); !names.empty()) {
    out += " Not in it, for any time of day: " + names + " (backcare suggest fits them into your day).";
  }
  return out + " Make the plan again after changing a setting: a calendar updates these events rather than "
               "doubling them. Stop any routine that makes your pain worse; backcare is not medical advice.";
}

}  // namespace

std::string ics_calendar(const reports::Plan& plan) {
  const std::string name = "Back care reminders";
  const std::string description = ics_text(calendar_description(plan));
  std::string out = ics_line("BEGIN", "VCALENDAR") + ics_line("VERSION", "2.0") +
                    ics_line("PRODID", "-//backcare//plan//EN") + ics_line("CALSCALE", "GREGORIAN") +
                    ics_line("METHOD", "PUBLISH") +
                    // RFC 7986's names, and the older ones most calendar applications read.
                    ics_line("NAME", name) + ics_line("X-WR-CALNAME", name) + ics_line("DESCRIPTION", description) +
                    ics_line("X-WR-CALDESC", description);
  for (const auto& reminder : plan.reminders) out += event(reminder, plan);
  return out + ics_line("END", "VCALENDAR");
}

std::string document(const views::PlanWritten& view) { return ics_calendar(view.plan); }

std::optional<std::string> document_file(const views::PlanWritten& view) { return view.file; }

}  // namespace backcare::render
