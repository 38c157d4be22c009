package instance

import (
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// receiver collects the paths a server is handed.
type receiver chan []string

func (r receiver) open(paths []string) { r <- paths }

func (r receiver) next(t *testing.T) []string {
	t.Helper()
	select {
	case p := <-r:
		return p
	case <-time.After(10 * time.Second):
		t.Fatal("the running program was handed nothing")
		return nil
	}
}

// sockIn returns a socket path in a folder with Vietnamese letters and a
// space, as a user's folder may be named.
func sockIn(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "Người dùng")
	return filepath.Join(dir, SocketName)
}

func TestHandOver(t *testing.T) {
	sock := sockIn(t)
	got := make(receiver, 4)
	srv, err := Listen(sock, got.open)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()

	// A second Listen finds the first alive and does not take its place.
	if _, err := Listen(sock, func([]string) {}); !errors.Is(err, ErrRunning) {
		t.Fatalf("second Listen: %v, want ErrRunning", err)
	}

	draft := filepath.Join(t.TempDir(), "Báo cáo tổng kết 2016 (bản 2).bcdv")
	tests := []struct {
		name string
		send []string
		want []string
	}{
		{"Vietnamese letters and spaces", []string{draft}, []string{draft}},
		{"old .json draft", []string{"/thư mục/Báo cáo.json"}, []string{"/thư mục/Báo cáo.json"}},
		{"two files", []string{draft, "/a b/c.bcdv"}, []string{draft, "/a b/c.bcdv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := Send(sock, tt.send); err != nil {
				t.Fatal(err)
			}
			if p := got.next(t); !slices.Equal(p, tt.want) {
				t.Errorf("handed %q, want %q", p, tt.want)
			}
		})
	}

	// A relative path is made absolute by the sender: the running program
	// has another working folder.
	t.Run("relative path", func(t *testing.T) {
		t.Chdir(t.TempDir())
		if err := Send(sock, []string{"Báo cáo.bcdv"}); err != nil {
			t.Fatal(err)
		}
		wd, _ := os.Getwd()
		if p := got.next(t); len(p) != 1 || p[0] != filepath.Join(wd, "Báo cáo.bcdv") {
			t.Errorf("handed %q, want the path in %s", p, wd)
		}
	})
}

func TestNobodyListening(t *testing.T) {
	sock := sockIn(t)
	if err := Send(sock, []string{"/x.bcdv"}); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("Send with no program: %v, want ErrNotRunning", err)
	}
	// After Close the socket is gone and nobody answers.
	srv, err := Listen(sock, func([]string) {})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(sock); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("socket file left after Close: %v", err)
	}
	if err := Send(sock, []string{"/x.bcdv"}); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("Send after Close: %v, want ErrNotRunning", err)
	}
}

// A program that crashed leaves its socket file; the next one must take
// the place over rather than fail or believe a program is running.
func TestStaleSocketReplaced(t *testing.T) {
	sock := sockIn(t)
	if err := os.MkdirAll(filepath.Dir(sock), 0o700); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false) // as a crash leaves it
	ln.Close()
	if _, err := os.Stat(sock); err != nil {
		t.Fatalf("the stale socket file should exist: %v", err)
	}
	if err := Send(sock, []string{"/x.bcdv"}); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("Send to a stale socket: %v, want ErrNotRunning", err)
	}
	got := make(receiver, 1)
	srv, err := Listen(sock, got.open)
	if err != nil {
		t.Fatalf("Listen over a stale socket: %v", err)
	}
	defer srv.Close()
	if err := Send(sock, []string{"/Báo cáo.bcdv"}); err != nil {
		t.Fatal(err)
	}
	if p := got.next(t); len(p) != 1 || p[0] != "/Báo cáo.bcdv" {
		t.Errorf("handed %q", p)
	}
}

