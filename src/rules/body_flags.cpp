#include "rules/body_flags.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace backcare::rules {
namespace {

/// A leg sign's tiers (clinical notes §6.2): in both legs, and in one.
struct LegSignTiers {
  std::string_view slug;
  std::string_view code_stem;  ///< "<stem>_both", "<stem>_one", "<stem>_after_anaesthetic"
  Tier both;
  Tier one_side;
  /// §3.3: new numbness or weakness in a leg is a problem to look at the same day after an epidural or
  /// spinal; tingling and swelling are not on that list.
  bool after_anaesthetic;
};

constexpr std::array<LegSignTiers, 4> kLegSignTiers{{
    // §3.1, §6.2: numbness in both legs is an emergency; §6.2: in one leg, routine without other signs.
    {"leg-numbness", "leg_numbness", Tier::emergency, Tier::routine, true},
    // §3.1, §6.2: tingling in both legs is an emergency; in one leg, routine.
    {"leg-tingling", "leg_tingling", Tier::emergency, Tier::routine, false},
    // §3.1, §6.2: weakness in both legs is an emergency; §3.2: a deficit in one leg is checked, the
    // red-flag list read, since it can grow.
    {"leg-weakness", "leg_weakness", Tier::emergency, Tier::check, true},
    // §3.3 (VTE, DVT), §6.2: a swollen leg is same-day contact; both legs swollen are not less so.
    {"leg-swelling", "leg_swelling", Tier::same_day, Tier::same_day, false},
}};

/// A flag with its advice; the words are content's.
RecordedSign body_flag_on(domain::Day day, std::string code, Tier tier, std::string_view advice) {
  return {day, std::move(code), tier, std::string(advice), {}, {}, {}};
}

/// A flag whose advice is its tier's own (content/body.toml names them alike).
RecordedSign body_flag_on(domain::Day day, std::string code, Tier tier) {
  return body_flag_on(day, std::move(code), tier, tier_code(tier));
}

/// §3.3, §6.2: after an epidural or spinal, problems can appear up to about 6 weeks later. Unset settings
/// are read the careful way: an epidural or spinal, and a recent birth.
bool in_anaesthetic_window(const BodyFlagInput& input, domain::Day day) {
  const auto given = input.anaesthesia;
  if (given == domain::Anaesthesia::general || given == domain::Anaesthesia::none) return false;
  return !input.birth_date || day < *input.birth_date + date::weeks{kAfterBirthWeeks};
}

/// §3.2 "progressive neurological deficit", §6.2 "leg weakness that is getting worse": another leg
/// weakness within kWorseningDays before this one, or earlier the same day.
bool is_worsening_weakness(const std::vector<DatedPlace>& signs, std::size_t index) {
  const domain::Day day = signs[index].day;
  for (std::size_t i = 0; i < signs.size(); ++i) {
    if (i == index || signs[i].place.slug != "leg-weakness") continue;
    const bool days_before = signs[i].day < day && signs[i].day >= day - date::days{kWorseningDays};
    if (days_before || (signs[i].day == day && i < index)) return true;
  }
  return false;
}

/// A leg sign in one leg: §3.3's anaesthetic window first, else its own tier.
RecordedSign one_leg_flag(const BodyFlagInput& input, const DatedPlace& sign, const LegSignTiers& tiers) {
  const std::string stem(tiers.code_stem);
  if (tiers.after_anaesthetic && in_anaesthetic_window(input, sign.day)) {
    return body_flag_on(sign.day, stem + "_after_anaesthetic", Tier::same_day, "same_day_anaesthetic");
  }
  return body_flag_on(sign.day, stem + "_one", tiers.one_side);
}

/// The flag of a leg sign; nullopt when the slug is not one.
std::optional<RecordedSign> leg_sign_flag(const BodyFlagInput& input, const DatedPlace& sign) {
  const auto tiers = std::find_if(kLegSignTiers.begin(), kLegSignTiers.end(),
                                  [&](const LegSignTiers& leg) { return leg.slug == sign.place.slug; });
  if (tiers == kLegSignTiers.end()) return std::nullopt;
  if (sign.place.side == domain::Side::both) {
    return body_flag_on(sign.day, std::string(tiers->code_stem) + "_both", tiers->both);
  }
  // A leg sign always has a side (domain::PlaceKind::side_required); one without is read as one leg.
  return one_leg_flag(input, sign, *tiers);
}

/// The flag the sign at `index` raises, if any.
std::optional<RecordedSign> sign_flag(const BodyFlagInput& input, std::size_t index) {
  const DatedPlace& sign = input.signs[index];
  // §3.1, §3.2, §6.2: saddle numbness, and bladder or bowel trouble, are cauda equina's signs.
  if (sign.place.slug == "saddle-numbness") return body_flag_on(sign.day, "saddle_numbness", Tier::emergency);
  if (sign.place.slug == "bladder-bowel") return body_flag_on(sign.day, "bladder_bowel", Tier::emergency);
  // §3.2, §6.2: weakness getting worse is an emergency in one leg or both, whatever it would be alone.
  if (sign.place.slug == "leg-weakness" && is_worsening_weakness(input.signs, index)) {
    return body_flag_on(sign.day, "leg_weakness_worse", Tier::emergency);
  }
  return leg_sign_flag(input, sign);
}

/// The flag one region of a pain entry raises, if any. §6.1, §6.2: the pelvic girdle regions (sacroiliac,
/// buttock, back of thigh, pubic bone), low back, hip and groin, and other raise none by themselves.
std::optional<RecordedSign> region_flag(const DatedPlace& region) {
  // §3.1, §6.2: pain in both legs is an emergency; §6.1, §6.2: below the knee on one side suggests a
  // nerve, routine by itself (a region without a side is read as one leg, never as both).
  if (region.place.slug == "below-knee") {
    if (region.place.side == domain::Side::both) return body_flag_on(region.day, "below_knee_both", Tier::emergency);
    return body_flag_on(region.day, "below_knee_one", Tier::routine);
  }
  // §3.1, §6.2: pain from the upper back, between the shoulders, is same-day contact.
  if (region.place.slug == "upper-back") return body_flag_on(region.day, "upper_back", Tier::same_day);
  return std::nullopt;
}

/// True when `places` hold `slug` on `day` on the left and on the right, each recorded apart: one leg and
/// then the other is both legs.
bool on_each_side(const std::vector<DatedPlace>& places, std::string_view slug, domain::Day day) {
  bool left = false, right = false;
  for (const auto& recorded : places) {
    if (recorded.day != day || recorded.place.slug != slug) continue;
    if (recorded.place.side == domain::Side::both) return false;  // already flagged as both
    left = left || recorded.place.side == domain::Side::left;
    right = right || recorded.place.side == domain::Side::right;
  }
  return left && right;
}

/// §3.1, §6.2: a leg sign, or pain below the knee, in the left leg and in the right on one day is in both
/// legs, whether she recorded it once as :both or twice, a leg at a time. One flag for each such day.
void add_both_legs(const BodyFlagInput& input, std::vector<RecordedSign>& flags) {
  for (const auto& tiers : kLegSignTiers) {
    for (const auto& sign : input.signs) {
      const std::string code = std::string(tiers.code_stem) + "_both";
      const bool flagged = std::any_of(flags.begin(), flags.end(),
                                       [&](const RecordedSign& f) { return f.day == sign.day && f.code == code; });
      if (sign.place.slug == tiers.slug && !flagged && on_each_side(input.signs, tiers.slug, sign.day)) {
        flags.push_back(body_flag_on(sign.day, code, tiers.both));
      }
    }
  }
  for (const auto& region : input.regions) {
    const bool flagged = std::any_of(flags.begin(), flags.end(), [&](const RecordedSign& f) {
      return f.day == region.day && f.code == "below_knee_both";
    });
    if (region.place.slug == "below-knee" && !flagged && on_each_side(input.regions, "below-knee", region.day)) {
      flags.push_back(body_flag_on(region.day, "below_knee_both", Tier::emergency));
    }
  }
}

}  // namespace

std::vector<RecordedSign> body_flags(const BodyFlagInput& input) {
  std::vector<RecordedSign> flags;
  for (std::size_t i = 0; i < input.signs.size(); ++i) {
    if (auto flag = sign_flag(input, i)) flags.push_back(std::move(*flag));
  }
  for (const auto& region : input.regions) {
    if (auto flag = region_flag(region)) flags.push_back(std::move(*flag));
  }
  add_both_legs(input, flags);
  // Oldest first; of one day the most urgent first (Tier orders by urgency), else as recorded.
  std::stable_sort(flags.begin(), flags.end(), [](const RecordedSign& a, const RecordedSign& b) {
    if (a.day != b.day) return a.day < b.day;
    return a.tier < b.tier;
  });
  return flags;
}

}  // namespace backcare::rules
