#include "commands/support/redflags_now.hpp"

#include "commands/support/diary_changes.hpp"
#include "rules/body_flags.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

/// The signs and the regions of pain entries that the body rules read: the window of now, and the days
/// before it that a "getting worse" rule looks back over. A few indexed reads.
rules::BodyFlagInput body_input(const Env& env) {
  const domain::DateRange days{env.today - date::days{rules::kWorseningDays + 1}, env.today + date::days{1}};
  rules::BodyFlagInput input{env.settings.birth_date, env.settings.anaesthesia, {}, {}};
  for (const auto& sign : env.db().signs_between(days)) input.signs.push_back({sign.day, sign.sign});
  // A region raises a flag only while it is now (rules::due_now's window): its entries are the two days'.
  for (const auto& entry : env.db().pain_between({env.today - date::days{1}, env.today + date::days{1}})) {
    for (const auto& region : entry.regions) input.regions.push_back({entry.day, region});
  }
  return input;
}

/// The rulebook keeps the tiers and codes; content/body.toml keeps the words.
void add_words(rules::RecordedSign& flag, const content::Content& content) {
  const auto& words = content.body_flags;
  flag.said = content::BodyFlagWords::find(words.said, flag.code);
  flag.action = content::BodyFlagWords::find(words.advice, flag.advice);
  flag.closing = words.closing;
}

}  // namespace

std::optional<rules::RecordedSign> past_sign_flag(const domain::SignEntry& sign, const Env& env) {
  if (sign.day >= env.today - date::days{1}) return std::nullopt;
  rules::BodyFlagInput input{env.settings.birth_date, env.settings.anaesthesia, {{sign.day, sign.sign}}, {}};
  for (auto flag : rules::body_flags(input)) {
    if (!rules::is_due(flag.tier)) continue;
    add_words(flag, env.content);
    return flag;
  }
  return std::nullopt;
}

rules::DueNow redflags_now(const Env& env) {
  // The weeks the rulebook compares hold this week and last when either can be "now"; the two days add
  // the window of a severe entry. A few indexed reads, whatever the diary's length.
  rules::DueNowInput input{env.today, env.settings.week_start, compared_weeks(env, env.today), {}};
  add_days(input.pain, env.db().daily_pain({env.today - date::days{1}, env.today + date::days{1}}));
  input.signs = rules::body_flags(body_input(env));
  for (auto& flag : input.signs) add_words(flag, env.content);
  return rules::due_now(input);
}

}  // namespace backcare::commands
