# The README's two commands are `make run` and `make test`. Both install the
# Debian/Ubuntu packages they need when missing (with sudo unless root).

GO       ?= go
VERSION  ?= 0.1.0
LDFLAGS  := -X main.version=$(VERSION)

# What building and running the window needs (Fyne uses OpenGL and X11).
RUN_PKGS  := gcc pkg-config libgl1-mesa-dev xorg-dev
# What the tests need on top: readers of our PDFs, workbooks and Word copies
# that nobody here wrote. LibreOffice (headless, about 27 s to install on a
# fresh machine) renders the .docx; fonts-liberation2 is what it sets Times
# New Roman in, as our PDF does; python3-docx reads the .docx's structure.
TEST_PKGS := $(RUN_PKGS) poppler-utils qpdf python3 python3-openpyxl python3-docx libreoffice-writer-nogui fonts-liberation2

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build deps-run deps-test check-go bench fuzz

run: deps-run check-go
	$(GO) run -ldflags "$(LDFLAGS)" .

build: deps-run check-go
	$(GO) build -ldflags "$(LDFLAGS)" -o baocao .

test: deps-test check-go
	$(GO) vet ./...
	$(GO) test ./...
	@# The window renders a preview while an export runs: the race detector
	@# checks that documents rendered at once share nothing they write.
	$(GO) test -race -run 'Concurrent' ./app/pdf

bench: check-go
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The Excel benchmarks (export 10,000 honorees < 400 ms, import < 1 s) and
# the import's peak memory (< 200 MB), read from /usr/bin/time.
.PHONY: bench-xlsx
bench-xlsx: check-go
	$(GO) test -c -o /tmp/baocao-xlsx.test ./app/xlsx
	cd app/xlsx && /tmp/baocao-xlsx.test -test.run '^$$' -test.bench . -test.benchmem -test.count 3
	cd app/xlsx && /usr/bin/time -f 'import 10000 rows: peak memory %M KB' /tmp/baocao-xlsx.test -test.run '^$$' -test.bench Import -test.benchtime 1x >/dev/null

# Every fuzz target for a minute (go test -fuzz takes one target at a
# time). It stops at the first failure, and when a package does not build:
# the input that failed is then in the package's testdata/fuzz.
fuzz: check-go
	@pkgs=$$($(GO) list ./...) || exit 1; \
	for pkg in $$pkgs; do \
	  list=$$($(GO) test -list '^Fuzz' $$pkg) || { echo "$$list"; exit 1; }; \
	  for t in $$(echo "$$list" | grep '^Fuzz'); do \
	    echo "== $$pkg $$t"; $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime 60s $$pkg || exit 1; \
	  done; \
	done

deps-run:
	@./.ci/apt-ensure $(RUN_PKGS)

deps-test:
	@./.ci/apt-ensure $(TEST_PKGS)

check-go:
	@command -v $(GO) >/dev/null || { echo "Chưa cài Go. Cài Go 1.26.8 trở lên từ https://go.dev/dl/ rồi chạy lại (Go is not installed)."; exit 1; }

# Renders the start screen and every step of the window, in Vietnamese and
# in English, to docs/screens/*.png (a headless test; no display needed).
.PHONY: screenshots
screenshots: check-go
	BAOCAO_SCREENSHOTS=$(CURDIR)/docs/screens $(GO) test -count=1 -run '^TestScreenshots$$' ./app/ui/

# Installable programs (README: "Installing on Windows and Linux").
# `make package`: the Linux archive, made by Fyne's packaging tool from a
# binary built here (desktop entry, icon, install Makefile).
# `make windows`: the Windows program, cross-compiled with MinGW-w64; its
# icon, version information and manifest are compiled in by go-winres
# (a .syso with a _windows_amd64 suffix, so other builds never see it).
FYNE_TOOL   ?= $(GO) run fyne.io/tools/cmd/fyne@v1.7.4
GO_WINRES   ?= $(GO) run github.com/tc-hib/go-winres@v0.3.3
WIN_CC      ?= x86_64-w64-mingw32-gcc
WIN_PKGS    := gcc-mingw-w64-x86-64
DIST        := dist
LINUX_PKG   := $(DIST)/baocao-$(VERSION)-linux-amd64.tar.xz
WINDOWS_EXE := $(DIST)/baocao-$(VERSION)-windows-amd64.exe

