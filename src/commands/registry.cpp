#include "commands/registry.hpp"

namespace backcare::commands {

// Registration: each row is made in its command's own file under commands/; a new command adds its
// declaration here and its place in the table below.
Command pain_command(), sign_command(), done_command(), tag_command(), untag_command(), tags_command(), checkin_command(), today_command(), suggest_command(), week_command(),
    trend_command(), patterns_command(), report_command(), history_command(), routines_command(), show_command(), redflags_command(),
    undo_command(), config_command(), routine_command(), export_command(), import_command(), merge_command(), sync_command(),
    backup_command(), check_command(), edit_command(), delete_command(), completion_command(), plan_command(), serve_command();

const std::vector<Command>& command_table() {
  static const std::vector<Command> table{
      pain_command(),     sign_command(),   done_command(),   tag_command(),      untag_command(),    checkin_command(),  today_command(),    suggest_command(),
      week_command(),     trend_command(),  patterns_command(), report_command(),   plan_command(),     history_command(),
      edit_command(),
      delete_command(),   routines_command(), tags_command(),
      show_command(),     redflags_command(), undo_command(),   config_command(),   routine_command(),
      export_command(),   import_command(), merge_command(),   sync_command(),     backup_command(),   check_command(),    serve_command(),    completion_command(),
  };
  return table;
}

}  // namespace backcare::commands
