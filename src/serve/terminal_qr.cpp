#include "serve/terminal_qr.hpp"

#include <qrencode.h>

#include <memory>

namespace backcare::serve {
namespace {

constexpr int kQuiet = 2;  // modules of light border, which scanners need

}  // namespace

std::string terminal_qr(const std::string& text) {
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_L, QR_MODE_8, 1),
                                                              &QRcode_free);
  if (!code) return {};
  const int width = code->width;
  const auto dark = [&](int x, int y) {
    return x >= 0 && y >= 0 && x < width && y < width && (code->data[y * width + x] & 1) != 0;
  };
  std::string out;
  // Two rows of modules a line: the upper half block's colour is the upper module, its background the lower.
  for (int y = -kQuiet; y < width + kQuiet; y += 2) {
    out += "\x1b[38;5;16;48;5;231m";  // black on white, as a scanner expects
    for (int x = -kQuiet; x < width + kQuiet; ++x) {
      const bool top = dark(x, y), bottom = dark(x, y + 1);
      out += top && bottom ? "\u2588" : top ? "\u2580" : bottom ? "\u2584" : " ";
    }
    out += "\x1b[0m\n";
  }
  return out;
}

}  // namespace backcare::serve
