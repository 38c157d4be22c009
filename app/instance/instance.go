// Package instance hands a draft to the program already running: a double
// click on a draft while the window is open starts a second program,
// which gives the path to the first (its window opens the draft and comes
// to the front) and exits at once.
//
// The programs talk over a unix-domain socket in the user's own folder
// (XDG_RUNTIME_DIR on Linux, the local application data folder on
// Windows, where Windows 10 and later have such sockets too). Only the
// user can reach it: the folder is the user's, and nothing listens on a
// network address. A program that crashed leaves its socket file behind;
// the next one finds nobody answering there and takes the place over.
//
// The package knows nothing of windows: Listen calls a function with the
// paths it receives, on its own goroutine.
package instance

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"baocao/app/appdirs"
)

// SocketName is the socket's file name in its folder.
const SocketName = "baocao-instance.sock"

// maxMessage bounds what a client may send (a few paths).
const maxMessage = 64 << 10

// timeout bounds every exchange: a program that hangs must not keep the
// second launch waiting; it then opens a window of its own.
const timeout = 5 * time.Second

// maxSocketPath is the longest socket path the systems accept (the
// sun_path field holds 108 bytes with its final zero on Linux and
// Windows; macOS has 104).
const maxSocketPath = 103

// ErrNotRunning means that no program listens: Send found no socket, or
// one left by a program that ended without removing it.
var ErrNotRunning = errors.New("chương trình chưa chạy")

// ErrRunning means that another program already listens at the socket.
var ErrRunning = errors.New("chương trình đã chạy")

// Path returns the socket of the user's running program: in
// XDG_RUNTIME_DIR when the system sets it (Linux desktops), else in the
// program's cache folder (%LocalAppData%\BaoCaoDanVan on Windows).
func Path() (string, error) {
	dir := os.Getenv("XDG_RUNTIME_DIR")
	if dir == "" || os.Getenv("BAOCAO_CONFIG_DIR") != "" {
		d, err := appdirs.Cache()
		if err != nil {
			return "", err
		}
		dir = d
	}
	p := filepath.Join(dir, SocketName)
	if len(p) > maxSocketPath {
		return "", fmt.Errorf("đường dẫn %s quá dài cho ổ cắm liên lạc giữa hai lần mở chương trình", p)
	}
	return p, nil
}

// message is what a second launch sends.
type message struct {
	Open []string `json:"open"`
}

// Send hands paths (made absolute) to the program listening at sock and
// waits until it has taken them. It returns ErrNotRunning when nobody
// listens there.
func Send(sock string, paths []string) error {
	abs := make([]string, len(paths))
	for i, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil {
			return fmt.Errorf("đường dẫn %s: %w", p, err)
		}
		abs[i] = a
	}
	conn, err := net.DialTimeout("unix", sock, timeout)
	if err != nil {
		return fmt.Errorf("%w (%v)", ErrNotRunning, err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(timeout))
	data, err := json.Marshal(message{Open: abs})
	if err != nil {
		return fmt.Errorf("gửi đường dẫn: %w", err)
	}
	if _, err := conn.Write(append(data, '\n')); err != nil {
		return fmt.Errorf("gửi đường dẫn cho chương trình đang chạy: %w", err)
	}
	reply, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return fmt.Errorf("chương trình đang chạy không trả lời: %w", err)
	}
	if reply != "ok\n" {
		return fmt.Errorf("chương trình đang chạy trả lời lạ: %q", reply)
	}
	return nil
}

// Server is the running program's end of the socket.
type Server struct {
	ln   net.Listener
	open func(paths []string)
	wg   sync.WaitGroup
}

// Listen makes this program the one that receives paths at sock: open is
// called, on the server's goroutine, with the paths each later launch
// sends. A socket file that nobody answers on (a program that crashed)
// is replaced; ErrRunning means a live program has the socket.
func Listen(sock string, open func(paths []string)) (*Server, error) {
	if err := os.MkdirAll(filepath.Dir(sock), 0o700); err != nil {
		return nil, fmt.Errorf("tạo thư mục cho ổ cắm: %w", err)
	}
	ln, err := net.Listen("unix", sock)
	if err != nil {
		if alive(sock) {
			return nil, ErrRunning
		}
		// Left behind by a program that did not end cleanly.
		if rmErr := os.Remove(sock); rmErr != nil && !errors.Is(rmErr, os.ErrNotExist) {
			return nil, fmt.Errorf("ổ cắm cũ %s không xoá được: %w", sock, rmErr)
		}
		if ln, err = net.Listen("unix", sock); err != nil {
			return nil, fmt.Errorf("mở ổ cắm %s: %w", sock, err)
		}
	}
	s := &Server{ln: ln, open: open}
	s.wg.Add(1)
	go s.serve()
	return s, nil
}

// alive reports whether a program answers at sock.
func alive(sock string) bool {
	conn, err := net.DialTimeout("unix", sock, time.Second)
	if err != nil {
		return false
	}
	conn.Close()
	return true
}

func (s *Server) serve() {
	defer s.wg.Done()
	for {
		conn, err := s.ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			time.Sleep(50 * time.Millisecond) // e.g. too many open files: wait, go on
			continue
		}
		s.handle(conn)
	}
}

// handle reads one message and answers "ok" once open has taken it. A
// connection that sends nothing useful (an alive check) is closed.
func (s *Server) handle(conn net.Conn) {
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(timeout))
	line, err := bufio.NewReader(io.LimitReader(conn, maxMessage)).ReadBytes('\n')
	if err != nil {
		return
	}
	paths := parse(line)
	if len(paths) == 0 {
		return
	}
	s.open(paths)
	_, _ = conn.Write([]byte("ok\n"))
}

// parse returns the absolute paths of a message, or none when it is not
// one of ours.
func parse(line []byte) []string {
	var m message
	if json.Unmarshal(line, &m) != nil {
		return nil
	}
	var paths []string
	for _, p := range m.Open {
		if p != "" && filepath.IsAbs(p) {
			// Kept byte for byte (not NFC): a name stored decomposed
			// on disk must still be found.
			paths = append(paths, p)
		}
	}
	return paths
}

// Close stops listening and removes the socket file.
func (s *Server) Close() error {
	err := s.ln.Close()
	s.wg.Wait()
	return err
}
