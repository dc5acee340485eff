#include "render/suggest_render.hpp"

#include "render/rules_words.hpp"

namespace backcare::render {

using Json = nlohmann::json;

namespace {

/// The reasons why_text words, as stable codes, in the same order: a script reads these, not the words.
Json why_codes(const reports::SuggestReasons& why) {
  Json codes = Json::array();
  if (why.once_more) codes.push_back("once_more_today");
  else codes.push_back(why.days_since ? "not_done_lately" : "never_done");
  if (why.fits_part) codes.push_back(std::string("fits_") + std::string(reports::day_part_name(*why.fits_part)));
  if (why.gentle_while_due) codes.push_back("gentle_while_redflags_due");
  if (why.with_helper) codes.push_back("helper_today");
  if (why.own_routine) codes.push_back("own_routine");
  return codes;
}

}  // namespace

nlohmann::json json(const reports::Suggestions& view) {
  Json items = Json::array();
  for (const auto& item : view.items) {
    items.push_back({{"slug", item.slug}, {"dose", item.dose}, {"why", why_text(item.why)},
                     {"why_code", why_codes(item.why)},
                     {"days_since_done", item.why.days_since ? Json(*item.why.days_since) : Json(nullptr)},
                     {"cautions", item.cautions}});
  }
  Json out{{"date", domain::format_iso(view.day)}, {"suggestions", items}, {"held", held_json(view.held)},
           {"gentle_only", view.gentle_only()}, {"later", view.later}, {"need_helper", view.need_helper}, {"tip", view.tip}};
  add_pointer(out, view.due);
  return out;
}

}  // namespace backcare::render
