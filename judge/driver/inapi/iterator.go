// Iterator values from and to JSON lists.

package inapi

import (
	_j "github.com/judgehq/judge/judge/driver/support"
)

func _jDecIterator(raw _j.Raw) *Iterator { return &Iterator{_jVals: _j.DecInts(raw)} }

// _jEncIterator writes what is left to iterate.
func _jEncIterator(it *Iterator) (_j.Raw, error) {
	if it == nil {
		return []byte("null"), nil
	}
	return _j.EncInts(it._jVals[it._jAt:])
}
