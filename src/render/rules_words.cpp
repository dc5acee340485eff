#include "render/rules_words.hpp"

#include <fmt/format.h>

#include "render/figures.hpp"

namespace backcare::render {
namespace {

constexpr const char* kClearanceCommand = "backcare config cleared-for-exercise yes";

/// What each reason waits for, before the note on an assumed birth type.
std::string hold_reason_text(const rules::Hold& hold) {
  const std::string then_cleared =
      hold.clearance_after ? std::string(", and then until your midwife or doctor clears you (") + kClearanceCommand + ")"
                           : "";
  switch (hold.reason) {
    case rules::HoldReason::not_cleared:
      return std::string("you told backcare you are not cleared for exercise yet; when you are: ") + kClearanceCommand;
    case rules::HoldReason::birth_date_unknown:
      return "until " + wait_words(hold) + ", which backcare cannot count without the birth date "
             "(backcare config birth-date YYYY-MM-DD)" + then_cleared;
    case rules::HoldReason::too_soon:
      return "until " + domain::format_long(*hold.until) + ", " + wait_words(hold) + then_cleared;
    case rules::HoldReason::needs_clearance: break;
  }
  return std::string(hold.caesarean_rules ? "until your midwife or doctor clears you, as after a caesarean: "
                                          : "until your midwife, doctor or physiotherapist clears you, usually at "
                                            "your postnatal check: ") +
         kClearanceCommand;
}

}  // namespace

std::string change_words(rules::ChangeLabel label) {
  switch (label) {
    case rules::ChangeLabel::substantial_improvement: return "likely substantial improvement";
    case rules::ChangeLabel::likely_meaningful_improvement: return "likely meaningful improvement";
    case rules::ChangeLabel::small_improvement: return "small improvement";
    case rules::ChangeLabel::little_or_no_change: break;
    case rules::ChangeLabel::small_worsening: return "small worsening";
    case rules::ChangeLabel::likely_meaningful_worsening: return "likely meaningful worsening";
    case rules::ChangeLabel::substantial_worsening: return "likely substantial worsening";
  }
  return "little or no change";
}

std::string change_figures(const rules::Change& change, std::string_view no_percent_why) {
  std::string out = signed_tenth(change.points) + " points";
  if (change.pct) return out + " (" + signed_percent(*change.pct) + ")";
  return no_percent_why.empty() ? out : out + " (no percent: " + std::string(no_percent_why) + ")";
}

std::string reliability_words(rules::Reliability reliability) {
  switch (reliability) {
    case rules::Reliability::reliable: return "reliable";
    case rules::Reliability::provisional: return "provisional";
    case rules::Reliability::not_enough: break;
  }
  return "not enough";
}

std::string wait_words(const rules::Hold& hold) {
  std::string out = std::to_string(hold.weeks) + " weeks after " + (hold.caesarean_rules ? "a caesarean" : "the birth");
  if (hold.weeks_are_own_choice) out += " (a careful choice of backcare's own: about when the postnatal check falls)";
  return out;
}

std::string hold_text(const rules::Hold& hold) {
  std::string out = hold_reason_text(hold);
  if (hold.birth_type_assumed) {
    out += "; birth type not set, so the caesarean rules apply (backcare config birth-type vaginal or caesarean)";
  }
  return out;
}

std::string hold_word(const rules::Hold& hold) {
  // The whole condition: a wait that a clinician's OK follows says so, or it reads as over on the day.
  const std::string then_ok = hold.clearance_after ? ", then a clinician's OK" : "";
  switch (hold.reason) {
    case rules::HoldReason::not_cleared: return "held: not cleared";
    case rules::HoldReason::birth_date_unknown: return "held: needs the birth date" + then_ok;
    case rules::HoldReason::too_soon: {
      const std::string day = domain::format_long(*hold.until);
      return "held until " + day.substr(4, day.rfind(' ') - 4) + then_ok;  // "21 Dec, then a clinician's OK"
    }
    case rules::HoldReason::needs_clearance: break;
  }
  return "held until a clinician's OK";
}

std::string_view hold_code(const rules::Hold& hold) {
  switch (hold.reason) {
    case rules::HoldReason::not_cleared: return "not_cleared";
    case rules::HoldReason::birth_date_unknown: return "birth_date_unknown";
    case rules::HoldReason::too_soon: return "too_soon";
    case rules::HoldReason::needs_clearance: break;
  }
  return "needs_clearance";
}

nlohmann::json held_json(const std::vector<reports::HeldRoutine>& held) {
  auto out = nlohmann::json::array();
  for (const auto& routine : held) {
    const auto& hold = routine.hold;
    out.push_back({{"slug", routine.slug}, {"held", hold_code(hold)},
                   {"until", hold.until ? nlohmann::json(domain::format_iso(*hold.until)) : nlohmann::json(nullptr)},
                   {"why", hold_text(hold)}});
  }
  return out;
}

std::string severe_days_words() { return fmt::format("Days with pain of {} or more", rules::kSevereLevel); }

}  // namespace backcare::render
