// A LeetCode-style answer with github.com/emirpasic/gods used as LeetCode's
// Go environment offers it, without an import line: a sorted map of
// versions per key, asked for the floor of the timestamp.
type TimeMap struct {
	versions map[string]*treemap.Map
}

func Constructor() TimeMap {
	return TimeMap{versions: map[string]*treemap.Map{}}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	m, ok := this.versions[key]
	if !ok {
		m = treemap.NewWith(utils.IntComparator)
		this.versions[key] = m
	}
	m.Put(timestamp, value)
}

func (this *TimeMap) Get(key string, timestamp int) string {
	m, ok := this.versions[key]
	if !ok {
		return ""
	}
	if _, v := m.Floor(timestamp); v != nil {
		return v.(string)
	}
	return ""
}
