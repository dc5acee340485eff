#include "serve/page.hpp"

#include "render/html_escape.hpp"

namespace backcare::serve {
namespace {

using render::html_escape;

std::string secret_field(const PageParts& parts) {
  return "<input type=\"hidden\" name=\"form_secret\" value=\"" + html_escape(parts.form_secret) + "\">\n";
}

/// Eleven large buttons, one per level, each labelled with its number; an optional note and places.
std::string pain_form(const PageParts& parts) {
  std::string out = "<section><h2>Pain now, 0 to 10</h2>\n<form method=\"post\" action=\"/pain\">\n" + secret_field(parts);
  out += "<p><label>Note (optional) <input name=\"note\" maxlength=\"500\" autocomplete=\"off\"></label></p>\n";
  out += "<details><summary>Where it hurts (optional)</summary>\n";
  for (const auto& region : parts.regions) {
    out += "<label class=\"place\"><input type=\"checkbox\" name=\"where\" value=\"" + html_escape(region.slug) + "\"> " +
           html_escape(region.name) + "</label>\n";
  }
  out += "</details>\n<div class=\"levels\">\n";
  for (int level = 0; level <= 10; ++level) {
    const auto number = std::to_string(level);
    out += "<button name=\"level\" value=\"" + number + "\">" + number + "</button>\n";
  }
  return out + "</div>\n</form></section>\n";
}

std::string checklist_form(const PageParts& parts) {
  std::string out = "<section><h2>Routines today</h2>\n<ul class=\"checklist\">\n";
  for (const auto& item : parts.checklist) {
    out += "<li><form method=\"post\" action=\"/done\">" + secret_field(parts) + "<button name=\"routine\" value=\"" +
           html_escape(item.slug) + "\">" + (item.done > 0 ? "&#10003; " : "") + html_escape(item.name) + "</button>";
    if (item.done > 0) out += " <span class=\"count\">done " + std::to_string(item.done) + "</span>";
    if (!item.held_why.empty()) out += "<p class=\"held\">Held: " + html_escape(item.held_why) + "</p>";
    out += "</form></li>\n";
  }
  return out + "</ul></section>\n";
}

std::string undo_form(const PageParts& parts) {
  return "<section><form method=\"post\" action=\"/undo\">" + secret_field(parts) +
         "<button class=\"undo\">Undo the last change</button></form></section>\n";
}

}  // namespace

std::string page_html(const PageParts& parts) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>backcare</title>\n"
      "<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n<main>\n";
  if (!parts.said.empty()) {
    out += std::string("<p class=\"said") + (parts.said_error ? " error" : "") + "\" role=\"status\">" + html_escape(parts.said) + "</p>\n";
  }
  // `today` says the red-flag pointer first when it is due: shown first here too, in its own words.
  out += "<section><h2>Today</h2>\n<pre class=\"today\">" + html_escape(parts.today) + "</pre></section>\n";
  out += pain_form(parts) + checklist_form(parts) + undo_form(parts);
  return out + "<footer>backcare is a self-tracking diary, not medical advice.</footer>\n</main>\n</body>\n</html>\n";
}

const std::string& page_css() {
  static const std::string css =
      "body{font-family:sans-serif;margin:0;background:#fff;color:#111}\n"
      "main{max-width:40rem;margin:0 auto;padding:0.75rem}\n"
      "h2{font-size:1.1rem;margin:1rem 0 0.5rem}\n"
      "pre.today{white-space:pre-wrap;font-size:0.85rem;background:#f4f4f4;padding:0.5rem}\n"
      ".levels{display:grid;grid-template-columns:repeat(auto-fill,minmax(3.2rem,1fr));gap:0.4rem}\n"
      ".levels button{font-size:1.6rem;min-height:3.2rem}\n"
      ".checklist{list-style:none;padding:0}\n.checklist li{margin:0.4rem 0}\n"
      ".checklist button,.undo{font-size:1.1rem;min-height:2.8rem;width:100%;text-align:left}\n"
      ".held{font-size:0.85rem;margin:0.2rem 0 0}\n.place{display:block;padding:0.3rem 0}\n"
      "input[name=note]{width:100%;font-size:1rem}\n"
      ".said{border:2px solid #111;padding:0.5rem;white-space:pre-wrap}\n.said.error{border-style:dashed}\n"
      "footer{font-size:0.8rem;margin-top:1.5rem}\n";
  return css;
}

}  // namespace backcare::serve
