#include "commands/commands.hpp"
#include "commands/transfer_paths.hpp"
#include "domain/export_files.hpp"
#include "store/files.hpp"

namespace backcare::commands {

reports::ExportView run(const cli::ExportArgs& args, Env& env) {
  std::optional<std::filesystem::path> out;
  if (args.out) out = *args.out;
  // To stdout there is no file name to go by: CSV, the format every spreadsheet opens.
  const auto format = choose_format(args.format, out, out ? std::nullopt : std::optional<std::string>("csv"));
  if (out) check_output_path(*out, env, "--out");
  const auto data = env.db().read_all();
  reports::ExportView view{format == "csv" ? domain::to_csv(data) : domain::to_json(data), args.out, format,
                           data.entries.size(), data.routines.size(), data.settings.size()};
  if (out) {
    store::write_file_atomically(*out, view.document);
    view.document.clear();
  }
  return view;
}

}  // namespace backcare::commands
