#include <gtest/gtest.h>

#include "transfer/csv.hpp"

using namespace backcare::transfer;

TEST(CsvWriter, QuotesOnlyFieldsThatNeedIt) {
  EXPECT_EQ(csv_field("plain text 😀"), "plain text 😀");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_record({"a", "", "b,c"}), "a,,\"b,c\"\r\n");
}

TEST(CsvReader, ReadsBackWhatTheWriterWrote) {
  const std::vector<std::string> fields = {"", "x", "a,b", "\"q\"", "l1\nl2\r\nl3", "\x1b[2J", "'); DROP TABLE pain; --"};
  const auto parsed = parse_csv(csv_record(fields) + csv_record({"next"}));
  ASSERT_FALSE(parsed.error);
  ASSERT_EQ(parsed.records.size(), 2u);
  EXPECT_EQ(parsed.records[0].fields, fields);
  EXPECT_EQ(parsed.records[1].fields, std::vector<std::string>{"next"});
  EXPECT_EQ(parsed.records[1].line, 4u);  // the note's two line breaks put the first record on lines 1 to 3
}

TEST(CsvReader, CountsLinesFromWhereEachRecordStarts) {
  const auto parsed = parse_csv("h\n\"a\nb\"\nc\n");
  ASSERT_FALSE(parsed.error);
  ASSERT_EQ(parsed.records.size(), 3u);
  EXPECT_EQ(parsed.records[0].line, 1u);
  EXPECT_EQ(parsed.records[1].line, 2u);
  EXPECT_EQ(parsed.records[2].line, 4u);
}

TEST(CsvReader, AcceptsLfCrlfAndNoFinalLineEnd) {
  for (const char* text : {"a,b\nc,d", "a,b\r\nc,d\r\n", "a,b\rc,d\r"}) {
    const auto parsed = parse_csv(text);
    ASSERT_FALSE(parsed.error) << text;
    ASSERT_EQ(parsed.records.size(), 2u) << text;
    EXPECT_EQ(parsed.records[1].fields, (std::vector<std::string>{"c", "d"}));
  }
}

TEST(CsvReader, KeepsEmptyFieldsAndMarksBlankLines) {
  const auto parsed = parse_csv("a,,\n\n\"\"\n");
  ASSERT_FALSE(parsed.error);
  ASSERT_EQ(parsed.records.size(), 3u);
  EXPECT_EQ(parsed.records[0].fields, (std::vector<std::string>{"a", "", ""}));
  EXPECT_TRUE(parsed.records[1].blank);
  EXPECT_FALSE(parsed.records[2].blank);  // a quoted empty field is a value, not a blank line
}

TEST(CsvReader, ReportsSyntaxErrorsWithTheirLine) {
  auto parsed = parse_csv("a\n\"never closed\nmore\n");
  ASSERT_TRUE(parsed.error);
  EXPECT_EQ(parsed.error->line, 2u);
  EXPECT_EQ(parsed.error->why, "a quoted field is never closed");

  parsed = parse_csv("a\nb\n\"x\"y\n");
  ASSERT_TRUE(parsed.error);
  EXPECT_EQ(parsed.error->line, 3u);
  EXPECT_EQ(parsed.error->why, "text after the closing quote of a field");

  parsed = parse_csv("ab\"c\n");
  ASSERT_TRUE(parsed.error);
  EXPECT_EQ(parsed.error->line, 1u);
}

TEST(CsvReader, EmptyTextHasNoRecords) {
  const auto parsed = parse_csv("");
  EXPECT_FALSE(parsed.error);
  EXPECT_TRUE(parsed.records.empty());
}
