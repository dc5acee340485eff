#include <algorithm>

#include "commands/registry.hpp"
#include "commands/support/entries.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct DeleteArgs {
  std::vector<std::string> ids;
};

views::EntriesDeleted run(const DeleteArgs& args, Env& env) {
  // Every id is checked before anything is deleted: one bad id and nothing goes.
  std::vector<domain::EntryId> ids;
  views::EntriesDeleted view;
  for (const auto& text : args.ids) {
    const auto id = domain::parse_entry_id(text);
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;  // named twice, deleted once
    if (id.kind == domain::EntryId::Kind::pain) {
      const auto entry = env.db().pain_entry(id.row);
      if (!entry) throw no_entry(id);
      view.pain.push_back(*entry);
    } else {
      const auto entry = env.db().completion_entry(id.row);
      if (!entry) throw no_entry(id);
      view.done.push_back(*entry);
    }
    ids.push_back(id);
  }
  env.db().delete_entries(ids, domain::utc_text(env.now));
  return view;
}

}  // namespace

Command delete_command() {
  return command<DeleteArgs>(
      {"delete", "Delete entries by their ids (as 'backcare history' shows them)",
       "  backcare delete p12\n  backcare delete p12 d40 d41\n\n"
       "All are deleted in one step, and 'backcare undo' brings them all back."},
      Diary::writes, Output::text_or_json,
      {{.name = "ids", .help = "Entry ids: p12 for a pain entry, d12 for a routine done", .field = &DeleteArgs::ids,
        .required = true}},
      run);
}

}  // namespace backcare::commands
