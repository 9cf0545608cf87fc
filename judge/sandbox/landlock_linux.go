package sandbox

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/landlock-lsm/go-landlock/landlock"
	ll "github.com/landlock-lsm/go-landlock/landlock/syscall"
)

// Landlock (Linux 5.13+) lets any process give up rights for itself and
// its descendants, no privilege needed: the program may read, write and
// create files only in its working folder, read and execute only its own
// binary, use /dev/null, /dev/zero and /dev/urandom; from ABI 4 it may
// neither bind nor connect TCP ports (from ABI 10 nor UDP ones), and from
// ABI 6 it may not signal processes outside its domain or reach abstract
// Unix sockets. Everything else on the file system is out of reach: the
// judge's cache, its binary (which embeds the tests), /proc, the user's
// files. go-landlock's best-effort mode handles every right the running
// kernel knows and leaves out the ones it does not.
var landlockConfig = landlock.V11.BestEffort()

// landlockNewest is the ABI of landlockConfig: go-landlock enforces no
// more than it on a newer kernel.
const landlockNewest = 11

// workRights are the program's rights in its working folder: all but
// executing what it wrote, making devices, sockets and pipes, and ioctl
// on devices. Moving files between folders (the refer right) is left out
// too: asking for it makes go-landlock drop Landlock whole on ABI 1, and
// no solution needs it.
const workRights landlock.AccessFSSet = ll.AccessFSReadFile | ll.AccessFSWriteFile | ll.AccessFSReadDir |
	ll.AccessFSRemoveDir | ll.AccessFSRemoveFile | ll.AccessFSMakeDir | ll.AccessFSMakeReg | ll.AccessFSMakeSym |
	ll.AccessFSTruncate

// restrictFiles applies the ruleset to the calling thread and returns the
// ABI version in force. go-landlock's Restrict would bind every thread of
// the init, through libpsx where the kernel predates ABI 8; the program
// inherits only the thread that executes it, so the ruleset is enforced
// on that thread alone, as go-landlock documents for a following exec.
func restrictFiles(work, prog string) (int, error) {
	abi, err := landlockABI()
	if err != nil {
		return 0, err
	}
	devs := make([]string, len(devices))
	for i, d := range devices {
		devs[i] = "/dev/" + d
	}
	fd, flags, err := landlockConfig.NewRulesetFD(
		landlock.PathAccess(workRights, work),
		landlock.PathAccess(ll.AccessFSExecute|ll.AccessFSReadFile, prog),
		// Missing where a new root could not bind them.
		landlock.PathAccess(ll.AccessFSReadFile|ll.AccessFSWriteFile, devs...).IgnoreIfMissing(),
	)
	if err != nil {
		return 0, fmt.Errorf("landlock: %w", err)
	}
	if fd < 0 {
		return 0, errors.New("landlock: nothing to enforce")
	}
	defer syscall.Close(fd)
	if err := ll.LandlockRestrictSelf(fd, flags); err != nil {
		return 0, fmt.Errorf("landlock_restrict_self: %w", err)
	}
	return abi, nil
}

// landlockABI is the ABI go-landlock enforces in best-effort mode, which
// it does not report.
func landlockABI() (int, error) {
	v, err := ll.LandlockGetABIVersion()
	if err != nil {
		return 0, fmt.Errorf("landlock: %w", err)
	}
	errata, err := ll.LandlockGetErrata()
	if err != nil {
		errata = 0
	}
	return enforcedABI(v, errata), nil
}

// enforcedABI is the ABI go-landlock enforces on a kernel of ABI version v
// with the given errata fixed: v, at most landlockNewest, and 5 where the
// kernel's signal scoping (ABI 6) lacks its fix (erratum 2), as
// go-landlock decides.
func enforcedABI(v, errata int) int {
	if v >= 6 && errata&2 == 0 {
		v = 5
	}
	return min(v, landlockNewest)
}
