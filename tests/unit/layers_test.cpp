#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

// Data flows one way: argv -> cli -> commands -> store / transfer / reports -> views -> render -> stdout.
// Each folder of src/ may include only the folders below it; a wrong include is listed by file and line.

namespace {

const std::map<std::string, std::set<std::string>> kMayInclude{
    {"app", {"app", "cli", "commands", "store", "reports", "views", "render", "rules", "domain", "content",
             "checkin"}},
    {"cli", {"cli", "commands", "domain", "CLI"}},
    {"commands", {"commands", "store", "transfer", "views", "reports", "rules", "domain", "content", "checkin"}},
    {"store", {"store", "transfer", "domain", "content", "SQLiteCpp", "sqlite3.h"}},
    {"transfer", {"transfer", "domain", "nlohmann"}},
    {"views", {"views", "reports", "rules", "domain", "content"}},
    {"reports", {"reports", "rules", "domain", "content"}},
    {"render", {"render", "views", "transfer", "reports", "rules", "domain", "content", "nlohmann"}},
    {"rules", {"rules", "domain"}},
    // The check-in talks: its dialog words the rulebook's holds as every command does (render/rules_words).
    {"checkin", {"checkin", "rules", "render", "domain"}},
    {"content", {"content", "domain"}},
    {"domain", {"domain"}},
    // backcare-serve (issue 31): the page runs the commands through app's run_cli, as a terminal does; the
    // only code that maps cpp-httplib and libqrencode.
    {"serve", {"serve", "app", "render", "domain", "content", "nlohmann", "httplib.h", "qrencode.h", "process_environment.hpp"}},
};

/// The project folders and the libraries whose use is confined to a layer: SQLite to the store (its
/// errors are worded there, store/faults.hpp), CLI11 to cli/, the JSON library to the file formats and
/// render. Others (fmt, date, the standard library) may be used anywhere.
const std::set<std::string> kGuarded{"app",     "cli",      "commands", "store",   "transfer", "views",
                                     "reports", "render",   "rules",    "domain",  "content",  "checkin",
                                     "serve",   "CLI",      "SQLiteCpp", "sqlite3.h", "nlohmann", "httplib.h",
                                     "qrencode.h"};

std::vector<std::string> wrong_includes(const std::filesystem::path& file, const std::set<std::string>& allowed) {
  static const std::regex include(R"(^\s*#\s*include\s*[<"]([^/>"]+))");
  std::vector<std::string> found;
  std::ifstream in(file);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    std::smatch match;
    if (!std::regex_search(line, match, include)) continue;
    const std::string target = match[1];
    if (kGuarded.contains(target) && !allowed.contains(target)) {
      found.push_back(file.filename().string() + ":" + std::to_string(number) + " includes " + target);
    }
  }
  return found;
}

}  // namespace

TEST(Layers, EachFolderIncludesOnlyTheLayersBelowIt) {
  const std::filesystem::path source = BACKCARE_SOURCE_DIR;
  std::vector<std::string> wrong;
  std::set<std::string> folders;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(source)) {
    if (!entry.is_regular_file() || entry.path().parent_path() == source) continue;
    const auto folder = std::filesystem::relative(entry.path(), source).begin()->string();
    folders.insert(folder);
    const auto allowed = kMayInclude.find(folder);
    if (allowed == kMayInclude.end()) {
      wrong.push_back(folder + "/ is not in the layer table of this test");
      continue;
    }
    for (auto& line : wrong_includes(entry.path(), allowed->second)) wrong.push_back(folder + "/" + line);
  }
  EXPECT_EQ(wrong, std::vector<std::string>{});
  EXPECT_EQ(folders.size(), kMayInclude.size());  // the walk saw every layer, so an empty list means something
}

TEST(Layers, SqliteOutsideTheStoreIsAWrongInclude) {
  // The check itself, on a file as app/ once had it: SQLite named outside store/ is listed.
  const auto file = std::filesystem::temp_directory_path() / "backcare_layers_test_run_cli.cpp";
  std::ofstream(file) << "#include \"app/run_cli.hpp\"\n\n#include <SQLiteCpp/Exception.h>\n";
  const auto wrong = wrong_includes(file, kMayInclude.at("app"));
  std::filesystem::remove(file);
  EXPECT_EQ(wrong, std::vector<std::string>{"backcare_layers_test_run_cli.cpp:3 includes SQLiteCpp"});
  for (const auto& [folder, allowed] : kMayInclude) {
    EXPECT_EQ(allowed.contains("SQLiteCpp") || allowed.contains("sqlite3.h"), folder == "store") << folder;
  }
}
