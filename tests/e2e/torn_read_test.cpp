// A read command shows the diary at one moment, even while another process writes. The writer here is a
// connection of the test's own (through the store, as the binary would write), fast enough that many of
// its writes land while one export reads.
#include <atomic>
#include <fstream>
#include <future>
#include <set>
#include <sstream>

#include "content/content.hpp"
#include "domain/day.hpp"
#include "e2e/harness.hpp"
#include "store/store.hpp"

namespace backcare::e2e {
namespace {

/// The notes of a CSV export's rows of one kind ("pain" or "done") that start with "pair ".
std::set<std::string> pair_notes(const std::string& csv, const std::string& kind) {
  std::set<std::string> notes;
  std::istringstream lines(csv);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // The note, before where, sign and tags (empty here): the fourth field from the end.
    for (int field = 0; field < 3 && line.rfind(',') != std::string::npos; ++field) line.erase(line.rfind(','));
    const auto note = line.substr(line.rfind(',') + 1);
    if (line.starts_with(kind + ",") && note.starts_with("pair ")) notes.insert(note);
  }
  return notes;
}

/// Writes pairs until `stop`: a pain entry, then a routine done with the same note, one transaction each,
/// as `pain` and then `done` would. Returns how many pairs it wrote.
int write_pairs(const std::filesystem::path& db, const std::string& today, const std::atomic<bool>& stop) {
  const auto content = content::load_content();
  auto store = store::Store::open_file(db, content);
  const domain::Day day = *domain::parse_iso(today);
  int pairs = 0;
  for (; !stop; ++pairs) {
    const std::string note = "pair " + std::to_string(pairs);
    store.add_pain({0, day, "09:00", today + "T09:00:00Z", 3, note, {}, {}});
    store.add_completions({{0, day, "09:00", today + "T09:00:00Z", content.routines.at(0).slug, {}, {}, note, {}}});
  }
  return pairs;
}

class TornRead : public DiaryTest {};

TEST_F(TornRead, NoExportHoldsARoutineDoneWithoutThePainWrittenBeforeIt) {
  constexpr int kExports = 4;
  // Large enough that reading the pain table takes a while: read apart, the completions would be read later.
  const auto file = dir_ / "large.csv";
  std::ofstream(file, std::ios::binary) << generated_csv(30000);
  ok({"import", file.string()});
  std::atomic<bool> stop{false};
  auto writer = std::async(std::launch::async, write_pairs, db_, today_, std::cref(stop));
  int torn = 0, pairs_seen = 0;
  for (int i = 0; i < kExports; ++i) {
    const auto csv = ok({"export"});
    const auto pain = pair_notes(csv, "pain"), done = pair_notes(csv, "done");
    for (const auto& note : done) torn += !pain.contains(note);
    // The writer is one pair ahead at most: a pain entry whose completion came after the moment read.
    EXPECT_LE(pain.size(), done.size() + 1);
    pairs_seen = int(done.size());
  }
  stop = true;
  const int written = writer.get();
  EXPECT_EQ(torn, 0) << "exports held routines done without their pain entry";
  // The exports ran while pairs were being written, or the test proved nothing.
  EXPECT_GT(pairs_seen, 0);
  EXPECT_GT(written, pairs_seen);
}

}  // namespace
}  // namespace backcare::e2e
