#include "transfer/csv_stream.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "stream_sources.hpp"

using namespace backcare::transfer;
using backcare::fixtures::TrickleBuffer;

namespace {

/// Every record and the error, as text, read through a buffer of `buffer_bytes`.
std::string records_of(std::istream& in, std::size_t buffer_bytes) {
  CsvStream csv(in, buffer_bytes);
  std::string out;
  for (CsvRecord record; csv.next(record);) {
    out += std::to_string(record.line) + (record.blank ? " blank:" : ":");
    for (const auto& field : record.fields) out += "[" + field + "]";
    out += "\n";
  }
  if (csv.error()) out += "error " + std::to_string(csv.error()->line) + ": " + csv.error()->why + "\n";
  return out;
}

std::string records_of(const std::string& text, std::size_t buffer_bytes) {
  std::istringstream in(text);
  return records_of(in, buffer_bytes);
}

/// Texts whose quotes, doubled quotes and line ends fall on every refill boundary of a small buffer.
const std::vector<std::string> kTricky = {
    "a,b\r\nc,\"d\"\"e\r\nf\"\r\n\r\n\"\"\r\ng,",
    "h\r\"x\ry\"\r\r\nz\n\"q\"\"\"\n",
    "a,\"b\"\"c\r\n\r\nd\",e\r\nlast,\"\"\"\"",
    "a\n\"never\r\nclosed",
    "a\r\nb\r\n\"x\"y\n",
    "ab\"c\n",
    ",,\r\n,\r",
};

}  // namespace

TEST(CsvStream, ReadsAsTheWholeTextReaderAtEveryBufferSize) {
  for (const auto& text : kTricky) {
    const auto whole = records_of(text, text.size() + 1);
    for (std::size_t size = 4; size <= text.size() + 1; ++size) EXPECT_EQ(records_of(text, size), whole) << size << " " << text;
    TrickleBuffer trickle(text);
    std::istream in(&trickle);
    EXPECT_EQ(records_of(in, 4), whole) << text;
  }
}

TEST(CsvStream, KeepsAQuotedFieldWithDoubledQuotesAndCrlfAcrossRefills) {
  // With 4 bytes a refill, the field's "" and its CRLF are split between refills.
  EXPECT_EQ(records_of("a,\"b\"\"c\r\nd\"\"\",e\r\nf\r\n", 4), "1:[a][b\"c\r\nd\"][e]\n3:[f]\n");
}

TEST(CsvStream, ReadsCrAtTheEndOfOneRefillAndLfAtTheStartOfTheNextAsOneLineEnd) {
  EXPECT_EQ(records_of("abc\r\ndef\r\n", 4), "1:[abc]\n2:[def]\n");
  EXPECT_EQ(records_of("abc\r\r\ndef", 4), "1:[abc]\n2 blank:[]\n3:[def]\n");
}

TEST(CsvStream, SkipsAPrefixOnlyWhereItStands) {
  TrickleBuffer trickle("\xEF\xBB\xBFk,v\r\n");  // the BOM arrives a byte at a time
  std::istream in(&trickle);
  CsvStream csv(in, 4);
  EXPECT_TRUE(csv.skip_prefix("\xEF\xBB\xBF"));
  CsvRecord record;
  ASSERT_TRUE(csv.next(record));
  EXPECT_EQ(record.fields, (std::vector<std::string>{"k", "v"}));

  std::istringstream plain("k,v\r\n");
  CsvStream no_bom(plain, 4);
  EXPECT_FALSE(no_bom.skip_prefix("\xEF\xBB\xBF"));
  ASSERT_TRUE(no_bom.next(record));
  EXPECT_EQ(record.fields, (std::vector<std::string>{"k", "v"}));
}
