package sandbox

import (
	"fmt"
	"syscall"
	"unsafe"
)

// Landlock (Linux 5.13+) lets any process give up rights for itself and
// its descendants, no privilege needed: the program may read, write and
// create files only in its working folder, read and execute only its own
// binary, use /dev/null, /dev/zero and /dev/urandom, and from ABI 4 neither bind nor connect TCP ports; from ABI 6 it
// may not signal processes outside its domain or reach abstract Unix
// sockets. Everything else on the file system is out of reach: the judge's
// cache, its binary (which embeds the tests), /proc, the user's files.

const (
	sysLandlockCreateRuleset = 444
	sysLandlockAddRule       = 445
	sysLandlockRestrictSelf  = 446
	sysCloseRange            = 436

	landlockCreateRulesetVersion = 1 << 0
	landlockRulePathBeneath      = 1
)

// File system rights, by the ABI version that introduced them.
const (
	llExecute    = 1 << 0
	llWriteFile  = 1 << 1
	llReadFile   = 1 << 2
	llReadDir    = 1 << 3
	llRemoveDir  = 1 << 4
	llRemoveFile = 1 << 5
	llMakeChar   = 1 << 6
	llMakeDir    = 1 << 7
	llMakeReg    = 1 << 8
	llMakeSock   = 1 << 9
	llMakeFifo   = 1 << 10
	llMakeBlock  = 1 << 11
	llMakeSym    = 1 << 12
	llRefer      = 1 << 13 // ABI 2
	llTruncate   = 1 << 14 // ABI 3
	llIoctlDev   = 1 << 15 // ABI 5

	llNetBindTCP    = 1 << 0 // ABI 4
	llNetConnectTCP = 1 << 1

	llScopeAbstractUnix = 1 << 0 // ABI 6
	llScopeSignal       = 1 << 1
)

type landlockRulesetAttr struct {
	fs, net, scoped uint64
}

// landlockPathBeneath is the kernel's packed struct: the first 12 bytes.
type landlockPathBeneath struct {
	allowed  uint64
	parentFD int32
	_        int32
}

// restrictFiles applies the ruleset to the calling thread and returns the
// ABI version in force.
func restrictFiles(work, prog string) (int, error) {
	v, _, e := syscall.RawSyscall(sysLandlockCreateRuleset, 0, 0, landlockCreateRulesetVersion)
	if e != 0 {
		return 0, fmt.Errorf("landlock: %w", e)
	}
	abi := int(v)
	attr := landlockRulesetAttr{fs: llExecute | llWriteFile | llReadFile | llReadDir | llRemoveDir | llRemoveFile |
		llMakeChar | llMakeDir | llMakeReg | llMakeSock | llMakeFifo | llMakeBlock | llMakeSym}
	size := unsafe.Sizeof(attr.fs)
	if abi >= 2 {
		attr.fs |= llRefer
	}
	if abi >= 3 {
		attr.fs |= llTruncate
	}
	if abi >= 4 {
		attr.net = llNetBindTCP | llNetConnectTCP
		size += unsafe.Sizeof(attr.net)
	}
	if abi >= 5 {
		attr.fs |= llIoctlDev
	}
	if abi >= 6 {
		attr.scoped = llScopeAbstractUnix | llScopeSignal
		size += unsafe.Sizeof(attr.scoped)
	}
	fd, _, e := syscall.RawSyscall(sysLandlockCreateRuleset, uintptr(unsafe.Pointer(&attr)), size, 0)
	if e != 0 {
		return 0, fmt.Errorf("landlock_create_ruleset: %w", e)
	}
	defer syscall.Close(int(fd))
	workRights := attr.fs &^ (llExecute | llMakeChar | llMakeBlock | llMakeSock | llMakeFifo | llIoctlDev)
	progRights := uint64(llExecute | llReadFile)
	for _, r := range []struct {
		path   string
		rights uint64
	}{{work, workRights}, {prog, progRights}} {
		if err := landlockAllow(int(fd), r.path, r.rights); err != nil {
			return 0, err
		}
	}
	for _, d := range devices {
		// Missing where a new root could not bind it.
		landlockAllow(int(fd), "/dev/"+d, llReadFile|llWriteFile)
	}
	if _, _, e := syscall.RawSyscall(sysLandlockRestrictSelf, fd, 0, 0); e != 0 {
		return 0, fmt.Errorf("landlock_restrict_self: %w", e)
	}
	return abi, nil
}

func landlockAllow(ruleset int, path string, rights uint64) error {
	const oPath = 0x200000
	fd, err := syscall.Open(path, oPath|syscall.O_CLOEXEC, 0)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer syscall.Close(fd)
	rule := landlockPathBeneath{allowed: rights, parentFD: int32(fd)}
	if _, _, e := syscall.RawSyscall6(sysLandlockAddRule, uintptr(ruleset), landlockRulePathBeneath,
		uintptr(unsafe.Pointer(&rule)), 0, 0, 0); e != 0 {
		return fmt.Errorf("landlock_add_rule %s: %w", path, e)
	}
	return nil
}