.PHONY: package windows deps-windows

package: deps-run check-go
	@rm -rf $(DIST)/linux && mkdir -p $(DIST)/linux
	$(GO) build -trimpath -ldflags "-s -w $(LDFLAGS)" -o $(DIST)/linux/baocao .
	@# fyne package raises Build in FyneApp.toml on every run: keep the file as committed.
	@cp FyneApp.toml $(DIST)/FyneApp.toml.keep
	@cd $(DIST)/linux && $(FYNE_TOOL) package --target linux --src $(CURDIR) --executable $(CURDIR)/$(DIST)/linux/baocao --app-version $(VERSION); \
	  status=$$?; cp $(CURDIR)/$(DIST)/FyneApp.toml.keep $(CURDIR)/FyneApp.toml; exit $$status
	mv $(DIST)/linux/*.tar.xz $(LINUX_PKG)
	packaging/linux/add-mime.sh $(LINUX_PKG)
	@echo "Đã tạo $(LINUX_PKG) (giải nén rồi chạy: make user-install)"

windows: deps-windows check-go
	@rm -rf $(DIST)/winres && mkdir -p $(DIST)/winres
	$(GO_WINRES) simply --arch amd64 --manifest gui --icon assets/icon.png \
	  --product-name "Báo cáo Dân vận" --file-description "Báo cáo công tác dân vận" \
	  --product-version $(VERSION) --file-version $(VERSION) --original-filename baocao.exe \
	  --out $(DIST)/winres/rsrc
	@# go build takes .syso files from the main package's folder only.
	cp $(DIST)/winres/rsrc_windows_amd64.syso zz_winres_windows_amd64.syso
	@CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$(WIN_CC) \
	  $(GO) build -trimpath -ldflags "-H=windowsgui -s -w $(LDFLAGS)" -o $(WINDOWS_EXE) . ; \
	  status=$$?; rm -f zz_winres_windows_amd64.syso; exit $$status
	@echo "Đã tạo $(WINDOWS_EXE)"

deps-windows:
	@./.ci/apt-ensure $(WIN_PKGS)

# `make msi`: the Windows installer (.msi) of the program `make windows`
# builds, made by wixl (Debian's msitools; packaging/windows/msi.sh says
# how): Start-menu entry, uninstall entry, the .bcdv draft type.
# `make check-msi` builds it and reads it back (packaging/msi_test.go);
# it fails if the test did not run. CI runs it.
MSI_PKGS    := wixl msitools
WINDOWS_MSI := $(DIST)/baocao-$(VERSION)-windows-amd64.msi

.PHONY: msi check-msi deps-msi check-package

msi: windows deps-msi
	packaging/windows/msi.sh $(VERSION) $(WINDOWS_EXE) $(WINDOWS_MSI)

check-msi: msi
	@BAOCAO_MSI=$(CURDIR)/$(WINDOWS_MSI) BAOCAO_MSI_VERSION=$(VERSION) \
	  $(GO) test -count=1 -v -run '^TestMSI' ./packaging >$(DIST)/check-msi.log 2>&1; \
	  status=$$?; cat $(DIST)/check-msi.log; \
	  if [ $$status != 0 ] || ! grep -q -- '--- PASS: TestMSI' $(DIST)/check-msi.log || grep -q -- '--- SKIP' $(DIST)/check-msi.log; then \
	    echo "FAIL: the installer was not read back (TestMSI)" >&2; exit 1; fi

deps-msi:
	@./.ci/apt-ensure $(MSI_PKGS)

# `make check-package`: builds the Linux archive and reads it back
# (packaging/linux_test.go: its .desktop entry and MIME file agree on the
# draft type, and its install step installs both).
check-package: package
	@BAOCAO_LINUX_PKG=$(CURDIR)/$(LINUX_PKG) \
	  $(GO) test -count=1 -v -run '^TestLinuxPackage' ./packaging >$(DIST)/check-package.log 2>&1; \
	  status=$$?; cat $(DIST)/check-package.log; \
	  if [ $$status != 0 ] || ! grep -q -- '--- PASS: TestLinuxPackage' $(DIST)/check-package.log || grep -q -- '--- SKIP' $(DIST)/check-package.log; then \
	    echo "FAIL: the Linux package was not read back (TestLinuxPackage)" >&2; exit 1; fi
