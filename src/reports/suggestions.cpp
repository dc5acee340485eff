#include "reports/suggestions.hpp"

#include <algorithm>


namespace backcare::reports {
namespace {

constexpr std::size_t kShown = 4;

/// A routine that passed the rules, with what the ranking and the why line need.
struct Candidate {
  const domain::Routine* routine;
  std::optional<int> days_since;  ///< nullopt: never done
  bool once_more = false;         ///< done today, but fewer times than the article gives it
};

/// What the rules decide for one routine, in the order the issue gives them.
enum class Verdict { done, held, not_gentle, needs_helper, later, not_now, fits };

bool gives_at(const domain::Routine& routine, DayPart part) {
  const auto& times = routine.times_of_day;
  return std::find(times.begin(), times.end(), day_part_name(part)) != times.end();
}

int done_on(const SuggestInput& input, const std::string& slug) {
  const auto found = input.done_on_day.find(slug);
  return found == input.done_on_day.end() ? 0 : found->second;
}

/// Gentle enough while the red flags are due (clinical notes §3, "How a tracker should use this": a flag
/// pauses routine suggestions; §4: gentle rubbing, pressing and warmth at all stages): the article's
/// gentle routines, and her own unless she made them an exercise.
bool gentle(const domain::Routine& routine) {
  return routine.from_article ? routine.gentle : routine.kind != "exercise";
}

/// User routines are never held or timed: backcare knows only their name, kind and dose.
Verdict verdict(const domain::Routine& routine, const SuggestInput& input, bool held, bool gentle_only) {
  if (done_on(input, routine.slug) >= std::max(1, routine.daily_count)) return Verdict::done;
  if (held) return Verdict::held;
  if (gentle_only && !gentle(routine)) return Verdict::not_gentle;
  if (routine.needs_helper && !input.helper) return Verdict::needs_helper;
  if (routine.times_of_day.empty() || input.part == DayPart::whole_day || gives_at(routine, input.part)) {
    return Verdict::fits;
  }
  const bool evening_ahead = input.part != DayPart::evening && gives_at(routine, DayPart::evening);
  return evening_ahead ? Verdict::later : Verdict::not_now;
}

SuggestReasons reasons(const Candidate& candidate, DayPart part, bool gentle_only) {
  const auto& routine = *candidate.routine;
  SuggestReasons why;
  why.days_since = candidate.days_since;
  why.once_more = candidate.once_more;
  why.daily_count = routine.daily_count;
  if (part != DayPart::whole_day && gives_at(routine, part)) why.fits_part = part;
  why.gentle_while_due = gentle_only;
  why.with_helper = routine.needs_helper;
  why.own_routine = !routine.from_article;
  return why;
}

Candidate candidate_of(const domain::Routine& routine, const SuggestInput& input) {
  const auto last = input.last_done.find(routine.slug);
  std::optional<int> since;
  if (last != input.last_done.end()) since = int((input.day - last->second).count());
  return {&routine, since, done_on(input, routine.slug) > 0};
}

/// Never done first, then the longest since last done; stable, so equals keep the catalogue's order.
void rank(std::vector<Candidate>& candidates) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (!a.days_since || !b.days_since) return !a.days_since && b.days_since;
    return *a.days_since > *b.days_since;
  });
}

std::string pick_tip(const std::vector<content::Tip>& tips, domain::Day day) {
  if (tips.empty()) return {};
  const auto count = static_cast<long long>(tips.size());
  return tips[std::size_t(((day.time_since_epoch().count() % count) + count) % count)].text;
}

}  // namespace

Suggestions suggest(const SuggestInput& input) {
  Suggestions out;
  out.day = input.day;
  out.time = input.time;
  out.tip = pick_tip(input.tips, input.day);
  out.due = input.due;
  std::vector<Candidate> candidates;
  for (const auto& routine : input.routines) {
    const auto hold = rules::hold_of(routine.hold, input.settings, input.day);
    switch (verdict(routine, input, hold.has_value(), out.gentle_only())) {
      case Verdict::fits: candidates.push_back(candidate_of(routine, input)); break;
      case Verdict::held: out.held.push_back({routine.slug, *hold}); break;
      case Verdict::needs_helper: out.need_helper.push_back(routine.slug); break;
      case Verdict::later: out.later.push_back(routine.slug); break;
      default: break;
    }
  }
  rank(candidates);
  if (!input.all && candidates.size() > kShown) candidates.resize(kShown);
  for (const auto& candidate : candidates) {
    const auto& routine = *candidate.routine;
    out.items.push_back({routine.slug, routine.name, routine.dose,
                         reasons(candidate, input.part, out.gentle_only()), routine.cautions});
  }
  return out;
}

}  // namespace backcare::reports
