#include "checkin/dialog.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/tags.hpp"
#include "domain/terminal_text.hpp"
#include "domain/text.hpp"
#include "render/rules_words.hpp"

namespace backcare::checkin {
namespace {

std::string trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

/// The words of an answer, split at spaces and commas ("low-back, pubic" as "low-back pubic").
std::vector<std::string> answer_words(std::string_view line) {
  std::string text(line);
  std::replace(text.begin(), text.end(), ',', ' ');
  std::istringstream words(text);
  std::vector<std::string> out;
  for (std::string word; words >> word;) out.push_back(word);
  return out;
}

}  // namespace

Dialog::Dialog(domain::Day day, std::vector<domain::Routine> routines, std::map<std::string, int> logged_today,
               std::map<std::string, rules::Hold> held, std::vector<domain::PlaceKind> where_kinds,
               std::vector<std::string> known_tags)
    : day_(day),
      routines_(std::move(routines)),
      logged_today_(std::move(logged_today)),
      held_(std::move(held)),
      where_kinds_(std::move(where_kinds)),
      known_tags_(std::move(known_tags)) {}

std::string Dialog::heading() const {
  return "Evening check-in for " + domain::format_long(day_) + ". Ctrl-C or Ctrl-D stops without recording.\n";
}

std::string Dialog::prompt() const {
  switch (step_) {
    case Step::pain: return "Pain today, 0 to 10 (0 = no pain, 10 = worst pain you can imagine): ";
    case Step::where: return "Where did it hurt? (optional: regions as low-back sacroiliac:left; Enter to skip): ";
    case Step::routines: return checklist();
    case Step::note: return "A note for today (optional, Enter to skip): ";
    case Step::tags:
      return "Tags you can give: " + domain::join(known_tags_, ", ") +
             "\nTags for today (optional, separated by spaces; Enter to skip): ";
    case Step::confirm: return summary() + "Record this? (y/n): ";
    case Step::finished: return {};
  }
  return {};
}

std::optional<std::string> Dialog::answer(std::string_view line) {
  switch (step_) {
    case Step::pain: return take_pain(line);
    case Step::where: return take_where(line);
    case Step::routines: return take_routines(line);
    case Step::note: return take_note(line);
    case Step::tags: return take_tags(line);
    case Step::confirm: return take_confirm(line);
    case Step::finished: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::string> Dialog::take_pain(std::string_view line) {
  try {
    answers_.level = domain::parse_level(trimmed(line));
  } catch (const UserError& error) {
    return error.what();
  }
  // No pain, nowhere to name: a 0 goes straight on, as it did before regions.
  step_ = answers_.level > 0 && !where_kinds_.empty() ? Step::where : Step::routines;
  return std::nullopt;
}

// "low-back sacroiliac:left" or "low-back, buttock:right"; empty skips. Each word is checked before any is
// taken, so a refusal (its one-line reason from parse_places) takes nothing.
std::optional<std::string> Dialog::take_where(std::string_view line) {
  try {
    answers_.regions = domain::parse_places(answer_words(line), where_kinds_, "region");
  } catch (const UserError& error) {
    return error.what();
  }
  step_ = Step::routines;
  return std::nullopt;
}

// "1 3 5", "1,3" or "none": every number is checked before any is taken, so a refusal takes nothing.
std::optional<std::string> Dialog::take_routines(std::string_view line) {
  std::string text = trimmed(line);
  if (domain::lower(text) == "none") {
    answers_.slugs.clear();
    step_ = Step::note;
    return std::nullopt;
  }
  std::replace(text.begin(), text.end(), ',', ' ');
  std::istringstream words(text);
  std::vector<bool> ticked(routines_.size(), false);
  std::string word;
  bool any = false;
  const std::string range = "1 to " + std::to_string(routines_.size());
  while (words >> word) {
    const bool digits = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    const std::size_t number = digits && word.size() <= 4 ? std::stoul(word) : 0;
    if (number < 1 || number > routines_.size()) {
      return "no routine number '" + domain::quote_for_message(word) + "': answer numbers from " + range + ", or none";
    }
    ticked[number - 1] = any = true;
  }
  if (!any) return "answer the numbers of the routines you did (like 1 3), or none";
  answers_.slugs.clear();
  for (std::size_t i = 0; i < routines_.size(); ++i) {
    if (ticked[i]) answers_.slugs.push_back(routines_[i].slug);
  }
  step_ = Step::note;
  return std::nullopt;
}

std::optional<std::string> Dialog::take_note(std::string_view line) {
  const std::string note = trimmed(line);
  try {
    domain::check_note(note);
  } catch (const UserError& error) {
    return error.what();
  }
  answers_.note = note;
  step_ = known_tags_.empty() ? Step::confirm : Step::tags;
  return std::nullopt;
}

// "lifting poor-sleep"; empty skips. Only known tags: there is no --new to give here, so the refusal
// says how one is made.
std::optional<std::string> Dialog::take_tags(std::string_view line) {
  try {
    answers_.tags = domain::parse_tags(answer_words(line), {known_tags_, false, true});
  } catch (const UserError& error) {
    return error.what();
  }
  step_ = Step::confirm;
  return std::nullopt;
}

std::optional<std::string> Dialog::take_confirm(std::string_view line) {
  const std::string text = domain::lower(trimmed(line));
  if (text != "y" && text != "yes" && text != "n" && text != "no") return "answer y to record it or n to leave it";
  confirmed_ = text[0] == 'y';
  step_ = Step::finished;
  return std::nullopt;
}

int Dialog::times_logged(const std::string& slug) const {
  const auto found = logged_today_.find(slug);
  return found == logged_today_.end() ? 0 : found->second;
}

// Said before the question, with the counts: a mark in the list alone is easy to read past.
std::string Dialog::already_logged() const {
  std::vector<std::string> names;
  for (const auto& routine : routines_) {
    const int times = times_logged(routine.slug);
    if (times == 0) continue;
    names.push_back(domain::escape_for_terminal(routine.name) + (times > 1 ? " (×" + std::to_string(times) + ")" : ""));
  }
  if (names.empty()) return {};
  return "Already done today: " + domain::join(names, ", ") +
         (names.size() == 1 ? ". Give its number only if you did it again.\n"
                            : ". Give their numbers only if you did them again.\n");
}

std::string Dialog::checklist() const {
  const std::string logged = already_logged();
  std::string out = logged + "Which " + (logged.empty() ? "" : "other ") +
                    "routines did you do today? Numbers separated by spaces (1 3 5), or none.\n";
  for (std::size_t i = 0; i < routines_.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    const int times = times_logged(routines_[i].slug);
    out += std::string(number.size() < 2 ? "   " : "  ") + number + "  " +
           domain::escape_for_terminal(routines_[i].name);
    if (times > 0) out += times > 1 ? "  (done ×" + std::to_string(times) + ")" : "  (done)";
    if (const auto hold = held_.find(routines_[i].slug); hold != held_.end()) {
      out += "  (" + render::hold_word(hold->second) + ")";
    }
    out += "\n";
  }
  return out + "Done today: ";
}

std::string Dialog::summary() const {
  // A routine already done today is logged once more: said here, before the y.
  std::vector<std::string> slugs;
  for (const auto& slug : answers_.slugs) slugs.push_back(times_logged(slug) > 0 ? slug + " (again)" : slug);
  const std::string names = domain::join(slugs, ", ");
  std::string out = "To record for " + domain::format_long(day_) + ":\n  pain      " +
                    std::to_string(answers_.level) + "/10\n" +
                    (answers_.regions.empty() ? "" : "  where     " + domain::format_places(answers_.regions) + "\n") +
                    "  routines  " + (names.empty() ? "none" : names) + "\n";
  if (!answers_.tags.empty()) out += "  tags      " + domain::join(answers_.tags, ", ") + "\n";
  if (!answers_.note.empty()) out += "  note      " + domain::escape_for_terminal(answers_.note) + "\n";
  return out;
}

}  // namespace backcare::checkin
