#include <algorithm>

#include "commands/registry.hpp"
#include "commands/support/entries.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct DeleteArgs {
  std::vector<std::string> ids;
};

/// Puts the entry `id` names into `view`, as it is before the delete.
void hold_entry(views::EntriesDeleted& view, domain::EntryId id, const Env& env) {
  const auto keep = [id, &env](auto entry, auto& into) {
    if (!entry) throw no_entry(id, env);
    into.push_back(*entry);
  };
  switch (id.kind) {
    case domain::EntryId::Kind::pain: return keep(env.db().pain_entry(id.row), view.pain);
    case domain::EntryId::Kind::done: return keep(env.db().completion_entry(id.row), view.done);
    case domain::EntryId::Kind::sign: return keep(env.db().sign_entry(id.row), view.signs);
    case domain::EntryId::Kind::tag: break;
  }
  keep(env.db().day_tag_entry(id.row), view.tags);
}

views::EntriesDeleted run(const DeleteArgs& args, Env& env) {
  // Every id is checked before anything is deleted: one bad id and nothing goes.
  std::vector<domain::EntryId> ids;
  views::EntriesDeleted view;
  for (const auto& text : args.ids) {
    const auto id = domain::parse_entry_id(text);
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;  // named twice, deleted once
    hold_entry(view, id, env);
    ids.push_back(id);
  }
  env.db().delete_entries(ids, domain::utc_text(env.now));
  return view;
}

}  // namespace

Command delete_command() {
  return command<DeleteArgs>(
      {"delete", "Delete entries by their ids (as 'backcare history' shows them)",
       "  backcare delete p12\n  backcare delete p12 d40 d41 s3\n\n"
       "All are deleted in one step, and 'backcare undo' brings them all back."},
      Diary::writes, Output::text_or_json,
      {{.name = "ids", .help = "Entry ids: p12 for a pain entry, d12 for a routine done, s12 for a sign, t12 for a day's tag", .field = &DeleteArgs::ids,
        .required = true}},
      run);
}

}  // namespace backcare::commands
