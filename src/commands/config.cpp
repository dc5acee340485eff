#include "commands/registry.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/settings.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct ConfigArgs {
  std::optional<std::string> key, value;
  bool unset = false;

  /// Showing the settings reads only, so it creates no diary.
  Diary diary() const { return key && (value || unset) ? Diary::writes : Diary::reads; }
};

/// Every setting, or only `key`'s, as it stands now.
views::ConfigView current(const Env& env, const std::optional<std::string>& key = std::nullopt) {
  const auto values = env.db().setting_values();
  views::ConfigView view;
  for (const auto& spec : domain::setting_specs()) {
    if (key && spec.key != *key) continue;
    views::SettingLine line{std::string(spec.key), std::nullopt, std::string(spec.default_value),
                              std::string(spec.accepted), std::string(spec.meaning)};
    if (auto found = values.find(line.key); found != values.end()) line.value = found->second;
    view.settings.push_back(line);
  }
  return view;
}

views::ConfigView run(const ConfigArgs& args, Env& env) {
  if (!args.key) {
    if (args.unset) throw UserError("--unset needs a setting: accepted backcare config KEY --unset");
    return current(env);
  }
  const std::string key(domain::find_setting(*args.key).key);
  if (args.unset && args.value) throw UserError("give either a value or --unset for " + key + ", not both");
  if (!args.unset && !args.value) return current(env, key);
  const auto value = args.value ? std::optional(domain::normalise_setting(key, *args.value, env.calendar_today)) : std::nullopt;
  env.db().set_setting(key, value, domain::utc_text(env.now));
  auto view = current(env, key);
  view.change = views::SettingChange{key, value};
  return view;
}

}  // namespace

Command config_command() {
  return command<ConfigArgs>(
      {"config", "Show or change settings: " + domain::setting_keys(),
       "  backcare config\n  backcare config birth-date 2026-10-02\n  backcare config birth-type caesarean\n"
       "  backcare config cleared-for-exercise --unset\n  backcare config evening 20:30\n"
       "  backcare config anaesthesia epidural"},
      Diary::writes, Output::text_or_json,
      {{.name = "key", .help = "The setting", .field = &ConfigArgs::key},
       {.name = "value", .help = "Its new value", .field = &ConfigArgs::value},
       {.name = "--unset", .help = "Remove the setting (back to its default)", .field = &ConfigArgs::unset}},
      run);
}

}  // namespace backcare::commands
