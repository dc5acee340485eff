#include "commands/commands.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"

namespace backcare::commands {
namespace {

std::string default_text(std::string_view key) {
  if (key == "day-starts") return "04:00 (default)";
  if (key == "week-start") return "monday (default)";
  return "(not set)";
}

reports::ConfigView current(const Env& env) {
  const auto values = env.db().setting_values();
  reports::ConfigView view;
  for (const auto& spec : domain::setting_specs()) {
    reports::SettingLine line{std::string(spec.key), std::nullopt, default_text(spec.key), std::string(spec.accepted),
                              std::string(spec.meaning)};
    if (auto found = values.find(line.key); found != values.end()) {
      line.value = found->second;
      line.shown = found->second;
    }
    view.settings.push_back(line);
  }
  return view;
}

}  // namespace

reports::ConfigView run(const cli::ConfigArgs& args, Env& env) {
  if (!args.key) {
    if (args.unset) throw UserError("--unset needs a setting: accepted backcare config KEY --unset");
    return current(env);
  }
  const auto& spec = domain::find_setting(*args.key);
  const std::string key(spec.key);
  if (args.unset && args.value) {
    throw UserError("give either a value or --unset for " + key + ", not both");
  }
  if (args.unset || args.value) {
    const auto value = args.value ? std::optional(domain::normalise_setting(key, *args.value, env.today)) : std::nullopt;
    env.db().set_setting(key, value, domain::utc_text(env.now));
    auto view = current(env);
    view.changed.push_back(value ? "set " + key + " to " + *value : "unset " + key);
    std::erase_if(view.settings, [&](const auto& line) { return line.key != key; });
    return view;
  }
  auto view = current(env);
  std::erase_if(view.settings, [&](const auto& line) { return line.key != key; });
  return view;
}

}  // namespace backcare::commands
