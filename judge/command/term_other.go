//go:build !unix

package command

import "os"

// terminalColumns is unknown here: COLUMNS or the default serve.
func terminalColumns(*os.File) (int, bool) { return 0, false }
