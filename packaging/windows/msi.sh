#!/usr/bin/env bash
# Builds the Windows installer: packaging/windows/msi.sh VERSION EXE OUT.msi
# (make msi). Needs wixl and msibuild (Debian packages wixl, msitools) and Go.
#
# wixl builds the database from baocao.wxs; then msibuild sets its code
# page to 1258 (Vietnamese: Windows Installer keeps the tables' strings in
# one ANSI code page, and does not support UTF-8 for them) and writes the
# Vietnamese names that wixl cannot (see the comment in baocao.wxs).
set -euo pipefail
version=$1 exe=$2 out=$3
publisher=${MSI_PUBLISHER:-Dự án Báo cáo Dân vận}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && go run ./packaging/prep icons "$work")
product_code=$(cd "$root" && go run ./packaging/prep productcode "$version")
cp "$exe" "$work/baocao.exe"
cp "$root/packaging/windows/baocao.wxs" "$work/"

# wixl finds files relative to the folder it runs in.
cd "$work"
wixl --arch x64 -D Version="$version" -D ProductCode="$product_code" \
  -D Exe=baocao.exe -D ProgramIcon=baocao.ico -D DraftIcon=baocao-draft.ico \
  -o baocao.msi baocao.wxs

printf '\r\n\r\n1258\t_ForceCodepage\r\n' >_ForceCodepage.idt
msibuild baocao.msi -i _ForceCodepage.idt

# The names shown in the Start menu, in Programs and Features (name,
# publisher, comment), in Explorer's Type column, and the message shown
# when a newer version is installed already. Every letter must exist in
# code page 1258 (msibuild crashes on one that does not, such as “→”).
name='Báo cáo Dân vận'
sql() { msibuild baocao.msi -q "$1"; }
sql "UPDATE \`Property\` SET \`Value\` = '$name' WHERE \`Property\` = 'ProductName'"
sql "UPDATE \`Property\` SET \`Value\` = '$publisher' WHERE \`Property\` = 'Manufacturer'"
sql "UPDATE \`Property\` SET \`Value\` = 'Soạn báo cáo tổng kết công tác dân vận, xuất ra PDF và Excel' WHERE \`Property\` = 'ARPCOMMENTS'"
sql "UPDATE \`Shortcut\` SET \`Name\` = '$name', \`Description\` = 'Soạn báo cáo công tác dân vận' WHERE \`Shortcut\` = 'StartMenu'"
sql "UPDATE \`Feature\` SET \`Title\` = '$name' WHERE \`Feature\` = 'Main'"
sql "UPDATE \`Registry\` SET \`Value\` = 'Bản nháp báo cáo dân vận' WHERE \`Key\` = 'BaoCaoDanVan.Draft' AND \`Value\` = 'Ban nhap bao cao dan van'"
sql "UPDATE \`LaunchCondition\` SET \`Description\` = 'Máy này đã có phiên bản mới hơn của $name. Muốn cài phiên bản này, hãy gỡ phiên bản mới trước (trong Cài đặt, mục Ứng dụng).' WHERE \`Condition\` = 'NOT WIX_DOWNGRADE_DETECTED'"
# wixl names the open verb "Open" in English; without a name Windows
# shows its own, in the language of the system.
sql "DELETE FROM \`Registry\` WHERE \`Key\` = 'BaoCaoDanVan.Draft\\shell\\open' AND \`Value\` = 'Open'"

# The summary's author (the publisher) and language, keeping the package
# code wixl gave this build.
package_code=$(msiinfo suminfo baocao.msi | sed -n 's/^Revision number (UUID): //p')
msibuild baocao.msi -s "$name $version" "$publisher" "x64;1066" "$package_code"

mkdir -p "$(dirname "$out")"
cd - >/dev/null
mv "$work/baocao.msi" "$out"
echo "Đã tạo $out (ProductCode {$product_code})"
