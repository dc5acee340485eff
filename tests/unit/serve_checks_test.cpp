// backcare-serve's own checks and form (issue 31): every verdict of the guard, the cookie, the form's
// fields as the page reads them, and the arguments they become.
#include <gtest/gtest.h>

#include "serve/form.hpp"
#include "serve/guard.hpp"

namespace backcare::serve {
namespace {

const Guard kGuard{"0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210", {"127.0.0.1:8642", "localhost:8642"}};
const std::string kCookie = "theme=dark; backcare_token=0123456789abcdef0123456789abcdef";

TEST(ServeGuard, ARequestNeedsAKnownHostAndTheTokenOrItsCookie) {
  EXPECT_EQ(check_request(kGuard, {"GET", "127.0.0.1:8642", "", kCookie, ""}), Verdict::allow);
  EXPECT_EQ(check_request(kGuard, {"GET", "localhost:8642", "", "", kGuard.token}), Verdict::allow_and_set_cookie);
  EXPECT_EQ(check_request(kGuard, {"GET", "127.0.0.1:8642", "", "", ""}), Verdict::no_token);
  EXPECT_EQ(check_request(kGuard, {"GET", "127.0.0.1:8642", "", "backcare_token=0123456789abcdef0123456789abcdee", ""}),
            Verdict::no_token);
  EXPECT_EQ(check_request(kGuard, {"GET", "127.0.0.1:8642", "", "xbackcare_token=" + kGuard.token, ""}), Verdict::no_token);
  EXPECT_EQ(check_request(kGuard, {"GET", "rebound.example:8642", "", kCookie, ""}), Verdict::unknown_host);
}

TEST(ServeGuard, OnLoopbackNoTokenIsNeeded) {
  Guard loopback = kGuard;
  loopback.token.clear();
  EXPECT_EQ(check_request(loopback, {"GET", "127.0.0.1:8642", "", "", ""}), Verdict::allow);
  EXPECT_EQ(check_request(loopback, {"GET", "127.0.0.1:8642", "", "", ""}), Verdict::allow);
  EXPECT_EQ(check_request(loopback, {"GET", "127.0.0.2:8642", "", "", ""}), Verdict::unknown_host);
}

TEST(ServeGuard, AWriteMustComeFromThePagesOwnOrigin) {
  EXPECT_EQ(check_request(kGuard, {"POST", "127.0.0.1:8642", "http://127.0.0.1:8642", kCookie, ""}), Verdict::allow);
  EXPECT_EQ(check_request(kGuard, {"POST", "127.0.0.1:8642", "http://evil.example", kCookie, ""}), Verdict::foreign_write);
  EXPECT_EQ(check_request(kGuard, {"POST", "127.0.0.1:8642", "", kCookie, ""}), Verdict::foreign_write);
  EXPECT_EQ(check_request(kGuard, {"POST", "127.0.0.1:8642", "http://localhost:8642", kCookie, ""}), Verdict::foreign_write);
  EXPECT_TRUE(form_secret_ok(kGuard, kGuard.form_secret));
  EXPECT_FALSE(form_secret_ok(kGuard, ""));
  EXPECT_FALSE(form_secret_ok(kGuard, kGuard.form_secret.substr(1)));
}

TEST(ServeGuard, TheCookieIsHttpOnlyAndSameSiteStrict) {
  EXPECT_EQ(cookie_header(kGuard), "backcare_token=0123456789abcdef0123456789abcdef; HttpOnly; SameSite=Strict; Path=/");
  EXPECT_EQ(random_secret().size(), 32u);
  EXPECT_NE(random_secret(), random_secret());
}

TEST(ServeForm, FieldsAreDecodedInOrder) {
  const auto fields = parse_form("level=6&note=while+feeding%2C+again&where=low-back&where=sacroiliac%3Aleft&bad=%zz&flag");
  const FormFields expected = {{"level", "6"}, {"note", "while feeding, again"}, {"where", "low-back"},
                               {"where", "sacroiliac:left"}, {"bad", "%zz"}, {"flag", ""}};
  EXPECT_EQ(fields, expected);
  EXPECT_EQ(field(fields, "where"), "low-back");
  EXPECT_EQ(field(fields, "missing"), "");
}

TEST(ServeForm, ValuesBecomeArgumentsOnlyAfterTheirOptions) {
  EXPECT_EQ(pain_args(parse_form("level=6&note=-x+lifting&where=low-back&where=--json")),
            (std::vector<std::string>{"pain", "--note=-x lifting", "--where=low-back", "--where=--json", "--", "6"}));
  EXPECT_EQ(pain_args(parse_form("level=--help")), (std::vector<std::string>{"pain", "--", "--help"}));
  EXPECT_EQ(done_args(parse_form("routine=-h")), (std::vector<std::string>{"done", "--", "-h"}));
}

}  // namespace
}  // namespace backcare::serve
