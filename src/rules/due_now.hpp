#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/daily.hpp"
#include "domain/day.hpp"
#include "domain/settings.hpp"
#include "rules/redflag_pointer.hpp"

namespace backcare::rules {

// Whether she should read the red flags now (issue 24): one answer for every command that speaks about
// now, from the moment it is due until it is not. Clinical notes §3 and §5 ("How a tracker should use
// this"): a daily score of 7 or more, or a weekly mean that rises by 2 points or 30%, brings up the
// red-flag checklist; §2 ("How a tracker should use this"): that rise is the improvement threshold in
// mirror; §3 and §6.2: a recorded sign carries its tier, and the most urgent tier wins.

/// How urgent, the most urgent first, so the smaller wins (§3, §6.2).
enum class Tier {
  emergency,  ///< a sign to act on now: call the emergency number
  same_day,   ///< a sign for same-day contact with a midwife, GP or 111
  check,      ///< a severe entry or a likely-meaningful rise: read the list
  routine,    ///< a quiet note ("see your GP or physio if it lasts"); not the pointer
  none,
};

/// The pointer is shown: exactly for emergency, same_day and check.
constexpr bool is_due(Tier tier) { return tier <= Tier::check; }

/// A flag raised by a sign recorded in the diary, or by where a pain entry hurt (rules/body_flags.hpp).
struct RecordedSign {
  domain::Day day;          ///< the diary day of the sign or entry that raised it
  std::string code;         ///< stable code for scripts and content's words, e.g. "saddle_numbness"
  Tier tier = Tier::check;  ///< per §3 and §6.2
  /// What to do, as content/body.toml's [[advice]] id: "emergency", "same_day", "same_day_anaesthetic",
  /// "check" or "routine".
  std::string advice;
  /// Filled by commands from content (the rulebook holds no words): what was recorded ("numbness in
  /// both legs"), the advice's action and the line after it.
  std::string said, action, closing;

  friend bool operator==(const RecordedSign&, const RecordedSign&) = default;
};

/// What the rule reads, in the types the store returns.
struct DueNowInput {
  domain::Day today;  ///< the current diary day (domain::diary_day: `day-starts` applied)
  domain::WeekStart start = domain::WeekStart::monday;
  /// Daily figures, in any order, holding at least today and the day before, this week and the two
  /// weeks before it, and the baseline week (the first with kReliableDays logged days); days after
  /// `today` are ignored. commands::compared_weeks(env, today) plus daily_pain({today - 1, today + 1})
  /// holds them all.
  std::vector<domain::DailyPain> pain;
  std::vector<RecordedSign> signs;  ///< any days (rules::body_flags); only today's and the day before's count
};

/// The one answer. The reason shown first is `sign` when its tier is `tier`, else `pointer`.
struct DueNow {
  Tier tier = Tier::none;
  bool due = false;                  ///< is_due(tier): every command shows the pointer first
  std::optional<RecordedSign> sign;  ///< the most urgent sign of today and the day before, then the later
  /// The severe entry of today or the day before (the worse, then the later), else the rise of the latest
  /// week on the week before, else on the baseline; a rise names its week. Kept under a sign's tier.
  std::optional<Pointer> pointer;

  friend bool operator==(const DueNow&, const DueNow&) = default;
};

/// Whether the red-flag pointer is due now. The latest week is this week when it already has
/// kProvisionalDays logged days, else last week; a week older than that is never "now". It rises when
/// change_between its mean and the week before's, or the baseline's, is a meaningful_rise().
DueNow due_now(const DueNowInput& input);

/// The tier's stable code for JSON: "emergency", "same_day", "check", "routine", "none".
std::string_view tier_code(Tier tier);

/// An entry just logged or edited for `day` with `level`, when it is severe but outside the window of
/// now (the current diary day `today` and the day before): it names the red flags in the past tense,
/// since the due-now pointer does not cover it. Nullopt when it is not severe or due_now covers it.
std::optional<Pointer> past_entry_flag(domain::Day day, int level, domain::Day today);

/// What happened in a past period, worded in the past by render: each day of `period` with a severe
/// entry, and each week overlapping it whose mean rose meaningfully on the week before (else on the
/// baseline), oldest first (a day's entry before its week's rise). `pain` holds the period, the week
/// before its first week and the baseline week, as for DueNowInput; days from `period.end` on are ignored.
std::vector<Pointer> period_flags(const std::vector<domain::DailyPain>& pain, domain::DateRange period,
                                  domain::WeekStart start);

/// period_flags less what the due-now pointer already says (`now`, asked on diary day `today`): the
/// severe entries of today and the day before, and the rise it names. What is left is worded in the past.
std::vector<Pointer> past_flags(const std::vector<domain::DailyPain>& pain, domain::DateRange period,
                                domain::WeekStart start, const DueNow& now, domain::Day today);

}  // namespace backcare::rules
