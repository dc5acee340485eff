#!/usr/bin/env bash
# The Debian package: cpack builds it, dpkg-deb unpacks it and dpkg installs it, and the backcare inside
# runs and is stripped; the completions are in it; its dependencies came from dpkg-shlibdeps (libsqlite3 among them); lintian, where present,
# finds no error.
# Usage: deb_test.sh BUILD_DIR
set -euo pipefail
build=$1
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "skipped: no $tool (not a Debian system?)"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >/dev/null
debs=("$work"/backcare_*_*.deb)
[[ -f ${debs[0]} ]] || { echo "cpack made no backcare_VERSION_ARCH.deb"; exit 1; }
deb=${debs[0]}

failed=0
depends=$(dpkg-deb -f "$deb" Depends)
[[ $depends == *libsqlite3* ]] || { echo "Depends lacks libsqlite3: '$depends'"; failed=1; }
dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/backcare" --version)
[[ $version == "backcare "[0-9]* ]] || { echo "packaged backcare --version printed '$version'"; failed=1; }
if readelf -S "$work/root/usr/bin/backcare" | grep -q "\.symtab"; then
  echo "usr/bin/backcare is not stripped"; failed=1
fi
# backcare-serve where it was built, and then the libraries it needs among the package's dependencies.
if [[ -x $build/backcare-serve ]]; then
  [[ -x $work/root/usr/bin/backcare-serve ]] || { echo "not in the package: usr/bin/backcare-serve"; failed=1; }
  [[ $depends == *libcpp-httplib* && $depends == *libqrencode* ]] || { echo "Depends lacks backcare-serve's libraries: '$depends'"; failed=1; }
fi
for path in usr/share/doc/backcare/copyright usr/share/doc/backcare/changelog.gz; do
  [[ -e $work/root/$path ]] || { echo "not in the package: $path"; failed=1; }
done
if [[ -f $build/backcare.1 && ! -e $work/root/usr/share/man/man1/backcare.1.gz ]]; then
  echo "not in the package: usr/share/man/man1/backcare.1.gz"; failed=1
fi
# backcare's own paragraph (the first, Files: *) gives the MIT licence, Debian's name for it being Expat,
# and so does the man page.
own_licence=$(awk '/^Files: \*$/ {own = 1; next} own && /^License:/ {print $2; exit}' \
  "$work/root/usr/share/doc/backcare/copyright")
[[ $own_licence == Expat ]] || { echo "the copyright file gives backcare the licence '$own_licence'"; failed=1; }
if [[ -f $build/backcare.1 ]] && ! grep -q "MIT licence" "$build/backcare.1"; then
  echo "the man page does not say backcare is MIT-licensed"; failed=1
fi
if [[ -d $build/completions ]]; then
  for path in usr/share/bash-completion/completions/backcare usr/share/zsh/vendor-completions/_backcare \
              usr/share/fish/vendor_completions.d/backcare.fish; do
    [[ -s $work/root/$path ]] || { echo "not in the package: $path"; failed=1; }
  done
fi
# dpkg itself installs it, into a root of its own with its own database (so the dependencies, this
# system's own, are not there to check), and `backcare` then runs from that PATH.
admin=$work/installed/var/lib/dpkg
mkdir -p "$admin/updates" "$admin/info" && touch "$admin/status"
if dpkg --force-not-root --force-depends --root="$work/installed" --admindir="$admin" --log=/dev/null \
     -i "$deb" >"$work/dpkg.log" 2>&1; then
  installed=$(PATH="$work/installed/usr/bin:$PATH" backcare --version)
  [[ $installed == "$version" ]] || { echo "installed backcare --version printed '$installed'"; failed=1; }
else
  cat "$work/dpkg.log"; echo "dpkg -i failed"; failed=1
fi
if command -v lintian >/dev/null; then
  lintian --fail-on error "$deb" || { echo "lintian found errors"; failed=1; }
else
  echo "lintian absent: not run (scripts/install-deps installs it)"
fi
exit "$failed"
