# The README's two commands are `make run` and `make test`. Both install the
# Debian/Ubuntu packages they need when missing (with sudo unless root).

GO       ?= go
VERSION  ?= 0.1.0
LDFLAGS  := -X main.version=$(VERSION)

# What building and running the window needs (Fyne uses OpenGL and X11).
RUN_PKGS  := gcc pkg-config libgl1-mesa-dev xorg-dev
# What the tests need on top: readers of our PDFs and workbooks that nobody
# here wrote, and a virtual display for the window screenshot.
TEST_PKGS := $(RUN_PKGS) poppler-utils qpdf python3 python3-openpyxl

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build deps-run deps-test check-go bench fuzz

run: deps-run check-go
	$(GO) run -ldflags "$(LDFLAGS)" .

build: deps-run check-go
	$(GO) build -ldflags "$(LDFLAGS)" -o baocao .

test: deps-test check-go
	$(GO) vet ./...
	$(GO) test ./...

bench: check-go
	$(GO) test -run '^$$' -bench . -benchmem ./...

# A short run of every fuzz target (go test -fuzz takes one target at a time).
fuzz: check-go
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$t"; $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime 20s $$pkg || exit 1; \
	  done; \
	done

deps-run:
	@./.ci/apt-ensure $(RUN_PKGS)

deps-test:
	@./.ci/apt-ensure $(TEST_PKGS)

check-go:
	@command -v $(GO) >/dev/null || { echo "Chưa cài Go. Cài Go 1.24 trở lên từ https://go.dev/dl/ rồi chạy lại (Go is not installed)."; exit 1; }

# Renders the start screen and every step of the window, in Vietnamese and
# in English, to docs/screens/*.png (a headless test; no display needed).
.PHONY: screenshots
screenshots: check-go
	BAOCAO_SCREENSHOTS=$(CURDIR)/docs/screens $(GO) test -count=1 -run '^TestScreenshots$$' ./app/ui/
