#!/usr/bin/env bash
# Adds the draft file type to the archive `fyne package` made:
# packaging/linux/add-mime.sh TARBALL (make package runs it).
#
# fyne package (fyne.io/tools v1.7.4) writes the .desktop entry's MimeType
# from FyneApp.toml ([CanOpen] MimeTypes) but installs no shared-mime-info
# file declaring that type, so the desktop would not know *.bcdv. This
# puts the type's XML and icon into the archive and wraps the targets of
# its Makefile (install, uninstall, user-install, user-uninstall) so they
# install them too and refresh the desktop's databases.
set -euo pipefail
tarball=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tar -xJf "$tarball" -C "$work"
pkg=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
share=$(cd "$pkg" && find usr -path '*/share/applications' -type d | head -n 1)
share=${share%/applications}
[ -n "$share" ] || { echo "add-mime.sh: no share/applications in $1" >&2; exit 1; }

xml=vn.danvan.baocao.xml
icon=application-x-baocao-draft.png
install -Dm00644 "$root/packaging/linux/$xml" "$pkg/$share/mime/packages/$xml"
(cd "$root" && go run ./packaging/prep icons "$work/icons")
install -Dm00644 "$work/icons/baocao-draft.png" "$pkg/$share/icons/hicolor/256x256/mimetypes/$icon"

# fyne v1.7.4 also names the program "baocao %F" in its Makefile (it puts
# the .desktop Exec's file argument into the Makefile's Exec too), so its
# install targets look for a file "usr/local/bin/baocao %F": take the
# argument off there (the .desktop entry keeps it).
sed -i -e 's/^install:/fyne-install:/' -e 's/^uninstall:/fyne-uninstall:/' \
  -e 's/^user-install:/fyne-user-install:/' -e 's/^user-uninstall:/fyne-user-uninstall:/' \
  -e 's/^Exec := "\(.*\) %[fF]"$/Exec := "\1"/' "$pkg/Makefile"
grep -q '^Exec := "baocao"$' "$pkg/Makefile" || { echo "add-mime.sh: unexpected Exec line in fyne's Makefile" >&2; exit 1; }
cat >>"$pkg/Makefile" <<MAKE

# The draft file type (*.bcdv, application/x-baocao-draft): its
# shared-mime-info file and icon, then the desktop's databases refreshed
# (a leading - : a system without these tools still gets the program).
MimeXML := $xml
MimeIcon := icons/hicolor/256x256/mimetypes/$icon

install: fyne-install
	install -Dm00644 $share/mime/packages/\$(MimeXML) \$(DESTDIR)\$(PREFIX)/share/mime/packages/\$(MimeXML)
	install -Dm00644 $share/\$(MimeIcon) \$(DESTDIR)\$(PREFIX)/share/\$(MimeIcon)
	-update-mime-database \$(DESTDIR)\$(PREFIX)/share/mime
	-update-desktop-database \$(DESTDIR)\$(PREFIX)/share/applications

uninstall: fyne-uninstall
	-rm \$(DESTDIR)\$(PREFIX)/share/mime/packages/\$(MimeXML)
	-rm \$(DESTDIR)\$(PREFIX)/share/\$(MimeIcon)
	-update-mime-database \$(DESTDIR)\$(PREFIX)/share/mime
	-update-desktop-database \$(DESTDIR)\$(PREFIX)/share/applications

user-install: fyne-user-install
	install -Dm00644 $share/mime/packages/\$(MimeXML) \$(DESTDIR)\$(HOME)/.local/share/mime/packages/\$(MimeXML)
	install -Dm00644 $share/\$(MimeIcon) \$(DESTDIR)\$(HOME)/.local/share/\$(MimeIcon)
	-update-mime-database \$(DESTDIR)\$(HOME)/.local/share/mime
	-update-desktop-database \$(DESTDIR)\$(HOME)/.local/share/applications

user-uninstall: fyne-user-uninstall
	-rm \$(DESTDIR)\$(HOME)/.local/share/mime/packages/\$(MimeXML)
	-rm \$(DESTDIR)\$(HOME)/.local/share/\$(MimeIcon)
	-update-mime-database \$(DESTDIR)\$(HOME)/.local/share/mime
	-update-desktop-database \$(DESTDIR)\$(HOME)/.local/share/applications
MAKE

tar -cJf "$tarball.new" -C "$work" "$(basename "$pkg")"
mv "$tarball.new" "$tarball"
echo "Đã thêm kiểu tệp bản nháp (.bcdv) vào $1"
