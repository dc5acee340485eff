#pragma once
#include <optional>
#include <string>
#include <vector>

#include "e2e/rulebook_matrix.hpp"

namespace backcare::e2e {

// The due-now matrix (issue 24): scenarios × every command that speaks about now. One call runs them all
// on the diary as it stands, text and JSON, and asserts they agree: the pointer first with the same reason
// and tier everywhere, or no pointer anywhere; gentle routines only while it is due; and no "now" in any
// output unless it is due. Scenarios: due_now_matrix_test.cpp (severe entries), due_now_matrix_weeks_test.cpp
// (rises) and due_now_matrix_changes_test.cpp (settings, her own routines, corrections).

/// The pointer's second line, the same in every text.
inline const std::string kPointerRest =
    "It lists the signs that need your emergency number now, and those that need your midwife or doctor now or today.\n";
/// The words no output may use unless the pointer is due now: the text's pointer and the report's.
inline const std::string kNowText = "read 'backcare redflags' now";
inline const std::string kNowReport = "end of this report now";
/// What suggest never offers while the red flags are due: the article's routines that are not gentle.
inline const std::vector<std::string> kNotGentle{"knee-hug", "sit-up", "waist-roll", "leg-push"};

class DueNowMatrix : public RulebookMatrix {
 protected:
  /// What every command should say about now. Due: `why` as JSON's redflags_why, the two lines of
  /// `pointer_text` first in every text, `report_line` once in the report's header, `tier` in JSON. Not
  /// due (`why` nullopt): no pointer anywhere, and `tier` is "none" or, for a quiet sign, "routine".
  struct Expected {
    std::optional<std::string> why;
    std::string pointer_text;
    std::string report_line;
    std::string tier = "none";
  };
  /// Every command that speaks about now agrees on the diary as it stands: with `why`, each shows the
  /// pointer with that reason first and tier "check", and suggest offers gentle routines only; with
  /// nullopt, none points, none says "now", and suggest offers the exercises too. The writing commands
  /// (pain, done, checkin, edit) run on a copy each, so every command sees the same diary.
  void expect_everywhere(const std::optional<std::string>& why);
  /// The same with the pointer's words and tier given (a sign's tier words it its own way, issue 27). An
  /// emergency's pointer comes before the line of what pain and done logged.
  void expect_everywhere(const Expected& expected);
  /// One command's text and JSON as expect_everywhere asserts them: a cheaper check than the sweep.
  void expect_seen(const Seen& seen, const Expected& expected);

  /// Free to exercise, with a baseline 2026-W47 at 4 on five days and Mon to Wed of 2026-W48 at 4: no rise
  /// and nothing severe, so what a scenario adds decides alone.
  void mild_weeks() {
    free_to_exercise();
    pain_days("2026-11-16", {4, 4, 4, 4, 4});
    pain_days("2026-11-23", {4, 4, 4});
  }

  /// The pointer's two lines in text for `why`.
  static std::string pointer_for(const std::string& why) { return kPointer + why + ".\n" + kPointerRest; }
  /// The report's header line for `why` (no markup in any reason here, so nothing to escape).
  static std::string report_pointer_for(const std::string& why) {
    return "<p class=\"warn\"><strong>Please read the red flags at the end of this report now:</strong> " + why +
           ". Some of them need your emergency number now, others your midwife or doctor now or today.</p>\n";
  }
  /// A flag listed in the past: its JSON code and date (an entry's day, a rise's week), and its words.
  struct Past {
    std::string code, date, why;
  };
  /// `seen` (a week, a trend or the report) lists exactly `past`, in the past tense: in its JSON's
  /// redflags_past and in its text under its heading ("In this week:", "In these weeks:", "In this
  /// period:"), with the advice to read the red flags if such signs are back.
  static void expect_past(const Seen& seen, const Past& past);
  /// A JSON answer lists exactly `past` in redflags_past.
  static void expect_past_json(const nlohmann::json& json, const Past& past);
  /// How many times `needle` occurs in `text`.
  static int count(const std::string& text, const std::string& needle);

  /// `backcare plan --ics -`: the calendar on stdout, the pointer on stderr.
  RunResult calendar();
  /// The report over the default 12 weeks: its HTML and its --json answer (with "file" blanked).
  Seen report();
  /// A writing command as text and again with --json, each on its own copy of the diary, as on_copy.
  Seen seen_on_copies(std::vector<std::string> args);
  /// The id of the newest pain entry, as `history` gives it.
  std::string newest_pain_id();
  /// Runs `act` on a copy of the diary, then drops the copy: a write that changes nothing after it.
  template <class Act>
  auto on_copy(Act act) {
    const auto kept = db_;
    db_ = dir_ / "copy.db";
    std::filesystem::copy_file(kept, db_, std::filesystem::copy_options::overwrite_existing);
    struct Restore {
      DueNowMatrix* self;
      std::filesystem::path kept;
      ~Restore() {
        std::filesystem::remove(self->db_);
        self->db_ = kept;
      }
    } restore{this, kept};
    return act();
  }

  /// Pain and checkin log this level today: one that changes no answer of the scenario.
  int neutral_ = 3;
  /// Her own routines of kind exercise: suggested only while the pointer is not due.
  std::vector<std::string> own_exercises_;

 private:
  void expect_text(const std::string& what, const std::string& text, const Expected& expected);
  void expect_json(const std::string& what, const nlohmann::json& json, const Expected& expected);
  void expect_writers(const Expected& expected);
  void expect_suggest(const Expected& expected);
  void expect_calendar(const Expected& expected);
  void expect_report(const Expected& expected);
};

}  // namespace backcare::e2e
