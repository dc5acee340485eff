#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/day.hpp"
#include "domain/place.hpp"
#include "domain/routine.hpp"
#include "rules/phase.hpp"

namespace backcare::checkin {

/// What an evening check-in records once confirmed.
struct Answers {
  int level = 0;
  std::vector<domain::Place> regions;  ///< where it hurt, as given; empty when skipped or not asked
  std::vector<std::string> slugs;  ///< routines ticked, in checklist order
  std::string note;                ///< kept with the pain entry; empty when skipped
  std::vector<std::string> tags;   ///< kept with the pain entry; empty when skipped or not asked
};

/// The check-in as a pure state machine: show prompt(), feed the next line of input to answer(), until
/// finished(). No streams here, so every step and refusal can be tested without a terminal.
class Dialog {
 public:
  /// `routines` are the active routines, numbered from 1 in this order. `logged_today` counts, by slug,
  /// the times each is already in the diary for `day`: the checklist marks them, so that a routine logged
  /// at lunch is not ticked again in the evening by mistake (it still can be, on purpose).
  /// `held` holds, by slug, the routines their phase rule holds on `day`: the checklist marks them as
  /// `today` does, before she answers (a tick still logs one, with the caution `done` gives).
  /// `where_kinds` are the regions she may name after a level above 0 (issue 27); empty, where is not asked,
  /// as for a piped check-in, which asks the same questions in the same order as before regions.
  /// `known_tags` are the tags she may give after the note (issue 29), listed with the question; empty,
  /// tags are not asked either, for the same reason. A new tag is not made here: a typo would start one.
  Dialog(domain::Day day, std::vector<domain::Routine> routines, std::map<std::string, int> logged_today = {},
         std::map<std::string, rules::Hold> held = {}, std::vector<domain::PlaceKind> where_kinds = {},
         std::vector<std::string> known_tags = {});

  /// Shown once, before the first prompt.
  std::string heading() const;
  /// The text to show before reading the next answer (may span lines; ends without a newline).
  std::string prompt() const;
  /// Takes one line of input; returns why it was refused (the step is then asked again), or nullopt.
  std::optional<std::string> answer(std::string_view line);
  /// True once the confirmation was answered, either way.
  bool finished() const { return step_ == Step::finished; }
  /// True when the user said yes at the confirmation.
  bool confirmed() const { return confirmed_; }
  const Answers& answers() const { return answers_; }

 private:
  enum class Step { pain, where, routines, note, tags, confirm, finished };
  std::optional<std::string> take_pain(std::string_view line);
  std::optional<std::string> take_where(std::string_view line);
  std::optional<std::string> take_routines(std::string_view line);
  std::optional<std::string> take_note(std::string_view line);
  std::optional<std::string> take_tags(std::string_view line);
  std::optional<std::string> take_confirm(std::string_view line);
  std::string checklist() const;
  std::string already_logged() const;
  int times_logged(const std::string& slug) const;
  std::string summary() const;

  domain::Day day_;
  std::vector<domain::Routine> routines_;
  std::map<std::string, int> logged_today_;
  std::map<std::string, rules::Hold> held_;
  std::vector<domain::PlaceKind> where_kinds_;
  std::vector<std::string> known_tags_;
  Step step_ = Step::pain;
  Answers answers_;
  bool confirmed_ = false;
};

}  // namespace backcare::checkin
