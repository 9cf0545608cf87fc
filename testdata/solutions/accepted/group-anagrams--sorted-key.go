func groupAnagrams(strs []string) [][]string {
	groups := map[string][]string{}
	for _, s := range strs {
		b := []byte(s)
		slices.Sort(b)
		groups[string(b)] = append(groups[string(b)], s)
	}
	var out [][]string
	for _, g := range groups {
		out = append(out, g)
	}
	return out
}