// A connection that sends garbage, nothing or a huge line is dropped
// without handing anything over, and the server goes on serving.
func TestBadClients(t *testing.T) {
	sock := sockIn(t)
	got := make(receiver, 4)
	srv, err := Listen(sock, got.open)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	for _, msg := range []string{"", "not json\n", `{"open":[]}` + "\n", `{"open":["relative.bcdv"]}` + "\n", string(make([]byte, maxMessage+10))} {
		conn, err := net.Dial("unix", sock)
		if err != nil {
			t.Fatal(err)
		}
		conn.Write([]byte(msg))
		conn.(*net.UnixConn).CloseWrite()
		buf := make([]byte, 8)
		n, _ := conn.Read(buf)
		conn.Close()
		if n != 0 {
			t.Errorf("message %.20q answered %q", msg, buf[:n])
		}
	}
	select {
	case p := <-got:
		t.Fatalf("a bad message handed over %q", p)
	default:
	}
	if err := Send(sock, []string{"/ok.bcdv"}); err != nil {
		t.Fatal(err)
	}
	got.next(t)
}

// The real thing: a second process (this test binary run again, as the
// program started by a double click) hands its path to the first.
func TestSecondProcess(t *testing.T) {
	if os.Getenv("BAOCAO_INSTANCE_CHILD") != "" {
		return // the child's work is done in TestMain
	}
	sock := sockIn(t)
	got := make(receiver, 1)
	srv, err := Listen(sock, got.open)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	draft := filepath.Join(t.TempDir(), "Thư mục có dấu", "Báo cáo Dân vận 2016.bcdv")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "BAOCAO_INSTANCE_CHILD="+sock, "BAOCAO_INSTANCE_PATH="+draft)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("second process: %v\n%s", err, out)
	}
	if p := got.next(t); len(p) != 1 || p[0] != draft {
		t.Errorf("handed %q, want %q", p, draft)
	}
}

func TestMain(m *testing.M) {
	if sock := os.Getenv("BAOCAO_INSTANCE_CHILD"); sock != "" {
		if err := Send(sock, []string{os.Getenv("BAOCAO_INSTANCE_PATH")}); err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestPath(t *testing.T) {
	tests := []struct {
		name, runtime, config string
		want                  string
	}{
		{"runtime folder", "/run/user/1000", "", "/run/user/1000/" + SocketName},
		{"config override", "/run/user/1000", "/tmp/cấu hình", "/tmp/cấu hình/cache/" + SocketName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("XDG_RUNTIME_DIR", tt.runtime)
			t.Setenv("BAOCAO_CONFIG_DIR", tt.config)
			got, err := Path()
			if err != nil || got != tt.want {
				t.Errorf("Path() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	t.Run("too long", func(t *testing.T) {
		t.Setenv("XDG_RUNTIME_DIR", filepath.Join("/run", "thư mục rất dài rất dài rất dài rất dài rất dài rất dài rất dài"))
		t.Setenv("BAOCAO_CONFIG_DIR", "")
		if p, err := Path(); err == nil {
			t.Errorf("Path() = %q for a path past the limit, want an error", p)
		}
	})
}

// FuzzParse: whatever another process sends, parse does not panic and
// hands over only absolute paths, no more than were sent.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"open":["/tmp/Báo cáo 2016.bcdv"]}`))
	f.Add([]byte(`{"open":["relative.bcdv", "", "/a"]}`))
	f.Add([]byte(`{"open":null}`))
	f.Add([]byte(`{"open":[1,2]}`))
	f.Add([]byte("not json"))
	f.Fuzz(func(t *testing.T, line []byte) {
		paths := parse(line)
		if n := strings.Count(string(line), `"`) / 2; len(paths) > n {
			t.Fatalf("parse(%q) handed over %d paths from %d strings", line, len(paths), n)
		}
		for _, p := range paths {
			if !filepath.IsAbs(p) {
				t.Fatalf("parse(%q) handed over %q, not absolute", line, p)
			}
		}
	})
}
