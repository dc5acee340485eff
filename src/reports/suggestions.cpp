#include "reports/suggestions.hpp"

#include <algorithm>

#include "domain/text.hpp"
#include "reports/statistics.hpp"

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
enum class Verdict { done, held_exercise, not_gentle, needs_helper, later, not_now, fits };

const char* part_name(DayPart part) {
  switch (part) {
    case DayPart::morning: return "morning";
    case DayPart::midday: return "midday";
    case DayPart::evening: return "evening";
    case DayPart::whole_day: break;
  }
  return "day";
}

bool gives_at(const domain::Routine& routine, DayPart part) {
  const auto& times = routine.times_of_day;
  return std::find(times.begin(), times.end(), part_name(part)) != times.end();
}

int done_on(const SuggestInput& input, const std::string& slug) {
  const auto found = input.done_on_day.find(slug);
  return found == input.done_on_day.end() ? 0 : found->second;
}

/// User routines are never gated, gentle or timed: backcare knows only their name, kind and dose.
Verdict verdict(const domain::Routine& routine, const SuggestInput& input, const ExerciseGate& gate, bool high_pain) {
  const bool article = routine.from_article;
  if (done_on(input, routine.slug) >= std::max(1, routine.daily_count)) return Verdict::done;
  if (article && domain::is_exercise(routine) && !(routine.slug == kSitUp ? gate.sit_up : gate.exercises)) {
    return Verdict::held_exercise;
  }
  if (high_pain && !(article && routine.gentle)) return Verdict::not_gentle;
  if (routine.needs_helper && !input.helper) return Verdict::needs_helper;
  if (routine.times_of_day.empty() || input.part == DayPart::whole_day || gives_at(routine, input.part)) {
    return Verdict::fits;
  }
  const bool evening_ahead = input.part != DayPart::evening && gives_at(routine, DayPart::evening);
  return evening_ahead ? Verdict::later : Verdict::not_now;
}

std::string times_a_day(int count) { return count == 2 ? "twice a day" : std::to_string(count) + " times a day"; }

std::string why(const Candidate& candidate, DayPart part, bool high_pain) {
  const auto& routine = *candidate.routine;
  std::vector<std::string> reasons;
  if (candidate.once_more) reasons.push_back("once more today: the article gives it " + times_a_day(routine.daily_count));
  else if (!candidate.days_since) reasons.push_back("never done yet");
  else if (*candidate.days_since == 1) reasons.push_back("last done yesterday");
  else reasons.push_back("not done for " + std::to_string(*candidate.days_since) + " days");
  if (part != DayPart::whole_day && gives_at(routine, part)) {
    reasons.push_back(std::string(part_name(part)) + " is a time the article gives for it");
  }
  if (high_pain) reasons.push_back("gentle: fits a high-pain day");
  if (routine.needs_helper) reasons.push_back("it needs a second person, and you have help today");
  if (!routine.from_article) reasons.push_back("your own routine");
  return domain::join(reasons, "; ");
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
  Suggestions out{input.day, input.time, {}, std::nullopt, {}, {}, {}, pick_tip(input.tips, input.day), false};
  const bool high_pain = input.latest_pain && input.latest_pain->mean >= kSevere;
  if (high_pain) out.high_pain = input.latest_pain;
  out.redflags = high_pain;
  const ExerciseGate gate = exercise_gate(input.settings, input.day);
  std::vector<Candidate> candidates;
  bool exercise_held = false;
  for (const auto& routine : input.routines) {
    switch (verdict(routine, input, gate, high_pain)) {
      case Verdict::fits: candidates.push_back(candidate_of(routine, input)); break;
      case Verdict::held_exercise: exercise_held = true; break;
      case Verdict::needs_helper: out.need_helper.push_back(routine.slug); break;
      case Verdict::later: out.later.push_back(routine.slug); break;
      default: break;
    }
  }
  if (exercise_held) out.exercise_notes = gate.notes;
  rank(candidates);
  if (!input.all && candidates.size() > kShown) candidates.resize(kShown);
  for (const auto& candidate : candidates) {
    const auto& routine = *candidate.routine;
    out.items.push_back({routine.slug, routine.name, routine.dose, why(candidate, input.part, high_pain),
                         routine.slug == kSitUp ? std::optional<std::string>(kSitUpCaution) : std::nullopt});
  }
  return out;
}

}  // namespace backcare::reports
