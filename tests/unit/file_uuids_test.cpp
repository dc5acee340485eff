// The in-memory check that a file gives each UUID to one row only (issue 28).
#include <gtest/gtest.h>

#include "store/file_uuids.hpp"

namespace backcare::store {
namespace {

TEST(FileUuids, FindsNoRepeatAmongDistinctUuids) {
  FileUuids uuids;
  uuids.add("0f8fad5b-d9cb-469f-a165-70867728950e");
  uuids.add("0f8fad5b-d9cb-469f-a165-70867728950f");  // differs in the last digit only
  uuids.add("1f8fad5b-d9cb-469f-a165-70867728950e");  // in the first only
  EXPECT_EQ(uuids.repeated(), std::nullopt);
}

TEST(FileUuids, NamesTheRepeatedUuidInItsOwnText) {
  FileUuids uuids;
  uuids.add("ffffffff-0000-4abc-8def-0123456789ab");
  uuids.add("0f8fad5b-d9cb-469f-a165-70867728950e");
  uuids.add("ffffffff-0000-4abc-8def-0123456789ab");
  EXPECT_EQ(uuids.repeated(), "ffffffff-0000-4abc-8def-0123456789ab");
}

TEST(FileUuids, AnEmptyFileRepeatsNothing) {
  FileUuids uuids;
  EXPECT_EQ(uuids.repeated(), std::nullopt);
}

}  // namespace
}  // namespace backcare::store
