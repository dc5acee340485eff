#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "content/content.hpp"
#include "content_gen/content_toml.hpp"

using namespace backcare;

namespace {

/// Every content file of the source tree, as the build hands them to the generator.
std::vector<std::string> real_content_files() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(BACKCARE_ROOT_DIR) / "content")) {
    if (entry.path().extension() == ".toml") {
      files.push_back(std::filesystem::relative(entry.path(), BACKCARE_ROOT_DIR).string());
    }
  }
  return files;
}

/// The generator's message for one routine file holding `text`.
std::string error_for(const std::string& text) {
  std::string pattern = (std::filesystem::temp_directory_path() / "backcare-content-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) return "no temporary directory";
  const std::filesystem::path dir = pattern;
  std::filesystem::create_directories(dir / "content/routines");
  std::ofstream(dir / "content/routines/bad.toml") << text;
  std::string message = "no error";
  try {
    content_gen::read_content(dir, {"content/routines/bad.toml"});
  } catch (const content_gen::ContentError& e) {
    message = e.what();
  }
  std::filesystem::remove_all(dir);
  return message;
}

const std::string kGoodRoutine =
    "name = \"N\"\ndose = \"D\"\nwhen = \"any time\"\nsection = \"S\"\nsummary = \"Y\"\n";

}  // namespace

TEST(ContentGen, TheBuiltInContentIsWhatTheFilesSay) {
  auto read = content_gen::read_content(BACKCARE_ROOT_DIR, real_content_files());
  const auto built = content::load_content();
  EXPECT_EQ(read.routines, built.routines);
  ASSERT_EQ(read.tips.size(), built.tips.size());
  for (std::size_t i = 0; i < read.tips.size(); ++i) EXPECT_EQ(read.tips[i].text, built.tips[i].text);
  EXPECT_EQ(read.redflags.intro, built.redflags.intro);
  ASSERT_EQ(read.redflags.tiers.size(), built.redflags.tiers.size());
  for (std::size_t i = 0; i < read.tips.size() && i < read.redflags.tiers.size(); ++i) {
    EXPECT_EQ(read.redflags.tiers[i].items, built.redflags.tiers[i].items);
  }
  ASSERT_EQ(read.own_cautions.size(), built.own_cautions.size());
  for (std::size_t i = 0; i < read.own_cautions.size(); ++i) {
    EXPECT_EQ(read.own_cautions[i].kind, built.own_cautions[i].kind);
    EXPECT_EQ(read.own_cautions[i].cautions, built.own_cautions[i].cautions);
  }
  // Her own exercises carry the general cautions; her other kinds carry none.
  EXPECT_EQ(built.cautions_for_own("exercise").front(), "Stop if it makes your pain worse.");
  EXPECT_TRUE(built.cautions_for_own("massage").empty());
}

// The slugs scripts and other commands name (issue #27), in the order they are offered, with their sides.
TEST(ContentGen, TheBodyHasTheRegionsAndSignsByTheirSlugs) {
  const auto built = content::load_content();
  const auto slugs_and_sides = [](const std::vector<content::BodyPlace>& places) {
    std::string out;
    for (const auto& place : places) out += place.slug + (place.sides ? ":sides " : " ");
    return out;
  };
  EXPECT_EQ(slugs_and_sides(built.regions), "low-back sacroiliac:sides buttock:sides pubic hip-groin:sides "
                                            "back-thigh:sides below-knee:sides upper-back other ");
  EXPECT_EQ(slugs_and_sides(built.signs), "leg-numbness:sides leg-tingling:sides leg-weakness:sides "
                                          "leg-swelling:sides saddle-numbness bladder-bowel ");
  const auto read = content_gen::read_content(BACKCARE_ROOT_DIR, real_content_files());
  ASSERT_EQ(read.regions.size(), built.regions.size());
  for (std::size_t i = 0; i < read.regions.size(); ++i) EXPECT_EQ(read.regions[i].words, built.regions[i].words);
}

TEST(ContentGen, AMalformedFileIsNamedWithItsLine) {
  EXPECT_EQ(error_for(kGoodRoutine + "kind = \"yoga\"\n"),
            "content/routines/bad.toml:6: error: kind 'yoga' is not one of exercise, heat, massage, other");
  EXPECT_EQ(error_for(kGoodRoutine + "kind = \"heat\"\ntimes_of_day = [\"noon\"]\n"),
            "content/routines/bad.toml:7: error: times_of_day 'noon' is not one of morning, midday, evening");
  EXPECT_EQ(error_for("kind = \"heat\"\n"), "content/routines/bad.toml:1: error: the text key 'name' is missing");
  EXPECT_EQ(error_for(kGoodRoutine + "kind = \"heat\n"),
            "content/routines/bad.toml:6: error: Error while parsing string: unescaped control characters other than TAB "
            "(U+0009) are explicitly prohibited");
  EXPECT_EQ(error_for(kGoodRoutine + "kind = \"heat\"\n[hold]\nclearance = \"sometimes\"\n"),
            "content/routines/bad.toml:8: error: clearance 'sometimes' is not one of after-caesarean, always, never");
}
