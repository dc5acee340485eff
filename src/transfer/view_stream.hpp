#pragma once
#include <istream>
#include <streambuf>
#include <string_view>

namespace backcare::transfer {

/// The get area over text that stays put: reading never writes, so the const_cast is safe.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

/// An istream over a string_view, without the copy an istringstream makes: the string readers of
/// export files are the stream readers over one of these.
class ViewStream : private ViewBuffer, public std::istream {
 public:
  explicit ViewStream(std::string_view text) : ViewBuffer(text), std::istream(static_cast<ViewBuffer*>(this)) {}
};

}  // namespace backcare::transfer
